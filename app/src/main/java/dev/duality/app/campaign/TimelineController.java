package dev.duality.app.campaign;

import dev.duality.app.web.Gateway;
import dev.duality.core.campaign.api.CampaignId;
import dev.duality.core.value.Values;
import dev.duality.projections.timeline.api.TimelineQueries.ListTimeline;
import dev.duality.projections.timeline.api.TimelineQueries.TimelineEntry;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** The campaign timeline: every journal event of the campaign, in order, paged by {@code after_seq}. */
@RestController
public class TimelineController {
    private final Gateway gateway;
    private final CampaignReads reads;

    public TimelineController(Gateway gateway, CampaignReads reads) {
        this.gateway = gateway;
        this.reads = reads;
    }

    public record TimelinePage(List<TimelineEntry> items, Long nextAfterSeq) {
    }

    @GetMapping("/api/v1/campaigns/{campaignId}/timeline")
    public TimelinePage timeline(@PathVariable String campaignId,
                                 @RequestParam(name = "after_seq", defaultValue = "0") long afterSeq,
                                 @RequestParam(defaultValue = "50") int limit) {
        CampaignId id = CampaignId.of(campaignId);
        Values.range(limit, 1, CampaignController.MAX_PAGE, "limit");
        dev.duality.core.rejection.Rejected.unless(afterSeq >= 0, dev.duality.core.value.ValueRejection.VALUE_OUT_OF_RANGE,
                "after_seq", "after_seq must be 0 or more");
        reads.requireCampaign(id);
        List<TimelineEntry> items = gateway.list(new ListTimeline(id.value(), afterSeq, limit), TimelineEntry.class);
        return new TimelinePage(items, items.size() == limit ? items.get(items.size() - 1).seq() : null);
    }
}
