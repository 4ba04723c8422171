package dev.duality.core.rejection;

/** How a rejection is classified; the HTTP layer maps each category to one status code. */
public enum Category {
    /** The request itself is malformed or a value is out of its allowed form (400). */
    INVALID_INPUT,
    /** No credentials, or credentials that are not valid (401). */
    UNAUTHENTICATED,
    /** The caller is known but may not do this (403). */
    FORBIDDEN,
    /** A referenced campaign, participant or character does not exist (404). */
    NOT_FOUND,
    /** The request conflicts with current state, e.g. a duplicate or a concurrent change (409). */
    CONFLICT,
    /** The request is well formed but a game or lifecycle rule forbids it (422). */
    RULE_VIOLATION,
    /** An unexpected server fault (500); never the answer to bad input. */
    INTERNAL,
    /** The service cannot take this request now, for reasons of capacity or shutdown; retry later (503). */
    UNAVAILABLE
}
