package dev.duality.projections.access.api;

/** Queries about participant access tokens. */
public final class AccessQueries {
    private AccessQueries() {
    }

    /** Whose token has this SHA-256 hash; an empty Optional when none (unknown, or its participant left). */
    public record FindTokenOwner(String tokenHash) {
    }

    /** The participant a token belongs to. */
    public record TokenOwner(String campaignId, String participantId) {
    }
}
