package dev.duality.sys.daggerheart.adversary;

import dev.duality.core.campaign.api.ShortCode;
import dev.duality.core.testing.FakeAggregateLookup;
import dev.duality.sys.daggerheart.adversary.api.AdversaryConditionChanged;
import dev.duality.sys.daggerheart.adversary.api.AdversaryCreated;
import dev.duality.sys.daggerheart.adversary.api.AdversaryDamageApplied;
import dev.duality.sys.daggerheart.adversary.api.AdversaryDeleted;
import dev.duality.sys.daggerheart.adversary.api.AdversaryUpdated;
import dev.duality.sys.daggerheart.adversary.api.ChangeAdversaryConditions;
import dev.duality.sys.daggerheart.adversary.api.CreateAdversary;
import dev.duality.sys.daggerheart.adversary.api.AdversaryRevealed;
import dev.duality.sys.daggerheart.adversary.api.DeleteAdversary;
import dev.duality.sys.daggerheart.adversary.api.RevealAdversary;
import dev.duality.sys.daggerheart.adversary.api.UpdateAdversary;
import dev.duality.sys.daggerheart.rules.AdversaryStatBlock;
import dev.duality.sys.daggerheart.rules.Condition;
import dev.duality.sys.daggerheart.rules.ConditionSet;
import dev.duality.sys.daggerheart.rules.DamageType;
import dev.duality.sys.daggerheart.rules.HitPoints;
import dev.duality.sys.daggerheart.rules.Severity;
import org.axonframework.eventsourcing.AggregateDeletedException;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static dev.duality.core.session.api.SessionRejection.SESSION_NOT_ACTIVE;
import static dev.duality.core.session.api.SessionRejection.SESSION_NOT_FOUND;
import static dev.duality.core.testing.Rejections.assertRefused;
import static dev.duality.sys.daggerheart.DaggerheartRejection.*;
import static dev.duality.sys.daggerheart.adversary.StatBlocks.BANDIT;
import static dev.duality.sys.daggerheart.adversary.StatBlocks.CAMPAIGN;
import static dev.duality.sys.daggerheart.adversary.StatBlocks.LATER;
import static dev.duality.sys.daggerheart.adversary.StatBlocks.SESSION;
import static dev.duality.sys.daggerheart.adversary.StatBlocks.bandit;
import static dev.duality.sys.daggerheart.adversary.StatBlocks.created;
import static dev.duality.sys.daggerheart.adversary.StatBlocks.inSession;
import static dev.duality.sys.daggerheart.adversary.StatBlocks.zombiePack;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code adversary.create}, {@code adversary.update}, {@code adversary.delete} and
 * {@code adversary_condition.change}: the GM's own changes to an adversary, here the SRD's Jagged Knife Bandit (HP 5,
 * Stress 3), in the campaign's active session.
 */
class AdversaryLifecycleTest {
    private static final ShortCode NET = ShortCode.of("net", "source");

    private final FakeAggregateLookup lookup = StatBlocks.lookup(inSession());
    private final FixtureConfiguration<DaggerheartAdversary> fixture = StatBlocks.fixture(lookup);

    // --- create ---------------------------------------------------------------------------------------------------

    @Test
    void anAdversaryEntersTheSessionWithNothingMarked() {
        fixture.givenNoPriorActivity()
                .when(new CreateAdversary(CAMPAIGN, SESSION, BANDIT, bandit()))
                .expectEvents(new AdversaryCreated(CAMPAIGN, SESSION, BANDIT, bandit()))
                .expectState(adversary -> {
                    assertThat(adversary.status().hp()).isEqualTo(new HitPoints(0, 5));
                    assertThat(adversary.status().sessionId()).isEqualTo(SESSION);
                    assertThat(adversary.status().defeated()).isFalse();
                });
    }

    @Test
    void anIdAlreadyTakenIsRefused() {
        assertRefused(fixture.given(created(BANDIT, bandit()))
                .when(new CreateAdversary(CAMPAIGN, SESSION, BANDIT, zombiePack())),
                DAGGERHEART_ADVERSARY_EXISTS, "adversary_id");
    }

    @Test
    void anAdversaryEntersOnlyTheActiveSession() {
        StatBlocks.serve(lookup, inSession().end(SESSION));
        assertRefused(fixture.givenNoPriorActivity().when(new CreateAdversary(CAMPAIGN, SESSION, BANDIT, bandit())),
                SESSION_NOT_ACTIVE, "session_id");
        assertRefused(fixture.givenNoPriorActivity().when(new CreateAdversary(CAMPAIGN, LATER, BANDIT, bandit())),
                SESSION_NOT_FOUND, "session_id");
    }

    // --- update ---------------------------------------------------------------------------------------------------

    @Test
    void theGmCorrectsTheMarksFromTheValuesLastSeen() {
        fixture.given(created(BANDIT, bandit()), damaged(2))
                .when(new UpdateAdversary(CAMPAIGN, SESSION, BANDIT, null, 1, 2,
                        new UpdateAdversary.Before(2, 0)))
                .expectEvents(new AdversaryUpdated(CAMPAIGN, SESSION, BANDIT, bandit(), 1, 2, false));
    }

    @Test
    void markingEveryHpDefeatsItAndClearingOneBringsItBack() {
        fixture.given(created(BANDIT, bandit()))
                .when(new UpdateAdversary(CAMPAIGN, SESSION, BANDIT, null, 5, null, null))
                .expectEvents(new AdversaryUpdated(CAMPAIGN, SESSION, BANDIT, bandit(), 5, 0, true));
        fixture.given(created(BANDIT, bandit()), damaged(5))
                .when(new UpdateAdversary(CAMPAIGN, SESSION, BANDIT, null, 4, null, null))
                .expectEvents(new AdversaryUpdated(CAMPAIGN, SESSION, BANDIT, bandit(), 4, 0, false));
    }

    @Test
    void aNewStatBlockKeepsTheMarksWithinItsSlots() {
        // the GM swaps in a tougher Bandit (HP 7) and later a weaker one (HP 3): 4 marked HP are cut to 3
        AdversaryStatBlock tougher = withHp(7);
        AdversaryStatBlock weaker = withHp(3);
        fixture.given(created(BANDIT, bandit()), damaged(4))
                .when(new UpdateAdversary(CAMPAIGN, SESSION, BANDIT, tougher, null, null, null))
                .expectEvents(new AdversaryUpdated(CAMPAIGN, SESSION, BANDIT, tougher, 4, 0, false));
        fixture.given(created(BANDIT, bandit()), damaged(4))
                .when(new UpdateAdversary(CAMPAIGN, SESSION, BANDIT, weaker, null, null, null))
                .expectEvents(new AdversaryUpdated(CAMPAIGN, SESSION, BANDIT, weaker, 3, 0, true));
    }

    @Test
    void aStaleBeforeIsRefused() {
        assertRefused(fixture.given(created(BANDIT, bandit()), damaged(2))
                        .when(new UpdateAdversary(CAMPAIGN, SESSION, BANDIT, null, 3, null,
                                new UpdateAdversary.Before(1, null))),
                DAGGERHEART_STATE_BEFORE_MISMATCH, "before.hp_marked");
        assertRefused(fixture.given(created(BANDIT, bandit()))
                        .when(new UpdateAdversary(CAMPAIGN, SESSION, BANDIT, null, null, 1,
                                new UpdateAdversary.Before(null, 2))),
                DAGGERHEART_STATE_BEFORE_MISMATCH, "before.stress_marked");
    }

    @Test
    void anUpdateThatChangesNothingIsRefused() {
        assertRefused(fixture.given(created(BANDIT, bandit()), damaged(2))
                        .when(new UpdateAdversary(CAMPAIGN, SESSION, BANDIT, bandit(), 2, 0, null)),
                DAGGERHEART_STATE_UNCHANGED, null);
    }

    @Test
    void marksBeyondTheSlotsAreRefused() {
        // the Bandit has 5 HP and 3 Stress slots
        assertRefused(fixture.given(created(BANDIT, bandit()))
                        .when(new UpdateAdversary(CAMPAIGN, SESSION, BANDIT, null, 6, null, null)),
                DAGGERHEART_HP_OUT_OF_RANGE, "hp_marked");
        assertRefused(fixture.given(created(BANDIT, bandit()))
                        .when(new UpdateAdversary(CAMPAIGN, SESSION, BANDIT, null, null, 4, null)),
                DAGGERHEART_STRESS_OUT_OF_RANGE, "stress_marked");
    }

    @Test
    void anAdversaryTakesCommandsOnlyInItsOwnActiveSession() {
        assertRefused(fixture.given(created(BANDIT, bandit()))
                        .when(new UpdateAdversary(CAMPAIGN, LATER, BANDIT, null, 1, null, null)),
                DAGGERHEART_ADVERSARY_NOT_FOUND, "adversary_id");
        StatBlocks.serve(lookup, inSession().end(SESSION));
        assertRefused(fixture.given(created(BANDIT, bandit()))
                        .when(new UpdateAdversary(CAMPAIGN, SESSION, BANDIT, null, 1, null, null)),
                SESSION_NOT_ACTIVE, "session_id");
        assertRefused(fixture.given(created(BANDIT, bandit())).when(new DeleteAdversary(CAMPAIGN, SESSION, BANDIT)),
                SESSION_NOT_ACTIVE, "session_id");
    }

    // --- reveal ---------------------------------------------------------------------------------------------------

    @Test
    void theGmRevealsTheStatBlockOnce() {
        fixture.given(created(BANDIT, bandit()), damaged(2))
                .when(new RevealAdversary(CAMPAIGN, SESSION, BANDIT))
                .expectEvents(new AdversaryRevealed(CAMPAIGN, SESSION, BANDIT, bandit()));
        assertRefused(fixture.given(created(BANDIT, bandit()), new AdversaryRevealed(CAMPAIGN, SESSION, BANDIT,
                bandit())).when(new RevealAdversary(CAMPAIGN, SESSION, BANDIT)),
                DAGGERHEART_ADVERSARY_ALREADY_REVEALED, "adversary_id");
    }

    // --- delete ---------------------------------------------------------------------------------------------------

    @Test
    void aDeletedAdversaryTakesNoMoreCommands() {
        fixture.given(created(BANDIT, bandit()))
                .when(new DeleteAdversary(CAMPAIGN, SESSION, BANDIT))
                .expectEvents(new AdversaryDeleted(CAMPAIGN, SESSION, BANDIT));
        // Axon reports a deleted aggregate as not found; the HTTP layer answers DAGGERHEART_ADVERSARY_NOT_FOUND
        fixture.given(created(BANDIT, bandit()), new AdversaryDeleted(CAMPAIGN, SESSION, BANDIT))
                .when(new UpdateAdversary(CAMPAIGN, SESSION, BANDIT, null, 1, null, null))
                .expectNoEvents()
                .expectException(AggregateDeletedException.class);
    }

    // --- conditions -----------------------------------------------------------------------------------------------

    @Test
    void anAdversarysConditionsChangeLikeACharacters() {
        fixture.given(created(BANDIT, bandit()))
                .when(conditions(List.of(Condition.RESTRAINED, Condition.VULNERABLE), List.of(Condition.RESTRAINED,
                        Condition.VULNERABLE), List.of()))
                .expectEvents(new AdversaryConditionChanged(CAMPAIGN, SESSION, BANDIT,
                        new ConditionSet(List.of(Condition.RESTRAINED, Condition.VULNERABLE)),
                        new ConditionSet(List.of(Condition.RESTRAINED, Condition.VULNERABLE)), ConditionSet.NONE, NET));
        // added and removed left out: the difference is worked out
        fixture.given(created(BANDIT, bandit()), restrained())
                .when(conditions(List.of(Condition.HIDDEN), null, null))
                .expectEvents(new AdversaryConditionChanged(CAMPAIGN, SESSION, BANDIT,
                        new ConditionSet(List.of(Condition.HIDDEN)), new ConditionSet(List.of(Condition.HIDDEN)),
                        new ConditionSet(List.of(Condition.RESTRAINED)), NET));
    }

    @Test
    void aMisstatedOrEmptyConditionChangeIsRefused() {
        assertRefused(fixture.given(created(BANDIT, bandit()))
                        .when(conditions(List.of(Condition.RESTRAINED), List.of(Condition.HIDDEN), null)),
                DAGGERHEART_CONDITION_DIFF_MISMATCH, "added");
        assertRefused(fixture.given(created(BANDIT, bandit()), restrained())
                        .when(conditions(List.of(Condition.RESTRAINED), null, null)),
                DAGGERHEART_CONDITION_UNCHANGED, "conditions");
        assertRefused(fixture.given(created(BANDIT, bandit()))
                        .when(conditions(List.of(Condition.HIDDEN), List.of(Condition.HIDDEN, Condition.HIDDEN),
                                null)),
                DAGGERHEART_CONDITION_DUPLICATE, "added");
    }

    // --- helpers --------------------------------------------------------------------------------------------------

    private static AdversaryDamageApplied damaged(int hpMarked) {
        return new AdversaryDamageApplied(CAMPAIGN, SESSION, BANDIT, 20, Set.of(DamageType.PHYSICAL), 20,
                Severity.SEVERE, hpMarked, false, false, false, 8, 14, hpMarked, hpMarked == 5, null, null, null);
    }

    private static AdversaryConditionChanged restrained() {
        return new AdversaryConditionChanged(CAMPAIGN, SESSION, BANDIT, new ConditionSet(List.of(Condition.RESTRAINED)),
                new ConditionSet(List.of(Condition.RESTRAINED)), ConditionSet.NONE, NET);
    }

    private static ChangeAdversaryConditions conditions(List<Condition> after, List<Condition> added,
                                                        List<Condition> removed) {
        return new ChangeAdversaryConditions(CAMPAIGN, SESSION, BANDIT, new ConditionSet(after), added, removed, NET);
    }

    private static AdversaryStatBlock withHp(int hp) {
        AdversaryStatBlock b = bandit();
        return new AdversaryStatBlock(b.name(), b.tier(), b.type(), b.difficulty(), b.thresholds(), hp, b.stressMax(),
                b.attackModifier(), b.standardAttack(), b.minionValue(), b.horde(), b.features(), b.experiences());
    }
}
