package dev.duality.web;

import dev.duality.core.rejection.Category;
import dev.duality.core.rejection.RejectionCode;

/** Rejections decided by the HTTP layer before or around a command or query. */
public enum ApiRejection implements RejectionCode {
    /** The body is not valid JSON. */
    MALFORMED_JSON(Category.INVALID_INPUT),
    /** The body has a field the endpoint does not accept. */
    UNKNOWN_FIELD(Category.INVALID_INPUT),
    /** A field has the wrong JSON type or an unknown enum value. */
    WRONG_TYPE(Category.INVALID_INPUT),
    /** A required body is missing. */
    BODY_REQUIRED(Category.INVALID_INPUT),
    /** A query parameter or path variable is malformed. */
    PARAMETER_INVALID(Category.INVALID_INPUT),
    /**
     * The request's URL or framing is malformed before any endpoint is chosen: invalid percent-encoding or UTF-8, an
     * encoded NUL, slash or backslash, a {@code ..} or {@code //} segment. Other 4xx refusals of the server keep their
     * status.
     */
    REQUEST_MALFORMED(Category.INVALID_INPUT),
    /** The body is larger than the API reads; answered 413. */
    BODY_TOO_LARGE(Category.INVALID_INPUT),
    /** A header such as X-Correlation-Id, Idempotency-Key or Last-Event-ID is malformed. */
    HEADER_INVALID(Category.INVALID_INPUT),
    /** The request's Content-Type is not application/json; answered 415 with an Accept header. */
    UNSUPPORTED_MEDIA_TYPE(Category.INVALID_INPUT),
    /** The request's Accept header excludes the endpoint's type (JSON, or an event stream); answered 406. */
    NOT_ACCEPTABLE(Category.INVALID_INPUT),
    /** No endpoint has this path. */
    ROUTE_NOT_FOUND(Category.NOT_FOUND),
    /** The endpoint exists but not for this HTTP method; answered 405 with an Allow header. */
    METHOD_NOT_ALLOWED(Category.INVALID_INPUT),
    /** Another change to the same aggregate won the race; retry with fresh state. */
    CONCURRENT_MODIFICATION(Category.CONFLICT),
    /** An Idempotency-Key already used by this caller for a different request (method, path, query or body). */
    IDEMPOTENCY_KEY_REUSED(Category.RULE_VIOLATION),
    /** The first request with this Idempotency-Key is still running; retry shortly. */
    IDEMPOTENCY_KEY_IN_PROGRESS(Category.CONFLICT),
    /**
     * A dry run would roll server dice: previewing them would show the session's next roll before it is made. Send the
     * table's dice (physical_results) or roll for real.
     */
    DRY_RUN_ROLLS_DICE(Category.RULE_VIOLATION),
    /**
     * A read of the past ({@code as_of_seq}, {@code as_of}) names a point the campaign does not have: no event with
     * that seq (yet), or a time before its first event.
     */
    AS_OF_NOT_FOUND(Category.NOT_FOUND),
    /**
     * The database did not serve the request in time: a lock it needed stayed held (lock timeout), or it lost a
     * deadlock or a serialization conflict. Nothing was written; retry after Retry-After.
     */
    DATABASE_BUSY(Category.UNAVAILABLE),
    /** No database connection could be had (the database is down, restarting or out of connections); retry later. */
    DATABASE_UNAVAILABLE(Category.UNAVAILABLE),
    /** An unexpected server fault; the response carries no internals. Never expected: please report it. */
    INTERNAL_ERROR(Category.INTERNAL);

    private final Category category;

    ApiRejection(Category category) {
        this.category = category;
    }

    @Override
    public Category category() {
        return category;
    }
}
