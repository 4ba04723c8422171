package dev.duality.sys.daggerheart.countdown.api;

import dev.duality.sys.daggerheart.rules.CountdownSkip;

import java.util.List;

/**
 * What an action roll's outcome did to the campaign's countdowns: those it advanced (in the order they were created;
 * a dynamic countdown the table advances by 0 is not among them) and those it would have advanced but skipped.
 */
public record CountdownsAdvancedByRoll(List<CountdownAdvanced> advanced, List<Skipped> skipped) {
    /** Nothing advanced or skipped: the campaign has no countdown that rolls drive, or the roll was a reaction. */
    public static final CountdownsAdvancedByRoll NONE = new CountdownsAdvancedByRoll(List.of(), List.of());

    public CountdownsAdvancedByRoll {
        advanced = List.copyOf(advanced);
        skipped = List.copyOf(skipped);
    }

    /** A countdown the roll drives that stayed where it was, and why. */
    public record Skipped(CountdownId countdownId, CountdownSkip reason) {
    }
}
