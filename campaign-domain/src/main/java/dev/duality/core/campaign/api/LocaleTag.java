package dev.duality.core.campaign.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.duality.core.rejection.Rejected;
import dev.duality.core.value.ValueRejection;
import dev.duality.core.value.Values;

import java.util.regex.Pattern;

/** A BCP 47 language tag such as {@code en-US}, used for a campaign's language. */
public record LocaleTag(@JsonValue String value) {
    private static final Pattern TAG = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8}){0,3}");
    /** Declared after TAG: the constructor needs it. */
    public static final LocaleTag DEFAULT = new LocaleTag("en-US");

    public LocaleTag {
        Values.required(value, "locale");
        Rejected.unless(TAG.matcher(value).matches(), ValueRejection.LOCALE_INVALID, "locale",
                "locale must be a language tag such as en-US");
    }

    @JsonCreator
    public static LocaleTag of(String value) {
        return new LocaleTag(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
