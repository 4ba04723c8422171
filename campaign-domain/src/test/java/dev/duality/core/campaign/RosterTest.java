package dev.duality.core.campaign;

import dev.duality.core.CoreMessages;
import dev.duality.core.campaign.api.CampaignEnded;
import dev.duality.core.campaign.api.CharacterCreated;
import dev.duality.core.campaign.api.CharacterDeleted;
import dev.duality.core.campaign.api.CharacterId;
import dev.duality.core.campaign.api.CharacterKind;
import dev.duality.core.campaign.api.CharacterTransferred;
import dev.duality.core.campaign.api.CharacterUpdated;
import dev.duality.core.campaign.api.ClaimInvite;
import dev.duality.core.campaign.api.CreateCharacter;
import dev.duality.core.campaign.api.CreateInvite;
import dev.duality.core.campaign.api.DeleteCharacter;
import dev.duality.core.campaign.api.FreeText;
import dev.duality.core.campaign.api.InviteClaimed;
import dev.duality.core.campaign.api.InviteCreated;
import dev.duality.core.campaign.api.InviteId;
import dev.duality.core.campaign.api.InviteRevoked;
import dev.duality.core.campaign.api.JoinParticipant;
import dev.duality.core.campaign.api.LeaveParticipant;
import dev.duality.core.campaign.api.Name;
import dev.duality.core.campaign.api.ParticipantId;
import dev.duality.core.campaign.api.ParticipantJoined;
import dev.duality.core.campaign.api.ParticipantLeft;
import dev.duality.core.campaign.api.ParticipantTokenIssued;
import dev.duality.core.campaign.api.RevokeInvite;
import dev.duality.core.campaign.api.SecretHash;
import dev.duality.core.campaign.api.TransferCharacter;
import dev.duality.core.campaign.api.UpdateCharacter;
import dev.duality.core.campaign.api.UpdateParticipant;
import dev.duality.core.catalog.MessageCatalog;
import dev.duality.core.envelope.Actors;
import dev.duality.core.envelope.Envelope;
import dev.duality.core.session.api.SessionId;
import dev.duality.core.testing.FakeSystemModule;
import dev.duality.core.testing.History;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static dev.duality.core.campaign.api.CampaignAccess.MANAGER;
import static dev.duality.core.campaign.api.CampaignAccess.MEMBER;
import static dev.duality.core.campaign.api.CampaignAccess.OWNER;
import static dev.duality.core.campaign.api.CampaignRejection.CAMPAIGN_STATUS_FORBIDS_OPERATION;
import static dev.duality.core.campaign.api.CampaignRejection.CHARACTER_ALREADY_EXISTS;
import static dev.duality.core.campaign.api.CampaignRejection.CHARACTER_DELETED;
import static dev.duality.core.campaign.api.CampaignRejection.CHARACTER_NOT_FOUND;
import static dev.duality.core.campaign.api.CampaignRejection.CHARACTER_OWNER_MUST_BE_SELF;
import static dev.duality.core.campaign.api.CampaignRejection.CHARACTER_OWNER_NOT_PARTICIPANT;
import static dev.duality.core.campaign.api.CampaignRejection.CHARACTER_TRANSFER_SAME_OWNER;
import static dev.duality.core.campaign.api.CampaignRejection.CHARACTER_UPDATE_EMPTY;
import static dev.duality.core.campaign.api.CampaignRejection.INVITE_ALREADY_CLAIMED;
import static dev.duality.core.campaign.api.CampaignRejection.INVITE_ALREADY_EXISTS;
import static dev.duality.core.campaign.api.CampaignRejection.INVITE_CODE_INVALID;
import static dev.duality.core.campaign.api.CampaignRejection.INVITE_NOT_FOUND;
import static dev.duality.core.campaign.api.CampaignRejection.INVITE_REVOKED;
import static dev.duality.core.campaign.api.CampaignRejection.PARTICIPANT_ALREADY_JOINED;
import static dev.duality.core.campaign.api.CampaignRejection.PARTICIPANT_OWNER_ACCESS_RESERVED;
import static dev.duality.core.campaign.api.CampaignRejection.PARTICIPANT_OWNS_CHARACTERS;
import static dev.duality.core.campaign.api.ParticipantRole.GM;
import static dev.duality.core.campaign.api.ParticipantRole.PLAYER;
import static dev.duality.core.testing.History.CAMPAIGN;
import static dev.duality.core.testing.History.hash;
import static dev.duality.core.testing.History.nameOf;
import static dev.duality.core.testing.Rejections.assertRefused;

/**
 * The roster's deciders beyond what {@link CampaignTest} covers: characters (update, soft delete, transfer, who may
 * create them for whom) and invites (create, claim, revoke). Every refusal asserts its code, its field and that no
 * event was applied.
 */
class RosterTest {
    private static final ParticipantId OWNER_ID = History.OWNER;
    private static final ParticipantId MANAGER_ID = ParticipantId.of("p-manager");
    private static final ParticipantId PLAYER_ID = ParticipantId.of("p-player");
    private static final ParticipantId GM_MEMBER_ID = ParticipantId.of("p-gm");
    private static final ParticipantId NEWCOMER = ParticipantId.of("p-newcomer");
    private static final CharacterId HERO = CharacterId.of("char-hero");
    private static final CharacterId SIDEKICK = CharacterId.of("char-sidekick");
    private static final CharacterId GHOST = CharacterId.of("char-ghost");
    private static final InviteId INVITE = InviteId.of("inv-1");
    private static final InviteId OTHER_INVITE = InviteId.of("inv-2");
    private static final SecretHash CODE = hash('a');
    private static final SecretHash OTHER_CODE = hash('b');
    private static final SecretHash WRONG_CODE = hash('f');
    private static final SecretHash NEWCOMER_TOKEN = hash('e');

    private FixtureConfiguration<Campaign> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Campaign.class);
        fixture.registerInjectableResource(MessageCatalog.of(new CoreMessages(), List.of(FakeSystemModule.testsys())));
    }

    /** The owner (GM), a manager who plays, a member who plays and owns {@link #HERO}, and a GM who is a member. */
    private static History table() {
        return History.draft()
                .join(MANAGER_ID, PLAYER, MANAGER)
                .join(PLAYER_ID, PLAYER, MEMBER)
                .join(GM_MEMBER_ID, GM, MEMBER)
                .pc(HERO, PLAYER_ID);
    }

    @Nested
    class CharacterUpdates {
        @Test
        void anUpdateCarriesOnlyTheFieldsThatWereSent() {
            Name renamed = new Name("Marlowe the Bold");
            fixture.given(table().events())
                    .when(new UpdateCharacter(CAMPAIGN, HERO, renamed, null, null))
                    .expectEvents(new CharacterUpdated(CAMPAIGN, HERO, renamed, null, null));
        }

        @Test
        void kindAndNotesAreTheOtherUpdatableFields() {
            FreeText notes = FreeText.of("owes the guild a favour", "notes");
            fixture.given(table().events())
                    .when(new UpdateCharacter(CAMPAIGN, HERO, null, CharacterKind.NPC, notes))
                    .expectEvents(new CharacterUpdated(CAMPAIGN, HERO, null, CharacterKind.NPC, notes));
        }

        @Test
        void anUpdateThatChangesNothingIsRefused() {
            assertRefused(fixture.given(table().events())
                    .when(new UpdateCharacter(CAMPAIGN, HERO, null, null, null)), CHARACTER_UPDATE_EMPTY, null);
        }

        @Test
        void anUnknownCharacterCannotBeUpdated() {
            assertRefused(fixture.given(table().events())
                            .when(new UpdateCharacter(CAMPAIGN, GHOST, new Name("Nobody"), null, null)),
                    CHARACTER_NOT_FOUND, "character_id");
        }
    }

    @Nested
    class SoftDelete {
        @Test
        void deletingRecordsTheReason() {
            FreeText reason = FreeText.of("retired to a farm", "reason");
            fixture.given(table().events())
                    .when(new DeleteCharacter(CAMPAIGN, HERO, reason))
                    .expectEvents(new CharacterDeleted(CAMPAIGN, HERO, reason));
        }

        @Test
        void anUnknownCharacterCannotBeDeleted() {
            assertRefused(fixture.given(table().events()).when(new DeleteCharacter(CAMPAIGN, GHOST, null)),
                    CHARACTER_NOT_FOUND, "character_id");
        }

        @Test
        void aDeletedCharacterCannotBeUpdated() {
            assertRefused(fixture.given(table().delete(HERO).events())
                            .when(new UpdateCharacter(CAMPAIGN, HERO, new Name("Back again"), null, null)),
                    CHARACTER_DELETED, "character_id");
        }

        @Test
        void aDeletedCharacterCannotBeDeletedAgain() {
            assertRefused(fixture.given(table().delete(HERO).events()).when(new DeleteCharacter(CAMPAIGN, HERO, null)),
                    CHARACTER_DELETED, "character_id");
        }

        @Test
        void aDeletedCharacterCannotBeTransferred() {
            assertRefused(fixture.given(table().delete(HERO).events())
                            .when(new TransferCharacter(CAMPAIGN, HERO, MANAGER_ID)),
                    CHARACTER_DELETED, "character_id");
        }

        @Test
        void aDeletedCharacterIdStaysTaken() {
            assertRefused(fixture.given(table().delete(HERO).events())
                            .when(createCharacter(HERO, PLAYER_ID), asActor(PLAYER_ID)),
                    CHARACTER_ALREADY_EXISTS, "character_id");
        }

        @Test
        void aParticipantWhoseCharactersWereAllDeletedMayLeave() {
            fixture.given(table().pc(SIDEKICK, PLAYER_ID).delete(HERO).delete(SIDEKICK).events())
                    .when(new LeaveParticipant(CAMPAIGN, PLAYER_ID, null))
                    .expectEvents(new ParticipantLeft(CAMPAIGN, PLAYER_ID, null));
        }

        @Test
        void aParticipantWithOneLiveCharacterLeftMayNotLeave() {
            assertRefused(fixture.given(table().pc(SIDEKICK, PLAYER_ID).delete(HERO).events())
                            .when(new LeaveParticipant(CAMPAIGN, PLAYER_ID, null)),
                    PARTICIPANT_OWNS_CHARACTERS, "participant_id");
        }
    }

    @Nested
    class Transfer {
        @Test
        void aTransferNamesTheOldAndTheNewOwner() {
            fixture.given(table().events())
                    .when(new TransferCharacter(CAMPAIGN, HERO, MANAGER_ID))
                    .expectEvents(new CharacterTransferred(CAMPAIGN, HERO, PLAYER_ID, MANAGER_ID));
        }

        @Test
        void afterATransferTheOldOwnerMayLeave() {
            fixture.given(table().then(new CharacterTransferred(CAMPAIGN, HERO, PLAYER_ID, MANAGER_ID)).events())
                    .when(new LeaveParticipant(CAMPAIGN, PLAYER_ID, null))
                    .expectEvents(new ParticipantLeft(CAMPAIGN, PLAYER_ID, null));
        }

        @Test
        void afterATransferTheNewOwnerMayNotLeave() {
            assertRefused(fixture.given(table().then(new CharacterTransferred(CAMPAIGN, HERO, PLAYER_ID, MANAGER_ID))
                            .events())
                            .when(new LeaveParticipant(CAMPAIGN, MANAGER_ID, null)),
                    PARTICIPANT_OWNS_CHARACTERS, "participant_id");
        }

        @Test
        void theNewOwnerMustBeAParticipant() {
            assertRefused(fixture.given(table().events()).when(new TransferCharacter(CAMPAIGN, HERO, NEWCOMER)),
                    CHARACTER_OWNER_NOT_PARTICIPANT, "new_owner_participant_id");
        }

        @Test
        void aParticipantWhoLeftCannotReceiveACharacter() {
            assertRefused(fixture.given(table().leave(GM_MEMBER_ID).events())
                            .when(new TransferCharacter(CAMPAIGN, HERO, GM_MEMBER_ID)),
                    CHARACTER_OWNER_NOT_PARTICIPANT, "new_owner_participant_id");
        }

        @Test
        void aTransferToTheCurrentOwnerIsRefused() {
            assertRefused(fixture.given(table().events()).when(new TransferCharacter(CAMPAIGN, HERO, PLAYER_ID)),
                    CHARACTER_TRANSFER_SAME_OWNER, "new_owner_participant_id");
        }

        @Test
        void anUnknownCharacterCannotBeTransferred() {
            assertRefused(fixture.given(table().events()).when(new TransferCharacter(CAMPAIGN, GHOST, MANAGER_ID)),
                    CHARACTER_NOT_FOUND, "character_id");
        }
    }

    /** Members create their own characters; owners, managers, GMs and the admin may create them for anyone. */
    @Nested
    class WhoCreatesForWhom {
        @Test
        void aMemberMayCreateACharacterForThemselves() {
            fixture.given(table().events())
                    .when(createCharacter(SIDEKICK, PLAYER_ID), asActor(PLAYER_ID))
                    .expectEvents(created(SIDEKICK, PLAYER_ID));
        }

        @Test
        void aMemberMayNotCreateACharacterForSomeoneElse() {
            assertRefused(fixture.given(table().events())
                            .when(createCharacter(SIDEKICK, MANAGER_ID), asActor(PLAYER_ID)),
                    CHARACTER_OWNER_MUST_BE_SELF, "owner_participant_id");
        }

        static Stream<Arguments> governorsAndGms() {
            return Stream.of(Arguments.of("owner", OWNER_ID.value()), Arguments.of("manager", MANAGER_ID.value()),
                    Arguments.of("GM member", GM_MEMBER_ID.value()), Arguments.of("admin", Actors.ADMIN));
        }

        @ParameterizedTest(name = "the {0} may create a character for a member")
        @MethodSource("governorsAndGms")
        void governorsGmsAndTheAdminMayCreateACharacterForSomeoneElse(String who, String actorId) {
            fixture.given(table().events())
                    .when(createCharacter(SIDEKICK, PLAYER_ID), Map.of(Envelope.ACTOR_ID, actorId))
                    .expectEvents(created(SIDEKICK, PLAYER_ID));
        }
    }

    @Nested
    class Invites {
        @Test
        void anInviteRecordsItsRoleAccessAndCodeHash() {
            fixture.given(table().events())
                    .when(new CreateInvite(CAMPAIGN, INVITE, PLAYER, MEMBER, CODE), asActor(MANAGER_ID))
                    .expectEvents(new InviteCreated(CAMPAIGN, INVITE, PLAYER, MEMBER, CODE));
        }

        @Test
        void aManagerCannotCreateAnOwnerInvite() {
            assertRefused(fixture.given(table().events())
                            .when(new CreateInvite(CAMPAIGN, INVITE, PLAYER, OWNER, CODE), asActor(MANAGER_ID)),
                    PARTICIPANT_OWNER_ACCESS_RESERVED, "access");
        }

        @Test
        void anOwnerMayCreateAnOwnerInvite() {
            fixture.given(table().events())
                    .when(new CreateInvite(CAMPAIGN, INVITE, GM, OWNER, CODE), asActor(OWNER_ID))
                    .expectEvents(new InviteCreated(CAMPAIGN, INVITE, GM, OWNER, CODE));
        }

        @Test
        void aManagerMayCreateAManagerInvite() {
            fixture.given(table().events())
                    .when(new CreateInvite(CAMPAIGN, INVITE, PLAYER, MANAGER, CODE), asActor(MANAGER_ID))
                    .expectEvents(new InviteCreated(CAMPAIGN, INVITE, PLAYER, MANAGER, CODE));
        }

        @Test
        void anInviteIdCannotBeUsedTwice() {
            assertRefused(fixture.given(withInvite().events())
                            .when(new CreateInvite(CAMPAIGN, INVITE, PLAYER, MEMBER, OTHER_CODE), asActor(OWNER_ID)),
                    INVITE_ALREADY_EXISTS, "invite_id");
        }

        @Test
        void aRevokedInvitesIdStaysTaken() {
            assertRefused(fixture.given(withInvite().then(new InviteRevoked(CAMPAIGN, INVITE)).events())
                            .when(new CreateInvite(CAMPAIGN, INVITE, PLAYER, MEMBER, OTHER_CODE), asActor(OWNER_ID)),
                    INVITE_ALREADY_EXISTS, "invite_id");
        }

        @Test
        void claimingSeatsTheNewcomerWithTheInvitesRoleAndAccessAndIssuesATokenOnce() {
            fixture.given(table().then(new InviteCreated(CAMPAIGN, INVITE, GM, MANAGER, CODE)).events())
                    .when(claim(CODE), Map.of(Envelope.ACTOR_ID, Actors.ANONYMOUS))
                    .expectEvents(new InviteClaimed(CAMPAIGN, INVITE, NEWCOMER),
                            new ParticipantJoined(CAMPAIGN, NEWCOMER, nameOf(NEWCOMER), GM, MANAGER),
                            new ParticipantTokenIssued(CAMPAIGN, NEWCOMER, NEWCOMER_TOKEN));
        }

        @Test
        void theCodeChoosesTheInvite() {
            fixture.given(withInvite().then(new InviteCreated(CAMPAIGN, OTHER_INVITE, GM, MEMBER, OTHER_CODE)).events())
                    .when(claim(OTHER_CODE))
                    .expectEvents(new InviteClaimed(CAMPAIGN, OTHER_INVITE, NEWCOMER),
                            new ParticipantJoined(CAMPAIGN, NEWCOMER, nameOf(NEWCOMER), GM, MEMBER),
                            new ParticipantTokenIssued(CAMPAIGN, NEWCOMER, NEWCOMER_TOKEN));
        }

        @Test
        void aClaimedInviteSeatsTheNewcomer() {
            // the participant.joined of a claim is folded like any join: the newcomer cannot join again
            assertRefused(fixture.given(withInvite().then(claimed(INVITE, NEWCOMER)).events())
                            .when(new JoinParticipant(CAMPAIGN, NEWCOMER, nameOf(NEWCOMER), PLAYER, MEMBER)),
                    PARTICIPANT_ALREADY_JOINED, "participant_id");
        }

        @Test
        void aWrongCodeIsRefused() {
            assertRefused(fixture.given(withInvite().events()).when(claim(WRONG_CODE)), INVITE_CODE_INVALID, "code");
        }

        @Test
        void aCodeWithNoInviteAtAllIsRefused() {
            assertRefused(fixture.given(table().events()).when(claim(CODE)), INVITE_CODE_INVALID, "code");
        }

        @Test
        void anInviteIsSingleUse() {
            ParticipantId second = ParticipantId.of("p-second");
            assertRefused(fixture.given(withInvite().then(claimed(INVITE, NEWCOMER)).events())
                            .when(new ClaimInvite(CAMPAIGN, CODE, second, nameOf(second), hash('d'))),
                    INVITE_ALREADY_CLAIMED, "code");
        }

        @Test
        void aRevokedInviteCannotBeClaimed() {
            assertRefused(fixture.given(withInvite().then(new InviteRevoked(CAMPAIGN, INVITE)).events())
                            .when(claim(CODE)),
                    INVITE_REVOKED, "code");
        }

        @Test
        void aSeatedParticipantCannotClaimAnotherSeat() {
            assertRefused(fixture.given(withInvite().events())
                            .when(new ClaimInvite(CAMPAIGN, CODE, PLAYER_ID, nameOf(PLAYER_ID), NEWCOMER_TOKEN)),
                    PARTICIPANT_ALREADY_JOINED, "participant_id");
        }

        @Test
        void anOpenInviteCanBeRevoked() {
            fixture.given(withInvite().events())
                    .when(new RevokeInvite(CAMPAIGN, INVITE))
                    .expectEvents(new InviteRevoked(CAMPAIGN, INVITE));
        }

        @Test
        void anUnknownInviteCannotBeRevoked() {
            assertRefused(fixture.given(withInvite().events()).when(new RevokeInvite(CAMPAIGN, OTHER_INVITE)),
                    INVITE_NOT_FOUND, "invite_id");
        }

        @Test
        void anInviteCannotBeRevokedTwice() {
            assertRefused(fixture.given(withInvite().then(new InviteRevoked(CAMPAIGN, INVITE)).events())
                            .when(new RevokeInvite(CAMPAIGN, INVITE)),
                    INVITE_REVOKED, "invite_id");
        }

        @Test
        void aClaimedInviteCannotBeRevoked() {
            assertRefused(fixture.given(withInvite().then(claimed(INVITE, NEWCOMER)).events())
                            .when(new RevokeInvite(CAMPAIGN, INVITE)),
                    INVITE_ALREADY_CLAIMED, "invite_id");
        }

        private History withInvite() {
            return table().then(new InviteCreated(CAMPAIGN, INVITE, PLAYER, MEMBER, CODE));
        }

        private ClaimInvite claim(SecretHash code) {
            return new ClaimInvite(CAMPAIGN, code, NEWCOMER, nameOf(NEWCOMER), NEWCOMER_TOKEN);
        }

        private Object[] claimed(InviteId invite, ParticipantId participant) {
            return new Object[]{new InviteClaimed(CAMPAIGN, invite, participant),
                    History.joined(participant, PLAYER, MEMBER),
                    new ParticipantTokenIssued(CAMPAIGN, participant, NEWCOMER_TOKEN)};
        }
    }

    /** Every roster command checks the campaign's status first: a completed campaign takes none of them. */
    @Nested
    class Status {
        static Stream<Arguments> rosterCommands() {
            return Stream.of(
                    Arguments.of("participant.join", new JoinParticipant(CAMPAIGN, NEWCOMER, nameOf(NEWCOMER), PLAYER,
                            MEMBER)),
                    Arguments.of("participant.update", new UpdateParticipant(CAMPAIGN, PLAYER_ID, null, GM, null)),
                    Arguments.of("participant.leave", new LeaveParticipant(CAMPAIGN, GM_MEMBER_ID, null)),
                    Arguments.of("character.create", createCharacter(SIDEKICK, PLAYER_ID)),
                    Arguments.of("character.update", new UpdateCharacter(CAMPAIGN, HERO, new Name("Late"), null,
                            null)),
                    Arguments.of("character.delete", new DeleteCharacter(CAMPAIGN, HERO, null)),
                    Arguments.of("character.transfer", new TransferCharacter(CAMPAIGN, HERO, MANAGER_ID)),
                    Arguments.of("invite.create", new CreateInvite(CAMPAIGN, OTHER_INVITE, PLAYER, MEMBER,
                            OTHER_CODE)),
                    Arguments.of("invite.claim", new ClaimInvite(CAMPAIGN, CODE, NEWCOMER, nameOf(NEWCOMER),
                            NEWCOMER_TOKEN)),
                    Arguments.of("invite.revoke", new RevokeInvite(CAMPAIGN, INVITE)));
        }

        @ParameterizedTest(name = "{0} is refused in a completed campaign")
        @MethodSource("rosterCommands")
        void aCompletedCampaignTakesNoRosterCommand(String type, Object command) {
            SessionId played = SessionId.of("s-played");
            History completed = table().then(new InviteCreated(CAMPAIGN, INVITE, PLAYER, MEMBER, CODE))
                    .firstSession(played).end(played).then(new CampaignEnded(CAMPAIGN));
            assertRefused(fixture.given(completed.events()).when(command, asActor(OWNER_ID)),
                    CAMPAIGN_STATUS_FORBIDS_OPERATION, null);
        }

        @ParameterizedTest(name = "the same commands succeed on the same table while it is a draft: {0}")
        @MethodSource("rosterCommands")
        void theSameCommandsAreAcceptedInADraft(String type, Object command) {
            fixture.given(table().then(new InviteCreated(CAMPAIGN, INVITE, PLAYER, MEMBER, CODE)).events())
                    .when(command, asActor(OWNER_ID))
                    .expectSuccessfulHandlerExecution();
        }
    }

    // ---- helpers ----

    private static CreateCharacter createCharacter(CharacterId character, ParticipantId owner) {
        return new CreateCharacter(CAMPAIGN, character, owner, nameOf(character), CharacterKind.PC, null);
    }

    private static CharacterCreated created(CharacterId character, ParticipantId owner) {
        return History.characterCreated(character, owner, CharacterKind.PC);
    }

    private static Map<String, ?> asActor(ParticipantId actor) {
        return Map.of(Envelope.ACTOR_ID, actor.value());
    }
}
