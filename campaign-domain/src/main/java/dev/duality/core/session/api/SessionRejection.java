package dev.duality.core.session.api;

import dev.duality.core.rejection.Category;
import dev.duality.core.rejection.RejectionCode;

/** Rejections about sessions, the session lock, gates and the spotlight. */
public enum SessionRejection implements RejectionCode {
    /** An out-of-game command (campaign, participant, invite or character change) while a session is active. */
    SESSION_ACTIVE(Category.CONFLICT),
    /** A command that may not run while a session gate is open, or a second gate while one is open. */
    SESSION_GATE_OPEN(Category.CONFLICT),
    /** No session with this id in the campaign. */
    SESSION_NOT_FOUND(Category.NOT_FOUND),
    /** The session named is not the campaign's active session (or none is active). */
    SESSION_NOT_ACTIVE(Category.CONFLICT),
    /** A session with this id was already started. */
    SESSION_ALREADY_EXISTS(Category.CONFLICT),
    /** Readiness blocker 1: the campaign is neither draft nor active. */
    SESSION_READINESS_CAMPAIGN_STATUS(Category.CONFLICT),
    /** Readiness blocker 2: another session is already active. */
    SESSION_READINESS_SESSION_ACTIVE(Category.CONFLICT),
    /** Readiness blocker 3: the campaign has no GM participant. */
    SESSION_READINESS_NO_GM(Category.CONFLICT),
    /** Readiness blocker 4: the campaign has no player participant. */
    SESSION_READINESS_NO_PLAYER(Category.CONFLICT),
    /** Readiness blocker 5: a player controls no character. */
    SESSION_READINESS_PLAYER_WITHOUT_CHARACTER(Category.CONFLICT),
    /** Readiness blocker 6: a character has no controlling participant. */
    SESSION_READINESS_CHARACTER_WITHOUT_CONTROLLER(Category.CONFLICT),
    /** Readiness blocker 7: a character fails the game system's readiness check (the system's own code is listed with it). */
    SESSION_READINESS_CHARACTER_NOT_READY(Category.CONFLICT),
    /** The gate id is not the session's open gate. */
    GATE_NOT_FOUND(Category.NOT_FOUND),
    /** The participant is not among the gate's eligible participants. */
    GATE_PARTICIPANT_NOT_ELIGIBLE(Category.FORBIDDEN),
    /** The participant already answered this gate. */
    GATE_RESPONSE_ALREADY_RECORDED(Category.CONFLICT),
    /** A gate names an eligible participant who is not in the campaign. */
    GATE_ELIGIBLE_NOT_PARTICIPANT(Category.RULE_VIOLATION),
    /** A character spotlight without character_id. */
    SPOTLIGHT_CHARACTER_REQUIRED(Category.INVALID_INPUT),
    /** A GM spotlight that names a character. */
    SPOTLIGHT_GM_TAKES_NO_CHARACTER(Category.INVALID_INPUT),
    /** The spotlight is already where the command would put it, or already clear. */
    SPOTLIGHT_UNCHANGED(Category.RULE_VIOLATION);

    private final Category category;

    SessionRejection(Category category) {
        this.category = category;
    }

    @Override
    public Category category() {
        return category;
    }
}
