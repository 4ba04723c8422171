package dev.duality.core.testing;

import dev.duality.core.rejection.Category;
import dev.duality.core.rejection.RejectionCode;

/** Readiness blockers of the test game system, listed after the core's own {@code CHARACTER_NOT_READY}. */
public enum TestsysBlocker implements RejectionCode {
    TESTSYS_SHEET_INCOMPLETE,
    TESTSYS_CLASS_MISSING;

    @Override
    public Category category() {
        return Category.CONFLICT;
    }
}
