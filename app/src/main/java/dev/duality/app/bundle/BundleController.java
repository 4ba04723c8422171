package dev.duality.app.bundle;

import dev.duality.app.bundle.Bundle.Scope;
import dev.duality.core.campaign.api.CampaignId;
import dev.duality.core.session.api.SessionId;
import dev.duality.web.CampaignGuard;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * Session bundles over HTTP: a campaign's owner exports it signed; another Duality's operator imports it. The
 * service's public key is shown to operators, so another service can trust its bundles.
 */
@Tag(name = "Bundles")
@RestController
public class BundleController {
    private final Bundles bundles;
    private final BundleKeys keys;
    private final CampaignGuard guard;

    public BundleController(Bundles bundles, BundleKeys keys, CampaignGuard guard) {
        this.bundles = bundles;
        this.keys = keys;
        this.guard = guard;
    }

    @Operation(operationId = "exportBundle", summary = "Export the campaign as a signed bundle",
            description = "Every journal event of the campaign in journal order, exactly as recorded (GM secrets and "
                    + "participants' token hashes included), signed with this service's Ed25519 key. With "
                    + "`session_id`: the campaign as it stood when that session ended (everything up to its end; "
                    + "while it runs, everything so far). POST /admin/v1/bundles imports it into another Duality. "
                    + "**Who may call:** an owner, or the admin.")
    @ApiResponse(responseCode = "200", description = "The bundle", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "403", description = "AUTHZ_DENY_REQUIRES_OWNER")
    @ApiResponse(responseCode = "404", description = "CAMPAIGN_NOT_FOUND, SESSION_NOT_FOUND")
    @GetMapping("/api/v1/campaigns/{campaignId}/bundle")
    public Bundle export(@PathVariable String campaignId,
                         @Parameter(description = "Only up to the end of this session")
                         @RequestParam(name = "session_id", required = false) String sessionId) {
        CampaignId id = CampaignId.of(campaignId);
        guard.requireOwner(id);
        return bundles.export(id, Optional.ofNullable(sessionId).map(SessionId::of));
    }

    @Schema(description = "What an import appended")
    public record ImportedView(
            @Schema(example = "6f1d2c3a-8b4e-4f5a-9c7d-1e2f3a4b5c6d") String campaignId,
            @Schema(example = "campaign") Scope scope,
            @Schema(description = "The session a session bundle ends with", example = "null") String sessionId,
            @Schema(description = "Events appended", example = "214") int events,
            @Schema(description = "Streams (aggregates) created", example = "9") int streams,
            @Schema(description = "The key that signed it", example = "ed25519:3f9a0c2b7d4e1a58") String keyId) {
    }

    @Operation(operationId = "importBundle", summary = "Import a signed bundle",
            description = "Checks the bundle's form, digest and signature, that its signer is this service or a "
                    + "key in `duality.bundles.trusted-keys`, that every event type is one this service reads and "
                    + "that the campaign is new here; then appends every event unchanged (ids, streams, sequence "
                    + "numbers, times, payloads, metadata) in one transaction. The read models apply them as any "
                    + "command's events: inline before the answer, or in the async mode shortly after it. The "
                    + "participants' access keys open the imported campaign. Bodies up to 16 MiB. **Who may call:** "
                    + "the admin token only.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
            mediaType = "application/json", examples = @ExampleObject(name = "a bundle", value = """
                    {"format": "duality.bundle", "version": 1,
                     "campaign_id": "6f1d2c3a-8b4e-4f5a-9c7d-1e2f3a4b5c6d", "scope": "campaign", "session_id": null,
                     "exported_at": "2026-12-07T16:00:00.000Z", "key_id": "ed25519:3f9a0c2b7d4e1a58",
                     "public_key": "MCowBQYDK2VwAyEAGb9ECWmEzf6FQbrBZ9w7lshQhqowtrbLDFw4rXAxZuE=",
                     "events": [{"event_id": "b7e3f9a2-1c4d-4e8f-9a0b-2c3d4e5f6a7b",
                                 "aggregate_id": "6f1d2c3a-8b4e-4f5a-9c7d-1e2f3a4b5c6d", "aggregate_type": "Campaign",
                                 "sequence_number": 0, "type": "campaign.created", "revision": null,
                                 "timestamp": "2026-12-07T15:02:11.417Z",
                                 "payload": {"campaign_id": "6f1d2c3a-8b4e-4f5a-9c7d-1e2f3a4b5c6d",
                                             "name": "The Witherwild"},
                                 "metadata": {"correlation_id": "c0ffee00-0000-4000-8000-000000000001"}}],
                     "digest": "9b1c0e5f2a7d4c3b8e6f0a1d2c3b4a5968778695a4b3c2d1e0f9a8b7c6d5e4f3",
                     "signature": "q0F2c3Vyb3VuZGVkIGJ5IHRoZSBXaXRoZXJ3aWxkLCB0aGUgcGFydHkgcmVzdGVkLg=="}""")))
    @ApiResponse(responseCode = "201", description = "Imported; Location names the campaign",
            useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", description = "BUNDLE_MALFORMED, BUNDLE_SIGNATURE_INVALID")
    @ApiResponse(responseCode = "409", description = "BUNDLE_CAMPAIGN_EXISTS")
    @ApiResponse(responseCode = "422", description = "BUNDLE_SIGNER_UNTRUSTED, BUNDLE_EVENT_TYPE_UNKNOWN")
    @PostMapping("/admin/v1/bundles")
    public ResponseEntity<ImportedView> importBundle(@RequestBody Bundle bundle) {
        Bundles.Imported imported = bundles.importBundle(bundle);
        return ResponseEntity.created(URI.create("/api/v1/campaigns/" + imported.campaignId()))
                .body(new ImportedView(imported.campaignId().value(), imported.scope(), imported.sessionId(),
                        imported.events(), imported.streams(), imported.keyId()));
    }

    @Schema(description = "This service's bundle-signing key, to trust its bundles elsewhere")
    public record SigningKeyView(
            @Schema(example = "ed25519:3f9a0c2b7d4e1a58") String keyId,
            @Schema(description = "Always `Ed25519`", example = "Ed25519") String algorithm,
            @Schema(description = "X.509 DER, base64: a value for another service's duality.bundles.trusted-keys",
                    example = "MCowBQYDK2VwAyEAGb9ECWmEzf6FQbrBZ9w7lshQhqowtrbLDFw4rXAxZuE=") String publicKey,
            @Schema(description = "`configured` (duality.bundles.signing-key) or `generated` (kept in the database)",
                    example = "generated") BundleKeys.Source source,
            @Schema(description = "The ids of the other keys whose bundles this service imports",
                    example = "[\"ed25519:a41be07c95d2f318\"]") List<String> trustedKeyIds) {
    }

    @Operation(operationId = "getBundleKey", summary = "Read this service's bundle-signing key",
            description = "The public key this service signs bundles with, and the ids of the keys it trusts besides "
                    + "its own. Give `public_key` to another Duality's `duality.bundles.trusted-keys` to let it import "
                    + "this one's bundles. **Who may call:** the admin token only.")
    @ApiResponse(responseCode = "200", description = "The key", useReturnTypeSchema = true)
    @GetMapping("/admin/v1/bundles/key")
    public SigningKeyView key() {
        return new SigningKeyView(BundleKeys.id(keys.publicKey()), BundleKeys.ALGORITHM,
                BundleKeys.encode(keys.publicKey()), keys.source(),
                keys.trustedKeyIds());
    }
}
