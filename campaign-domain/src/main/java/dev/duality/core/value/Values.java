package dev.duality.core.value;

import dev.duality.core.rejection.Rejected;

import java.util.regex.Pattern;

/** Shared checks behind the smart constructors of value types; each failure names the field. */
public final class Values {
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    private Values() {
    }

    public static String id(String value, String field) {
        required(value, field);
        Rejected.unless(ID.matcher(value).matches(), ValueRejection.ID_INVALID, field,
                field + " must be 1-64 letters, digits, '-' or '_'");
        return value;
    }

    /** A single-line display name: trimmed, 1..max characters, no control characters. */
    public static String name(String value, String field, int max) {
        required(value, field);
        String trimmed = value.strip();
        Rejected.unless(!trimmed.isEmpty() && trimmed.length() <= max && trimmed.chars().noneMatch(Character::isISOControl),
                ValueRejection.NAME_INVALID, field, field + " must be 1-" + max + " characters on one line");
        return trimmed;
    }

    /** Multi-line free text up to max characters; newlines and tabs are the only control characters allowed. */
    public static String text(String value, String field, int max) {
        required(value, field);
        Rejected.unless(value.length() <= max && value.chars().noneMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\t' && c != '\r'),
                ValueRejection.TEXT_INVALID, field, field + " must be at most " + max + " characters of text");
        return value;
    }

    public static int range(int value, int min, int max, String field) {
        Rejected.unless(value >= min && value <= max, ValueRejection.VALUE_OUT_OF_RANGE, field,
                field + " must be between " + min + " and " + max);
        return value;
    }

    /** Parses an optional input: null stays null, anything else goes through {@code parse} (a smart constructor). */
    public static <T> T optional(String value, java.util.function.Function<String, T> parse) {
        return value == null ? null : parse.apply(value);
    }

    /** A list or set without null elements (a JSON {@code [null]} is refused naming {@code field[i]}), copied. */
    public static <T> java.util.List<T> elements(java.util.Collection<T> values, String field) {
        required(values, field);
        java.util.List<T> copy = new java.util.ArrayList<>(values.size());
        int i = 0;
        for (T value : values) {
            copy.add(required(value, field + "[" + i++ + "]"));
        }
        return java.util.List.copyOf(copy);
    }

    public static <T> T required(T value, String field) {
        Rejected.unless(value != null, ValueRejection.VALUE_REQUIRED, field, field + " is required");
        return value;
    }
}
