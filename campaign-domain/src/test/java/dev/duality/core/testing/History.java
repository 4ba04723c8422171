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
import dev.duality.core.session.api.SessionEnded;
import dev.duality.core.session.api.SessionId;
import dev.duality.core.session.api.SessionStarted;

import java.util.ArrayList;
import java.util.List;

import static dev.duality.core.campaign.api.ParticipantRole.GM;

/**
 * A campaign's journal for fixture tests, written as the deciders would have written it. Starts from a draft campaign
 * of the test system whose creator, {@link #OWNER}, is its GM and owner.
 */
public final class History {
    public static final CampaignId CAMPAIGN = CampaignId.of("camp-1");
    public static final Name CAMPAIGN_NAME = new Name("The Witherwild");
    public static final String SYSTEM_ID = "testsys";
    public static final String SYSTEM_VERSION = "1.0.0";
    /** The creator: GM and owner. */
    public static final ParticipantId OWNER = ParticipantId.of("p-owner");
    public static final SecretHash OWNER_TOKEN = hash('0');

    private final List<Object> events = new ArrayList<>();

    private History() {
    }

    /** A fresh draft campaign: the creator is its only participant. */
    public static History draft() {
        return new History().then(
                new CampaignCreated(CAMPAIGN, CAMPAIGN_NAME, LocaleTag.DEFAULT, null, SYSTEM_ID, SYSTEM_VERSION),
                joined(OWNER, GM, CampaignAccess.OWNER),
                new ParticipantTokenIssued(CAMPAIGN, OWNER, OWNER_TOKEN));
    }

    public History then(Object... more) {
        events.addAll(List.of(more));
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

    public List<Object> events() {
        return List.copyOf(events);
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
