package dev.duality.app.bundle;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import tools.jackson.databind.JsonNode;

import java.util.List;

/**
 * A signed session bundle: a campaign's journal events (all of them, or those up to one session's end), exactly as
 * recorded, with a digest of all of it and the exporting service's Ed25519 signature of that digest.
 */
@Schema(description = "A signed session bundle: a campaign's journal events, exactly as recorded, with the exporting "
        + "service's Ed25519 signature of their digest")
public record Bundle(
        @Schema(description = "Always `duality.bundle`", example = "duality.bundle") String format,
        @Schema(description = "The bundle format's version: 1", example = "1") Integer version,
        @Schema(example = "6f1d2c3a-8b4e-4f5a-9c7d-1e2f3a4b5c6d") String campaignId,
        @Schema(description = "`campaign`: every event of the campaign; `session`: every event up to the end of "
                + "one session (all of it so far, while the session runs)", example = "campaign") Scope scope,
        @Schema(description = "The session a `session` bundle ends with; null for a whole campaign",
                example = "null") String sessionId,
        @Schema(description = "When it was exported (UTC, milliseconds)", example = "2026-12-07T16:00:00.000Z")
        String exportedAt,
        @Schema(description = "The signing key's id: `ed25519:` and the first 16 hex digits of the SHA-256 of the "
                + "public key", example = "ed25519:3f9a0c2b7d4e1a58") String keyId,
        @Schema(description = "The signing key's public key: X.509 DER, base64",
                example = "MCowBQYDK2VwAyEAGb9ECWmEzf6FQbrBZ9w7lshQhqowtrbLDFw4rXAxZuE=") String publicKey,
        @Schema(description = "The campaign's events in journal order") List<BundleEvent> events,
        @Schema(description = "SHA-256 (hex) of the canonical form of every field above (docs/api.md, Session bundles)",
                example = "9b1c0e5f2a7d4c3b8e6f0a1d2c3b4a5968778695a4b3c2d1e0f9a8b7c6d5e4f3") String digest,
        @Schema(description = "Ed25519 signature of the digest's 32 bytes, base64",
                example = "q0F2c3Vyb3VuZGVkIGJ5IHRoZSBXaXRoZXJ3aWxkLCB0aGUgcGFydHkgcmVzdGVkLg==") String signature) {

    public static final String FORMAT = "duality.bundle";
    public static final int VERSION = 1;

    /** What a bundle holds. */
    public enum Scope {
        /** Every event of the campaign. */
        @JsonProperty("campaign") CAMPAIGN,
        /** Every event of the campaign up to the end of one session. */
        @JsonProperty("session") SESSION
    }

    /** One journal event as recorded: every column but the journal's own position and hash. */
    @Schema(description = "One journal event as recorded")
    public record BundleEvent(
            @Schema(example = "b7e3f9a2-1c4d-4e8f-9a0b-2c3d4e5f6a7b") String eventId,
            @Schema(description = "Its stream: the campaign id, `session:<campaign>:<session>`, or a game system's",
                    example = "6f1d2c3a-8b4e-4f5a-9c7d-1e2f3a4b5c6d") String aggregateId,
            @Schema(description = "The aggregate type of its stream", example = "Campaign") String aggregateType,
            @Schema(description = "Its place in its stream, from 0", example = "0") Long sequenceNumber,
            @Schema(description = "The catalog's event type", example = "campaign.created") String type,
            @Schema(description = "The payload's revision; null for the first shape", example = "null")
            String revision,
            @Schema(description = "When it was recorded, as the journal keeps it", example = "2026-12-07T15:02:11.417Z")
            String timestamp,
            @Schema(description = "The payload, as recorded", types = "object", implementation = Object.class,
                    example = "{\"campaign_id\": \"6f1d2c3a-8b4e-4f5a-9c7d-1e2f3a4b5c6d\", "
                            + "\"name\": \"The Witherwild\"}")
            JsonNode payload,
            @Schema(description = "The envelope metadata, as recorded", types = "object", implementation = Object.class,
                    example = "{\"correlation_id\": \"c0ffee00-0000-4000-8000-000000000001\"}")
            JsonNode metadata) {
    }
}
