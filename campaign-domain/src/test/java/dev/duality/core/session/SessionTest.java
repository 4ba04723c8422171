package dev.duality.core.session;

import dev.duality.core.action.api.ApplyOutcome;
import dev.duality.core.action.api.OutcomeApplied;
import dev.duality.core.action.api.OutcomeRejected;
import dev.duality.core.action.api.RejectOutcome;
import dev.duality.core.action.api.ResolveRoll;
import dev.duality.core.campaign.api.CampaignActivated;
import dev.duality.core.session.api.SessionStarted;
import dev.duality.core.dice.FairDice;
import dev.duality.core.action.api.RollResolved;
import dev.duality.core.campaign.api.CharacterId;
import dev.duality.core.campaign.api.FreeText;
import dev.duality.core.campaign.api.ParticipantId;
import dev.duality.core.campaign.api.ShortCode;
import dev.duality.core.dice.Dice;
import dev.duality.core.dice.DiceGroup;
import dev.duality.core.dice.DiceMode;
import dev.duality.core.dice.DiceRoll;
import dev.duality.core.dice.DiceSpec;
import dev.duality.core.session.api.AbandonGate;
import dev.duality.core.session.api.ClearSpotlight;
import dev.duality.core.session.api.GateAbandoned;
import dev.duality.core.session.api.GateId;
import dev.duality.core.session.api.GateOpened;
import dev.duality.core.session.api.GateResolved;
import dev.duality.core.session.api.GateResponseRecorded;
import dev.duality.core.session.api.OpenGate;
import dev.duality.core.session.api.RecordGateResponse;
import dev.duality.core.session.api.ResolveGate;
import dev.duality.core.session.api.SessionId;
import dev.duality.core.session.api.SessionStreamId;
import dev.duality.core.session.api.SetSpotlight;
import dev.duality.core.session.api.SpotlightCleared;
import dev.duality.core.session.api.SpotlightSet;
import dev.duality.core.session.api.SpotlightType;
import dev.duality.core.testing.FixedSeeds;
import dev.duality.core.testing.Folded;
import dev.duality.core.testing.History;
import dev.duality.core.testing.HistoryLookup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.aggregate.TestExecutor;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.stream.Stream;

import static dev.duality.core.action.api.ActionRejection.OUTCOME_ALREADY_APPLIED;
import static dev.duality.core.action.api.ActionRejection.OUTCOME_REQUEST_ID_REQUIRED;
import static dev.duality.core.action.api.ActionRejection.ROLL_NOT_FOUND;
import static dev.duality.core.action.api.ActionRejection.ROLL_OTHER_SESSION;
import static dev.duality.core.campaign.api.CampaignAccess.MEMBER;
import static dev.duality.core.campaign.api.CampaignRejection.CHARACTER_DELETED;
import static dev.duality.core.campaign.api.CampaignRejection.CHARACTER_NOT_FOUND;
import static dev.duality.core.campaign.api.ParticipantRole.GM;
import static dev.duality.core.campaign.api.ParticipantRole.PLAYER;
import static dev.duality.core.session.api.SessionRejection.*;
import static dev.duality.core.testing.History.CAMPAIGN;
import static dev.duality.core.testing.History.OWNER;
import static dev.duality.core.testing.Rejections.assertRefused;
import static dev.duality.core.value.ValueRejection.VALUE_OUT_OF_RANGE;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Session aggregate's deciders, as fixture tests: gates, spotlight, rolls and outcomes of one session, decided on
 * the session's own stream with the campaign's state (and earlier sessions', for roll numbers) read through a
 * {@link HistoryLookup} that folds them from the same {@link History}. Every refusal asserts its code, its field and
 * that no event was applied.
 */
class SessionTest {
    private static final ParticipantId PLAYER_A = ParticipantId.of("p-player-a");
    private static final ParticipantId PLAYER_B = ParticipantId.of("p-player-b");
    private static final ParticipantId LATECOMER = ParticipantId.of("p-latecomer");
    private static final ParticipantId SECOND_GM = ParticipantId.of("p-second-gm");
    private static final ParticipantId STRANGER = ParticipantId.of("p-stranger");
    private static final CharacterId HERO_A = CharacterId.of("char-hero-a");
    private static final CharacterId HERO_B = CharacterId.of("char-hero-b");
    private static final CharacterId VILLAIN = CharacterId.of("char-villain");
    private static final CharacterId GHOST = CharacterId.of("char-ghost");
    private static final SessionId S1 = SessionId.of("s-1");
    private static final SessionId S2 = SessionId.of("s-2");
    private static final SessionId S3 = SessionId.of("s-3");
    private static final SessionId UNKNOWN_SESSION = SessionId.of("s-unknown");
    private static final GateId GATE = GateId.of("gate-1");
    private static final GateId GATE_2 = GateId.of("gate-2");
    private static final ShortCode GATE_TYPE = ShortCode.of("vote", "gate_type");
    private static final FreeText GATE_REASON = FreeText.of("Split the party?", "reason");
    private static final ShortCode YES = ShortCode.of("yes", "decision");
    private static final FreeText RESPONSE = FreeText.of("Only if we keep the lantern", "response");
    private static final ShortCode LABEL = ShortCode.of("attack", "label");
    private static final DiceSpec DUALITY = DiceSpec.of(1, new DiceGroup(2, 12));
    private static final long SEED = 20_261_122L;
    private static final FreeText SUMMARY = FreeText.of("The bridge holds", "summary");
    private static final ShortCode REASON_CODE = ShortCode.of("gm_override", "reason_code");

    private HistoryLookup lookup;
    private FixedSeeds seeds;

    @BeforeEach
    void setUp() {
        seeds = new FixedSeeds(SEED);
        lookup = new HistoryLookup();
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

    /**
     * The journal so far, as the session under test sees it: a fixture on {@code session}'s own stream (the command
     * under test must address that session), with the lookup serving the campaign and the other sessions.
     */
    private TestExecutor<Session> given(History history, SessionId session) {
        lookup.serve(history);
        FixtureConfiguration<Session> fixture = new AggregateTestFixture<>(Session.class);
        fixture.registerInjectableResource(lookup);
        fixture.registerInjectableResource(seeds);
        return fixture.given(history.sessionEvents(session));
    }

    /** Every command that plays in a session names it, and it must be the campaign's active session. */
    @Nested
    class OnlyTheActiveSessionPlays {
        static Stream<Arguments> playCommands() {
            return Stream.of(
                    Arguments.of("session.gate_open", (SessionCommand) s -> new OpenGate(CAMPAIGN, s, GATE, GATE_TYPE,
                            null, List.of())),
                    Arguments.of("session.gate_record_response", (SessionCommand) s -> new RecordGateResponse(CAMPAIGN,
                            s, GATE, PLAYER_A, YES, null)),
                    Arguments.of("session.gate_resolve", (SessionCommand) s -> new ResolveGate(CAMPAIGN, s, GATE, YES,
                            null)),
                    Arguments.of("session.gate_abandon", (SessionCommand) s -> new AbandonGate(CAMPAIGN, s, GATE,
                            null)),
                    Arguments.of("session.spotlight.set", (SessionCommand) s -> new SetSpotlight(CAMPAIGN, s,
                            SpotlightType.GM, null)),
                    Arguments.of("session.spotlight.clear", (SessionCommand) s -> new ClearSpotlight(CAMPAIGN, s,
                            null)),
                    Arguments.of("action.roll.resolve", (SessionCommand) s -> new ResolveRoll(CAMPAIGN, s, HERO_A,
                            LABEL, DUALITY, null)),
                    Arguments.of("action.outcome.apply", (SessionCommand) s -> new ApplyOutcome(CAMPAIGN, s, 1,
                            "req-1", List.of(), false, null)),
                    Arguments.of("action.outcome.reject", (SessionCommand) s -> new RejectOutcome(CAMPAIGN, s, 1,
                            REASON_CODE, null)));
        }

        @ParameterizedTest(name = "{0} in an unknown session: SESSION_NOT_FOUND")
        @MethodSource("playCommands")
        void anUnknownSession(String type, SessionCommand command) {
            assertRefused(given(withOpenGateAndRoll(), UNKNOWN_SESSION).when(command.in(UNKNOWN_SESSION)),
                    SESSION_NOT_FOUND, "session_id");
        }

        @ParameterizedTest(name = "{0} in an ended session, whose stream holds a gate and a roll: SESSION_NOT_ACTIVE")
        @MethodSource("playCommands")
        void anEndedSession(String type, SessionCommand command) {
            assertRefused(given(withOpenGateAndRoll().end(S1), S1).when(command.in(S1)),
                    SESSION_NOT_ACTIVE, "session_id");
        }

        @ParameterizedTest(name = "{0} in an ended session while a later one plays: SESSION_NOT_ACTIVE")
        @MethodSource("playCommands")
        void anEarlierSession(String type, SessionCommand command) {
            assertRefused(given(withOpenGateAndRoll().end(S1).session(S2), S1).when(command.in(S1)),
                    SESSION_NOT_ACTIVE, "session_id");
        }

        @ParameterizedTest(name = "{0} in no session at all: SESSION_NOT_FOUND")
        @MethodSource("playCommands")
        void noSessionYet(String type, SessionCommand command) {
            assertRefused(given(ready(), S1).when(command.in(S1)), SESSION_NOT_FOUND, "session_id");
        }

        /** The same table with a gate open, a roll made and the spotlight set: each command could otherwise run. */
        private History withOpenGateAndRoll() {
            return playing().then(gateOpened(GATE, List.of(OWNER, PLAYER_A, PLAYER_B)), serverRoll(S1, 1),
                    new SpotlightSet(CAMPAIGN, S1, SpotlightType.CHARACTER, HERO_A));
        }
    }

    @FunctionalInterface
    interface SessionCommand {
        Object in(SessionId session);
    }

    /** Play events go to the session's own stream; the first one creates it, no other event marks its start. */
    @Nested
    class TheSessionsStream {
        @Test
        void theFirstPlayCommandStartsTheStreamUnderTheSessionsOwnId() {
            RollResolved first = new RollResolved(CAMPAIGN, S1, 1, null, LABEL, Dice.roll(DUALITY, SEED));
            given(playing(), S1)
                    .when(new ResolveRoll(CAMPAIGN, S1, null, LABEL, DUALITY, null))
                    .expectEvents(first)
                    .expectEventsMatching(inStream("session:camp-1:s-1", 0))
                    .expectState(session -> assertThat(session.lastRollSeq()).isEqualTo(1));
        }

        @Test
        void laterPlayEventsFollowInTheSameStream() {
            History history = playing().then(gateOpened(GATE, List.of(PLAYER_A)));
            given(history, S1)
                    .when(new ResolveGate(CAMPAIGN, S1, GATE, YES, null))
                    .expectEvents(new GateResolved(CAMPAIGN, S1, GATE, YES, null))
                    .expectEventsMatching(inStream(History.streamOf(S1).value(), 1));
        }

        @Test
        void theStreamIdNamesCampaignAndSession() {
            SessionStreamId stream = SessionStreamId.of(CAMPAIGN, S1);
            assertThat(stream).hasToString("session:camp-1:s-1");
            assertThat(SessionStreamId.parse("session:camp-1:s-1")).contains(stream);
            assertThat(SessionStreamId.parse("camp-1")).isEmpty();
            assertThat(SessionStreamId.parse("session:camp-1")).isEmpty();
            assertThat(SessionStreamId.parse("daggerheart-gm:camp-1")).isEmpty();
        }

        /** Every applied event is a domain event of this aggregate id, numbered from {@code firstSequence} on. */
        private static Matcher<List<? super EventMessage<?>>> inStream(String aggregateId, long firstSequence) {
            return new TypeSafeMatcher<>() {
                @Override
                protected boolean matchesSafely(List<? super EventMessage<?>> events) {
                    long sequence = firstSequence;
                    for (Object event : events) {
                        if (!(event instanceof DomainEventMessage<?> domain)
                                || !aggregateId.equals(domain.getAggregateIdentifier())
                                || domain.getSequenceNumber() != sequence++) {
                            return false;
                        }
                    }
                    return !events.isEmpty();
                }

                @Override
                public void describeTo(Description description) {
                    description.appendText("events of aggregate ").appendValue(aggregateId)
                            .appendText(" from sequence number ").appendValue(firstSequence);
                }
            };
        }
    }

    @Nested
    class Gates {
        @Test
        void anExplicitEligibleListIsRecordedWithoutDuplicatesInTheOrderGiven() {
            given(playing(), S1)
                    .when(new OpenGate(CAMPAIGN, S1, GATE, GATE_TYPE, GATE_REASON, List.of(PLAYER_B, PLAYER_A, PLAYER_B)))
                    .expectEvents(new GateOpened(CAMPAIGN, S1, GATE, GATE_TYPE, GATE_REASON, List.of(PLAYER_B, PLAYER_A)));
        }

        @Test
        void anEmptyEligibleListMeansEveryoneSeatedNowAndTheEventHoldsTheResolvedList() {
            given(playing(), S1)
                    .when(new OpenGate(CAMPAIGN, S1, GATE, GATE_TYPE, null, List.of()))
                    .expectEvents(new GateOpened(CAMPAIGN, S1, GATE, GATE_TYPE, null, List.of(OWNER, PLAYER_A, PLAYER_B)));
        }

        @Test
        void aMissingEligibleListMeansEveryoneSeatedNowToo() {
            given(playing(), S1)
                    .when(new OpenGate(CAMPAIGN, S1, GATE, GATE_TYPE, null, null))
                    .expectEvents(new GateOpened(CAMPAIGN, S1, GATE, GATE_TYPE, null, List.of(OWNER, PLAYER_A, PLAYER_B)));
        }

        @Test
        void aSecondGateCannotOpenWhileOneIsOpen() {
            assertRefused(given(withGate(List.of(PLAYER_A)), S1)
                            .when(new OpenGate(CAMPAIGN, S1, GATE_2, GATE_TYPE, null, List.of())),
                    SESSION_GATE_OPEN, null);
        }

        @Test
        void everyEligibleParticipantMustBeSeated() {
            assertRefused(given(playing(), S1)
                            .when(new OpenGate(CAMPAIGN, S1, GATE, GATE_TYPE, null, List.of(PLAYER_A, STRANGER))),
                    GATE_ELIGIBLE_NOT_PARTICIPANT, "eligible_participant_ids");
        }

        @Test
        void aParticipantWhoLeftIsNotEligible() {
            History history = ready().join(SECOND_GM, GM, MEMBER).leave(SECOND_GM).firstSession(S1);
            assertRefused(given(history, S1)
                            .when(new OpenGate(CAMPAIGN, S1, GATE, GATE_TYPE, null, List.of(SECOND_GM))),
                    GATE_ELIGIBLE_NOT_PARTICIPANT, "eligible_participant_ids");
        }

        @Test
        void anEligibleParticipantResponds() {
            given(withGate(List.of(PLAYER_A)), S1)
                    .when(new RecordGateResponse(CAMPAIGN, S1, GATE, PLAYER_A, YES, RESPONSE))
                    .expectEvents(new GateResponseRecorded(CAMPAIGN, S1, GATE, PLAYER_A, YES, RESPONSE));
        }

        @Test
        void aParticipantNotOnTheListCannotRespond() {
            assertRefused(given(withGate(List.of(PLAYER_A)), S1)
                            .when(new RecordGateResponse(CAMPAIGN, S1, GATE, PLAYER_B, YES, null)),
                    GATE_PARTICIPANT_NOT_ELIGIBLE, "participant_id");
        }

        @Test
        void whoeverJoinsAfterAnOpenToEveryoneGateIsNotEligible() {
            // "everyone" was resolved when the gate opened, and the event holds that list
            History history = withGate(List.of(OWNER, PLAYER_A, PLAYER_B)).join(LATECOMER, PLAYER, MEMBER);
            assertRefused(given(history, S1)
                            .when(new RecordGateResponse(CAMPAIGN, S1, GATE, LATECOMER, YES, null)),
                    GATE_PARTICIPANT_NOT_ELIGIBLE, "participant_id");
        }

        @Test
        void aParticipantRespondsOnlyOnce() {
            History history = withGate(List.of(PLAYER_A, PLAYER_B))
                    .then(new GateResponseRecorded(CAMPAIGN, S1, GATE, PLAYER_A, YES, null));
            assertRefused(given(history, S1)
                            .when(new RecordGateResponse(CAMPAIGN, S1, GATE, PLAYER_A, ShortCode.of("no", "decision"),
                                    null)),
                    GATE_RESPONSE_ALREADY_RECORDED, "participant_id");
            given(history, S1)
                    .when(new RecordGateResponse(CAMPAIGN, S1, GATE, PLAYER_B, YES, null))
                    .expectEvents(new GateResponseRecorded(CAMPAIGN, S1, GATE, PLAYER_B, YES, null));
        }

        static Stream<Arguments> commandsOnAGate() {
            return Stream.of(
                    Arguments.of("response", (GateCommand) g -> new RecordGateResponse(CAMPAIGN, S1, g, PLAYER_A, YES,
                            null)),
                    Arguments.of("resolve", (GateCommand) g -> new ResolveGate(CAMPAIGN, S1, g, YES, null)),
                    Arguments.of("abandon", (GateCommand) g -> new AbandonGate(CAMPAIGN, S1, g, null)));
        }

        @ParameterizedTest(name = "a {0} naming another gate than the open one: GATE_NOT_FOUND")
        @MethodSource("commandsOnAGate")
        void theWrongGateId(String what, GateCommand command) {
            assertRefused(given(withGate(List.of(PLAYER_A)), S1).when(command.on(GATE_2)), GATE_NOT_FOUND, "gate_id");
        }

        @ParameterizedTest(name = "a {0} when no gate is open: GATE_NOT_FOUND")
        @MethodSource("commandsOnAGate")
        void noGateOpen(String what, GateCommand command) {
            assertRefused(given(playing(), S1).when(command.on(GATE)), GATE_NOT_FOUND, "gate_id");
        }

        @ParameterizedTest(name = "a {0} on a gate already resolved: GATE_NOT_FOUND")
        @MethodSource("commandsOnAGate")
        void aResolvedGate(String what, GateCommand command) {
            History history = withGate(List.of(PLAYER_A)).then(new GateResolved(CAMPAIGN, S1, GATE, YES, null));
            assertRefused(given(history, S1).when(command.on(GATE)), GATE_NOT_FOUND, "gate_id");
        }

        @Test
        void resolvingClosesTheGateSoAnotherMayOpen() {
            FreeText resolution = FreeText.of("We stay together", "resolution");
            given(withGate(List.of(PLAYER_A)), S1)
                    .when(new ResolveGate(CAMPAIGN, S1, GATE, YES, resolution))
                    .expectEvents(new GateResolved(CAMPAIGN, S1, GATE, YES, resolution))
                    .expectState(session -> assertThat(session.hasOpenGate()).isFalse());
            given(withGate(List.of(PLAYER_A)).then(new GateResolved(CAMPAIGN, S1, GATE, YES, resolution)), S1)
                    .when(new OpenGate(CAMPAIGN, S1, GATE_2, GATE_TYPE, null, List.of(PLAYER_B)))
                    .expectEvents(new GateOpened(CAMPAIGN, S1, GATE_2, GATE_TYPE, null, List.of(PLAYER_B)))
                    .expectState(session -> assertThat(session.hasOpenGate()).isTrue());
        }

        @Test
        void abandoningClosesTheGateSoAnotherMayOpen() {
            FreeText why = FreeText.of("The dragon arrived", "reason");
            given(withGate(List.of(PLAYER_A)), S1)
                    .when(new AbandonGate(CAMPAIGN, S1, GATE, why))
                    .expectEvents(new GateAbandoned(CAMPAIGN, S1, GATE, why));
            given(withGate(List.of(PLAYER_A)).then(new GateAbandoned(CAMPAIGN, S1, GATE, why)), S1)
                    .when(new OpenGate(CAMPAIGN, S1, GATE_2, GATE_TYPE, null, List.of(PLAYER_B)))
                    .expectEvents(new GateOpened(CAMPAIGN, S1, GATE_2, GATE_TYPE, null, List.of(PLAYER_B)));
        }

        @Test
        void theSessionsEndClearsItsGate() {
            // the next session has a stream (and a gate) of its own
            History next = withGate(List.of(PLAYER_A)).end(S1).session(S2);
            assertRefused(given(next, S2).when(new ResolveGate(CAMPAIGN, S2, GATE, YES, null)),
                    GATE_NOT_FOUND, "gate_id");
            given(next, S2)
                    .when(new OpenGate(CAMPAIGN, S2, GATE_2, GATE_TYPE, null, List.of(PLAYER_B)))
                    .expectEvents(new GateOpened(CAMPAIGN, S2, GATE_2, GATE_TYPE, null, List.of(PLAYER_B)));
        }

        private History withGate(List<ParticipantId> eligible) {
            return playing().then(gateOpened(GATE, eligible));
        }
    }

    @FunctionalInterface
    interface GateCommand {
        Object on(GateId gate);
    }

    @Nested
    class Spotlight {
        @Test
        void onACharacter() {
            given(playing(), S1)
                    .when(new SetSpotlight(CAMPAIGN, S1, SpotlightType.CHARACTER, HERO_A))
                    .expectEvents(new SpotlightSet(CAMPAIGN, S1, SpotlightType.CHARACTER, HERO_A));
        }

        @Test
        void onTheGm() {
            given(playing(), S1)
                    .when(new SetSpotlight(CAMPAIGN, S1, SpotlightType.GM, null))
                    .expectEvents(new SpotlightSet(CAMPAIGN, S1, SpotlightType.GM, null));
        }

        @Test
        void aCharacterSpotlightNeedsTheCharacter() {
            assertRefused(given(playing(), S1)
                            .when(new SetSpotlight(CAMPAIGN, S1, SpotlightType.CHARACTER, null)),
                    SPOTLIGHT_CHARACTER_REQUIRED, "character_id");
        }

        @Test
        void aGmSpotlightNamesNoCharacter() {
            assertRefused(given(playing(), S1)
                            .when(new SetSpotlight(CAMPAIGN, S1, SpotlightType.GM, HERO_A)),
                    SPOTLIGHT_GM_TAKES_NO_CHARACTER, "character_id");
        }

        @Test
        void aDeletedCharacterCannotTakeTheSpotlight() {
            assertRefused(given(playing().delete(HERO_A), S1)
                            .when(new SetSpotlight(CAMPAIGN, S1, SpotlightType.CHARACTER, HERO_A)),
                    CHARACTER_DELETED, "character_id");
        }

        @Test
        void anUnknownCharacterCannotTakeTheSpotlight() {
            assertRefused(given(playing(), S1)
                            .when(new SetSpotlight(CAMPAIGN, S1, SpotlightType.CHARACTER, GHOST)),
                    CHARACTER_NOT_FOUND, "character_id");
        }

        @Test
        void settingTheSpotlightWhereItAlreadyIsIsRefused() {
            History onHero = playing().then(new SpotlightSet(CAMPAIGN, S1, SpotlightType.CHARACTER, HERO_A));
            assertRefused(given(onHero, S1)
                            .when(new SetSpotlight(CAMPAIGN, S1, SpotlightType.CHARACTER, HERO_A)),
                    SPOTLIGHT_UNCHANGED, null);
            History onGm = playing().then(new SpotlightSet(CAMPAIGN, S1, SpotlightType.GM, null));
            assertRefused(given(onGm, S1).when(new SetSpotlight(CAMPAIGN, S1, SpotlightType.GM, null)),
                    SPOTLIGHT_UNCHANGED, null);
        }

        @Test
        void theSpotlightMovesFromOneCharacterToAnother() {
            given(playing().then(new SpotlightSet(CAMPAIGN, S1, SpotlightType.CHARACTER, HERO_A)), S1)
                    .when(new SetSpotlight(CAMPAIGN, S1, SpotlightType.CHARACTER, HERO_B))
                    .expectEvents(new SpotlightSet(CAMPAIGN, S1, SpotlightType.CHARACTER, HERO_B));
        }

        @Test
        void clearing() {
            FreeText reason = FreeText.of("scene change", "reason");
            given(playing().then(new SpotlightSet(CAMPAIGN, S1, SpotlightType.GM, null)), S1)
                    .when(new ClearSpotlight(CAMPAIGN, S1, reason))
                    .expectEvents(new SpotlightCleared(CAMPAIGN, S1, reason));
        }

        @Test
        void clearingWhenNobodyHasTheSpotlightIsRefused() {
            assertRefused(given(playing(), S1).when(new ClearSpotlight(CAMPAIGN, S1, null)),
                    SPOTLIGHT_UNCHANGED, null);
            History cleared = playing().then(new SpotlightSet(CAMPAIGN, S1, SpotlightType.GM, null),
                    new SpotlightCleared(CAMPAIGN, S1, null));
            assertRefused(given(cleared, S1).when(new ClearSpotlight(CAMPAIGN, S1, null)),
                    SPOTLIGHT_UNCHANGED, null);
        }

        @Test
        void theSessionsEndClearsTheSpotlight() {
            History next = playing().then(new SpotlightSet(CAMPAIGN, S1, SpotlightType.GM, null)).end(S1).session(S2);
            assertRefused(given(next, S2).when(new ClearSpotlight(CAMPAIGN, S2, null)), SPOTLIGHT_UNCHANGED, null);
        }
    }

    @Nested
    class Rolls {
        @Test
        void aServerRollRecordsItsSeedAlgorithmAndTheDiceThatSeedYields() {
            DiceRoll expected = Dice.roll(DUALITY, SEED);
            RollResolved resolved = new RollResolved(CAMPAIGN, S1, 1, HERO_A, LABEL, expected);

            given(playing(), S1)
                    .when(new ResolveRoll(CAMPAIGN, S1, HERO_A, LABEL, DUALITY, null))
                    .expectEvents(resolved)
                    .expectResultMessagePayload(resolved);

            assertThat(expected.mode()).isEqualTo(DiceMode.SERVER);
            assertThat(expected.algorithm()).isEqualTo(Dice.SPLITMIX64_V1);
            assertThat(expected.seed()).isEqualTo(SEED);
            assertThat(Dice.verify(expected)).as("the recorded seed reproduces the recorded dice").isTrue();
            assertThat(seeds.draws()).as("one seed drawn, once, while deciding").isEqualTo(1);
        }

        @Test
        void aSessionThatCommittedToASeedRollsFromItNotFromTheSeedSource() {
            String seed = "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f";
            History committed = ready().then(new SessionStarted(CAMPAIGN, S1, null, FairDice.commitment(seed), seed),
                    new CampaignActivated(CAMPAIGN));
            DiceRoll first = Dice.roll(DUALITY, FairDice.rollSeed(seed, S1.value(), 1));
            DiceRoll second = Dice.roll(DUALITY, FairDice.rollSeed(seed, S1.value(), 2));

            given(committed, S1)
                    .when(new ResolveRoll(CAMPAIGN, S1, HERO_A, LABEL, DUALITY, null))
                    .expectEvents(new RollResolved(CAMPAIGN, S1, 1, HERO_A, LABEL, first));
            given(committed.then(new RollResolved(CAMPAIGN, S1, 1, HERO_A, LABEL, first)), S1)
                    .when(new ResolveRoll(CAMPAIGN, S1, HERO_B, LABEL, DUALITY, null))
                    .expectEvents(new RollResolved(CAMPAIGN, S1, 2, HERO_B, LABEL, second));

            assertThat(seeds.draws()).as("the seed source is not asked").isZero();
            assertThat(first.seed()).isNotEqualTo(second.seed());
        }

        @Test
        void physicalDiceAreRecordedAsPhysicalWithoutSeed() {
            DiceRoll expected = Dice.physical(DUALITY, List.of(3, 11));
            RollResolved resolved = new RollResolved(CAMPAIGN, S1, 1, HERO_A, LABEL, expected);

            given(playing(), S1)
                    .when(new ResolveRoll(CAMPAIGN, S1, HERO_A, LABEL, DUALITY, List.of(3, 11)))
                    .expectEvents(resolved)
                    .expectResultMessagePayload(resolved);

            assertThat(expected.mode()).isEqualTo(DiceMode.PHYSICAL);
            assertThat(expected.seed()).isNull();
            assertThat(expected.algorithm()).isNull();
            assertThat(seeds.draws()).isZero();
        }

        @Test
        void physicalResultsMustMatchTheDice() {
            assertRefused(given(playing(), S1)
                            .when(new ResolveRoll(CAMPAIGN, S1, HERO_A, LABEL, DUALITY, List.of(3))),
                    VALUE_OUT_OF_RANGE, "physical_results");
        }

        @Test
        void theRollSequenceContinuesWithinTheSessionFromItsOwnLastRoll() {
            History history = playing().then(serverRoll(S1, 1), serverRoll(S1, 2));
            RollResolved third = new RollResolved(CAMPAIGN, S1, 3, null, null, Dice.roll(DUALITY, SEED));
            given(history, S1)
                    .when(new ResolveRoll(CAMPAIGN, S1, null, null, DUALITY, null))
                    .expectEvents(third)
                    .expectResultMessagePayload(third);
            assertThat(lookup.reads()).as("a session that rolled reads no earlier session")
                    .containsExactly(CAMPAIGN.value());
        }

        @Test
        void theRollSequenceContinuesAcrossSessions() {
            History history = playing().then(serverRoll(S1, 1), serverRoll(S1, 2)).end(S1).session(S2);
            RollResolved third = new RollResolved(CAMPAIGN, S2, 3, null, null, Dice.roll(DUALITY, SEED));
            given(history, S2)
                    .when(new ResolveRoll(CAMPAIGN, S2, null, null, DUALITY, null))
                    .expectEvents(third)
                    .expectResultMessagePayload(third);
        }

        @Test
        void aSessionsFirstRollContinuesAfterTheLatestEarlierSessionThatRolled() {
            // s-2 played a gate but rolled nothing: its stream exists, without rolls; s-3 continues after s-1's
            History history = playing().then(serverRoll(S1, 1), serverRoll(S1, 2)).end(S1)
                    .session(S2).then(new GateOpened(CAMPAIGN, S2, GATE, GATE_TYPE, null, List.of(PLAYER_A)))
                    .end(S2).session(S3);
            RollResolved third = new RollResolved(CAMPAIGN, S3, 3, null, null, Dice.roll(DUALITY, SEED));
            given(history, S3)
                    .when(new ResolveRoll(CAMPAIGN, S3, null, null, DUALITY, null))
                    .expectEvents(third);
            assertThat(lookup.reads()).as("walks back from the latest earlier session until one rolled")
                    .containsExactly(CAMPAIGN.value(), History.streamOf(S2).value(), History.streamOf(S1).value());
        }

        @Test
        void aSessionWithoutStreamIsSkippedToo() {
            // nothing at all was played in s-2, so it has no stream
            History history = playing().then(serverRoll(S1, 1)).end(S1).session(S2).end(S2).session(S3);
            RollResolved second = new RollResolved(CAMPAIGN, S3, 2, null, null, Dice.roll(DUALITY, SEED));
            given(history, S3)
                    .when(new ResolveRoll(CAMPAIGN, S3, null, null, DUALITY, null))
                    .expectEvents(second);
        }

        @Test
        void theCampaignsFirstRollIsOneWhateverSessionItIsIn() {
            History history = playing().then(gateOpened(GATE, List.of(PLAYER_A))).end(S1).session(S2);
            RollResolved first = new RollResolved(CAMPAIGN, S2, 1, null, null, Dice.roll(DUALITY, SEED));
            given(history, S2)
                    .when(new ResolveRoll(CAMPAIGN, S2, null, null, DUALITY, null))
                    .expectEvents(first);
        }

        @Test
        void anUnknownCharacterCannotRoll() {
            assertRefused(given(playing(), S1)
                            .when(new ResolveRoll(CAMPAIGN, S1, GHOST, LABEL, DUALITY, null)),
                    CHARACTER_NOT_FOUND, "character_id");
            assertThat(seeds.draws()).isZero();
        }

        @Test
        void aDeletedCharacterCannotRoll() {
            assertRefused(given(playing().delete(HERO_A), S1)
                            .when(new ResolveRoll(CAMPAIGN, S1, HERO_A, LABEL, DUALITY, null)),
                    CHARACTER_DELETED, "character_id");
        }
    }

    @Nested
    class Outcomes {
        @Test
        void anOutcomeIsAppliedToAnExistingRollOfTheSession() {
            given(rolled(), S1)
                    .when(new ApplyOutcome(CAMPAIGN, S1, 1, "req-1", List.of(HERO_A, HERO_B), true, SUMMARY))
                    .expectEvents(new OutcomeApplied(CAMPAIGN, S1, 1, "req-1", List.of(HERO_A, HERO_B), true, SUMMARY));
        }

        @Test
        void missingTargetsAreRecordedAsNone() {
            given(rolled(), S1)
                    .when(new ApplyOutcome(CAMPAIGN, S1, 1, "req-1", null, false, null))
                    .expectEvents(new OutcomeApplied(CAMPAIGN, S1, 1, "req-1", List.of(), false, null));
        }

        @ParameterizedTest(name = "request id \"{0}\" is refused")
        @NullSource
        @ValueSource(strings = {"", "   "})
        void applyingNeedsARequestId(String requestId) {
            assertRefused(given(rolled(), S1)
                            .when(new ApplyOutcome(CAMPAIGN, S1, 1, requestId, List.of(), false, null)),
                    OUTCOME_REQUEST_ID_REQUIRED, "request_id");
        }

        @ParameterizedTest(name = "roll {0} was never made: ROLL_NOT_FOUND")
        @ValueSource(longs = {2, 0, -1})
        void anUnknownRollHasNoOutcome(long rollSeq) {
            assertRefused(given(rolled(), S1)
                            .when(new ApplyOutcome(CAMPAIGN, S1, rollSeq, "req-1", List.of(), false, null)),
                    ROLL_NOT_FOUND, "roll_seq");
        }

        @Test
        void aRollOfAnotherSessionIsRefused() {
            History history = rolled().end(S1).session(S2);
            assertRefused(given(history, S2)
                            .when(new ApplyOutcome(CAMPAIGN, S2, 1, "req-1", List.of(), false, null)),
                    ROLL_OTHER_SESSION, "roll_seq");
        }

        @Test
        void besideItsOwnRollsASessionTellsEarlierSessionsRollsFromRollsNeverMade() {
            // s-1 made rolls 1 and 2, s-2 made 3: only 3 is s-2's, 1 and 2 are another session's, 4 was never made
            History history = playing().then(serverRoll(S1, 1), serverRoll(S1, 2)).end(S1).session(S2)
                    .then(serverRoll(S2, 3));
            for (long earlier : List.of(1L, 2L)) {
                assertRefused(given(history, S2)
                                .when(new ApplyOutcome(CAMPAIGN, S2, earlier, "req-1", List.of(), false, null)),
                        ROLL_OTHER_SESSION, "roll_seq");
            }
            assertRefused(given(history, S2)
                            .when(new ApplyOutcome(CAMPAIGN, S2, 4, "req-1", List.of(), false, null)),
                    ROLL_NOT_FOUND, "roll_seq");
            given(history, S2)
                    .when(new ApplyOutcome(CAMPAIGN, S2, 3, "req-1", List.of(), false, null))
                    .expectEvents(new OutcomeApplied(CAMPAIGN, S2, 3, "req-1", List.of(), false, null));
        }

        @Test
        void aSessionThatNeverRolledFindsEarlierRollsAcrossSessionsThatDidNot() {
            History history = playing().then(serverRoll(S1, 1), serverRoll(S1, 2)).end(S1).session(S2).end(S2)
                    .session(S3);
            assertRefused(given(history, S3)
                            .when(new RejectOutcome(CAMPAIGN, S3, 2, REASON_CODE, null)),
                    ROLL_OTHER_SESSION, "roll_seq");
            assertRefused(given(history, S3)
                            .when(new RejectOutcome(CAMPAIGN, S3, 3, REASON_CODE, null)),
                    ROLL_NOT_FOUND, "roll_seq");
        }

        @ParameterizedTest(name = "a second apply with request id {0} is refused and applies nothing")
        @ValueSource(strings = {"req-1", "req-2"})
        void anOutcomeIsNeverAppliedTwice(String requestId) {
            History applied = rolled().then(new OutcomeApplied(CAMPAIGN, S1, 1, "req-1", List.of(HERO_A), false, null));
            assertRefused(given(applied, S1)
                            .when(new ApplyOutcome(CAMPAIGN, S1, 1, requestId, List.of(HERO_A), false, null)),
                    OUTCOME_ALREADY_APPLIED, "roll_seq");
        }

        @Test
        void everyTargetMustBeALiveCharacter() {
            assertRefused(given(rolled(), S1)
                            .when(new ApplyOutcome(CAMPAIGN, S1, 1, "req-1", List.of(HERO_A, GHOST), false, null)),
                    CHARACTER_NOT_FOUND, "character_id");
            assertRefused(given(rolled().delete(HERO_B), S1)
                            .when(new ApplyOutcome(CAMPAIGN, S1, 1, "req-1", List.of(HERO_A, HERO_B), false, null)),
                    CHARACTER_DELETED, "character_id");
        }

        @Test
        void aRejectionIsRecordedForTheAudit() {
            FreeText message = FreeText.of("Not how the bridge works", "message");
            given(rolled(), S1)
                    .when(new RejectOutcome(CAMPAIGN, S1, 1, REASON_CODE, message))
                    .expectEvents(new OutcomeRejected(CAMPAIGN, S1, 1, REASON_CODE, message));
        }

        @Test
        void anAppliedOutcomeCannotBeRejected() {
            History applied = rolled().then(new OutcomeApplied(CAMPAIGN, S1, 1, "req-1", List.of(), false, null));
            assertRefused(given(applied, S1).when(new RejectOutcome(CAMPAIGN, S1, 1, REASON_CODE, null)),
                    OUTCOME_ALREADY_APPLIED, "roll_seq");
        }

        @Test
        void aRejectionNeedsAnExistingRollOfTheSession() {
            assertRefused(given(rolled(), S1).when(new RejectOutcome(CAMPAIGN, S1, 5, REASON_CODE, null)),
                    ROLL_NOT_FOUND, "roll_seq");
            assertRefused(given(rolled().end(S1).session(S2), S2)
                            .when(new RejectOutcome(CAMPAIGN, S2, 1, REASON_CODE, null)),
                    ROLL_OTHER_SESSION, "roll_seq");
        }

        @Test
        void aRejectionIsAuditOnlySoItDoesNotStopALaterApply() {
            // action.outcome_rejected is never folded: the decider cannot know of it
            History rejected = rolled().then(new OutcomeRejected(CAMPAIGN, S1, 1, REASON_CODE, null));
            given(rejected, S1)
                    .when(new ApplyOutcome(CAMPAIGN, S1, 1, "req-1", List.of(), false, null))
                    .expectEvents(new OutcomeApplied(CAMPAIGN, S1, 1, "req-1", List.of(), false, null));
        }

        private History rolled() {
            return playing().then(serverRoll(S1, 1));
        }
    }

    /** The helpers fold what the deciders wrote, stream by stream, as a repository would. */
    @Nested
    class StateFromEvents {
        @Test
        void aSessionsStateIsFoldedFromItsOwnStreamOnly() {
            History history = playing().then(serverRoll(S1, 1), gateOpened(GATE, List.of(PLAYER_A))).end(S1)
                    .session(S2).then(serverRoll(S2, 2));
            assertThat(Folded.session(history, S1)).hasValueSatisfying(s1 -> {
                assertThat(s1.lastRollSeq()).isEqualTo(1);
                assertThat(s1.hasOpenGate()).isTrue();
            });
            assertThat(Folded.session(history, S2)).hasValueSatisfying(s2 -> {
                assertThat(s2.lastRollSeq()).isEqualTo(2);
                assertThat(s2.hasOpenGate()).isFalse();
            });
            assertThat(Folded.session(history, S3)).as("nothing played, no stream").isEmpty();
            assertThat(Folded.campaign(history).sessions().started()).containsExactly(S1, S2);
            assertThat(Folded.campaign(history).sessions().active()).contains(S2);
        }
    }

    // ---- events ----

    private static GateOpened gateOpened(GateId gate, List<ParticipantId> eligible) {
        return new GateOpened(CAMPAIGN, S1, gate, GATE_TYPE, GATE_REASON, eligible);
    }

    private static RollResolved serverRoll(SessionId session, long seq) {
        return new RollResolved(CAMPAIGN, session, seq, HERO_A, LABEL, Dice.roll(DUALITY, seq));
    }
}
