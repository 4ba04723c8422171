package dev.duality.sys.daggerheart.gm;

import dev.duality.core.campaign.api.CampaignId;
import dev.duality.core.rejection.Rejected;
import dev.duality.sys.daggerheart.gm.api.GmFear;
import dev.duality.sys.daggerheart.gm.api.GmFearChanged;
import dev.duality.sys.daggerheart.gm.api.GmStateId;
import dev.duality.sys.daggerheart.gm.api.SeedGmFear;
import dev.duality.sys.daggerheart.gm.api.SetGmFear;
import dev.duality.sys.daggerheart.rules.DaggerheartRules;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;

import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_GM_FEAR_ALREADY_SEEDED;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_GM_FEAR_BEFORE_MISMATCH;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_GM_FEAR_UNCHANGED;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A campaign's Daggerheart GM state, one per campaign, identified by {@link GmStateId} ({@code daggerheart-gm:<id>}).
 * For now it holds the GM's Fear pool; later GM-side state (GM moves, countdowns) joins it here.
 * <p>
 * Lifecycle: the campaign's first {@code session.start} sends {@link SeedGmFear}, which creates the state with
 * Fear = number of PCs (capped at 12); later sessions carry the folded value forward. Before that the state does not
 * exist and {@link SetGmFear} fails to load it (Axon's aggregate-not-found, which the HTTP layer answers as
 * {@code DAGGERHEART_GM_STATE_NOT_FOUND}). Letting a set create the state instead would make every later first-session seed
 * ({@code DAGGERHEART_GM_FEAR_ALREADY_SEEDED}), and with it the {@code session.start} it runs in, fail: the campaign could never
 * start playing.
 */
public class DaggerheartGmState {
    @AggregateIdentifier
    private GmStateId id;
    private CampaignId campaignId;
    private int gmFear;

    protected DaggerheartGmState() {
        // for Axon's event-sourced loading, and the empty instance CREATE_IF_MISSING hands the seed
    }

    /**
     * Seeds the Fear pool. {@code CREATE_IF_MISSING} rather than a constructor handler: the decider then sees an
     * existing state and refuses a second seed with {@code DAGGERHEART_GM_FEAR_ALREADY_SEEDED} before applying anything, where a
     * constructor would only fail at commit on the journal's unique key, as a concurrency error. The seed is the one
     * change allowed to be a no-op (0 PCs: 0 -> 0): its event is what creates the state.
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(SeedGmFear command) {
        Rejected.unless(id == null, DAGGERHEART_GM_FEAR_ALREADY_SEEDED,
                "the GM's Fear of campaign " + command.campaignId() + " was already seeded by its first session");
        GmFear seeded = DaggerheartRules.startingGmFear(command.playerCharacterCount());
        apply(new GmFearChanged(command.campaignId(), GmFear.NONE.value(), seeded.value(),
                GmFearChanged.FIRST_SESSION_SEED));
    }

    /** Sets the Fear pool: {@code before} must be the current Fear, and the change must change something. */
    @CommandHandler
    public void handle(SetGmFear command) {
        Rejected.unless(command.before().value() == gmFear, DAGGERHEART_GM_FEAR_BEFORE_MISMATCH, "before",
                "before is " + command.before() + " but the GM's Fear is " + gmFear);
        Rejected.unless(command.after().value() != gmFear, DAGGERHEART_GM_FEAR_UNCHANGED, "after",
                "the GM's Fear is already " + gmFear);
        apply(new GmFearChanged(campaignId, gmFear, command.after().value(), command.reason()));
    }

    public CampaignId campaignId() {
        return campaignId;
    }

    /** The GM's current Fear, 0..12. */
    public int gmFear() {
        return gmFear;
    }

    @EventSourcingHandler
    void on(GmFearChanged event) {
        if (id == null) {
            id = GmStateId.of(event.campaignId());
            campaignId = event.campaignId();
        }
        gmFear = event.after();
    }
}
