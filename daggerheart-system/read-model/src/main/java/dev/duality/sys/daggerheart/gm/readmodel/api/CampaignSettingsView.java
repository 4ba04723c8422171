package dev.duality.sys.daggerheart.gm.readmodel.api;

import io.swagger.v3.oas.annotations.media.Schema;

/** A Daggerheart campaign's optional rules. */
@Schema(description = "The campaign's optional Daggerheart rules")
public record CampaignSettingsView(@Schema(example = "6f1d2c3a-8b4e-4f5a-9c7d-1e2f3a4b5c6d") String campaignId,
                                   @Schema(description = "Damage of 2 × Severe or more marks 4 HP", example = "false")
                                   boolean massiveDamage) {
}
