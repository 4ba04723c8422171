package dev.duality.app.web;

import dev.duality.web.ApiRejection;
import dev.duality.web.RequestEnvelope;

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
import tools.jackson.databind.node.ObjectNode;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * {@code Idempotency-Key} on every API POST: the first answer (success or refusal) is stored per caller and key, and a
 * repeat of the same request gets that answer again, marked {@code Idempotent-Replayed: true}, with no second effect.
 * The same key with a different request is refused; so is a repeat while the first is still running. Server faults
 * (5xx) free the key so the client can retry.
 * <p>
 * Secrets are shown once: an access token or invite code in a successful answer is never stored, so a replay carries
 * everything but them ({@link #SECRET_FIELDS} are null in it).
 */
public final class IdempotencyFilter extends OncePerRequestFilter {
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";
    /** Fields of successful answers that hold secrets shown once: a new access token, a new invite code. */
    public static final List<String> SECRET_FIELDS = List.of("access_token", "code");
    /**
     * Anonymous callers share one scope, and their answers hold secrets (a new owner's token), so their key must be
     * unguessable: at least this long, e.g. a UUID.
     */
    public static final int MIN_ANONYMOUS_KEY_LENGTH = 32;
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9._:-]{1,128}");
    private final IdempotencyStore store;
    private final HandlerExceptionResolver problems;

    private final JsonMapper json;

    public IdempotencyFilter(IdempotencyStore store, HandlerExceptionResolver problems, JsonMapper json) {
        this.store = store;
        this.problems = problems;
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String key = request.getHeader(RequestEnvelope.IDEMPOTENCY_HEADER);
        // a malformed key is refused with HEADER_INVALID by the API's header check
        return !"POST".equals(request.getMethod()) || !request.getRequestURI().startsWith("/api/")
                || key == null || !KEY.matcher(key).matches();
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
        Optional<IdempotencyStore.Entry> stored = store.claim(scope, key, fingerprint);
        if (stored.isPresent()) {
            answerFrom(stored.get(), fingerprint, request, response);
            return;
        }
        ContentCachingResponseWrapper recorded = new ContentCachingResponseWrapper(response);
        boolean completed = false;
        try {
            chain.doFilter(new CachedBodyRequest(request, body), recorded);
            if (recorded.getStatus() < 500) {
                store.complete(scope, key, recorded.getStatus(), recorded.getContentType(),
                        recorded.getHeader("Location"), withoutSecrets(recorded));
                completed = true;
            }
        } finally {
            if (!completed) {
                store.release(scope, key);
            }
            recorded.copyBodyToResponse();
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

    private void answerFrom(IdempotencyStore.Entry stored, String fingerprint, HttpServletRequest request,
                            HttpServletResponse response) throws IOException {
        if (!stored.fingerprint().equals(fingerprint)) {
            problems.resolveException(request, response, null, new Rejected(ApiRejection.IDEMPOTENCY_KEY_REUSED,
                    RequestEnvelope.IDEMPOTENCY_HEADER, "this Idempotency-Key was used for a different request"));
            return;
        }
        if (stored.status() == null) {
            problems.resolveException(request, response, null, new Rejected(ApiRejection.IDEMPOTENCY_KEY_IN_PROGRESS,
                    RequestEnvelope.IDEMPOTENCY_HEADER, "the first request with this Idempotency-Key is still running"));
            return;
        }
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

    /** The request as the server sees it: method, path, query and body. */
    private static String fingerprint(HttpServletRequest request, byte[] body) {
        String target = request.getMethod() + " " + request.getRequestURI() + "?"
                + (request.getQueryString() == null ? "" : request.getQueryString()) + "\n";
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
