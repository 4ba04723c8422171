package dev.duality.core.dice;

/**
 * {@code count} dice with {@code sides} faces each, e.g. {@code 2d12}. Checked by {@link DiceSpec}, not here, so the
 * rejection can name the group's position ({@code dice[1].sides}) as the client sent it.
 */
public record DiceGroup(int count, int sides) {
    @Override
    public String toString() {
        return count + "d" + sides;
    }
}
