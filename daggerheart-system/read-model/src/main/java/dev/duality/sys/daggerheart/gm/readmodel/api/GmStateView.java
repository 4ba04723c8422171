package dev.duality.sys.daggerheart.gm.readmodel.api;

import java.time.Instant;

/** A campaign's Daggerheart GM state as clients see it: the GM's Fear (0..12) and when it last changed. */
public record GmStateView(String campaignId, int gmFear, Instant updatedAt) {
}
