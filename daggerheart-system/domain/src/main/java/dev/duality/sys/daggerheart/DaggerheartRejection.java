package dev.duality.sys.daggerheart;

import dev.duality.core.rejection.Category;
import dev.duality.core.rejection.RejectionCode;

/** Rejections decided by the Daggerheart system module. */
public enum DaggerheartRejection implements RejectionCode {
    /** The character already has a Daggerheart sheet. */
    DAGGERHEART_CHARACTER_SHEET_EXISTS(Category.CONFLICT),
    /** The character has no Daggerheart sheet yet. */
    DAGGERHEART_CHARACTER_SHEET_NOT_FOUND(Category.NOT_FOUND),
    /** A session start found a character with no Daggerheart character sheet in this campaign. */
    DAGGERHEART_CHARACTER_SHEET_MISSING(Category.RULE_VIOLATION),
    /** A level outside 1..10, the only levels the SRD defines. */
    DAGGERHEART_LEVEL_OUT_OF_RANGE(Category.INVALID_INPUT),
    /** A GM Fear value outside 0..12, the only values the GM's Fear pool can hold. */
    DAGGERHEART_GM_FEAR_OUT_OF_RANGE(Category.INVALID_INPUT),
    /** The campaign's GM Fear was already seeded: only its very first session seeds it. */
    DAGGERHEART_GM_FEAR_ALREADY_SEEDED(Category.CONFLICT),
    /** The command's {@code before} is not the GM's current Fear: another change came first; re-read and retry. */
    DAGGERHEART_GM_FEAR_BEFORE_MISMATCH(Category.CONFLICT),
    /** The command would leave GM Fear as it is; a no-op change is refused. */
    DAGGERHEART_GM_FEAR_UNCHANGED(Category.RULE_VIOLATION),
    /** The campaign has no Daggerheart GM state yet: it is created when the campaign's first session starts. */
    DAGGERHEART_GM_STATE_NOT_FOUND(Category.NOT_FOUND);

    private final Category category;

    DaggerheartRejection(Category category) {
        this.category = category;
    }

    @Override
    public Category category() {
        return category;
    }
}
