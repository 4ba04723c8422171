package dev.duality.sys.daggerheart.rest.api;

import dev.duality.sys.daggerheart.character.api.DowntimeMoveApplied;
import dev.duality.sys.daggerheart.countdown.api.CountdownAdvanced;
import dev.duality.sys.daggerheart.gm.api.GmFearChanged;

import java.util.List;

/**
 * What a rest did, as decided: the rest, the change of the GM's Fear (null when it gave none, or the pool was full), the
 * GM's Fear after the rest, every downtime move in the order made, and the countdowns advanced (projects, the
 * long-term one).
 */
public record RestResult(RestTaken rest, GmFearChanged fear, int gmFear, List<DowntimeMoveApplied> moves,
                         List<CountdownAdvanced> countdowns) {
}
