package dev.duality.sys.daggerheart;

import dev.duality.core.rejection.Category;
import dev.duality.core.rejection.RejectionCode;

/** Rejections decided by the Daggerheart system module. */
public enum DaggerheartRejection implements RejectionCode {
    /** A session start found a character with no Daggerheart character sheet in this campaign. */
    DAGGERHEART_CHARACTER_SHEET_MISSING(Category.RULE_VIOLATION),
    /** A level outside 1..10, the only levels the SRD defines. */
    DAGGERHEART_LEVEL_OUT_OF_RANGE(Category.INVALID_INPUT);

    private final Category category;

    DaggerheartRejection(Category category) {
        this.category = category;
    }

    @Override
    public Category category() {
        return category;
    }
}
