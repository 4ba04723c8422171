package dev.duality.app.projection;

import dev.duality.core.rejection.Category;
import dev.duality.core.rejection.RejectionCode;

/** Refusals of the operator's projection endpoints. */
public enum ProjectionRejection implements RejectionCode {
    /** No projection (processing group) has this name; GET /admin/v1/projections lists them. */
    PROJECTION_NOT_FOUND(Category.NOT_FOUND),
    /** A handler failed on an event while an inline projection was replayed; the tables were left as they were. */
    PROJECTION_REPLAY_FAILED(Category.CONFLICT),
    /** A replay needs every segment of the projection released: another node still holds one; retry shortly. */
    PROJECTION_REPLAY_BLOCKED(Category.CONFLICT),
    /** Shadow comparisons need the apply mode {@code shadow}: the projection has no shadow tables in this one. */
    PROJECTION_NOT_SHADOWED(Category.CONFLICT),
    /** No dead letter has this id (it was retried successfully, evicted, or cleared by a replay). */
    DEAD_LETTER_NOT_FOUND(Category.NOT_FOUND);

    private final Category category;

    ProjectionRejection(Category category) {
        this.category = category;
    }

    @Override
    public Category category() {
        return category;
    }
}
