package dev.duality.app.projection;

import dev.duality.core.rejection.Category;
import dev.duality.core.rejection.RejectionCode;

/** Refusals of the operator's projection endpoints. */
public enum ProjectionRejection implements RejectionCode {
    /** No projection (processing group) has this name; GET /admin/v1/projections lists them. */
    PROJECTION_NOT_FOUND(Category.NOT_FOUND),
    /**
     * The projection applies events inside each command's transaction (apply mode inline), so it has no tracking token
     * to reset; replay it in the async apply mode.
     */
    PROJECTION_NOT_STREAMING(Category.CONFLICT),
    /** A replay needs every segment of the projection released: another node still holds one; retry shortly. */
    PROJECTION_REPLAY_BLOCKED(Category.CONFLICT),
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
