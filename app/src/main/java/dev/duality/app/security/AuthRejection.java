package dev.duality.app.security;

import dev.duality.core.rejection.Category;
import dev.duality.core.rejection.RejectionCode;

/** Authentication refusals at the HTTP edge. */
public enum AuthRejection implements RejectionCode {
    /** The endpoint needs {@code Authorization: Bearer <token>} and none was sent. */
    AUTH_TOKEN_MISSING(Category.UNAUTHENTICATED),
    /** The bearer token is malformed, unknown, or belongs to a participant who left. */
    AUTH_TOKEN_INVALID(Category.UNAUTHENTICATED),
    /** The endpoint is for the admin token only. */
    AUTHZ_DENY_ADMIN_ONLY(Category.FORBIDDEN);

    private final Category category;

    AuthRejection(Category category) {
        this.category = category;
    }

    @Override
    public Category category() {
        return category;
    }
}
