package dev.duality.core.session.api;

import dev.duality.core.campaign.api.CampaignId;
import dev.duality.core.rejection.Rejected;
import dev.duality.core.value.Values;

import java.util.Optional;

/**
 * The aggregate id of one session's play stream: {@code session:<campaign id>:<session id>}. Every aggregate shares one
 * journal keyed by aggregate id and the campaign already uses the bare campaign id; core ids are
 * {@code [A-Za-z0-9_-]{1,64}}, so an id with a {@code :} never collides with a campaign's, and session ids are unique
 * per campaign only, hence the campaign in it. This is the only place that builds the id; play commands, the
 * {@code Session} aggregate and lookups use it.
 */
public record SessionStreamId(CampaignId campaignId, SessionId sessionId) {
    public static final String PREFIX = "session:";

    public SessionStreamId {
        Values.required(campaignId, "campaign_id");
        Values.required(sessionId, "session_id");
    }

    public static SessionStreamId of(CampaignId campaignId, SessionId sessionId) {
        return new SessionStreamId(campaignId, sessionId);
    }

    /** Reads a journal aggregate id back: empty when {@code aggregateId} is not a session stream's. */
    public static Optional<SessionStreamId> parse(String aggregateId) {
        if (aggregateId == null || !aggregateId.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String[] parts = aggregateId.substring(PREFIX.length()).split(":", -1);
        if (parts.length != 2) {
            return Optional.empty();
        }
        try {
            return Optional.of(of(CampaignId.of(parts[0]), SessionId.of(parts[1])));
        } catch (Rejected notAnId) {
            return Optional.empty();
        }
    }

    /** The id as stored in the journal's {@code aggregate_identifier}. */
    public String value() {
        return PREFIX + campaignId.value() + ":" + sessionId.value();
    }

    /** Axon takes an aggregate's identifier as its {@code toString()}. */
    @Override
    public String toString() {
        return value();
    }
}
