package dev.duality.core.rejection;

/**
 * A command or value was refused. Carries a stable code and, where one input caused it, the offending field
 * (snake_case, as clients send it). A rejection never applies an event.
 */
public class Rejected extends RuntimeException {
    /** Set while recorded messages are read back, when value checks refuse nothing a limit alone forbids. */
    private static final ThreadLocal<Boolean> READING_RECORDED = new ThreadLocal<>();
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
        if (refuses(condition, code)) {
            throw new Rejected(code, message);
        }
    }

    public static void unless(boolean condition, RejectionCode code, String field, String message) {
        if (refuses(condition, code)) {
            throw new Rejected(code, field, message);
        }
    }

    /**
     * Reads recorded messages (events, snapshots) back: the value types' checks apply to what commands bring, not to
     * what the journal holds, so a limit tightened since an event was recorded never makes it, or the aggregate that
     * folds it, unreadable. Only codes that {@link RejectionCode#refusesRecordedValues() refuse recorded values}
     * still refuse.
     */
    public static <T> T readingRecorded(java.util.function.Supplier<T> read) {
        Boolean outer = READING_RECORDED.get();
        READING_RECORDED.set(Boolean.TRUE);
        try {
            return read.get();
        } finally {
            if (outer == null) {
                READING_RECORDED.remove();
            }
        }
    }

    private static boolean refuses(boolean condition, RejectionCode code) {
        return !condition && (READING_RECORDED.get() == null || code.refusesRecordedValues());
    }
}
