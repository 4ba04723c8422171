package dev.duality.sys.daggerheart.countdown;

import dev.duality.core.campaign.api.CampaignId;
import dev.duality.core.campaign.api.Name;
import dev.duality.core.campaign.api.ShortCode;
import dev.duality.core.rejection.Rejected;
import dev.duality.sys.daggerheart.countdown.api.AdvanceCountdown;
import dev.duality.sys.daggerheart.countdown.api.AdvanceCountdownsForRoll;
import dev.duality.sys.daggerheart.countdown.api.CountdownAdvanced;
import dev.duality.sys.daggerheart.countdown.api.CountdownBoardId;
import dev.duality.sys.daggerheart.countdown.api.CountdownCreated;
import dev.duality.sys.daggerheart.countdown.api.CountdownRestored;
import dev.duality.sys.daggerheart.countdown.api.RestoreCountdown;
import dev.duality.sys.daggerheart.countdown.api.CountdownDeleted;
import dev.duality.sys.daggerheart.countdown.api.CountdownId;
import dev.duality.sys.daggerheart.rules.CountdownSkip;
import dev.duality.sys.daggerheart.countdown.api.CountdownTriggerResolved;
import dev.duality.sys.daggerheart.countdown.api.CountdownUpdated;
import dev.duality.sys.daggerheart.countdown.api.CountdownsAdvancedByRoll;
import dev.duality.sys.daggerheart.countdown.api.CreateCountdown;
import dev.duality.sys.daggerheart.countdown.api.DeleteCountdown;
import dev.duality.sys.daggerheart.countdown.api.ResolveCountdownTrigger;
import dev.duality.sys.daggerheart.countdown.api.UpdateCountdown;
import dev.duality.sys.daggerheart.rules.CountdownLoop;
import dev.duality.sys.daggerheart.rules.CountdownPolicy;
import dev.duality.sys.daggerheart.rules.CountdownTone;
import dev.duality.sys.daggerheart.rules.Countdowns;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_COUNTDOWN_BEFORE_MISMATCH;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_COUNTDOWN_EXISTS;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_COUNTDOWN_FINISHED;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_COUNTDOWN_NOT_FOUND;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_COUNTDOWN_TRIGGER_NOT_PENDING;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_COUNTDOWN_TRIGGER_PENDING;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_COUNTDOWN_UNCHANGED;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A campaign's Daggerheart countdowns, all in one aggregate identified by {@link CountdownBoardId}
 * ({@code daggerheart:countdowns:<campaign>}), kept in the order they were created. Each has a tone, a policy (what
 * advances it on its own), a starting value, what remains, a loop, whether players may see it, and whether its
 * trigger is pending: reaching 0 triggers it, and it does not advance again until the GM resolves the trigger, which
 * applies the loop.
 * <p>
 * What advances them:
 * <ul>
 *   <li>the GM, by hand ({@link AdvanceCountdown}), whatever the policy;</li>
 *   <li>an action roll's outcome ({@link AdvanceCountdownsForRoll}, nested in {@code roll_outcome.apply}, so once
 *       per roll): standard countdowns by 1, dynamic ones by the dynamic table; reaction rolls advance nothing;</li>
 *   <li>rests, for long-term countdowns, which rolls never advance. The contract for the rest decision: it sends
 *       {@link AdvanceCountdown} nested in its own unit of work (the rest's admission covers it, so its policy's
 *       access does not apply again) with {@code amount} 1 and reason {@link AdvanceCountdown#LONG_REST} for the
 *       long-term countdown the GM picks; its answer is the {@link CountdownAdvanced} it recorded, and its refusals
 *       (unknown id, trigger pending, finished) refuse the rest as a whole.</li>
 * </ul>
 * Every command may be sent before the campaign has any countdown: the board is then created empty and decides (so an
 * unknown id is always {@code DAGGERHEART_COUNTDOWN_NOT_FOUND} naming {@code countdown_id}); only a creation writes
 * it. Command handlers decide with the rules in {@link Countdowns}; event-sourcing handlers only copy.
 */
public class DaggerheartCountdowns {
    @AggregateIdentifier
    private CountdownBoardId id;
    private final Map<CountdownId, Countdown> countdowns = new LinkedHashMap<>();

    /** One countdown as the board holds it. */
    public record Countdown(Name name, CountdownTone tone, CountdownPolicy policy, int startingValue, int remaining,
                            CountdownLoop loop, boolean visibleToPlayers, boolean triggerPending) {
        /** It triggered, its trigger was resolved, and it does not loop: it never advances again. */
        public boolean finished() {
            return remaining == 0 && !triggerPending;
        }

        /** Whether an action roll's outcome could still advance it. */
        boolean drivenByRolls() {
            return policy.drivenByRolls() && !finished();
        }

        Countdown withRemaining(int newRemaining, boolean pending) {
            return new Countdown(name, tone, policy, startingValue, newRemaining, loop, visibleToPlayers, pending);
        }
    }

    protected DaggerheartCountdowns() {
        // for Axon's event-sourced loading, and the empty instance CREATE_IF_MISSING hands a campaign's first command
    }

    /** A new countdown under an id the campaign does not use yet; a dynamic one must be progress or consequence. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(CreateCountdown command) {
        Rejected.unless(!countdowns.containsKey(command.countdownId()), DAGGERHEART_COUNTDOWN_EXISTS, "countdown_id",
                "campaign " + command.campaignId() + " already has a countdown " + command.countdownId());
        Countdowns.requireToneFor(command.policy(), command.tone());
        apply(new CountdownCreated(command.campaignId(), command.countdownId(), command.name(), command.tone(),
                command.policy(), command.startingValue(), command.remaining(), command.loop(),
                command.visibleToPlayers()));
    }

    /** A new name or visibility; what is not given stays, and an update that changes nothing is refused. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(UpdateCountdown command) {
        Countdown countdown = require(command.campaignId(), command.countdownId());
        Name name = command.name() == null ? countdown.name() : command.name();
        boolean visible = command.visibleToPlayers() == null ? countdown.visibleToPlayers()
                : command.visibleToPlayers();
        Rejected.unless(!name.equals(countdown.name()) || visible != countdown.visibleToPlayers(),
                DAGGERHEART_COUNTDOWN_UNCHANGED, "countdown " + command.countdownId() + " already is "
                        + countdown.name() + (visible ? ", visible to players" : ", hidden from players"));
        apply(new CountdownUpdated(command.campaignId(), command.countdownId(), name, visible));
    }

    /**
     * The GM's (or a rest's) advance: {@code before}, when given, must be what remains; a countdown whose trigger is
     * pending, or that is finished, does not advance. Past 0 it stops at 0, and reaching 0 triggers it.
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    CountdownAdvanced handle(AdvanceCountdown command) {
        Countdown countdown = require(command.campaignId(), command.countdownId());
        Rejected.unless(command.before() == null || command.before() == countdown.remaining(),
                DAGGERHEART_COUNTDOWN_BEFORE_MISMATCH, "before", "before is " + command.before()
                        + " but countdown " + command.countdownId() + " has " + countdown.remaining() + " remaining");
        requireAdvanceable(command.countdownId(), countdown);
        CountdownAdvanced advanced = advanced(command.campaignId(), command.countdownId(), countdown,
                command.amount(), command.reason(), null);
        apply(advanced);
        return advanced;
    }

    /**
     * An action roll's outcome: every countdown rolls drive, in creation order, advances by the rules (standard 1,
     * dynamic by the table and its tone); one whose trigger is pending, or a dynamic one when the roll had no
     * Difficulty, is skipped and reported; a dynamic one the table advances by 0 stays without an event.
     */
    @CommandHandler
    CountdownsAdvancedByRoll handle(AdvanceCountdownsForRoll command) {
        List<CountdownAdvanced> advanced = new ArrayList<>();
        List<CountdownsAdvancedByRoll.Skipped> skipped = new ArrayList<>();
        for (CountdownId countdownId : List.copyOf(countdowns.keySet())) {
            Countdown countdown = countdowns.get(countdownId);
            if (!countdown.drivenByRolls()) {
                continue;
            }
            if (countdown.triggerPending()) {
                skipped.add(new CountdownsAdvancedByRoll.Skipped(countdownId, CountdownSkip.TRIGGER_PENDING));
            } else if (countdown.policy() == CountdownPolicy.ACTION_DYNAMIC && !command.result().resolved()) {
                skipped.add(new CountdownsAdvancedByRoll.Skipped(countdownId, CountdownSkip.RESULT_UNRESOLVED));
            } else {
                int amount = Countdowns.rollAdvance(countdown.policy(), countdown.tone(), command.result());
                if (amount > 0) {
                    CountdownAdvanced event = advanced(command.campaignId(), countdownId, countdown, amount,
                            CountdownAdvanced.ACTION_ROLL, command.rollSeq());
                    apply(event);
                    advanced.add(event);
                }
            }
        }
        return new CountdownsAdvancedByRoll(advanced, skipped);
    }

    /** The GM played out the trigger: the loop applies (start again, maybe from a changed value, or finish). */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(ResolveCountdownTrigger command) {
        Countdown countdown = require(command.campaignId(), command.countdownId());
        Rejected.unless(countdown.triggerPending(), DAGGERHEART_COUNTDOWN_TRIGGER_NOT_PENDING,
                "countdown " + command.countdownId() + " has no trigger to resolve: " + countdown.remaining()
                        + " remaining" + (countdown.finished() ? ", finished" : ""));
        Countdowns.AfterTrigger after = Countdowns.afterTrigger(countdown.loop(), countdown.startingValue());
        apply(new CountdownTriggerResolved(command.campaignId(), command.countdownId(), countdown.loop(),
                countdown.startingValue(), after.startingValue(), after.remaining(), after.finished(),
                countdown.visibleToPlayers()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(DeleteCountdown command) {
        Countdown countdown = require(command.campaignId(), command.countdownId());
        apply(new CountdownDeleted(command.campaignId(), command.countdownId(), countdown.visibleToPlayers()));
    }

    /** Whether an action roll's outcome has anything to do here: a countdown rolls drive that is not finished. */
    public boolean drivenByRolls() {
        return countdowns.values().stream().anyMatch(Countdown::drivenByRolls);
    }

    /** One countdown, if the campaign has it. */
    public Optional<Countdown> countdown(CountdownId countdownId) {
        return Optional.ofNullable(countdowns.get(countdownId));
    }

    /** The campaign's countdowns' ids, in the order they were created. */
    public List<CountdownId> countdownIds() {
        return List.copyOf(countdowns.keySet());
    }

    /** Puts a countdown back as an undo decided: what remained, and whether its trigger was pending. */
    @CommandHandler
    void handle(RestoreCountdown command) {
        Countdown countdown = require(command.campaignId(), command.countdownId());
        apply(new CountdownRestored(command.campaignId(), command.countdownId(), command.undone(),
                command.undoneCorrelationId(), countdown.remaining(), command.remaining(), command.triggerPending(),
                countdown.visibleToPlayers()));
    }

    /** The board's countdowns by id, in the order they were created. */
    public Map<CountdownId, Countdown> countdowns() {
        return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(countdowns));
    }

    private Countdown require(CampaignId campaignId, CountdownId countdownId) {
        Countdown countdown = countdowns.get(countdownId);
        Rejected.unless(countdown != null, DAGGERHEART_COUNTDOWN_NOT_FOUND, "countdown_id",
                "campaign " + campaignId + " has no countdown " + countdownId);
        return countdown;
    }

    private static void requireAdvanceable(CountdownId countdownId, Countdown countdown) {
        Rejected.unless(!countdown.triggerPending(), DAGGERHEART_COUNTDOWN_TRIGGER_PENDING,
                "countdown " + countdownId + " reached 0: resolve its trigger before it advances again");
        Rejected.unless(!countdown.finished(), DAGGERHEART_COUNTDOWN_FINISHED,
                "countdown " + countdownId + " triggered and does not loop: it is finished");
    }

    private static CountdownAdvanced advanced(CampaignId campaignId, CountdownId countdownId, Countdown countdown,
                                              int amount, ShortCode reason, Long rollSeq) {
        Countdowns.Advance advance = Countdowns.advance(countdown.remaining(), amount);
        return new CountdownAdvanced(campaignId, countdownId, countdown.remaining(), advance.remainingAfter(),
                advance.advancedBy(), advance.triggered(), reason, rollSeq, countdown.visibleToPlayers());
    }

    @EventSourcingHandler
    void on(CountdownCreated event) {
        id = CountdownBoardId.of(event.campaignId());
        countdowns.put(event.countdownId(), new Countdown(event.name(), event.tone(), event.policy(),
                event.startingValue(), event.remaining(), event.loop(), event.visibleToPlayers(), false));
    }

    @EventSourcingHandler
    void on(CountdownUpdated event) {
        Countdown countdown = countdowns.get(event.countdownId());
        countdowns.put(event.countdownId(), new Countdown(event.name(), countdown.tone(), countdown.policy(),
                countdown.startingValue(), countdown.remaining(), countdown.loop(), event.visibleToPlayers(),
                countdown.triggerPending()));
    }

    @EventSourcingHandler
    void on(CountdownAdvanced event) {
        countdowns.computeIfPresent(event.countdownId(),
                (key, countdown) -> countdown.withRemaining(event.remainingAfter(), event.triggered()));
    }

    @EventSourcingHandler
    void on(CountdownTriggerResolved event) {
        Countdown countdown = countdowns.get(event.countdownId());
        countdowns.put(event.countdownId(), new Countdown(countdown.name(), countdown.tone(), countdown.policy(),
                event.startingValue(), event.remaining(), countdown.loop(), countdown.visibleToPlayers(), false));
    }

    @EventSourcingHandler
    void on(CountdownDeleted event) {
        countdowns.remove(event.countdownId());
    }

    @EventSourcingHandler
    void on(CountdownRestored event) {
        countdowns.computeIfPresent(event.countdownId(),
                (key, countdown) -> countdown.withRemaining(event.remaining(), event.triggerPending()));
    }
}
