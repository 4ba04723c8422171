package dev.duality.core.testing;

import dev.duality.core.campaign.api.CampaignAccess;
import dev.duality.core.campaign.api.CampaignActivated;
import dev.duality.core.campaign.api.CampaignCreated;
import dev.duality.core.campaign.api.CampaignId;
import dev.duality.core.campaign.api.CharacterCreated;
import dev.duality.core.campaign.api.CharacterDeleted;
import dev.duality.core.campaign.api.CharacterId;
import dev.duality.core.campaign.api.CharacterKind;
import dev.duality.core.campaign.api.LocaleTag;
import dev.duality.core.campaign.api.Name;
import dev.duality.core.campaign.api.ParticipantId;
import dev.duality.core.campaign.api.ParticipantJoined;
import dev.duality.core.campaign.api.ParticipantLeft;
import dev.duality.core.campaign.api.ParticipantRole;
import dev.duality.core.campaign.api.ParticipantTokenIssued;
import dev.duality.core.campaign.api.SecretHash;
import dev.duality.core.action.api.OutcomeApplied;
import dev.duality.core.action.api.OutcomeRejected;
import dev.duality.core.action.api.RollResolved;
import dev.duality.core.session.api.GateAbandoned;
import dev.duality.core.session.api.GateOpened;
import dev.duality.core.session.api.GateResolved;
import dev.duality.core.session.api.GateResponseRecorded;
import dev.duality.core.session.api.SessionEnded;
import dev.duality.core.session.api.SessionId;
import dev.duality.core.session.api.SessionStarted;
import dev.duality.core.session.api.SessionStreamId;
import dev.duality.core.session.api.SpotlightCleared;
import dev.duality.core.session.api.SpotlightSet;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static dev.duality.core.campaign.api.ParticipantRole.GM;

/**
 * A campaign's journal for fixture tests, written as the deciders would have written it. Starts from a draft campaign
 * of the test system whose creator, {@link #OWNER}, is its GM and owner.
 * <p>
 * The journal has a stream per aggregate, and {@link #then} files each event where its decider would have appended
 * it: what a session's {@link dev.duality.core.session.Session} decides (gates, spotlight, rolls, outcomes) in that
 * session's stream ({@link #sessionEvents}), everything else in the campaign's ({@link #events}). {@link Folded} and
 * {@link HistoryLookup} turn the streams back into aggregate state.
 */
public final class History {
    public static final CampaignId CAMPAIGN = CampaignId.of("camp-1");
    public static final Name CAMPAIGN_NAME = new Name("The Witherwild");
    public static final String SYSTEM_ID = "testsys";
    public static final String SYSTEM_VERSION = "1.0.0";
    /** The creator: GM and owner. */
    public static final ParticipantId OWNER = ParticipantId.of("p-owner");
    public static final SecretHash OWNER_TOKEN = hash('0');

    /** The events a session's own aggregate decides, each with the session it belongs to. */
    private static final Map<Class<?>, Function<Object, SessionId>> PLAY_EVENTS = Map.of(
            GateOpened.class, e -> ((GateOpened) e).sessionId(),
            GateResponseRecorded.class, e -> ((GateResponseRecorded) e).sessionId(),
            GateResolved.class, e -> ((GateResolved) e).sessionId(),
            GateAbandoned.class, e -> ((GateAbandoned) e).sessionId(),
            SpotlightSet.class, e -> ((SpotlightSet) e).sessionId(),
            SpotlightCleared.class, e -> ((SpotlightCleared) e).sessionId(),
            RollResolved.class, e -> ((RollResolved) e).sessionId(),
            OutcomeApplied.class, e -> ((OutcomeApplied) e).sessionId(),
            OutcomeRejected.class, e -> ((OutcomeRejected) e).sessionId());

    private final List<Object> events = new ArrayList<>();
    private final Map<SessionId, List<Object>> sessionStreams = new LinkedHashMap<>();

    private History() {
    }

    /** A fresh draft campaign: the creator is its only participant. */
    public static History draft() {
        return new History().then(
                new CampaignCreated(CAMPAIGN, CAMPAIGN_NAME, LocaleTag.DEFAULT, null, SYSTEM_ID, SYSTEM_VERSION),
                joined(OWNER, GM, CampaignAccess.OWNER),
                new ParticipantTokenIssued(CAMPAIGN, OWNER, OWNER_TOKEN));
    }

    /** Appends events, each to the stream its decider writes: a session's play events to that session's stream. */
    public History then(Object... more) {
        for (Object event : more) {
            Function<Object, SessionId> session = PLAY_EVENTS.get(event.getClass());
            if (session == null) {
                events.add(event);
            } else {
                sessionStreams.computeIfAbsent(session.apply(event), s -> new ArrayList<>()).add(event);
            }
        }
        return this;
    }

    public History join(ParticipantId participant, ParticipantRole role, CampaignAccess access) {
        return then(joined(participant, role, access));
    }

    public History leave(ParticipantId participant) {
        return then(new ParticipantLeft(CAMPAIGN, participant, null));
    }

    /** A player character owned by {@code owner}. */
    public History pc(CharacterId character, ParticipantId owner) {
        return then(characterCreated(character, owner, CharacterKind.PC));
    }

    /** A non-player character owned by {@code owner}. */
    public History npc(CharacterId character, ParticipantId owner) {
        return then(characterCreated(character, owner, CharacterKind.NPC));
    }

    public History delete(CharacterId character) {
        return then(new CharacterDeleted(CAMPAIGN, character, null));
    }

    /** The first session's start, as the decider writes it: the session, then the campaign's activation. */
    public History firstSession(SessionId session) {
        return then(new SessionStarted(CAMPAIGN, session, null), new CampaignActivated(CAMPAIGN));
    }

    /** A later session's start: the campaign is already active. */
    public History session(SessionId session) {
        return then(new SessionStarted(CAMPAIGN, session, null));
    }

    public History end(SessionId session) {
        return then(new SessionEnded(CAMPAIGN, session));
    }

    /** The campaign's stream. */
    public List<Object> events() {
        return List.copyOf(events);
    }

    /** One session's play stream: empty when nothing was played in it (the stream does not exist). */
    public List<Object> sessionEvents(SessionId session) {
        return List.copyOf(sessionStreams.getOrDefault(session, List.of()));
    }

    /** The play stream id of one of this campaign's sessions. */
    public static SessionStreamId streamOf(SessionId session) {
        return SessionStreamId.of(CAMPAIGN, session);
    }

    // ---- single events ----

    public static ParticipantJoined joined(ParticipantId participant, ParticipantRole role, CampaignAccess access) {
        return new ParticipantJoined(CAMPAIGN, participant, nameOf(participant), role, access);
    }

    public static CharacterCreated characterCreated(CharacterId character, ParticipantId owner, CharacterKind kind) {
        return new CharacterCreated(CAMPAIGN, character, owner, nameOf(character), kind, null);
    }

    public static Name nameOf(ParticipantId participant) {
        return new Name("Name of " + participant.value());
    }

    public static Name nameOf(CharacterId character) {
        return new Name("Name of " + character.value());
    }

    /** A well-formed secret hash: 64 copies of one hex digit. */
    public static SecretHash hash(char digit) {
        return SecretHash.of(String.valueOf(digit).repeat(64));
    }
}
