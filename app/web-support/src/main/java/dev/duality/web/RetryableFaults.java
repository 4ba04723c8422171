package dev.duality.web;

import dev.duality.core.rejection.RejectionCode;

import java.util.Optional;

/**
 * Tells a failure a retry can cure (a busy or unreachable database) from a fault, by what the web layer does not see:
 * the app's persistence provides one. {@link ProblemHandler} answers such a failure with its code, 503 and
 * Retry-After, instead of INTERNAL_ERROR.
 */
@FunctionalInterface
public interface RetryableFaults {
    /** The code of a failure a retry can cure, or empty. */
    Optional<RejectionCode> classify(Throwable failure);
}
