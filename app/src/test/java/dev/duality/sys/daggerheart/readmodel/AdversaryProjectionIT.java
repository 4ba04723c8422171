package dev.duality.sys.daggerheart.readmodel;

import dev.duality.app.support.DualityIntegrationTest;
import dev.duality.core.campaign.api.CampaignId;
import dev.duality.core.campaign.api.CharacterId;
import dev.duality.core.campaign.api.ShortCode;
import dev.duality.core.session.api.SessionId;
import dev.duality.sys.daggerheart.adversary.api.AdversaryAttackResolved;
import dev.duality.sys.daggerheart.adversary.api.AdversaryConditionChanged;
import dev.duality.sys.daggerheart.adversary.api.AdversaryCreated;
import dev.duality.sys.daggerheart.adversary.api.AdversaryDamageApplied;
import dev.duality.sys.daggerheart.adversary.api.AdversaryDeleted;
import dev.duality.sys.daggerheart.adversary.api.AdversaryId;
import dev.duality.sys.daggerheart.adversary.api.AdversaryUpdated;
import dev.duality.sys.daggerheart.adversary.readmodel.AdversaryProjection;
import dev.duality.sys.daggerheart.adversary.readmodel.api.AdversaryAttackView;
import dev.duality.sys.daggerheart.adversary.readmodel.api.AdversaryQueries.FindAdversary;
import dev.duality.sys.daggerheart.adversary.readmodel.api.AdversaryQueries.ListAdversaries;
import dev.duality.sys.daggerheart.adversary.readmodel.api.AdversaryQueries.ListAdversaryAttacks;
import dev.duality.sys.daggerheart.adversary.readmodel.api.AdversaryView;
import dev.duality.sys.daggerheart.adversary.readmodel.api.AdversaryView.DamageDiceView;
import dev.duality.sys.daggerheart.character.api.DamageApplied;
import dev.duality.sys.daggerheart.character.api.LifeState;
import dev.duality.sys.daggerheart.rules.AdversaryFeature;
import dev.duality.sys.daggerheart.rules.AdversaryStatBlock;
import dev.duality.sys.daggerheart.rules.AdversaryType;
import dev.duality.sys.daggerheart.rules.ArmorSlotUse;
import dev.duality.sys.daggerheart.rules.Condition;
import dev.duality.sys.daggerheart.rules.ConditionSet;
import dev.duality.sys.daggerheart.rules.DamageDice;
import dev.duality.sys.daggerheart.rules.DamageThresholds;
import dev.duality.sys.daggerheart.rules.DamageType;
import dev.duality.sys.daggerheart.rules.Experience;
import dev.duality.sys.daggerheart.rules.FeatureKind;
import dev.duality.sys.daggerheart.rules.Horde;
import dev.duality.sys.daggerheart.rules.Range;
import dev.duality.sys.daggerheart.rules.Severity;
import dev.duality.sys.daggerheart.rules.StandardAttack;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import static dev.duality.sys.daggerheart.readmodel.ProjectionFeed.at;
import static dev.duality.sys.daggerheart.readmodel.ProjectionFeed.recorded;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.axonframework.messaging.responsetypes.ResponseTypes.multipleInstancesOf;
import static org.axonframework.messaging.responsetypes.ResponseTypes.optionalInstanceOf;

/**
 * The Daggerheart adversary read model on its own: adversaries' events and their attack rolls are handed to
 * {@link AdversaryProjection}'s handlers and read back through the query bus. SRD 1.0 stat blocks: Zombie Pack
 * (Tier 1 Horde (2/HP), Difficulty 8, 6/12, HP 6, Stress 3, ATK -1, Bite: Melee, 1d10+2 phy, Horde (1d4+2)) and
 * Jagged Knife Lackey (Tier 1 Minion, Difficulty 9, HP 1, Stress 1, ATK -2, Daggers: Melee, 2 phy, Minion (3)).
 */
@DualityIntegrationTest
class AdversaryProjectionIT {
    private static final SessionId SESSION = SessionId.of("session-1");
    private static final SessionId NEXT_SESSION = SessionId.of("session-2");
    private static final AdversaryId PACK = AdversaryId.of("zombie-pack");
    private static final AdversaryId LACKEY = AdversaryId.of("lackey");
    private static final CharacterId SABLE = CharacterId.of("sable");
    private static final CharacterId MARLOWE = CharacterId.of("marlowe");
    private static final Set<DamageType> PHYSICAL = Set.of(DamageType.PHYSICAL);
    private static final DamageDice BITE = new DamageDice(1, 10, 2);
    private static final DamageDice REDUCED_BITE = new DamageDice(1, 4, 2);

    @Autowired
    AdversaryProjection projection;
    @Autowired
    Configuration axon;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    QueryGateway queries;
    ProjectionFeed feed;
    CampaignId campaign;

    @BeforeEach
    void setUp() {
        feed = new ProjectionFeed(projection, axon, transactionManager);
        campaign = CampaignId.generate();
    }

    @Test
    void anAdversaryEntersWithItsStatBlockAndNothingMarked() {
        feed.feed(recorded(at("19:00"), new AdversaryCreated(campaign, SESSION, PACK, zombiePack())));

        AdversaryView pack = adversary(PACK).orElseThrow();
        assertThat(pack).usingRecursiveComparison().ignoringFields("statBlock").isEqualTo(new AdversaryView(
                "zombie-pack", "session-1", "Zombie Pack", 1, AdversaryType.HORDE, 0, 6, 0, 3, List.of(), false,
                false, new DamageDiceView(1, 10, 2, "1d10+2"), null, false, at("19:00"), at("19:00")));
        assertThat(pack.statBlock()).isEqualTo(AdversaryView.AdversaryStatBlockView.of(zombiePack()));
        assertThat(pack.statBlock().thresholds()).isEqualTo(new AdversaryView.ThresholdsView(6, 12));
        assertThat(pack.statBlock().horde()).isEqualTo(new AdversaryView.HordeView(2,
                new DamageDiceView(1, 4, 2, "1d4+2")));
        assertThat(pack.statBlock().features()).containsExactly(new AdversaryView.AdversaryFeatureView("Overwhelm",
                FeatureKind.REACTION, "Strikes back when it marks HP from a Melee attack."));
    }

    @Test
    void damageMarksHpAndAHordeAtHalfItsHpShowsItsReducedAttack() {
        // SRD Horde (1d4+2): with 3 of its 6 HP marked the Bite deals 1d4+2
        feed.feed(recorded(at("19:00"), new AdversaryCreated(campaign, SESSION, PACK, zombiePack())),
                recorded(at("19:05"), damaged(PACK, 7, Severity.MAJOR, 2, 2, false)),
                recorded(at("19:06"), damaged(PACK, 5, Severity.MINOR, 1, 3, false)));

        AdversaryView pack = adversary(PACK).orElseThrow();
        assertThat(List.of(pack.hpMarked(), pack.attackReduced(), pack.defeated())).containsExactly(3, true, false);
        assertThat(pack.attackDamage()).isEqualTo(new DamageDiceView(1, 4, 2, "1d4+2"));
        assertThat(pack.updatedAt()).isEqualTo(at("19:06"));
    }

    @Test
    void aMinionIsDefeatedAndHasNoThresholds() {
        feed.feed(recorded(at("19:00"), new AdversaryCreated(campaign, SESSION, LACKEY, lackey())),
                recorded(at("19:05"), damaged(LACKEY, 4, Severity.MINOR, 1, 1, true)));

        AdversaryView lackey = adversary(LACKEY).orElseThrow();
        assertThat(lackey.defeated()).isTrue();
        assertThat(lackey.statBlock().thresholds()).isNull();
        assertThat(lackey.statBlock().minionValue()).isEqualTo(3);
        assertThat(lackey.attackDamage().notation()).isEqualTo("2");
    }

    @Test
    void anUpdateAndAConditionChangeShowAsTheyWereDecided() {
        AdversaryStatBlock tougher = new AdversaryStatBlock("Zombie Pack", 2, AdversaryType.HORDE, 14,
                new DamageThresholds(10, 20), 8, 4, 2, zombiePack().standardAttack(), null,
                zombiePack().horde(), List.of(), List.of());
        feed.feed(recorded(at("19:00"), new AdversaryCreated(campaign, SESSION, PACK, zombiePack())),
                recorded(at("19:10"), new AdversaryUpdated(campaign, SESSION, PACK, tougher, 2, 1, false)),
                recorded(at("19:11"), new AdversaryConditionChanged(campaign, SESSION, PACK,
                        new ConditionSet(List.of(Condition.RESTRAINED)), new ConditionSet(List.of(Condition.RESTRAINED)),
                        ConditionSet.NONE, ShortCode.of("vines", "source"))));

        AdversaryView pack = adversary(PACK).orElseThrow();
        assertThat(List.of(pack.tier(), pack.hpMarked(), pack.hpMax(), pack.stressMarked(), pack.stressMax()))
                .containsExactly(2, 2, 8, 1, 4);
        assertThat(pack.statBlock().difficulty()).isEqualTo(14);
        assertThat(pack.attackReduced()).as("2 of 8 is less than half").isFalse();
        assertThat(pack.conditions()).containsExactly(Condition.RESTRAINED);
    }

    @Test
    void aSessionListsItsAdversariesInTheOrderTheyEnteredUntilTheyAreDeleted() {
        CampaignId elsewhere = CampaignId.generate();
        feed.feed(recorded(at("19:00"), new AdversaryCreated(campaign, SESSION, PACK, zombiePack())),
                recorded(at("19:01"), new AdversaryCreated(campaign, SESSION, LACKEY, lackey())),
                recorded(at("19:02"), new AdversaryCreated(campaign, NEXT_SESSION, AdversaryId.of("later"),
                        lackey())),
                recorded(at("19:03"), new AdversaryCreated(elsewhere, SESSION, AdversaryId.of("other"), lackey())));

        assertThat(adversaries(SESSION)).extracting(AdversaryView::adversaryId)
                .containsExactly("zombie-pack", "lackey");

        feed.feed(recorded(at("19:20"), new AdversaryDeleted(campaign, SESSION, PACK)));

        assertThat(adversaries(SESSION)).extracting(AdversaryView::adversaryId).containsExactly("lackey");
        assertThat(adversary(PACK)).isEmpty();
        assertThat(adversaries(NEXT_SESSION)).extracting(AdversaryView::adversaryId).containsExactly("later");
    }

    @Test
    void playersSeeWhatIsOnTheTableButNotTheStatBlock() {
        feed.feed(recorded(at("19:00"), new AdversaryCreated(campaign, SESSION, PACK, zombiePack())));

        AdversaryView seen = adversary(PACK).orElseThrow().withoutGmDetails();
        assertThat(seen.statBlock()).isNull();
        assertThat(seen.attackDamage()).isNull();
        assertThat(List.of(seen.name(), seen.hpMarked(), seen.hpMax())).containsExactly("Zombie Pack", 0, 6);
    }

    @Test
    void anAttackRollShowsWhatItDidToEachTargetAndWhoseDamageWasApplied() {
        // d20 15 - 1 = 14 against Sable's Evasion 12 (hit, 6 + 2 = 8) and Marlowe's 15 (miss)
        feed.feed(recorded(at("19:00"), new AdversaryCreated(campaign, SESSION, PACK, zombiePack())),
                recorded(at("19:05"), attack(SABLE, 4, 15, 14, 12, true, BITE, List.of(6), 8, false)),
                recorded(at("19:05"), attack(MARLOWE, 4, 15, 14, 15, false, BITE, List.of(6), 0, false)),
                recorded(at("19:06"), damageFromAttack(SABLE, 4)),
                recorded(at("19:09"), attack(SABLE, 6, 13, 12, 12, true, REDUCED_BITE, List.of(3), 5, true)));

        List<AdversaryAttackView> attacks = attacks(PACK);
        assertThat(attacks).extracting(AdversaryAttackView::rollSeq, AdversaryAttackView::total,
                        a -> a.damageDice().notation(), AdversaryAttackView::attackReduced)
                .containsExactly(tuple(4L, 14, "1d10+2", false), tuple(6L, 12, "1d4+2", true));
        assertThat(attacks.get(0).targets()).containsExactly(
                new AdversaryAttackView.AttackTarget("marlowe", 15, false, 0, false),
                new AdversaryAttackView.AttackTarget("sable", 12, true, 8, true));
        assertThat(attacks.get(1).targets()).containsExactly(new AdversaryAttackView.AttackTarget("sable", 12, true, 5,
                false));
        assertThat(attacks.get(0).damageResults()).containsExactly(6);
        assertThat(attacks.get(0).damageTypes()).containsExactly(DamageType.PHYSICAL);
        assertThat(attacks(LACKEY)).isEmpty();
    }

    @Test
    void feedingTheSameHistoryAgainGivesTheSameRows() {
        List<EventMessage<?>> history = evening();
        feed.feed(history);
        List<AdversaryView> first = adversaries(SESSION);
        List<AdversaryAttackView> firstAttacks = attacks(PACK);

        feed.feed(history);

        assertThat(adversaries(SESSION)).usingRecursiveFieldByFieldElementComparator()
                .containsExactlyElementsOf(first);
        assertThat(attacks(PACK)).containsExactlyElementsOf(firstAttacks);
    }

    @Test
    void aResetClearsTheRowsAndAReplayFromTheStartBuildsThemAgain() {
        List<EventMessage<?>> history = evening();
        feed.feed(history);
        List<AdversaryView> built = adversaries(SESSION);
        List<AdversaryAttackView> builtAttacks = attacks(PACK);

        feed.rolledBack(() -> {
            feed.reset();
            assertThat(adversaries(SESSION)).isEmpty();
            assertThat(attacks(PACK)).isEmpty();

            feed.feed(history);
            assertThat(adversaries(SESSION)).usingRecursiveFieldByFieldElementComparator()
                    .containsExactlyElementsOf(built);
            assertThat(attacks(PACK)).containsExactlyElementsOf(builtAttacks);
        });

        assertThat(adversaries(SESSION)).usingRecursiveFieldByFieldElementComparator()
                .containsExactlyElementsOf(built);
    }

    // --- helpers --------------------------------------------------------------------------------------------------

    private List<EventMessage<?>> evening() {
        return List.of(recorded(at("19:00"), new AdversaryCreated(campaign, SESSION, PACK, zombiePack())),
                recorded(at("19:01"), new AdversaryCreated(campaign, SESSION, LACKEY, lackey())),
                recorded(at("19:05"), attack(SABLE, 4, 15, 14, 12, true, BITE, List.of(6), 8, false)),
                recorded(at("19:06"), damageFromAttack(SABLE, 4)),
                recorded(at("19:07"), damaged(PACK, 7, Severity.MAJOR, 2, 2, false)),
                recorded(at("19:08"), damaged(LACKEY, 3, Severity.MINOR, 1, 1, true)));
    }

    private static AdversaryStatBlock zombiePack() {
        return new AdversaryStatBlock("Zombie Pack", 1, AdversaryType.HORDE, 8, new DamageThresholds(6, 12), 6, 3,
                -1, new StandardAttack("Bite", Range.MELEE, BITE, PHYSICAL), null, new Horde(2, REDUCED_BITE),
                List.of(new AdversaryFeature("Overwhelm", FeatureKind.REACTION,
                        "Strikes back when it marks HP from a Melee attack.")), List.of());
    }

    private static AdversaryStatBlock lackey() {
        return new AdversaryStatBlock("Jagged Knife Lackey", 1, AdversaryType.MINION, 9, null, 1, 1, -2,
                new StandardAttack("Daggers", Range.MELEE, DamageDice.flat(2), PHYSICAL), 3, null, List.of(),
                List.of(new Experience("Thief", 2)));
    }

    private AdversaryDamageApplied damaged(AdversaryId adversary, int amount, Severity severity, int hpMarks,
                                           int hpMarked, boolean defeated) {
        boolean minion = adversary.equals(LACKEY);
        return new AdversaryDamageApplied(campaign, SESSION, adversary, amount, PHYSICAL, amount, severity, hpMarks,
                false, false, false, minion ? null : 6, minion ? null : 12, hpMarked, defeated, null, null, null);
    }

    private AdversaryAttackResolved attack(CharacterId target, long rollSeq, int die, int total, int evasion,
                                           boolean hit, DamageDice dice, List<Integer> results, int damage,
                                           boolean reduced) {
        return new AdversaryAttackResolved(campaign, target, SESSION, rollSeq, PACK, "Bite", die, -1, total, evasion,
                hit, false, dice, results, damage, PHYSICAL, reduced);
    }

    /** Sable's Leather (7/14) with an Armor Slot: 8 is Major, lowered to Minor. */
    private DamageApplied damageFromAttack(CharacterId character, long rollSeq) {
        return new DamageApplied(campaign, character, 8, PHYSICAL, 8, Severity.MAJOR, Severity.MINOR, 1, 1,
                ArmorSlotUse.USED, false, false, false, false, 7, 14, 1, 0, 1, false, LifeState.ALIVE, null, null,
                rollSeq);
    }

    private Optional<AdversaryView> adversary(AdversaryId adversary) {
        return queries.query(new FindAdversary(campaign.value(), adversary.value()),
                optionalInstanceOf(AdversaryView.class)).join();
    }

    private List<AdversaryView> adversaries(SessionId session) {
        return queries.query(new ListAdversaries(campaign.value(), session.value()),
                multipleInstancesOf(AdversaryView.class)).join();
    }

    private List<AdversaryAttackView> attacks(AdversaryId adversary) {
        return queries.query(new ListAdversaryAttacks(campaign.value(), adversary.value()),
                multipleInstancesOf(AdversaryAttackView.class)).join();
    }
}
