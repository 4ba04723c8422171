package dev.duality.core.catalog;

import java.util.Objects;

/**
 * Who owns a message type: the core, or one game system. Derived from the type name, so the name alone tells a
 * reader of the journal which module wrote an event.
 */
public record Owner(String systemId) {
    public static final Owner CORE = new Owner(null);
    static final String SYSTEM_PREFIX = "sys.";

    public boolean isCore() {
        return systemId == null;
    }

    /** {@code sys.<id>.rest} names are owned by system {@code id}; every other name is core. */
    public static Owner ofTypeName(String typeName) {
        Objects.requireNonNull(typeName, "typeName");
        if (!typeName.startsWith(SYSTEM_PREFIX)) {
            return CORE;
        }
        int end = typeName.indexOf('.', SYSTEM_PREFIX.length());
        return new Owner(end < 0 ? typeName.substring(SYSTEM_PREFIX.length()) : typeName.substring(SYSTEM_PREFIX.length(), end));
    }

    @Override
    public String toString() {
        return isCore() ? "core" : SYSTEM_PREFIX + systemId;
    }
}
