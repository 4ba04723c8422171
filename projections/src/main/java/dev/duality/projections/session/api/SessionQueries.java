package dev.duality.projections.session.api;

/** Queries answered from the session, gate and invite read models. */
public final class SessionQueries {
    private SessionQueries() {
    }

    /** Every session of a campaign, oldest first. */
    public record ListSessions(String campaignId) {
    }

    /** One session; an empty Optional when unknown. */
    public record FindSession(String campaignId, String sessionId) {
    }

    /** The campaign's active session; an empty Optional when none is active. */
    public record FindActiveSession(String campaignId) {
    }

    /** Every gate of a session with its responses, oldest first. */
    public record ListGates(String campaignId, String sessionId) {
    }

    /** One gate with its responses; an empty Optional when unknown. */
    public record FindGate(String campaignId, String gateId) {
    }

    /** Every invite of a campaign, oldest first. */
    public record ListInvites(String campaignId) {
    }
}
