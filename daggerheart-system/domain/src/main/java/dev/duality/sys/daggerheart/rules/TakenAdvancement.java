package dev.duality.sys.daggerheart.rules;

/** An advancement a character took: at which level, from which tier's column, and which one. */
public record TakenAdvancement(int level, int tier, AdvancementOption option) {
}
