package dev.duality.app.persistence;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Map;

/** A read-model row inserted, updated or deleted, with each changed column before and after. */
public record RowChange(String table, Kind kind, Object id, Map<String, Values> columns) {
    public enum Kind {
        @JsonProperty("inserted") INSERTED,
        @JsonProperty("updated") UPDATED,
        @JsonProperty("deleted") DELETED
    }

    public record Values(Object before, Object after) {
    }
}
