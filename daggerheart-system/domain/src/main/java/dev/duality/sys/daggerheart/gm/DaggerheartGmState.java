package dev.duality.sys.daggerheart.gm;

import dev.duality.core.campaign.api.CampaignId;
import dev.duality.core.campaign.api.ShortCode;
import dev.duality.core.rejection.Rejected;
import dev.duality.core.system.AggregateLookup;
import dev.duality.sys.daggerheart.gm.api.CampaignSettingsUpdated;
import dev.duality.sys.daggerheart.gm.api.GainGmFear;
import dev.duality.sys.daggerheart.gm.api.GmFear;
import dev.duality.sys.daggerheart.gm.api.GmFearChanged;
import dev.duality.sys.daggerheart.gm.api.GmStateRestored;
import dev.duality.sys.daggerheart.gm.api.RestoreGmState;
import dev.duality.sys.daggerheart.gm.api.GmStateId;
import dev.duality.sys.daggerheart.gm.api.SeedGmFear;
import dev.duality.sys.daggerheart.gm.api.SetGmFear;
import dev.duality.sys.daggerheart.gm.api.SpendGmFear;
import dev.duality.sys.daggerheart.gm.api.UpdateCampaignSettings;
import dev.duality.sys.daggerheart.rest.api.RecordRest;
import dev.duality.sys.daggerheart.rest.api.RestRecorded;
import dev.duality.sys.daggerheart.rest.api.RestTaken;
import dev.duality.sys.daggerheart.rules.DaggerheartRules;
import dev.duality.sys.daggerheart.rules.Fear;
import dev.duality.sys.daggerheart.rules.RestType;
import dev.duality.sys.daggerheart.rules.Rests;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;

import java.util.Optional;

import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_GM_FEAR_ALREADY_SEEDED;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_GM_FEAR_BEFORE_MISMATCH;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_GM_FEAR_INSUFFICIENT;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_GM_FEAR_OUT_OF_RANGE;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_GM_FEAR_UNCHANGED;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_GM_STATE_NOT_FOUND;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_LONG_REST_REQUIRED;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A campaign's Daggerheart GM state, one per campaign, identified by {@link GmStateId} ({@code daggerheart:gm:<id>}):
 * the GM's Fear pool and the campaign's optional rules.
 * <p>
 * Lifecycle: the campaign's first {@code session.start} sends {@link SeedGmFear}, which seeds Fear = number of PCs
 * (capped at 12); later sessions carry the folded value forward. The settings may be chosen before that (which creates
 * the state without Fear). Until the seed, every Fear command is refused with {@code DAGGERHEART_GM_STATE_NOT_FOUND}
 * (or fails to load the state at all, which the HTTP layer answers the same way): letting a Fear change come first
 * would make the first session's seed, and with it the session start, fail.
 */
public class DaggerheartGmState {
    /** The reasons the GM's Fear from a rest records. */
    public static final ShortCode SHORT_REST = ShortCode.of("short_rest", "reason");
    public static final ShortCode LONG_REST = ShortCode.of("long_rest", "reason");

    @AggregateIdentifier
    private GmStateId id;
    private CampaignId campaignId;
    private boolean seeded;
    private int gmFear;
    private boolean massiveDamage;
    /** Short rests since the last long rest: at three, the next rest must be long. */
    private int shortRestsInARow;

    protected DaggerheartGmState() {
        // for Axon's event-sourced loading, and the empty instance CREATE_IF_MISSING hands the first command
    }

    /**
     * Seeds the Fear pool. {@code CREATE_IF_MISSING} rather than a constructor handler: the decider sees an existing
     * state and refuses a second seed with a code before applying anything, where a constructor would only fail at
     * commit on the journal's unique key. The seed is the one change allowed to be a no-op (0 PCs: 0 -> 0): its event
     * is what makes Fear exist.
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(SeedGmFear command) {
        Rejected.unless(!seeded, DAGGERHEART_GM_FEAR_ALREADY_SEEDED,
                "the GM's Fear of campaign " + command.campaignId() + " was already seeded by its first session");
        GmFear seededFear = DaggerheartRules.startingGmFear(command.playerCharacterCount());
        apply(new GmFearChanged(command.campaignId(), GmFear.NONE.value(), seededFear.value(),
                GmFearChanged.FIRST_SESSION_SEED, 0, null));
    }

    /** Sets the Fear pool: {@code before} must be the current Fear, and the change must change something. */
    @CommandHandler
    public void handle(SetGmFear command) {
        requireSeeded();
        Rejected.unless(command.before().value() == gmFear, DAGGERHEART_GM_FEAR_BEFORE_MISMATCH, "before",
                "before is " + command.before() + " but the GM's Fear is " + gmFear);
        Rejected.unless(command.after().value() != gmFear, DAGGERHEART_GM_FEAR_UNCHANGED, "after",
                "the GM's Fear is already " + gmFear);
        apply(new GmFearChanged(campaignId, gmFear, command.after().value(), command.reason(), 0, null));
    }

    /**
     * The GM gains Fear, up to 12. A gain past 12 is refused unless it is {@code capped}, as the rules' gains are:
     * then the excess is lost and recorded. A capped gain that finds the pool full changes nothing and records nothing.
     */
    @CommandHandler
    public GmFearChanged handle(GainGmFear command) {
        requireSeeded();
        Fear.FearGained gained = Fear.gain(new GmFear(gmFear), command.amount());
        Rejected.unless(command.capped() || gained.lostToCap() == 0, DAGGERHEART_GM_FEAR_OUT_OF_RANGE, "amount",
                "the GM holds " + gmFear + " Fear; gaining " + command.amount() + " would pass "
                        + DaggerheartRules.GM_FEAR_MAX);
        if (gained.gained() == 0) {
            return null; // a capped gain on a full pool: the Fear is lost, nothing changes
        }
        GmFearChanged changed = new GmFearChanged(campaignId, gmFear, gained.after().value(), command.reason(),
                gained.lostToCap(), command.rollSeq());
        apply(changed);
        return changed;
    }

    /** The GM spends Fear; spending more than the pool holds is refused. */
    @CommandHandler
    public void handle(SpendGmFear command) {
        requireSeeded();
        Rejected.unless(command.amount() <= gmFear, DAGGERHEART_GM_FEAR_INSUFFICIENT, "amount",
                "spending " + command.amount() + " Fear needs more than the " + gmFear + " the GM holds");
        apply(new GmFearChanged(campaignId, gmFear, gmFear - command.amount(), command.reason(), 0, null));
    }

    /**
     * Records a rest of the party: after three short rests in a row the next must be long. The rest's die gives the GM
     * Fear (1d4, or 1d4 + the number of PCs after a long rest's benefits), up to 12; an interrupted short rest gives
     * nothing and leaves the run of short rests as it was.
     */
    @CommandHandler
    public RestRecorded handle(RecordRest command) {
        requireSeeded();
        Rejected.unless(Rests.allowed(command.type(), shortRestsInARow), DAGGERHEART_LONG_REST_REQUIRED, "type",
                "the party took " + shortRestsInARow + " short rests in a row: the next rest must be a long rest");
        Optional<RestType> benefits = Optional.ofNullable(command.benefits());
        int fear = benefits.map(b -> Rests.fearGained(b, command.fearDie(), command.playerCharacters())).orElse(0);
        RestTaken taken = new RestTaken(campaignId, command.sessionId(), command.type(), command.interrupted(),
                command.benefits(), command.fearRollSeq(), command.fearDie(), fear,
                Rests.shortRestsInARowAfter(shortRestsInARow, benefits), command.party());
        apply(taken);
        Fear.FearGained gained = Fear.gain(new GmFear(gmFear), fear);
        GmFearChanged changed = null;
        if (gained.gained() > 0) {
            changed = new GmFearChanged(campaignId, gmFear, gained.after().value(),
                    command.benefits() == RestType.LONG ? LONG_REST : SHORT_REST, gained.lostToCap(),
                    command.fearRollSeq());
            apply(changed);
        }
        return new RestRecorded(taken, changed, gained.after().value());
    }

    /** The campaign's optional rules; may be chosen before the first session, which creates the state. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(UpdateCampaignSettings command) {
        apply(new CampaignSettingsUpdated(command.campaignId(), command.massiveDamage()));
    }

    /** Puts the Fear and the run of short rests back as an undo decided. */
    @CommandHandler
    public void handle(RestoreGmState command) {
        requireSeeded();
        apply(new GmStateRestored(campaignId, command.undone(), command.undoneCorrelationId(), gmFear,
                command.gmFear(), command.shortRestsInARow()));
    }

    private void requireSeeded() {
        Rejected.unless(seeded, DAGGERHEART_GM_STATE_NOT_FOUND,
                "the GM's Fear of campaign " + campaignId + " is seeded when its first session starts");
    }

    public CampaignId campaignId() {
        return campaignId;
    }

    /** Whether {@code campaignId} plays with the optional massive damage rule, read in the deciding unit of work. */
    public static boolean playsWithMassiveDamage(AggregateLookup lookup, CampaignId campaignId) {
        return lookup.read(DaggerheartGmState.class, GmStateId.of(campaignId).value(),
                DaggerheartGmState::massiveDamage).orElse(false);
    }

    /** Short rests the party took since its last long rest. */
    public int shortRestsInARow() {
        return shortRestsInARow;
    }

    /** The GM's current Fear, 0..12. */
    public int gmFear() {
        return gmFear;
    }

    /** Whether the campaign plays with the optional massive damage rule. */
    public boolean massiveDamage() {
        return massiveDamage;
    }

    @EventSourcingHandler
    void on(GmFearChanged event) {
        id = GmStateId.of(event.campaignId());
        campaignId = event.campaignId();
        seeded = true;
        gmFear = event.after();
    }

    @EventSourcingHandler
    void on(RestTaken event) {
        shortRestsInARow = event.shortRestsInARow();
    }

    @EventSourcingHandler
    void on(CampaignSettingsUpdated event) {
        id = GmStateId.of(event.campaignId());
        campaignId = event.campaignId();
        massiveDamage = event.massiveDamage();
    }

    @EventSourcingHandler
    void on(GmStateRestored event) {
        gmFear = event.gmFear();
        shortRestsInARow = event.shortRestsInARow();
    }
}
