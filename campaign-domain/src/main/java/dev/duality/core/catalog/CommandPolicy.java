package dev.duality.core.catalog;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What every command type declares about itself, checked before any aggregate decides: who may send it, whether it
 * may run while a session is active, whether it may run while a session gate is open, and whether only another
 * command's decision may send it.
 *
 * @param access               who may send it
 * @param allowedDuringSession false for out-of-game commands, refused with {@code SESSION_ACTIVE} during a session
 * @param allowedWhileGateOpen true for commands that may run while a session gate is open; others get
 *                             {@code SESSION_GATE_OPEN}
 * @param nestedOnly           a step of a larger decision (a first session's bootstrap, a roll's record): sent only
 *                             nested in another command's unit of work, never on its own ({@code COMMAND_NESTED_ONLY})
 */
public record CommandPolicy(Access access, boolean allowedDuringSession, boolean allowedWhileGateOpen,
                            boolean nestedOnly) {

    public CommandPolicy(Access access, boolean allowedDuringSession, boolean allowedWhileGateOpen) {
        this(access, allowedDuringSession, allowedWhileGateOpen, false);
    }

    /** Who may send a command; the admin catalog shows the wire names. */
    public enum Access {
        /** Anyone, authenticated or not: creating a campaign. */
        @JsonProperty("public") PUBLIC,
        /** Whoever presents a valid invite code: claiming an invite. */
        @JsonProperty("invite_holder") INVITE_HOLDER,
        /** Any participant of the campaign. */
        @JsonProperty("member") MEMBER,
        /** The participant the command is about, or an owner or manager. */
        @JsonProperty("self_or_manager") SELF_OR_MANAGER,
        /** An owner or a manager of the campaign. */
        @JsonProperty("manager") MANAGER,
        /** The character's owner, or a GM participant. */
        @JsonProperty("character_controller") CHARACTER_CONTROLLER,
        /** A GM participant. */
        @JsonProperty("gm") GM,
        /** An owner of the campaign. */
        @JsonProperty("owner") OWNER
    }

    /** An out-of-game command: refused during a session (and so never meets an open gate). */
    public static CommandPolicy outOfGame(Access access) {
        return new CommandPolicy(access, false, false);
    }

    /** A command for play: allowed during a session, refused while a gate is open. */
    public static CommandPolicy inGame(Access access) {
        return new CommandPolicy(access, true, false);
    }

    /**
     * A step of a larger decision, sent only nested in another command's unit of work (that command was admitted, so
     * this one skips the access check); during play, and not while a gate is open.
     */
    public static CommandPolicy nestedOnly(Access access) {
        return new CommandPolicy(access, true, false, true);
    }

    /** A command that may run at any time, even while a gate is open. */
    public static CommandPolicy always(Access access) {
        return new CommandPolicy(access, true, true);
    }
}
