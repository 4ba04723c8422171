package dev.duality.web;

import dev.duality.core.envelope.Actors;
import dev.duality.core.envelope.Envelope;
import dev.duality.core.rejection.Rejected;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The envelope metadata of the HTTP request being served: a correlation id (the client's {@code X-Correlation-Id} or
 * a new one), the client's {@code Idempotency-Key} as request id, and the acting principal.
 */
public final class RequestEnvelope {
    public static final String CORRELATION_HEADER = "X-Correlation-Id";
    public static final String IDEMPOTENCY_HEADER = "Idempotency-Key";
    /** Request attribute where authentication leaves the acting principal's id. */
    public static final String ACTOR_ATTRIBUTE = RequestEnvelope.class.getName() + ".actor";
    /**
     * Request attribute where the idempotency filter leaves the id of its claim on the request's key; commands carry
     * it as metadata {@link #IDEMPOTENCY_CLAIM} (never copied to events), so their transaction can mark the key
     * committed.
     */
    public static final String IDEMPOTENCY_CLAIM_ATTRIBUTE = RequestEnvelope.class.getName() + ".idempotencyClaim";
    public static final String IDEMPOTENCY_CLAIM = "idempotency_claim";
    private static final String CORRELATION_ATTRIBUTE = RequestEnvelope.class.getName() + ".correlation";
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    private RequestEnvelope() {
    }

    /** Metadata for a command sent while serving the current request, optionally naming the actor explicitly. */
    public static Map<String, Object> current(String actorOverride) {
        HttpServletRequest request = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest();
        Map<String, Object> metadata = new HashMap<>();
        metadata.put(Envelope.CORRELATION_ID, correlationId(request));
        String requestId = header(request, IDEMPOTENCY_HEADER);
        if (requestId != null) {
            metadata.put(Envelope.REQUEST_ID, requestId);
        }
        Object claim = request.getAttribute(IDEMPOTENCY_CLAIM_ATTRIBUTE);
        if (claim != null) {
            metadata.put(IDEMPOTENCY_CLAIM, claim);
        }
        Object actor = actorOverride != null ? actorOverride : request.getAttribute(ACTOR_ATTRIBUTE);
        metadata.put(Envelope.ACTOR_ID, actor != null ? actor : Actors.ANONYMOUS);
        return metadata;
    }

    /** One correlation id per request, so every command the request sends shares it. */
    public static String correlationId(HttpServletRequest request) {
        Object known = request.getAttribute(CORRELATION_ATTRIBUTE);
        if (known != null) {
            return known.toString();
        }
        String given = header(request, CORRELATION_HEADER);
        String id = given != null ? given : UUID.randomUUID().toString();
        request.setAttribute(CORRELATION_ATTRIBUTE, id);
        return id;
    }

    /** Refuses a malformed X-Correlation-Id or Idempotency-Key before anything else is read, whatever the endpoint. */
    public static void requireValidHeaders(HttpServletRequest request) {
        correlationId(request);
        header(request, IDEMPOTENCY_HEADER);
    }

    private static String header(HttpServletRequest request, String name) {
        String value = request.getHeader(name);
        if (value == null) {
            return null;
        }
        Rejected.unless(TOKEN.matcher(value).matches(), ApiRejection.HEADER_INVALID, name,
                name + " must be 1-128 characters of letters, digits and . _ : -");
        return value;
    }
}
