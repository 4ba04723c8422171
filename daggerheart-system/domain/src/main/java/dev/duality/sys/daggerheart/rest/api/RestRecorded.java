package dev.duality.sys.daggerheart.rest.api;

import dev.duality.sys.daggerheart.gm.api.GmFearChanged;

/** What recording a rest decided on the GM state: the rest, and the GM's Fear it gave (null when none). */
public record RestRecorded(RestTaken rest, GmFearChanged fear) {
}
