package dev.duality.sys.fable;

import dev.duality.core.campaign.api.CampaignId;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A campaign's chronicle of tales: the one Fable aggregate, with an identifier prefixed by its system. */
public class Chronicle {
    @AggregateIdentifier
    private String id;
    private int lines;

    protected Chronicle() {
    }

    static String idOf(CampaignId campaignId) {
        return FableModule.SYSTEM_ID + ":chronicle:" + campaignId.value();
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(TellTale command) {
        apply(new TaleTold(command.campaignId(), lines + 1, command.line()));
    }

    @EventSourcingHandler
    void on(TaleTold event) {
        id = idOf(event.campaignId());
        lines = event.number();
    }
}
