package dev.duality.sys.daggerheart.adversary;

import dev.duality.core.campaign.api.CampaignId;
import dev.duality.core.session.api.SessionId;
import dev.duality.core.testing.FakeAggregateLookup;
import dev.duality.core.testing.Folded;
import dev.duality.core.testing.History;
import dev.duality.sys.daggerheart.adversary.api.AdversaryCreated;
import dev.duality.sys.daggerheart.adversary.api.AdversaryId;
import dev.duality.sys.daggerheart.adversary.api.DaggerheartAdversaryId;
import dev.duality.sys.daggerheart.gm.DaggerheartGmState;
import dev.duality.sys.daggerheart.gm.api.CampaignSettingsUpdated;
import dev.duality.sys.daggerheart.gm.api.GmFearChanged;
import dev.duality.sys.daggerheart.gm.api.GmStateId;
import dev.duality.sys.daggerheart.rules.AdversaryFeature;
import dev.duality.sys.daggerheart.rules.AdversaryStatBlock;
import dev.duality.sys.daggerheart.rules.AdversaryType;
import dev.duality.sys.daggerheart.rules.DamageDice;
import dev.duality.sys.daggerheart.rules.DamageThresholds;
import dev.duality.sys.daggerheart.rules.DamageType;
import dev.duality.sys.daggerheart.rules.Experience;
import dev.duality.sys.daggerheart.rules.FeatureKind;
import dev.duality.sys.daggerheart.rules.Horde;
import dev.duality.sys.daggerheart.rules.Range;
import dev.duality.sys.daggerheart.rules.StandardAttack;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Test data for adversaries: three SRD 1.0 stat blocks, typed in from the SRD (feature texts in our own words), a
 * campaign in its session, and the fixture the adversary aggregate runs in.
 */
final class StatBlocks {
    static final CampaignId CAMPAIGN = History.CAMPAIGN;
    static final SessionId SESSION = SessionId.of("session-1");
    static final SessionId LATER = SessionId.of("session-2");
    static final AdversaryId BANDIT = AdversaryId.of("bandit-1");
    static final AdversaryId PACK = AdversaryId.of("zombie-pack-1");
    static final AdversaryId LACKEY = AdversaryId.of("lackey-1");
    static final AdversaryId LACKEY_2 = AdversaryId.of("lackey-2");
    static final AdversaryId LACKEY_3 = AdversaryId.of("lackey-3");
    static final AdversaryId LACKEY_4 = AdversaryId.of("lackey-4");

    private StatBlocks() {
    }

    /**
     * SRD 1.0, Jagged Knife Bandit: Tier 1 Standard, Difficulty 12, Thresholds 8/14, HP 5, Stress 3, ATK +1, Daggers:
     * Melee, 1d8+1 phy, Experience Thief +2.
     */
    static AdversaryStatBlock bandit() {
        return new AdversaryStatBlock("Jagged Knife Bandit", 1, AdversaryType.STANDARD, 12,
                new DamageThresholds(8, 14), 5, 3, 1, new StandardAttack("Daggers", Range.MELEE,
                new DamageDice(1, 8, 1), Set.of(DamageType.PHYSICAL)), null, null,
                List.of(new AdversaryFeature("Climber", FeatureKind.PASSIVE, "Climbs as easily as it runs.")),
                List.of(new Experience("Thief", 2)));
    }

    /**
     * SRD 1.0, Jagged Knife Lackey: Tier 1 Minion, Difficulty 9, Thresholds None, HP 1, Stress 1, ATK -2, Daggers:
     * Melee, 2 phy, Experience Thief +2, Minion (3).
     */
    static AdversaryStatBlock lackey() {
        return new AdversaryStatBlock("Jagged Knife Lackey", 1, AdversaryType.MINION, 9, null, 1, 1, -2,
                new StandardAttack("Daggers", Range.MELEE, DamageDice.flat(2), Set.of(DamageType.PHYSICAL)), 3, null,
                List.of(new AdversaryFeature("Minion (3)", FeatureKind.PASSIVE,
                        "Any damage defeats it; every 3 damage it takes defeats one more minion in range.")),
                List.of(new Experience("Thief", 2)));
    }

    /**
     * SRD 1.0, Zombie Pack: Tier 1 Horde (2/HP), Difficulty 8, Thresholds 6/12, HP 6, Stress 3, ATK -1, Bite: Melee,
     * 1d10+2 phy, Horde (1d4+2).
     */
    static AdversaryStatBlock zombiePack() {
        return new AdversaryStatBlock("Zombie Pack", 1, AdversaryType.HORDE, 8, new DamageThresholds(6, 12), 6, 3,
                -1, new StandardAttack("Bite", Range.MELEE, new DamageDice(1, 10, 2), Set.of(DamageType.PHYSICAL)),
                null, new Horde(2, new DamageDice(1, 4, 2)), List.of(), List.of());
    }

    static AdversaryCreated created(AdversaryId adversary, AdversaryStatBlock statBlock) {
        return new AdversaryCreated(CAMPAIGN, SESSION, adversary, statBlock);
    }

    static String streamOf(AdversaryId adversary) {
        return DaggerheartAdversaryId.of(CAMPAIGN, adversary).value();
    }

    /** Makes {@code lookup} serve the adversary folded from its creation in {@link #SESSION} and {@code more}. */
    static void onTable(FakeAggregateLookup lookup, AdversaryId adversary, AdversaryStatBlock statBlock,
                        Object... more) {
        List<Object> events = new ArrayList<>(List.of(created(adversary, statBlock)));
        events.addAll(List.of(more));
        lookup.with(streamOf(adversary), Folded.aggregate(DaggerheartAdversary.class, streamOf(adversary), events)
                .orElseThrow());
    }

    /** The campaign with its first session, {@link #SESSION}, active. */
    static History inSession() {
        return History.draft().firstSession(SESSION);
    }

    /** A lookup serving the campaign of {@code history} (and so which session is active). */
    static FakeAggregateLookup lookup(History history) {
        return serve(new FakeAggregateLookup(), history);
    }

    /** From now on {@code lookup} serves the campaign of {@code history}. */
    static FakeAggregateLookup serve(FakeAggregateLookup lookup, History history) {
        return lookup.with(CAMPAIGN.value(), Folded.campaign(history));
    }

    /** The campaign's GM state with the optional massive damage rule on. */
    static DaggerheartGmState massiveDamageOn() {
        return Folded.of(DaggerheartGmState.class,
                new GmFearChanged(CAMPAIGN, 0, 2, GmFearChanged.FIRST_SESSION_SEED, 0, null),
                new CampaignSettingsUpdated(CAMPAIGN, true));
    }

    static String gmState() {
        return GmStateId.of(CAMPAIGN).value();
    }

    static FixtureConfiguration<DaggerheartAdversary> fixture(FakeAggregateLookup lookup) {
        // The fixture reports illegal state changes by default: state set outside an @EventSourcingHandler fails a test.
        FixtureConfiguration<DaggerheartAdversary> fixture = new AggregateTestFixture<>(DaggerheartAdversary.class);
        fixture.registerInjectableResource(lookup);
        return fixture;
    }
}
