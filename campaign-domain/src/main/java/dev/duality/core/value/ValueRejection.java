package dev.duality.core.value;

import dev.duality.core.rejection.Category;
import dev.duality.core.rejection.RejectionCode;

/** A value that cannot be represented: refused where it is built, before any command is sent. */
public enum ValueRejection implements RejectionCode {
    /** An id that is blank, longer than 64 characters, or not made of letters, digits, '-' and '_'. */
    ID_INVALID,
    /** A name that is blank, longer than its limit, or contains control characters. */
    NAME_INVALID,
    /** Free text longer than its limit or containing control characters other than newlines and tabs. */
    TEXT_INVALID,
    /** A locale that is not a BCP 47 language tag such as {@code en-US}. */
    LOCALE_INVALID,
    /** A short code (gate type, decision, reason) that is not 1-64 lowercase letters, digits, '_', '.' or '-'. */
    CODE_INVALID,
    /** A required value that is missing. */
    VALUE_REQUIRED,
    /** A number outside its allowed range. */
    VALUE_OUT_OF_RANGE;

    @Override
    public Category category() {
        return Category.INVALID_INPUT;
    }

    /** A recorded event that lacks a value needs an upcaster to supply it, not a null to trip over later. */
    @Override
    public boolean refusesRecordedValues() {
        return this == VALUE_REQUIRED;
    }
}
