package dev.duality.app.live;

import dev.duality.core.rejection.Category;
import dev.duality.core.rejection.RejectionCode;

/** Refusals of the live event stream. */
public enum LiveRejection implements RejectionCode {
    /**
     * This node serves {@code duality.live.max-streams} event streams already, or it is shutting down: retry after the
     * {@code Retry-After} seconds (another node may have room).
     */
    LIVE_STREAM_LIMIT_REACHED(Category.UNAVAILABLE);

    private final Category category;

    LiveRejection(Category category) {
        this.category = category;
    }

    @Override
    public Category category() {
        return category;
    }
}
