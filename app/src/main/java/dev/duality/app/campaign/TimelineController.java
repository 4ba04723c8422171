package dev.duality.app.campaign;

import dev.duality.web.CampaignGuard;

import dev.duality.web.Gateway;
import dev.duality.core.campaign.api.CampaignId;
import dev.duality.core.value.Values;
import dev.duality.projections.timeline.api.TimelineQueries.ListTimeline;
import dev.duality.projections.timeline.api.TimelineQueries.TimelineEntry;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** The campaign timeline: every journal event of the campaign, in order, paged by {@code after_seq}. */
@Tag(name = "Timeline")
@RestController
public class TimelineController {
    private final Gateway gateway;
    private final CampaignGuard reads;

    public TimelineController(Gateway gateway, CampaignGuard reads) {
        this.gateway = gateway;
        this.reads = reads;
    }

    @Schema(description = "A page of the campaign's events, in order")
    public record TimelinePage(List<TimelineEntry> items,
                               @Schema(description = "The `after_seq` of the next page (the last `seq` of this one); "
                                       + "null on the last page", example = "17") Long nextAfterSeq) {
    }

    @Operation(operationId = "getTimeline", summary = "Read the campaign timeline",
            description = "Every journal event of the campaign (rolls, outcomes and notes included) with its "
                    + "per-campaign sequence number, type, actor, time and a one-line summary, in order. Events players may "
                    + "not see (a hidden countdown, an adversary's stat block) are listed to GMs and the admin only, "
                    + "so a player's pages skip their numbers. Page with "
                    + "`after_seq` (the last `seq` seen) until `next_after_seq` is null. **Who may call:** any "
                    + "participant of the campaign, or the admin.")
    @ApiResponse(responseCode = "200", description = "A page of events", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", description = "VALUE_OUT_OF_RANGE")
    @ApiResponse(responseCode = "404", description = "CAMPAIGN_NOT_FOUND")
    @GetMapping("/api/v1/campaigns/{campaignId}/timeline")
    public TimelinePage timeline(@PathVariable String campaignId,
                                 @Parameter(description = "Return events with a greater seq; 0 starts at the "
                                         + "beginning", schema = @Schema(type = "integer", format = "int64",
                                         minimum = "0", defaultValue = "0"))
                                 @RequestParam(name = "after_seq", defaultValue = "0") long afterSeq,
                                 @Parameter(description = "Page size, 1-200", schema = @Schema(type = "integer",
                                         format = "int32", minimum = "1", maximum = "200", defaultValue = "50"))
                                 @RequestParam(defaultValue = "50") int limit) {
        CampaignId id = CampaignId.of(campaignId);
        Values.range(limit, 1, CampaignController.MAX_PAGE, "limit");
        dev.duality.core.rejection.Rejected.unless(afterSeq >= 0, dev.duality.core.value.ValueRejection.VALUE_OUT_OF_RANGE,
                "after_seq", "after_seq must be 0 or more");
        reads.requireCampaign(id);
        // what players may not see (a hidden countdown, an adversary's stat block) is listed to GMs and the admin
        List<TimelineEntry> items = gateway.list(new ListTimeline(id.value(), afterSeq, limit,
                reads.callerActsAsGm(id)), TimelineEntry.class);
        return new TimelinePage(items, items.size() == limit ? items.get(items.size() - 1).seq() : null);
    }
}
