package dev.duality.core.session;

import dev.duality.core.CoreMessages;
import dev.duality.core.action.api.AddGmNote;
import dev.duality.core.action.api.AddStoryNote;
import dev.duality.core.action.api.GmNoteAdded;
import dev.duality.core.action.api.GmNoteRevealed;
import dev.duality.core.action.api.NoteId;
import dev.duality.core.action.api.RevealGmNote;
import dev.duality.core.action.api.StoryNoteAdded;
import dev.duality.core.campaign.Campaign;
import dev.duality.core.campaign.api.CampaignActivated;
import dev.duality.core.campaign.api.CampaignArchived;
import dev.duality.core.campaign.api.CampaignEnded;
import dev.duality.core.campaign.api.CampaignRestored;
import dev.duality.core.campaign.api.CharacterId;
import dev.duality.core.campaign.api.CharacterKind;
import dev.duality.core.campaign.api.CharacterUpdated;
import dev.duality.core.campaign.api.FreeText;
import dev.duality.core.campaign.api.Name;
import dev.duality.core.campaign.api.ParticipantId;
import dev.duality.core.campaign.api.ParticipantUpdated;
import dev.duality.core.catalog.MessageCatalog;
import dev.duality.core.rejection.Rejected;
import dev.duality.core.session.api.EndSession;
import dev.duality.core.session.api.SessionEnded;
import dev.duality.core.session.api.SessionId;
import dev.duality.core.session.api.SessionStarted;
import dev.duality.core.session.api.SessionStreamId;
import dev.duality.core.session.api.StartSession;
import dev.duality.core.system.FirstSession;
import dev.duality.core.system.SessionEnd;
import dev.duality.core.testing.FakeSystemModule;
import dev.duality.core.testing.FakeSystemRuntime;
import dev.duality.core.testing.FakeSystemRuntime.Bootstrap;
import dev.duality.core.testing.FakeSystemRuntime.Ending;
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
import java.util.stream.Stream;

import static dev.duality.core.campaign.api.CampaignAccess.MEMBER;
import static dev.duality.core.campaign.api.CampaignRejection.CAMPAIGN_STATUS_FORBIDS_OPERATION;
import static dev.duality.core.campaign.api.CampaignRejection.CHARACTER_DELETED;
import static dev.duality.core.campaign.api.CampaignRejection.CHARACTER_NOT_FOUND;
import static dev.duality.core.campaign.api.ParticipantRole.GM;
import static dev.duality.core.campaign.api.ParticipantRole.PLAYER;
import static dev.duality.core.session.api.SessionRejection.*;
import static dev.duality.core.testing.History.CAMPAIGN;
import static dev.duality.core.testing.History.OWNER;
import static dev.duality.core.testing.Rejections.Blocker.character;
import static dev.duality.core.testing.Rejections.Blocker.table;
import static dev.duality.core.testing.Rejections.assertNotReady;
import static dev.duality.core.testing.Rejections.assertRefused;
import static dev.duality.core.action.api.ActionRejection.NOTE_ALREADY_REVEALED;
import static dev.duality.core.action.api.ActionRejection.NOTE_NOT_FOUND;
import static dev.duality.core.testing.TestsysBlocker.TESTSYS_CLASS_MISSING;
import static dev.duality.core.testing.TestsysBlocker.TESTSYS_SHEET_INCOMPLETE;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the campaign decides about its sessions, as fixture tests on the Campaign aggregate: session start with its
 * readiness rules and first-session bootstrap, end with the system's session-end hook, and story notes. Play inside a session is {@link SessionTest}'s.
 * Every refusal asserts its code, its field and that no event was applied.
 */
class SessionTrackTest {
    private static final ParticipantId PLAYER_A = ParticipantId.of("p-player-a");
    private static final ParticipantId PLAYER_B = ParticipantId.of("p-player-b");
    private static final ParticipantId LATECOMER = ParticipantId.of("p-latecomer");
    private static final ParticipantId SECOND_GM = ParticipantId.of("p-second-gm");
    private static final CharacterId HERO_A = CharacterId.of("char-hero-a");
    private static final CharacterId HERO_B = CharacterId.of("char-hero-b");
    private static final CharacterId VILLAIN = CharacterId.of("char-villain");
    private static final CharacterId STRAY = CharacterId.of("char-stray");
    private static final CharacterId GHOST = CharacterId.of("char-ghost");
    private static final SessionId S1 = SessionId.of("s-1");
    private static final SessionId S2 = SessionId.of("s-2");
    private static final SessionId UNKNOWN_SESSION = SessionId.of("s-unknown");
    private static final Name SESSION_NAME = new Name("Into the Witherwild");
    private static final FreeText NOTE = FreeText.of("The lantern flickers when the Fear rises.", "content");

    private FixtureConfiguration<Campaign> fixture;
    private FakeSystemRuntime systems;

    @BeforeEach
    void setUp() {
        systems = new FakeSystemRuntime();
        fixture = new AggregateTestFixture<>(Campaign.class);
        fixture.registerInjectableResource(MessageCatalog.of(new CoreMessages(), List.of(FakeSystemModule.testsys())));
        fixture.registerInjectableResource(systems);
    }

    /** A table ready to play: the owner (GM) with an NPC, and two players with a PC each. */
    private static History ready() {
        return History.draft()
                .join(PLAYER_A, PLAYER, MEMBER)
                .join(PLAYER_B, PLAYER, MEMBER)
                .pc(HERO_A, PLAYER_A)
                .pc(HERO_B, PLAYER_B)
                .npc(VILLAIN, OWNER);
    }

    /** The ready table in its first session, {@link #S1}. */
    private static History playing() {
        return ready().firstSession(S1);
    }

    @Nested
    class Start {
        @Test
        void theFirstStartActivatesTheCampaignAndBootstrapsTheSystemOnceWithThePlayerCharacters() {
            fixture.given(ready().events())
                    .when(new StartSession(CAMPAIGN, S1, SESSION_NAME))
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(new SessionStarted(CAMPAIGN, S1, SESSION_NAME), new CampaignActivated(CAMPAIGN));

            assertThat(systems.bootstraps()).containsExactly(new Bootstrap(History.SYSTEM_ID, History.SYSTEM_VERSION,
                    new FirstSession(CAMPAIGN, List.of(HERO_A, HERO_B), List.of(HERO_A, HERO_B, VILLAIN))));
            assertThat(systems.asked()).as("the system is asked about every live character, once")
                    .containsExactly(HERO_A.value(), HERO_B.value(), VILLAIN.value());
        }

        @Test
        void aSessionCommitsToItsDiceSeedAtTheStartAndRevealsItAtTheEnd() {
            String seed = "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f";
            String commitment = "630dcd2966c4336691125448bbb25b4ff412a49c732db2c8abc1b8581bd710dd";
            fixture.given(ready().events())
                    .when(new StartSession(CAMPAIGN, S1, SESSION_NAME, seed))
                    .expectEvents(new SessionStarted(CAMPAIGN, S1, SESSION_NAME, commitment, seed),
                            new CampaignActivated(CAMPAIGN));
            fixture.given(ready().then(new SessionStarted(CAMPAIGN, S1, SESSION_NAME, commitment, seed),
                            new CampaignActivated(CAMPAIGN)).events())
                    .when(new EndSession(CAMPAIGN, S1))
                    .expectEvents(new SessionEnded(CAMPAIGN, S1, seed));
        }

        @Test
        void aSessionWithoutASeedEndsRevealingNone() {
            fixture.given(playing().events())
                    .when(new EndSession(CAMPAIGN, S1))
                    .expectEvents(new SessionEnded(CAMPAIGN, S1, null));
        }

        @Test
        void aMalformedSeedIsRefused() {
            fixture.given(ready().events())
                    .when(new StartSession(CAMPAIGN, S1, SESSION_NAME, "not-a-seed"))
                    .expectException(Rejected.class)
                    .expectNoEvents();
        }

        @Test
        void aLaterSessionNeitherActivatesNorBootstrapsAgain() {
            fixture.given(playing().end(S1).events())
                    .when(new StartSession(CAMPAIGN, S2, null))
                    .expectEvents(new SessionStarted(CAMPAIGN, S2, null));

            assertThat(systems.bootstraps()).isEmpty();
        }

        @Test
        void aRestoredCampaignIsActivatedAgainButNotBootstrappedAgain() {
            History restored = playing().end(S1).then(new CampaignEnded(CAMPAIGN), new CampaignArchived(CAMPAIGN),
                    new CampaignRestored(CAMPAIGN));
            fixture.given(restored.events())
                    .when(new StartSession(CAMPAIGN, S2, null))
                    .expectEvents(new SessionStarted(CAMPAIGN, S2, null), new CampaignActivated(CAMPAIGN));

            assertThat(systems.bootstraps()).isEmpty();
        }

        @Test
        void theBootstrapSeesCharacterKindsAsUpdated() {
            // HERO_B became an NPC before the first session: only HERO_A is a player character then
            fixture.given(ready().then(new CharacterUpdated(CAMPAIGN, HERO_B, null, CharacterKind.NPC, null)).events())
                    .when(new StartSession(CAMPAIGN, S1, null))
                    .expectSuccessfulHandlerExecution();

            assertThat(systems.bootstraps()).singleElement().extracting(Bootstrap::firstSession)
                    .isEqualTo(new FirstSession(CAMPAIGN, List.of(HERO_A), List.of(HERO_A, HERO_B, VILLAIN)));
        }

        @Test
        void theCampaignKeepsItsSessionsInStartOrderAndTheActiveOne() {
            fixture.given(playing().end(S1).events())
                    .when(new StartSession(CAMPAIGN, S2, null))
                    .expectEvents(new SessionStarted(CAMPAIGN, S2, null))
                    .expectState(campaign -> {
                        assertThat(campaign.sessions().started()).containsExactly(S1, S2);
                        assertThat(campaign.sessions().active()).contains(S2);
                        assertThat(campaign.activeSession()).contains(SessionStreamId.of(CAMPAIGN, S2));
                        assertThat(campaign.sessions().startedBefore(S2)).containsExactly(S1);
                        assertThat(campaign.sessions().startedBefore(S1)).isEmpty();
                        assertThat(campaign.sessions().startedBefore(UNKNOWN_SESSION)).isEmpty();
                    });
        }

        @Test
        void anEndedSessionLeavesNoneActive() {
            fixture.given(playing().events())
                    .when(new EndSession(CAMPAIGN, S1))
                    .expectState(campaign -> {
                        assertThat(campaign.sessions().active()).isEmpty();
                        assertThat(campaign.activeSession()).isEmpty();
                        assertThat(campaign.sessions().started()).containsExactly(S1);
                    });
        }

        @Test
        void anEndedSessionsIdCannotBeStartedAgain() {
            assertRefused(fixture.given(playing().end(S1).events()).when(new StartSession(CAMPAIGN, S1, null)),
                    SESSION_ALREADY_EXISTS, "session_id");
        }

        @Test
        void theActiveSessionsIdCannotBeStartedAgain() {
            assertRefused(fixture.given(playing().events()).when(new StartSession(CAMPAIGN, S1, null)),
                    SESSION_ALREADY_EXISTS, "session_id");
        }
    }

    /** Each readiness rule alone: the refusal carries exactly its own blocker, and nothing is applied or bootstrapped. */
    @Nested
    class ReadinessBlockers {
        static Stream<Arguments> finishedCampaigns() {
            History completed = playing().end(S1).then(new CampaignEnded(CAMPAIGN));
            History archived = playing().end(S1).then(new CampaignEnded(CAMPAIGN), new CampaignArchived(CAMPAIGN));
            return Stream.of(Arguments.of("completed", completed), Arguments.of("archived", archived));
        }

        @ParameterizedTest(name = "a {0} campaign cannot start a session")
        @MethodSource("finishedCampaigns")
        void campaignStatus(String status, History history) {
            assertNotReady(fixture.given(history.events()).when(new StartSession(CAMPAIGN, S2, null)),
                    table(SESSION_READINESS_CAMPAIGN_STATUS));
            assertThat(systems.bootstraps()).isEmpty();
        }

        @Test
        void anotherSessionIsActive() {
            assertNotReady(fixture.given(playing().events()).when(new StartSession(CAMPAIGN, S2, null)),
                    table(SESSION_READINESS_SESSION_ACTIVE));
        }

        @Test
        void noGm() {
            // the owner turned player (with a character of their own), so nobody is GM
            CharacterId ownersHero = CharacterId.of("char-owners-hero");
            History history = History.draft()
                    .then(new ParticipantUpdated(CAMPAIGN, OWNER, null, PLAYER, null))
                    .pc(ownersHero, OWNER)
                    .join(PLAYER_A, PLAYER, MEMBER).pc(HERO_A, PLAYER_A);
            assertNotReady(fixture.given(history.events()).when(new StartSession(CAMPAIGN, S1, null)),
                    table(SESSION_READINESS_NO_GM));
            assertThat(systems.bootstraps()).isEmpty();
        }

        @Test
        void noPlayer() {
            assertNotReady(fixture.given(History.draft().npc(VILLAIN, OWNER).events())
                            .when(new StartSession(CAMPAIGN, S1, null)),
                    table(SESSION_READINESS_NO_PLAYER));
        }

        @Test
        void aPlayerWithoutCharacter() {
            assertNotReady(fixture.given(ready().join(LATECOMER, PLAYER, MEMBER).events())
                            .when(new StartSession(CAMPAIGN, S1, null)),
                    table(SESSION_READINESS_PLAYER_WITHOUT_CHARACTER));
        }

        @Test
        void aCharacterWithoutController() {
            // the journal may hold a character whose owner has gone (the leave rule came later, or an import)
            History history = ready().join(SECOND_GM, GM, MEMBER).npc(STRAY, SECOND_GM).leave(SECOND_GM);
            assertNotReady(fixture.given(history.events()).when(new StartSession(CAMPAIGN, S1, null)),
                    character(SESSION_READINESS_CHARACTER_WITHOUT_CONTROLLER, STRAY.value()));
        }

        @Test
        void aCharacterTheSystemFindsNotReadyIsListedWithTheSystemsOwnBlockers() {
            systems.blocking(HERO_B, TESTSYS_SHEET_INCOMPLETE, TESTSYS_CLASS_MISSING);
            assertNotReady(fixture.given(ready().events()).when(new StartSession(CAMPAIGN, S1, null)),
                    character(SESSION_READINESS_CHARACTER_NOT_READY, HERO_B.value()),
                    character(TESTSYS_SHEET_INCOMPLETE, HERO_B.value()),
                    character(TESTSYS_CLASS_MISSING, HERO_B.value()));
            assertThat(systems.bootstraps()).isEmpty();
        }
    }

    /**
     * Several blockers at once come out in the fixed order of reference-service.md §3, whatever order the journal
     * built the table in: status, active session, GM, player, players without characters, characters without
     * controller, then per character (in creation order) not-ready followed by the system's own blockers.
     */
    @Nested
    class ReadinessOrder {
        @Test
        void everyKindOfBlockerButNoPlayerInItsFixedOrder() {
            History history = History.draft()
                    // the stray character is the oldest, yet its blockers come after every player's
                    .join(SECOND_GM, GM, MEMBER).npc(STRAY, SECOND_GM).leave(SECOND_GM)
                    .join(PLAYER_A, PLAYER, MEMBER).pc(HERO_A, PLAYER_A)
                    .join(PLAYER_B, PLAYER, MEMBER)
                    .npc(VILLAIN, OWNER)
                    .then(new ParticipantUpdated(CAMPAIGN, OWNER, null, PLAYER, null))
                    // a completed campaign whose session is still active: only a journal can hold both at once
                    .firstSession(S1).then(new CampaignEnded(CAMPAIGN));
            systems.blocking(VILLAIN, TESTSYS_CLASS_MISSING)
                    .blocking(HERO_A, TESTSYS_SHEET_INCOMPLETE, TESTSYS_CLASS_MISSING)
                    .blocking(STRAY, TESTSYS_SHEET_INCOMPLETE);

            assertNotReady(fixture.given(history.events()).when(new StartSession(CAMPAIGN, S2, null)),
                    table(SESSION_READINESS_CAMPAIGN_STATUS),
                    table(SESSION_READINESS_SESSION_ACTIVE),
                    table(SESSION_READINESS_NO_GM),
                    table(SESSION_READINESS_PLAYER_WITHOUT_CHARACTER),
                    character(SESSION_READINESS_CHARACTER_WITHOUT_CONTROLLER, STRAY.value()),
                    character(SESSION_READINESS_CHARACTER_NOT_READY, STRAY.value()),
                    character(TESTSYS_SHEET_INCOMPLETE, STRAY.value()),
                    character(SESSION_READINESS_CHARACTER_NOT_READY, HERO_A.value()),
                    character(TESTSYS_SHEET_INCOMPLETE, HERO_A.value()),
                    character(TESTSYS_CLASS_MISSING, HERO_A.value()),
                    character(SESSION_READINESS_CHARACTER_NOT_READY, VILLAIN.value()),
                    character(TESTSYS_CLASS_MISSING, VILLAIN.value()));
            assertThat(systems.bootstraps()).isEmpty();
        }

        @Test
        void noPlayerInItsPlaceAmongTheOthers() {
            History history = History.draft()
                    .join(SECOND_GM, GM, MEMBER).npc(STRAY, SECOND_GM).leave(SECOND_GM)
                    .npc(VILLAIN, OWNER)
                    .then(new CampaignActivated(CAMPAIGN), new CampaignEnded(CAMPAIGN), new CampaignArchived(CAMPAIGN));
            systems.blocking(VILLAIN, TESTSYS_CLASS_MISSING);

            assertNotReady(fixture.given(history.events()).when(new StartSession(CAMPAIGN, S1, null)),
                    table(SESSION_READINESS_CAMPAIGN_STATUS),
                    table(SESSION_READINESS_NO_PLAYER),
                    character(SESSION_READINESS_CHARACTER_WITHOUT_CONTROLLER, STRAY.value()),
                    character(SESSION_READINESS_CHARACTER_NOT_READY, VILLAIN.value()),
                    character(TESTSYS_CLASS_MISSING, VILLAIN.value()));
        }
    }

    @Nested
    class DeletedCharactersDoNotCount {
        @Test
        void aPlayerWhoseOnlyCharacterWasDeletedHasNone() {
            assertNotReady(fixture.given(ready().delete(HERO_A).events()).when(new StartSession(CAMPAIGN, S1, null)),
                    table(SESSION_READINESS_PLAYER_WITHOUT_CHARACTER));
        }

        @Test
        void aDeletedCharacterIsNotAskedAboutNorBootstrapped() {
            CharacterId newHero = CharacterId.of("char-new-hero");
            systems.blocking(HERO_A, TESTSYS_SHEET_INCOMPLETE);
            fixture.given(ready().pc(newHero, PLAYER_A).delete(HERO_A).events())
                    .when(new StartSession(CAMPAIGN, S1, null))
                    .expectEvents(new SessionStarted(CAMPAIGN, S1, null), new CampaignActivated(CAMPAIGN));

            assertThat(systems.asked()).containsExactly(HERO_B.value(), VILLAIN.value(), newHero.value());
            assertThat(systems.bootstraps()).singleElement().extracting(Bootstrap::firstSession)
                    .isEqualTo(new FirstSession(CAMPAIGN, List.of(HERO_B, newHero), List.of(HERO_B, VILLAIN, newHero)));
        }

        @Test
        void aDeletedCharacterWithoutControllerDoesNotBlock() {
            History history = ready().join(SECOND_GM, GM, MEMBER).npc(STRAY, SECOND_GM).delete(STRAY)
                    .leave(SECOND_GM);
            fixture.given(history.events())
                    .when(new StartSession(CAMPAIGN, S1, null))
                    .expectEvents(new SessionStarted(CAMPAIGN, S1, null), new CampaignActivated(CAMPAIGN));
        }
    }

    @Nested
    class End {
        @Test
        void theActiveSessionEndsAndTheSystemEndsWhatLastsASessionWithTheLiveCharacters() {
            fixture.given(playing().events())
                    .when(new EndSession(CAMPAIGN, S1))
                    .expectEvents(new SessionEnded(CAMPAIGN, S1));

            assertThat(systems.endings()).containsExactly(new Ending(History.SYSTEM_ID, History.SYSTEM_VERSION,
                    new SessionEnd(CAMPAIGN, S1, List.of(HERO_A, HERO_B), List.of(HERO_A, HERO_B, VILLAIN))));
        }

        @Test
        void everySessionsEndIsToldToTheSystemNotOnlyTheFirst() {
            fixture.given(playing().end(S1).session(S2).events())
                    .when(new EndSession(CAMPAIGN, S2))
                    .expectEvents(new SessionEnded(CAMPAIGN, S2));

            assertThat(systems.endings()).extracting(Ending::sessionEnd).extracting(SessionEnd::sessionId)
                    .containsExactly(S2);
        }

        @Test
        void anUnknownSessionCannotEnd() {
            assertRefused(fixture.given(playing().events()).when(new EndSession(CAMPAIGN, UNKNOWN_SESSION)),
                    SESSION_NOT_FOUND, "session_id");
            assertThat(systems.endings()).as("a refused end tells the system nothing").isEmpty();
        }

        @Test
        void anEndedSessionCannotEndAgain() {
            assertRefused(fixture.given(playing().end(S1).events()).when(new EndSession(CAMPAIGN, S1)),
                    SESSION_NOT_ACTIVE, "session_id");
        }

        @Test
        void noSessionCanEndBeforeOneStarted() {
            assertRefused(fixture.given(ready().events()).when(new EndSession(CAMPAIGN, S1)),
                    SESSION_NOT_FOUND, "session_id");
        }

        @Test
        void anEarlierSessionIsNotTheActiveOne() {
            assertRefused(fixture.given(playing().end(S1).session(S2).events()).when(new EndSession(CAMPAIGN, S1)),
                    SESSION_NOT_ACTIVE, "session_id");
        }
    }

    @Nested
    class StoryNotes {
        @Test
        void aNoteDuringASessionNamesIt() {
            fixture.given(playing().events())
                    .when(new AddStoryNote(CAMPAIGN, NOTE, HERO_A))
                    .expectEvents(new StoryNoteAdded(CAMPAIGN, S1, NOTE, HERO_A));
        }

        @Test
        void aNoteOutsideASessionNamesNone() {
            fixture.given(ready().events())
                    .when(new AddStoryNote(CAMPAIGN, NOTE, null))
                    .expectEvents(new StoryNoteAdded(CAMPAIGN, null, NOTE, null));
            fixture.given(playing().end(S1).events())
                    .when(new AddStoryNote(CAMPAIGN, NOTE, HERO_B))
                    .expectEvents(new StoryNoteAdded(CAMPAIGN, null, NOTE, HERO_B));
        }

        @Test
        void aNoteAboutACharacterNeedsALiveOne() {
            assertRefused(fixture.given(playing().events()).when(new AddStoryNote(CAMPAIGN, NOTE, GHOST)),
                    CHARACTER_NOT_FOUND, "character_id");
            assertRefused(fixture.given(playing().delete(HERO_A).events()).when(new AddStoryNote(CAMPAIGN, NOTE, HERO_A)),
                    CHARACTER_DELETED, "character_id");
        }

        @Test
        void aGmNoteIsKeptSecretUntilRevealedOnceWithItsWords() {
            NoteId secret = NoteId.of("2b1c0d9e-8f7a-4b6c-9d5e-4f3a2b1c0d9e");
            GmNoteAdded added = new GmNoteAdded(CAMPAIGN, S1, secret, NOTE, HERO_A);
            fixture.given(playing().events())
                    .when(new AddGmNote(CAMPAIGN, secret, NOTE, HERO_A))
                    .expectEvents(added);
            assertThat(added.visibleToPlayers()).as("a GM note is the GMs' alone").isFalse();
            assertThat(added.forPlayers()).as("players learn nothing of it").isNull();

            fixture.given(playing().then(added).end(S1).events())
                    .when(new RevealGmNote(CAMPAIGN, secret))
                    .expectEvents(new GmNoteRevealed(CAMPAIGN, secret, NOTE, HERO_A));
            assertRefused(fixture.given(playing().then(added, new GmNoteRevealed(CAMPAIGN, secret, NOTE, HERO_A))
                    .events()).when(new RevealGmNote(CAMPAIGN, secret)), NOTE_ALREADY_REVEALED, "note_id");
            assertRefused(fixture.given(playing().events())
                    .when(new RevealGmNote(CAMPAIGN, NoteId.of("no-such-note"))), NOTE_NOT_FOUND, "note_id");
            assertRefused(fixture.given(playing().events()).when(new AddGmNote(CAMPAIGN, secret, NOTE, GHOST)),
                    CHARACTER_NOT_FOUND, "character_id");
        }

        @ParameterizedTest(name = "a {0} campaign takes no story note")
        @MethodSource("dev.duality.core.session.SessionTrackTest$ReadinessBlockers#finishedCampaigns")
        void aFinishedCampaignTakesNoNote(String status, History history) {
            assertRefused(fixture.given(history.events()).when(new AddStoryNote(CAMPAIGN, NOTE, null)),
                    CAMPAIGN_STATUS_FORBIDS_OPERATION, null);
        }
    }
}
