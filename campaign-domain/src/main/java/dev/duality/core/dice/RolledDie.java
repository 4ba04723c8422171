package dev.duality.core.dice;

/**
 * One die's result. Checked by {@link DiceRoll}, not here, so the rejection can name the die's position
 * ({@code results[2]}) as the client sent it.
 */
public record RolledDie(int sides, int value) {
}
