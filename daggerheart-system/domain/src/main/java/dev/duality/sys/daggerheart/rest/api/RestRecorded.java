package dev.duality.sys.daggerheart.rest.api;

import dev.duality.sys.daggerheart.gm.api.GmFearChanged;

/**
 * What recording a rest decided on the GM state: the rest, the change of the GM's Fear it made (null when none: the rest
 * gave no Fear, or the pool was full) and the GM's Fear after it.
 */
public record RestRecorded(RestTaken rest, GmFearChanged fear, int gmFear) {
}
