package dev.duality.core.rejection;

/**
 * A command or value was refused. Carries a stable code and, where one input caused it, the offending field
 * (snake_case, as clients send it). A rejection never applies an event.
 */
public class Rejected extends RuntimeException {
    private final RejectionCode code;
    private final String field;

    public Rejected(RejectionCode code, String field, String message) {
        super(message, null, false, false);
        this.code = code;
        this.field = field;
    }

    public Rejected(RejectionCode code, String message) {
        this(code, null, message);
    }

    public RejectionCode code() {
        return code;
    }

    /** The input field that caused the rejection, or null when it is about state rather than one field. */
    public String field() {
        return field;
    }

    /** Throws a rejection unless {@code condition} holds: the guard-clause form used by command handlers. */
    public static void unless(boolean condition, RejectionCode code, String message) {
        if (!condition) {
            throw new Rejected(code, message);
        }
    }

    public static void unless(boolean condition, RejectionCode code, String field, String message) {
        if (!condition) {
            throw new Rejected(code, field, message);
        }
    }
}
