package dev.duality.core.value;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Optional;

/** Converts domain values to the strings stored in read models, matching their JSON wire names. */
public final class Wire {
    private Wire() {
    }

    /** The {@code @JsonProperty} name of an enum constant (e.g. {@code gm}), or its lowercase name. */
    public static String name(Enum<?> value) {
        if (value == null) {
            return null;
        }
        try {
            JsonProperty property = value.getDeclaringClass().getField(value.name()).getAnnotation(JsonProperty.class);
            return property != null ? property.value() : value.name().toLowerCase(java.util.Locale.ROOT);
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The constant of {@code type} whose wire name is {@code name} (the reverse of {@link #name}); null for null. Read
     * models store wire names, so a name no constant has is a corrupt row, never a client's input.
     */
    public static <E extends Enum<E>> E parse(Class<E> type, String name) {
        if (name == null) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (name(constant).equals(name)) {
                return constant;
            }
        }
        throw new IllegalStateException("no " + type.getName() + " has the wire name " + name);
    }

    /** The string form of an optional value type, or null. */
    public static String text(Object value) {
        return Optional.ofNullable(value).map(Object::toString).orElse(null);
    }
}
