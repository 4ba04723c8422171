package dev.duality.core.campaign.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.duality.core.rejection.Rejected;
import dev.duality.core.value.ValueRejection;
import dev.duality.core.value.Values;

import java.util.regex.Pattern;

/** A short machine-readable word such as a gate type, a decision or a reason code: lowercase, 1-64 characters. */
public record ShortCode(@JsonValue String value) {
    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9_.-]{0,63}");

    public ShortCode {
        Values.required(value, "code");
    }

    public static ShortCode of(String value, String field) {
        Values.required(value, field);
        Rejected.unless(CODE.matcher(value).matches(), ValueRejection.CODE_INVALID, field,
                field + " must be 1-64 lowercase letters, digits, '_', '.' or '-', starting with a letter");
        return new ShortCode(value);
    }

    @JsonCreator
    static ShortCode fromJson(String value) {
        return new ShortCode(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
