package dev.duality.app.web;

import dev.duality.web.ApiRejection;
import dev.duality.web.RequestEnvelope;

import dev.duality.app.persistence.DryRun;
import dev.duality.app.persistence.IdempotencyStore;
import dev.duality.web.Caller;
import dev.duality.app.security.Secrets;
import dev.duality.core.envelope.Actors;
import dev.duality.core.rejection.Rejected;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * {@code Idempotency-Key} on every API POST: the first answer (success or refusal) is stored per caller and key, and a
 * repeat of the same request gets that answer again, marked {@code Idempotent-Replayed: true}, with no second effect.
 * The same key with a different request is refused. A repeat while the first is still running waits for its answer
 * (at most {@link IdempotencyProperties#repeatWait()}), then is refused with {@code IDEMPOTENCY_KEY_IN_PROGRESS}.
 * <p>
 * Under retries and crashes: each attempt holds the key by a lease its node renews while the request runs. The
 * command's own transaction marks the key committed ({@code IdempotencyCommitMarker}); a server fault (5xx) frees the
 * key only if nothing committed. A retry that finds the lease run out runs the command again if it never committed
 * (the node died first), or else gets a <em>recovered</em> answer built from the journal ({@link #recovered}). Keys
 * expire after {@link IdempotencyProperties#retention()}; an expired key is new again.
 * <p>
 * Secrets are shown once: an access token or invite code in a successful answer is never stored, so a replay carries
 * everything but them ({@link #SECRET_FIELDS} are null in it).
 */
public final class IdempotencyFilter extends OncePerRequestFilter {
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";
    /** Marks an answer rebuilt from the journal: the command committed but its answer was lost. */
    public static final String RECOVERED_HEADER = "Idempotent-Recovered";
    /** Fields of successful answers that hold secrets shown once: a new access token, a new invite code. */
    public static final List<String> SECRET_FIELDS = List.of("access_token", "code");
    /**
     * Anonymous callers share one scope, and their answers hold secrets (a new owner's token), so their key must be
     * unguessable: at least this long, e.g. a UUID.
     */
    public static final int MIN_ANONYMOUS_KEY_LENGTH = 32;
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9._:-]{1,128}");
    private static final long POLL_MILLIS = 50;
    private final IdempotencyStore store;
    private final HandlerExceptionResolver problems;
    private final JsonMapper json;
    private final IdempotencyProperties settings;
    private final ScheduledExecutorService leases;
    private final HandlerMapping handlers;

    public IdempotencyFilter(IdempotencyStore store, HandlerExceptionResolver problems, JsonMapper json,
                             IdempotencyProperties settings, ScheduledExecutorService leases,
                             HandlerMapping handlers) {
        this.store = store;
        this.problems = problems;
        this.json = json;
        this.settings = settings;
        this.leases = leases;
        this.handlers = handlers;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String key = request.getHeader(RequestEnvelope.IDEMPOTENCY_HEADER);
        // a malformed key is refused with HEADER_INVALID by the API's header check; a dry run stores nothing, its key
        // neither (a real request with the same key afterwards runs)
        return !"POST".equals(request.getMethod()) || !request.getRequestURI().startsWith("/api/")
                || key == null || !KEY.matcher(key).matches() || DryRun.active();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader(RequestEnvelope.IDEMPOTENCY_HEADER);
        String scope = Caller.current().map(Caller::actorId).orElse(Actors.ANONYMOUS);
        if (scope.equals(Actors.ANONYMOUS) && key.length() < MIN_ANONYMOUS_KEY_LENGTH) {
            problems.resolveException(request, response, null, new Rejected(ApiRejection.HEADER_INVALID,
                    RequestEnvelope.IDEMPOTENCY_HEADER, "without a token, an Idempotency-Key needs at least "
                    + MIN_ANONYMOUS_KEY_LENGTH + " characters (use a UUID)"));
            return;
        }
        byte[] body = request.getInputStream().readAllBytes();
        String fingerprint = fingerprint(request, body);
        String claim = UUID.randomUUID().toString();
        long deadline = System.nanoTime() + settings.repeatWait().toNanos();
        while (true) {
            Optional<IdempotencyStore.Entry> stored = store.claim(scope, key, fingerprint, claim, settings.lease(),
                    settings.retention());
            if (stored.isEmpty()) {
                run(claim, new CachedBodyRequest(request, body), response, chain);
                return;
            }
            IdempotencyStore.Entry entry = stored.get();
            if (!entry.fingerprint().equals(fingerprint)) {
                problems.resolveException(request, response, null, new Rejected(ApiRejection.IDEMPOTENCY_KEY_REUSED,
                        RequestEnvelope.IDEMPOTENCY_HEADER, "this Idempotency-Key was used for a different request"));
                return;
            }
            if (entry.answered()) {
                replay(entry, response);
                return;
            }
            if (entry.committed() && entry.leaseExpired()) {
                recovered(entry, request, response);
                return;
            }
            if (System.nanoTime() >= deadline) {
                problems.resolveException(request, response, null, new Rejected(
                        ApiRejection.IDEMPOTENCY_KEY_IN_PROGRESS, RequestEnvelope.IDEMPOTENCY_HEADER,
                        "the first request with this Idempotency-Key is still running"));
                return;
            }
            // the first attempt is running (or its node died and its lease has not run out yet)
            pause();
        }
    }

    /** Runs the request as the key's holder, renewing the lease meanwhile, and stores its answer. */
    private void run(String claim, HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        request.setAttribute(RequestEnvelope.IDEMPOTENCY_CLAIM_ATTRIBUTE, claim);
        long every = settings.lease().toMillis() / 3;
        ScheduledFuture<?> renewal = leases.scheduleAtFixedRate(() -> renew(claim), every, every,
                TimeUnit.MILLISECONDS);
        ContentCachingResponseWrapper recorded = new ContentCachingResponseWrapper(response);
        boolean completed = false;
        try {
            chain.doFilter(request, recorded);
            if (recorded.getStatus() < 500) {
                store.complete(claim, recorded.getStatus(), recorded.getContentType(),
                        recorded.getHeader("Location"), withoutSecrets(recorded));
                completed = true;
            }
        } finally {
            renewal.cancel(false);
            if (!completed) {
                // freed if nothing committed; else kept, its lease ended, so a retry gets the recovered answer
                store.abandon(claim);
            }
            recorded.copyBodyToResponse();
        }
    }

    private void renew(String claim) {
        try {
            store.renew(claim, settings.lease());
        } catch (RuntimeException e) {
            // the next renewal tries again; a failure thrown from here would cancel them all
            logger.warn("renewing an Idempotency-Key lease failed", e);
        }
    }

    private static void pause() throws ServletException {
        try {
            Thread.sleep(POLL_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServletException("interrupted while waiting for an Idempotency-Key's first answer", e);
        }
    }

    /** A successful JSON answer with its secret fields nulled; problem answers hold no secrets (their code is one). */
    private byte[] withoutSecrets(ContentCachingResponseWrapper recorded) {
        byte[] body = recorded.getContentAsByteArray();
        boolean successfulJson = recorded.getStatus() < 300 && recorded.getContentType() != null
                && recorded.getContentType().startsWith("application/json") && body.length > 0;
        if (!successfulJson) {
            return body;
        }
        JsonNode answer = json.readTree(body);
        if (answer instanceof ObjectNode object) {
            SECRET_FIELDS.stream().filter(object::has).forEach(object::putNull);
        }
        return json.writeValueAsBytes(answer);
    }

    private void replay(IdempotencyStore.Entry stored, HttpServletResponse response) throws IOException {
        response.setStatus(stored.status());
        if (stored.contentType() != null) {
            response.setContentType(stored.contentType());
        }
        if (stored.location() != null) {
            response.setHeader("Location", stored.location());
        }
        response.setHeader(REPLAYED_HEADER, "true");
        if (stored.body() != null) {
            response.getOutputStream().write(stored.body());
        }
    }

    /**
     * The answer to a key whose command committed but whose answer was never stored (its node died, or the answer
     * failed after the commit): the endpoint's documented success status, and unless that is 204 a JSON object with
     * {@code "recovered": true}, every top-level {@code *_id} and {@code *_seq} field of the committed events'
     * payloads (the first event naming it wins: the ids the answer would have carried) and {@code events}, the
     * committed events' {@code event_id}, {@code type}, {@code stream_id} and {@code seq}, in journal order. No
     * {@code Location}, no secrets.
     */
    private void recovered(IdempotencyStore.Entry entry, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        int status = documentedSuccess(request);
        response.setStatus(status);
        response.setHeader(REPLAYED_HEADER, "true");
        response.setHeader(RECOVERED_HEADER, "true");
        if (status == HttpServletResponse.SC_NO_CONTENT) {
            return;
        }
        ObjectNode answer = json.createObjectNode();
        answer.put("recovered", true);
        ArrayNode events = json.createArrayNode();
        for (IdempotencyStore.CommittedEvent event : store.committedEvents(entry.eventIds())) {
            JsonNode payload = json.readTree(event.payload());
            for (Map.Entry<String, JsonNode> field : payload.properties()) {
                boolean isId = field.getKey().endsWith("_id") || field.getKey().endsWith("_seq");
                if (isId && field.getValue().isValueNode() && !answer.has(field.getKey())) {
                    answer.set(field.getKey(), field.getValue());
                }
            }
            events.addObject().put("event_id", event.eventId()).put("type", event.type())
                    .put("stream_id", event.streamId()).put("seq", event.seq());
        }
        answer.set("events", events);
        response.setContentType("application/json");
        response.getOutputStream().write(json.writeValueAsBytes(answer));
    }

    /** The first 2xx the endpoint declares ({@code @ApiResponse}); 200 if it declares none. */
    private int documentedSuccess(HttpServletRequest request) {
        try {
            if (!ServletRequestPathUtils.hasParsedRequestPath(request)) {
                ServletRequestPathUtils.parseAndCache(request);
            }
            HandlerExecutionChain handler = handlers.getHandler(request);
            if (handler != null && handler.getHandler() instanceof HandlerMethod method) {
                return Arrays.stream(method.getMethod().getAnnotationsByType(ApiResponse.class))
                        .map(ApiResponse::responseCode).filter(code -> code.matches("2\\d\\d"))
                        .map(Integer::parseInt).findFirst().orElse(HttpServletResponse.SC_OK);
            }
            return HttpServletResponse.SC_OK;
        } catch (Exception e) {
            // a request no endpoint maps never ran a command; any answer will do
            return HttpServletResponse.SC_OK;
        }
    }

    /** The request as the server sees it: method, path, query and body. */
    private static String fingerprint(HttpServletRequest request, byte[] body) {
        return fingerprint(request.getMethod(), request.getRequestURI(), request.getQueryString(), body);
    }

    static String fingerprint(String method, String path, String query, byte[] body) {
        String target = method + " " + path + "?" + (query == null ? "" : query) + "\n";
        return Secrets.sha256Hex(target.getBytes(StandardCharsets.UTF_8), body);
    }

    /** Serves the already-read body again to the rest of the chain. */
    private static final class CachedBodyRequest extends HttpServletRequestWrapper {
        private final byte[] body;

        CachedBodyRequest(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("synchronous reads only");
                }

                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }
            };
        }

        @Override
        public java.io.BufferedReader getReader() {
            return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }
    }
}
