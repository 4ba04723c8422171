package dev.duality.core.campaign.api;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Player character or non-player character. */
public enum CharacterKind {
    @JsonProperty("pc") PC,
    @JsonProperty("npc") NPC
}
