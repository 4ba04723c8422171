package dev.duality.sys.daggerheart.countdown;

import dev.duality.core.campaign.api.CampaignId;
import dev.duality.core.campaign.api.Name;
import dev.duality.sys.daggerheart.countdown.api.CountdownAdvanced;
import dev.duality.sys.daggerheart.countdown.api.CountdownCreated;
import dev.duality.sys.daggerheart.countdown.api.CountdownId;
import dev.duality.sys.daggerheart.countdown.api.CountdownTriggerResolved;
import dev.duality.sys.daggerheart.rules.CountdownLoop;
import dev.duality.sys.daggerheart.rules.CountdownPolicy;
import dev.duality.sys.daggerheart.rules.CountdownTone;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;

/** Test data for a campaign's countdowns: ids, and the events that set a countdown up or move it. */
final class Boards {
    static final CampaignId CAMPAIGN = CampaignId.of("campaign-1");
    /** A consequence countdown: the ritual completes when it reaches 0. */
    static final CountdownId RITUAL = CountdownId.of("ritual");
    /** A progress countdown: the party breaks down the door. */
    static final CountdownId DOOR = CountdownId.of("door");
    /** A standard countdown: the bridge collapses. */
    static final CountdownId BRIDGE = CountdownId.of("bridge");
    /** A long-term countdown: the war reaches the valley. */
    static final CountdownId WAR = CountdownId.of("war");
    static final CountdownId UNKNOWN = CountdownId.of("no-such-countdown");

    private Boards() {
    }

    /** The fixture; it reports state set outside an event-sourcing handler. */
    static FixtureConfiguration<DaggerheartCountdowns> fixture() {
        return new AggregateTestFixture<>(DaggerheartCountdowns.class);
    }

    /** A hidden countdown of this policy and tone, counting down from {@code start}, that does not loop. */
    static CountdownCreated created(CountdownId id, CountdownTone tone, CountdownPolicy policy, int start) {
        return created(id, tone, policy, start, CountdownLoop.NONE);
    }

    static CountdownCreated created(CountdownId id, CountdownTone tone, CountdownPolicy policy, int start,
                                    CountdownLoop loop) {
        return new CountdownCreated(CAMPAIGN, id, nameOf(id), tone, policy, start, start, loop, false);
    }

    static CountdownCreated ritual(int start) {
        return created(RITUAL, CountdownTone.CONSEQUENCE, CountdownPolicy.ACTION_DYNAMIC, start);
    }

    static CountdownCreated door(int start) {
        return created(DOOR, CountdownTone.PROGRESS, CountdownPolicy.ACTION_DYNAMIC, start);
    }

    static CountdownCreated bridge(int start) {
        return created(BRIDGE, CountdownTone.NEUTRAL, CountdownPolicy.ACTION_STANDARD, start);
    }

    static CountdownCreated war(int start) {
        return created(WAR, CountdownTone.CONSEQUENCE, CountdownPolicy.LONG_TERM, start);
    }

    /** The GM's advance from {@code before} to {@code after}, as the board records it (no reason). */
    static CountdownAdvanced advanced(CountdownId id, int before, int after) {
        return new CountdownAdvanced(CAMPAIGN, id, before, after, before - after, after == 0, null, null, false);
    }

    /** A trigger resolved without a loop: finished at 0. */
    static CountdownTriggerResolved finished(CountdownId id, int start) {
        return new CountdownTriggerResolved(CAMPAIGN, id, CountdownLoop.NONE, start, start, 0, true, false);
    }

    static Name nameOf(CountdownId id) {
        return new Name("The " + id.value());
    }
}
