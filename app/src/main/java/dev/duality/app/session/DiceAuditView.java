package dev.duality.app.session;

import dev.duality.core.dice.DiceMode;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/** A session's dice audit: its commitment, its seed once revealed, and every roll re-run from that seed. */
@Schema(description = "A session's provably fair dice: the commitment published at its start, the seed revealed at "
        + "its end, and each of its rolls as the journal recorded it and as the revealed seed re-runs it")
public record DiceAuditView(
        @Schema(example = "4d3c2b1a-0f9e-4d8c-9b7a-6f5e4d3c2b1a") String sessionId,
        @Schema(description = "How each roll's seed follows from the session seed", example = "hmac-sha256-v1")
        String derivation,
        @Schema(description = "How dice follow from a roll's seed", example = "splitmix64-v1") String algorithm,
        @Schema(description = "SHA-256 (hex) of the session seed, published at the start; null for a session that "
                + "committed to none", example = "3f0a7c1e9b2d4f6a8c0e2b4d6f8a0c2e4b6d8f0a2c4e6b8d0f2a4c6e8b0d2f4a")
        String diceCommitment,
        @Schema(description = "The session seed (64 hex digits), revealed when the session ends; null until then",
                example = "9c1f0e2d3b4a5968778695a4b3c2d1e0f9e8d7c6b5a49382716051f2e3d4c5b6") String diceSeed,
        @Schema(description = "Whether the SHA-256 of the revealed seed is the commitment; null until it is revealed",
                example = "true") Boolean seedMatchesCommitment,
        @Schema(description = "Whether every server roll re-runs exactly from the revealed seed and the commitment "
                + "holds; null until the seed is revealed (or for a session that committed to none)", example = "true")
        Boolean verified,
        List<RollCheck> rolls) {

    /** One roll of the session: what the journal recorded and, once the seed is revealed, what re-running it gives. */
    @Schema(description = "One roll as recorded, and as the revealed seed re-runs it (server rolls only)")
    public record RollCheck(
            @Schema(example = "1") long rollSeq,
            @Schema(example = "server") DiceMode mode,
            @Schema(example = "2d12") String notation,
            @Schema(description = "The recorded seed (unsigned 64-bit, decimal); null for physical dice",
                    example = "8681562020078987792") String seed,
            @Schema(description = "The recorded dice, in order", example = "[12, 4]") List<Integer> results,
            @Schema(description = "The seed the revealed session seed gives this roll; null until revealed or for "
                    + "physical dice", example = "8681562020078987792") String derivedSeed,
            @Schema(description = "The dice re-run from the derived seed; null until revealed or for physical dice",
                    example = "[12, 4]") List<Integer> rerolled,
            @Schema(description = "Whether the recorded seed and dice are the derived ones; null until revealed or for "
                    + "physical dice", example = "true") Boolean verified) {
    }
}
