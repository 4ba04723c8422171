package dev.duality.core.envelope;

/** Metadata keys of command and event envelopes, as stored in the journal. */
public final class Envelope {
    /** One per client request, stable across retries of that request. */
    public static final String CORRELATION_ID = "correlation_id";
    /** The id of the command message that caused an event. */
    public static final String CAUSATION_ID = "causation_id";
    /** The participant (or admin principal) who asked. */
    public static final String ACTOR_ID = "actor_id";
    /** The client's idempotency key, when it sent one. */
    public static final String REQUEST_ID = "request_id";
    /** System commands and events only: the owning game system and its version. */
    public static final String SYSTEM_ID = "system_id";
    public static final String SYSTEM_VERSION = "system_version";

    private Envelope() {
    }
}
