package dev.duality.core.campaign;

import dev.duality.core.CoreMessages;
import dev.duality.core.campaign.api.ArchiveCampaign;
import dev.duality.core.campaign.api.CampaignAccess;
import dev.duality.core.campaign.api.CampaignActivated;
import dev.duality.core.campaign.api.CampaignArchived;
import dev.duality.core.campaign.api.CampaignCreated;
import dev.duality.core.campaign.api.CampaignEnded;
import dev.duality.core.campaign.api.CampaignId;
import dev.duality.core.campaign.api.CampaignOperation;
import dev.duality.core.campaign.api.CampaignRestored;
import dev.duality.core.campaign.api.CampaignStatus;
import dev.duality.core.campaign.api.CampaignUpdated;
import dev.duality.core.campaign.api.CharacterCreated;
import dev.duality.core.campaign.api.CharacterId;
import dev.duality.core.campaign.api.CharacterKind;
import dev.duality.core.campaign.api.CreateCampaign;
import dev.duality.core.campaign.api.CreateCharacter;
import dev.duality.core.campaign.api.EndCampaign;
import dev.duality.core.campaign.api.FreeText;
import dev.duality.core.campaign.api.GameSystemRef;
import dev.duality.core.campaign.api.GameSystemUpgraded;
import dev.duality.core.campaign.api.JoinParticipant;
import dev.duality.core.campaign.api.LeaveParticipant;
import dev.duality.core.campaign.api.LocaleTag;
import dev.duality.core.campaign.api.Name;
import dev.duality.core.campaign.api.ParticipantId;
import dev.duality.core.campaign.api.ParticipantJoined;
import dev.duality.core.campaign.api.ParticipantLeft;
import dev.duality.core.campaign.api.ParticipantRole;
import dev.duality.core.campaign.api.ParticipantUpdated;
import dev.duality.core.campaign.api.ParticipantTokenIssued;
import dev.duality.core.campaign.api.RestoreCampaign;
import dev.duality.core.campaign.api.SecretHash;
import dev.duality.core.campaign.api.UpdateCampaign;
import dev.duality.core.campaign.api.UpgradeGameSystem;
import dev.duality.core.campaign.api.UpdateParticipant;
import dev.duality.core.catalog.MessageCatalog;
import dev.duality.core.envelope.Envelope;
import dev.duality.core.testing.FakeSystemModule;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static dev.duality.core.campaign.api.CampaignAccess.MANAGER;
import static dev.duality.core.campaign.api.CampaignAccess.MEMBER;
import static dev.duality.core.campaign.api.CampaignAccess.OWNER;
import static dev.duality.core.campaign.api.CampaignOperation.ARCHIVE;
import static dev.duality.core.campaign.api.CampaignOperation.END;
import static dev.duality.core.campaign.api.CampaignOperation.MANAGE_CHARACTERS;
import static dev.duality.core.campaign.api.CampaignOperation.MANAGE_PARTICIPANTS;
import static dev.duality.core.campaign.api.CampaignOperation.PLAY;
import static dev.duality.core.campaign.api.CampaignOperation.RESTORE;
import static dev.duality.core.campaign.api.CampaignOperation.START_SESSION;
import static dev.duality.core.campaign.api.CampaignOperation.UPDATE;
import static dev.duality.core.campaign.api.CampaignRejection.CAMPAIGN_GAME_SYSTEM_NOT_NEWER;
import static dev.duality.core.campaign.api.CampaignRejection.CAMPAIGN_GAME_SYSTEM_UNSUPPORTED;
import static dev.duality.core.campaign.api.CampaignRejection.CAMPAIGN_OWNER_REQUIRED;
import static dev.duality.core.campaign.api.CampaignRejection.CAMPAIGN_STATUS_FORBIDS_OPERATION;
import static dev.duality.core.campaign.api.CampaignRejection.CAMPAIGN_UPDATE_EMPTY;
import static dev.duality.core.campaign.api.CampaignRejection.CHARACTER_ALREADY_EXISTS;
import static dev.duality.core.campaign.api.CampaignRejection.CHARACTER_OWNER_NOT_PARTICIPANT;
import static dev.duality.core.campaign.api.CampaignRejection.PARTICIPANT_ALREADY_JOINED;
import static dev.duality.core.campaign.api.CampaignRejection.PARTICIPANT_NOT_FOUND;
import static dev.duality.core.campaign.api.CampaignRejection.PARTICIPANT_OWNER_ACCESS_RESERVED;
import static dev.duality.core.campaign.api.CampaignRejection.PARTICIPANT_OWNS_CHARACTERS;
import static dev.duality.core.campaign.api.CampaignRejection.PARTICIPANT_ROLE_CHANGE_RESERVED;
import static dev.duality.core.campaign.api.CampaignRejection.PARTICIPANT_UPDATE_EMPTY;
import static dev.duality.core.campaign.api.ParticipantRole.GM;
import static dev.duality.core.campaign.api.ParticipantRole.PLAYER;
import static dev.duality.core.testing.Rejections.rejectedWith;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Campaign decider: every rule it checks and every rejection code it decides. Each rejection also asserts that
 * no event was applied.
 */
class CampaignTest {
    private static final CampaignId CAMPAIGN = CampaignId.of("camp-1");
    private static final Name CAMPAIGN_NAME = new Name("The Witherwild");
    private static final ParticipantId CREATOR = ParticipantId.of("p-creator");
    private static final Name CREATOR_NAME = new Name("Ada");
    private static final SecretHash CREATOR_TOKEN = SecretHash.of("c".repeat(64));
    private static final ParticipantId CO_OWNER = ParticipantId.of("p-co-owner");
    private static final ParticipantId MANAGER_ID = ParticipantId.of("p-manager");
    private static final ParticipantId MEMBER_ID = ParticipantId.of("p-member");
    private static final ParticipantId NEWCOMER = ParticipantId.of("p-newcomer");
    private static final CharacterId CHARACTER = CharacterId.of("char-1");

    private FixtureConfiguration<Campaign> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Campaign.class);
        fixture.registerInjectableResource(MessageCatalog.of(new CoreMessages(), List.of(FakeSystemModule.testsys())));
    }

    @Nested
    class Creation {
        @Test
        void opensADraftCampaignWithTheCreatorSeatedAsGmAndOwnerHoldingAToken() {
            fixture.givenNoPriorActivity()
                    .when(create(new GameSystemRef("testsys", "1.0.0")))
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(created(), creatorJoined(),
                            new ParticipantTokenIssued(CAMPAIGN, CREATOR, CREATOR_TOKEN));
        }

        @Test
        void refusesAGameSystemIdThatNoModuleRegisters() {
            fixture.givenNoPriorActivity()
                    .when(create(new GameSystemRef("ghostsys", "1.0.0")))
                    .expectException(rejectedWith(CAMPAIGN_GAME_SYSTEM_UNSUPPORTED, "game_system"))
                    .expectNoEvents();
        }

        @Test
        void refusesARegisteredGameSystemAtAnotherVersion() {
            fixture.givenNoPriorActivity()
                    .when(create(new GameSystemRef("testsys", "2.0.0")))
                    .expectException(rejectedWith(CAMPAIGN_GAME_SYSTEM_UNSUPPORTED, "game_system"))
                    .expectNoEvents();
        }
    }

    @Nested
    class Update {
        @Test
        void appliesOnlyTheFieldsThatWereSent() {
            Name renamed = new Name("The Witherwild, Part Two");
            fixture.given(draft())
                    .when(new UpdateCampaign(CAMPAIGN, renamed, null, null))
                    .expectEvents(new CampaignUpdated(CAMPAIGN, renamed, null, null));
        }

        @Test
        void refusesAnUpdateThatChangesNothing() {
            fixture.given(draft())
                    .when(new UpdateCampaign(CAMPAIGN, null, null, null))
                    .expectException(rejectedWith(CAMPAIGN_UPDATE_EMPTY))
                    .expectNoEvents();
        }
    }

    @Nested
    class GameSystemUpgrade {
        @Test
        void movesTheCampaignToANewerServedVersion() {
            // a newer release of testsys than the one the campaign was created with
            FixtureConfiguration<Campaign> newerRelease = new AggregateTestFixture<>(Campaign.class);
            newerRelease.registerInjectableResource(MessageCatalog.of(new CoreMessages(),
                    List.of(FakeSystemModule.testsys().atVersion("1.3.0"))));
            newerRelease.given(draft())
                    .when(new UpgradeGameSystem(CAMPAIGN, "1.3.0"))
                    .expectEvents(new GameSystemUpgraded(CAMPAIGN, "testsys", "1.0.0", "1.3.0"));
        }

        @Test
        void refusesAVersionTheModuleDoesNotServe() {
            fixture.given(draft())
                    .when(new UpgradeGameSystem(CAMPAIGN, "2.0.0"))
                    .expectException(rejectedWith(CAMPAIGN_GAME_SYSTEM_UNSUPPORTED, "version"))
                    .expectNoEvents();
        }

        @Test
        void refusesTheVersionItAlreadyPlays() {
            fixture.given(draft())
                    .when(new UpgradeGameSystem(CAMPAIGN, "1.0.0"))
                    .expectException(rejectedWith(CAMPAIGN_GAME_SYSTEM_NOT_NEWER, "version"))
                    .expectNoEvents();
        }

        @Test
        void anArchivedCampaignIsNotUpgraded() {
            fixture.given(archived())
                    .when(new UpgradeGameSystem(CAMPAIGN, "1.0.0"))
                    .expectException(rejectedWith(CAMPAIGN_STATUS_FORBIDS_OPERATION))
                    .expectNoEvents();
        }
    }

    /**
     * The lifecycle draft -> active -> completed -> archived -> (restore) draft. Activation is decided by the first
     * session start, so histories here begin from {@code campaign.activated} as the journal would hold it.
     */
    @Nested
    class Lifecycle {
        @Test
        void anActiveCampaignCanEnd() {
            fixture.given(active())
                    .when(new EndCampaign(CAMPAIGN))
                    .expectEvents(new CampaignEnded(CAMPAIGN));
        }

        @Test
        void anActiveCampaignCanBeArchivedDirectly() {
            fixture.given(active())
                    .when(new ArchiveCampaign(CAMPAIGN))
                    .expectEvents(new CampaignArchived(CAMPAIGN));
        }

        @Test
        void anActiveCampaignStillTakesUpdatesParticipantsAndCharacters() {
            Name renamed = new Name("Mid-campaign");
            fixture.given(active())
                    .when(new UpdateCampaign(CAMPAIGN, renamed, null, null))
                    .expectEvents(new CampaignUpdated(CAMPAIGN, renamed, null, null));
            fixture.given(active())
                    .when(join(NEWCOMER, PLAYER, MEMBER))
                    .expectSuccessfulHandlerExecution();
            fixture.given(active())
                    .when(new RestoreCampaign(CAMPAIGN))
                    .expectException(rejectedWith(CAMPAIGN_STATUS_FORBIDS_OPERATION))
                    .expectNoEvents();
        }

        @Test
        void aDraftCampaignCannotEnd() {
            fixture.given(draft())
                    .when(new EndCampaign(CAMPAIGN))
                    .expectException(rejectedWith(CAMPAIGN_STATUS_FORBIDS_OPERATION))
                    .expectNoEvents();
        }

        @Test
        void aDraftCampaignCannotBeArchived() {
            fixture.given(draft())
                    .when(new ArchiveCampaign(CAMPAIGN))
                    .expectException(rejectedWith(CAMPAIGN_STATUS_FORBIDS_OPERATION))
                    .expectNoEvents();
        }

        @Test
        void aDraftCampaignCannotBeRestored() {
            fixture.given(draft())
                    .when(new RestoreCampaign(CAMPAIGN))
                    .expectException(rejectedWith(CAMPAIGN_STATUS_FORBIDS_OPERATION))
                    .expectNoEvents();
        }

        @Test
        void aCompletedCampaignCanBeArchived() {
            fixture.given(completed())
                    .when(new ArchiveCampaign(CAMPAIGN))
                    .expectEvents(new CampaignArchived(CAMPAIGN));
        }

        @Test
        void aCompletedCampaignCannotEndAgain() {
            fixture.given(completed())
                    .when(new EndCampaign(CAMPAIGN))
                    .expectException(rejectedWith(CAMPAIGN_STATUS_FORBIDS_OPERATION))
                    .expectNoEvents();
        }

        @Test
        void aCompletedCampaignRefusesUpdatesParticipantsAndCharacters() {
            fixture.given(completed())
                    .when(new UpdateCampaign(CAMPAIGN, new Name("Too late"), null, null))
                    .expectException(rejectedWith(CAMPAIGN_STATUS_FORBIDS_OPERATION))
                    .expectNoEvents();
            fixture.given(completed())
                    .when(join(NEWCOMER, PLAYER, MEMBER))
                    .expectException(rejectedWith(CAMPAIGN_STATUS_FORBIDS_OPERATION))
                    .expectNoEvents();
            fixture.given(completed())
                    .when(createCharacter(CHARACTER, CREATOR))
                    .expectException(rejectedWith(CAMPAIGN_STATUS_FORBIDS_OPERATION))
                    .expectNoEvents();
        }

        @Test
        void anArchivedCampaignCanBeRestoredToDraft() {
            fixture.given(archived())
                    .when(new RestoreCampaign(CAMPAIGN))
                    .expectEvents(new CampaignRestored(CAMPAIGN));
        }

        @Test
        void anArchivedCampaignAllowsNothingButRestore() {
            fixture.given(archived())
                    .when(new ArchiveCampaign(CAMPAIGN))
                    .expectException(rejectedWith(CAMPAIGN_STATUS_FORBIDS_OPERATION))
                    .expectNoEvents();
            fixture.given(archived())
                    .when(new UpdateCampaign(CAMPAIGN, new Name("Dusted off"), null, null))
                    .expectException(rejectedWith(CAMPAIGN_STATUS_FORBIDS_OPERATION))
                    .expectNoEvents();
            fixture.given(archived())
                    .when(new LeaveParticipant(CAMPAIGN, CREATOR, null))
                    .expectException(rejectedWith(CAMPAIGN_STATUS_FORBIDS_OPERATION))
                    .expectNoEvents();
        }

        @Test
        void aRestoredCampaignIsADraftAgain() {
            List<Object> restored = with(archived(), new CampaignRestored(CAMPAIGN));
            Name renamed = new Name("Back on the table");
            fixture.given(restored)
                    .when(new UpdateCampaign(CAMPAIGN, renamed, null, null))
                    .expectEvents(new CampaignUpdated(CAMPAIGN, renamed, null, null));
            fixture.given(restored)
                    .when(new EndCampaign(CAMPAIGN))
                    .expectException(rejectedWith(CAMPAIGN_STATUS_FORBIDS_OPERATION))
                    .expectNoEvents();
        }
    }

    /** reference-service.md §3: what each status allows, for every status and every operation. */
    @Nested
    class StatusTable {
        private static final Map<CampaignStatus, Set<CampaignOperation>> ALLOWED = Map.of(
                CampaignStatus.DRAFT, EnumSet.of(UPDATE, MANAGE_PARTICIPANTS, MANAGE_CHARACTERS, START_SESSION),
                CampaignStatus.ACTIVE, EnumSet.of(UPDATE, MANAGE_PARTICIPANTS, MANAGE_CHARACTERS, START_SESSION,
                        PLAY, END, ARCHIVE),
                CampaignStatus.COMPLETED, EnumSet.of(ARCHIVE),
                CampaignStatus.ARCHIVED, EnumSet.of(RESTORE));

        static Stream<Arguments> everyStatusAndOperation() {
            return Arrays.stream(CampaignStatus.values()).flatMap(status ->
                    Arrays.stream(CampaignOperation.values()).map(operation -> Arguments.of(status, operation)));
        }

        @ParameterizedTest(name = "{0} allows {1}: per reference-service.md")
        @MethodSource("everyStatusAndOperation")
        void allowsExactlyWhatTheReferenceSays(CampaignStatus status, CampaignOperation operation) {
            assertThat(ALLOWED).as("the expected table covers every status").containsKey(status);
            assertThat(status.allows(operation)).isEqualTo(ALLOWED.get(status).contains(operation));
        }
    }

    @Nested
    class Participants {
        @Test
        void aParticipantJoinsWithItsRoleAndAccess() {
            fixture.given(draft())
                    .when(join(NEWCOMER, PLAYER, MEMBER), asActor(CREATOR))
                    .expectEvents(new ParticipantJoined(CAMPAIGN, NEWCOMER, nameOf(NEWCOMER), PLAYER, MEMBER));
        }

        @Test
        void aParticipantCannotJoinTwice() {
            fixture.given(draft())
                    .when(join(CREATOR, PLAYER, MEMBER))
                    .expectException(rejectedWith(PARTICIPANT_ALREADY_JOINED, "participant_id"))
                    .expectNoEvents();
        }

        @Test
        void anUpdateAppliesOnlyTheFieldsThatWereSent() {
            fixture.given(draftWith(MEMBER_ID, PLAYER, MEMBER))
                    .when(new UpdateParticipant(CAMPAIGN, MEMBER_ID, null, GM, null))
                    .expectEvents(new ParticipantUpdated(CAMPAIGN, MEMBER_ID, null, GM, null));
        }

        @Test
        void refusesAnUpdateThatChangesNothing() {
            fixture.given(draftWith(MEMBER_ID, PLAYER, MEMBER))
                    .when(new UpdateParticipant(CAMPAIGN, MEMBER_ID, null, null, null))
                    .expectException(rejectedWith(PARTICIPANT_UPDATE_EMPTY))
                    .expectNoEvents();
        }

        @Test
        void refusesToUpdateAnUnknownParticipant() {
            fixture.given(draft())
                    .when(new UpdateParticipant(CAMPAIGN, NEWCOMER, null, GM, null))
                    .expectException(rejectedWith(PARTICIPANT_NOT_FOUND, "participant_id"))
                    .expectNoEvents();
        }

        @Test
        void refusesToRemoveAnUnknownParticipant() {
            fixture.given(draft())
                    .when(new LeaveParticipant(CAMPAIGN, NEWCOMER, null))
                    .expectException(rejectedWith(PARTICIPANT_NOT_FOUND, "participant_id"))
                    .expectNoEvents();
        }

        @Test
        void aParticipantWhoLeftIsUnknownAfterwards() {
            fixture.given(with(draftWith(MEMBER_ID, PLAYER, MEMBER), new ParticipantLeft(CAMPAIGN, MEMBER_ID, null)))
                    .when(new UpdateParticipant(CAMPAIGN, MEMBER_ID, null, GM, null))
                    .expectException(rejectedWith(PARTICIPANT_NOT_FOUND, "participant_id"))
                    .expectNoEvents();
        }

        @Test
        void aParticipantWithoutCharactersMayLeave() {
            FreeText reason = FreeText.of("moving away", "reason");
            fixture.given(draftWith(MEMBER_ID, PLAYER, MEMBER))
                    .when(new LeaveParticipant(CAMPAIGN, MEMBER_ID, reason))
                    .expectEvents(new ParticipantLeft(CAMPAIGN, MEMBER_ID, reason));
        }

        @Test
        void aParticipantWhoOwnsACharacterCannotLeave() {
            fixture.given(with(draftWith(MEMBER_ID, PLAYER, MEMBER), characterCreated(CHARACTER, MEMBER_ID)))
                    .when(new LeaveParticipant(CAMPAIGN, MEMBER_ID, null))
                    .expectException(rejectedWith(PARTICIPANT_OWNS_CHARACTERS, "participant_id"))
                    .expectNoEvents();
        }

        @Nested
        class OwnerInvariant {
            @Test
            void theLastOwnerCannotBeDemoted() {
                fixture.given(draft())
                        .when(new UpdateParticipant(CAMPAIGN, CREATOR, null, null, MANAGER))
                        .expectException(rejectedWith(CAMPAIGN_OWNER_REQUIRED, "access"))
                        .expectNoEvents();
            }

            @Test
            void theLastOwnerCannotLeave() {
                fixture.given(draft())
                        .when(new LeaveParticipant(CAMPAIGN, CREATOR, null))
                        .expectException(rejectedWith(CAMPAIGN_OWNER_REQUIRED, "participant_id"))
                        .expectNoEvents();
            }

            @Test
            void theLastOwnerMayChangeRoleWithoutLosingOwnerAccess() {
                fixture.given(draft())
                        .when(new UpdateParticipant(CAMPAIGN, CREATOR, null, PLAYER, null))
                        .expectEvents(new ParticipantUpdated(CAMPAIGN, CREATOR, null, PLAYER, null));
            }

            @Test
            void anOwnerMayBeDemotedWhileAnotherOwnerRemains() {
                fixture.given(draftWith(CO_OWNER, PLAYER, OWNER))
                        .when(new UpdateParticipant(CAMPAIGN, CREATOR, null, null, MEMBER))
                        .expectEvents(new ParticipantUpdated(CAMPAIGN, CREATOR, null, null, MEMBER));
            }

            @Test
            void aDemotedOwnerNoLongerCountsAsOwner() {
                // after the co-owner is demoted, the creator is the last owner again
                List<Object> history = with(draftWith(CO_OWNER, PLAYER, OWNER),
                        new ParticipantUpdated(CAMPAIGN, CO_OWNER, null, null, MEMBER));
                fixture.given(history)
                        .when(new LeaveParticipant(CAMPAIGN, CREATOR, null))
                        .expectException(rejectedWith(CAMPAIGN_OWNER_REQUIRED, "participant_id"))
                        .expectNoEvents();
            }
        }

        /** Managers govern the table but owner access is reserved to owners (and to actors who are not managers). */
        @Nested
        class OwnerAccessReservation {
            @Test
            void aManagerCannotGrantOwnerAccessOnJoin() {
                fixture.given(draftWith(MANAGER_ID, PLAYER, MANAGER))
                        .when(join(NEWCOMER, PLAYER, OWNER), asActor(MANAGER_ID))
                        .expectException(rejectedWith(PARTICIPANT_OWNER_ACCESS_RESERVED, "access"))
                        .expectNoEvents();
            }

            @Test
            void aManagerCannotPromoteAParticipantToOwner() {
                fixture.given(with(draftWith(MANAGER_ID, PLAYER, MANAGER), joined(MEMBER_ID, PLAYER, MEMBER)))
                        .when(new UpdateParticipant(CAMPAIGN, MEMBER_ID, null, null, OWNER), asActor(MANAGER_ID))
                        .expectException(rejectedWith(PARTICIPANT_OWNER_ACCESS_RESERVED, "access"))
                        .expectNoEvents();
            }

            @Test
            void aManagerCannotDemoteAnOwner() {
                // two owners, so only the reservation (not the last-owner rule) stands in the way
                fixture.given(with(draftWith(MANAGER_ID, PLAYER, MANAGER), joined(CO_OWNER, PLAYER, OWNER)))
                        .when(new UpdateParticipant(CAMPAIGN, CO_OWNER, null, null, MEMBER), asActor(MANAGER_ID))
                        .expectException(rejectedWith(PARTICIPANT_OWNER_ACCESS_RESERVED, "access"))
                        .expectNoEvents();
            }

            @Test
            void aManagerCannotRemoveAnOwner() {
                fixture.given(with(draftWith(MANAGER_ID, PLAYER, MANAGER), joined(CO_OWNER, PLAYER, OWNER)))
                        .when(new LeaveParticipant(CAMPAIGN, CO_OWNER, null), asActor(MANAGER_ID))
                        .expectException(rejectedWith(PARTICIPANT_OWNER_ACCESS_RESERVED, "participant_id"))
                        .expectNoEvents();
            }

            @Test
            void aManagerCannotChangeAnOwnersRole() {
                // the creator is the owner GM: a manager demoting them to player would strip the GM's seat
                fixture.given(draftWith(MANAGER_ID, PLAYER, MANAGER))
                        .when(new UpdateParticipant(CAMPAIGN, CREATOR, null, PLAYER, null), asActor(MANAGER_ID))
                        .expectException(rejectedWith(PARTICIPANT_ROLE_CHANGE_RESERVED, "role"))
                        .expectNoEvents();
            }

            @Test
            void aManagerCannotMakeThemselvesGm() {
                fixture.given(draftWith(MANAGER_ID, PLAYER, MANAGER))
                        .when(new UpdateParticipant(CAMPAIGN, MANAGER_ID, null, GM, null), asActor(MANAGER_ID))
                        .expectException(rejectedWith(PARTICIPANT_ROLE_CHANGE_RESERVED, "role"))
                        .expectNoEvents();
            }

            @Test
            void aManagerMayChangeAMembersRoleAndAnOwnerMayChangeTheirOwn() {
                fixture.given(with(draftWith(MANAGER_ID, PLAYER, MANAGER), joined(MEMBER_ID, PLAYER, MEMBER)))
                        .when(new UpdateParticipant(CAMPAIGN, MEMBER_ID, null, GM, null), asActor(MANAGER_ID))
                        .expectEvents(new ParticipantUpdated(CAMPAIGN, MEMBER_ID, null, GM, null));
                fixture.given(draftWith(MANAGER_ID, PLAYER, MANAGER))
                        .when(new UpdateParticipant(CAMPAIGN, CREATOR, null, PLAYER, null), asActor(CREATOR))
                        .expectEvents(new ParticipantUpdated(CAMPAIGN, CREATOR, null, PLAYER, null));
            }

            @Test
            void aManagerMayStillManageNonOwners() {
                fixture.given(draftWith(MANAGER_ID, PLAYER, MANAGER))
                        .when(join(NEWCOMER, PLAYER, MANAGER), asActor(MANAGER_ID))
                        .expectEvents(new ParticipantJoined(CAMPAIGN, NEWCOMER, nameOf(NEWCOMER), PLAYER, MANAGER));
            }

            @Test
            void anOwnerMayGrantOwnerAccessOnJoin() {
                fixture.given(draftWith(MANAGER_ID, PLAYER, MANAGER))
                        .when(join(NEWCOMER, PLAYER, OWNER), asActor(CREATOR))
                        .expectEvents(new ParticipantJoined(CAMPAIGN, NEWCOMER, nameOf(NEWCOMER), PLAYER, OWNER));
            }

            @Test
            void anOwnerMayPromoteAParticipantToOwner() {
                fixture.given(draftWith(MEMBER_ID, PLAYER, MEMBER))
                        .when(new UpdateParticipant(CAMPAIGN, MEMBER_ID, null, null, OWNER), asActor(CREATOR))
                        .expectEvents(new ParticipantUpdated(CAMPAIGN, MEMBER_ID, null, null, OWNER));
            }

            @Test
            void anOwnerMayDemoteAnotherOwner() {
                fixture.given(draftWith(CO_OWNER, PLAYER, OWNER))
                        .when(new UpdateParticipant(CAMPAIGN, CO_OWNER, null, null, MEMBER), asActor(CREATOR))
                        .expectEvents(new ParticipantUpdated(CAMPAIGN, CO_OWNER, null, null, MEMBER));
            }

            @Test
            void anOwnerMayRemoveAnotherOwner() {
                fixture.given(draftWith(CO_OWNER, PLAYER, OWNER))
                        .when(new LeaveParticipant(CAMPAIGN, CO_OWNER, null), asActor(CREATOR))
                        .expectEvents(new ParticipantLeft(CAMPAIGN, CO_OWNER, null));
            }

            @Test
            void aPromotedManagerIsNoLongerRestricted() {
                // the fold tracks access changes: once a manager is made owner, the reservation no longer applies
                List<Object> history = with(draftWith(MANAGER_ID, PLAYER, MANAGER),
                        new ParticipantUpdated(CAMPAIGN, MANAGER_ID, null, null, OWNER));
                fixture.given(history)
                        .when(join(NEWCOMER, PLAYER, OWNER), asActor(MANAGER_ID))
                        .expectEvents(new ParticipantJoined(CAMPAIGN, NEWCOMER, nameOf(NEWCOMER), PLAYER, OWNER));
            }
        }
    }

    @Nested
    class Characters {
        @Test
        void aCharacterIsCreatedForAParticipant() {
            fixture.given(draftWith(MEMBER_ID, PLAYER, MEMBER))
                    .when(createCharacter(CHARACTER, MEMBER_ID))
                    .expectEvents(characterCreated(CHARACTER, MEMBER_ID));
        }

        @Test
        void aCharacterIdCannotBeUsedTwice() {
            fixture.given(with(draftWith(MEMBER_ID, PLAYER, MEMBER), characterCreated(CHARACTER, MEMBER_ID)))
                    .when(createCharacter(CHARACTER, CREATOR))
                    .expectException(rejectedWith(CHARACTER_ALREADY_EXISTS, "character_id"))
                    .expectNoEvents();
        }

        @Test
        void aCharacterNeedsAnOwnerWhoIsAParticipant() {
            fixture.given(draft())
                    .when(createCharacter(CHARACTER, NEWCOMER))
                    .expectException(rejectedWith(CHARACTER_OWNER_NOT_PARTICIPANT, "owner_participant_id"))
                    .expectNoEvents();
        }

        @Test
        void aParticipantWhoLeftCannotOwnANewCharacter() {
            fixture.given(with(draftWith(MEMBER_ID, PLAYER, MEMBER), new ParticipantLeft(CAMPAIGN, MEMBER_ID, null)))
                    .when(createCharacter(CHARACTER, MEMBER_ID))
                    .expectException(rejectedWith(CHARACTER_OWNER_NOT_PARTICIPANT, "owner_participant_id"))
                    .expectNoEvents();
        }
    }

    // ---- commands ----

    private static CreateCampaign create(GameSystemRef gameSystem) {
        return new CreateCampaign(CAMPAIGN, CAMPAIGN_NAME, LocaleTag.DEFAULT, null, gameSystem, CREATOR, CREATOR_NAME,
                CREATOR_TOKEN);
    }

    private static JoinParticipant join(ParticipantId participant, ParticipantRole role, CampaignAccess access) {
        return new JoinParticipant(CAMPAIGN, participant, nameOf(participant), role, access);
    }

    private static CreateCharacter createCharacter(CharacterId character, ParticipantId owner) {
        return new CreateCharacter(CAMPAIGN, character, owner, new Name("Marlowe"), CharacterKind.PC, null);
    }

    /** Command metadata naming the participant who asks. */
    private static Map<String, ?> asActor(ParticipantId actor) {
        return Map.of(Envelope.ACTOR_ID, actor.value());
    }

    // ---- histories (given events) ----

    private static CampaignCreated created() {
        return new CampaignCreated(CAMPAIGN, CAMPAIGN_NAME, LocaleTag.DEFAULT, null, "testsys", "1.0.0");
    }

    private static ParticipantJoined creatorJoined() {
        return new ParticipantJoined(CAMPAIGN, CREATOR, CREATOR_NAME, GM, OWNER);
    }

    private static ParticipantJoined joined(ParticipantId participant, ParticipantRole role, CampaignAccess access) {
        return new ParticipantJoined(CAMPAIGN, participant, nameOf(participant), role, access);
    }

    private static CharacterCreated characterCreated(CharacterId character, ParticipantId owner) {
        return new CharacterCreated(CAMPAIGN, character, owner, new Name("Marlowe"), CharacterKind.PC, null);
    }

    /** A fresh draft campaign: the creator is its only participant, GM and owner. */
    private static List<Object> draft() {
        return List.of(created(), creatorJoined());
    }

    /** A draft campaign with one more participant besides the creator. */
    private static List<Object> draftWith(ParticipantId participant, ParticipantRole role, CampaignAccess access) {
        return with(draft(), joined(participant, role, access));
    }

    private static List<Object> active() {
        return with(draft(), new CampaignActivated(CAMPAIGN));
    }

    private static List<Object> completed() {
        return with(active(), new CampaignEnded(CAMPAIGN));
    }

    private static List<Object> archived() {
        return with(completed(), new CampaignArchived(CAMPAIGN));
    }

    private static List<Object> with(List<Object> history, Object... more) {
        List<Object> events = new ArrayList<>(history);
        events.addAll(List.of(more));
        return events;
    }

    private static Name nameOf(ParticipantId participant) {
        return new Name("Name of " + participant.value());
    }
}
