package dev.duality.app.live;

import dev.duality.core.campaign.api.ParticipantRole;
import dev.duality.projections.campaign.api.CampaignQueries.FindParticipant;
import dev.duality.projections.campaign.api.ParticipantView;
import dev.duality.projections.timeline.api.TimelineQueries.ListTimeline;
import dev.duality.projections.timeline.api.TimelineQueries.TimelineEntry;
import dev.duality.web.Gateway;

import java.util.List;
import java.util.Optional;

/** What live streams read: the timeline, and whether the caller still sits at the table and as what. */
interface TimelineReads {
    /** Entries with {@code seq > afterSeq}, in order, at most {@code limit}; GM-only ones when asked. */
    List<TimelineEntry> after(String campaignId, long afterSeq, int limit, boolean includeGmOnly);

    /** The participant's role at the table; empty once they have left. */
    Optional<ParticipantRole> seat(String campaignId, String participantId);

    /** Both through the query gateway; each query holds a database connection only while it runs. */
    static TimelineReads through(Gateway gateway) {
        return new TimelineReads() {
            @Override
            public List<TimelineEntry> after(String campaignId, long afterSeq, int limit, boolean includeGmOnly) {
                return gateway.list(new ListTimeline(campaignId, afterSeq, limit, includeGmOnly), TimelineEntry.class);
            }

            @Override
            public Optional<ParticipantRole> seat(String campaignId, String participantId) {
                return gateway.find(new FindParticipant(campaignId, participantId), ParticipantView.class)
                        .map(ParticipantView::role);
            }
        };
    }
}
