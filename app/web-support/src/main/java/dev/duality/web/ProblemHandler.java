package dev.duality.web;

import dev.duality.core.rejection.Category;
import dev.duality.core.rejection.Rejected;
import dev.duality.core.session.SessionNotReady;
import dev.duality.core.rejection.RejectionCode;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.async.AsyncRequestNotUsableException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Turns every failure into an RFC 9457 problem+json answer with a stable {@code code} and, where one input caused it,
 * the {@code field}. Bad input never becomes a 500. The status is the code's category's (see {@link #status}), except
 * for Spring MVC's own refusals of a route, method or media type, which keep theirs (404, 405, 406, 415).
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ProblemHandler {
    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);
    private static final String TYPE_BASE = "https://duality.dev/problems/";
    /** How long a client waits before retrying a request the database could not serve. */
    static final String RETRY_AFTER_SECONDS = "1";
    private final ObjectProvider<RetryableFaults> retryable;

    public ProblemHandler(ObjectProvider<RetryableFaults> retryable) {
        this.retryable = retryable;
    }

    @ExceptionHandler(Rejected.class)
    ResponseEntity<ProblemDetail> rejected(Rejected rejection, HttpServletRequest request) {
        ResponseEntity<ProblemDetail> answer = problem(rejection.code(), rejection.field(), rejection.getMessage(),
                request);
        if (rejection instanceof SessionNotReady notReady) {
            // every blocker, in the fixed readiness order, so a client can show the whole checklist at once
            answer.getBody().setProperty("blockers", notReady.blockers().stream().map(b -> {
                Map<String, String> blocker = new LinkedHashMap<>();
                blocker.put("code", b.code().name());
                if (b.characterId() != null) {
                    blocker.put("character_id", b.characterId());
                }
                blocker.put("message", b.message());
                return blocker;
            }).toList());
        }
        return answer;
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
        Rejected value = causeOfType(e, Rejected.class);
        if (value != null) {
            // a smart constructor refused a value while the body was being read
            return rejected(value, request);
        }
        UnrecognizedPropertyException unknown = causeOfType(e, UnrecognizedPropertyException.class);
        if (unknown != null) {
            return problem(ApiRejection.UNKNOWN_FIELD, path(unknown), "unknown field '" + unknown.getPropertyName() + "'",
                    request);
        }
        MismatchedInputException mismatch = causeOfType(e, MismatchedInputException.class);
        // a mismatch before the first token means a blank body, answered below as BODY_REQUIRED
        if (mismatch != null && mismatch.getCurrentToken() != null) {
            String field = path(mismatch);
            return problem(ApiRejection.WRONG_TYPE, field, field == null ? "the body must be a JSON object"
                    : "field '" + field + "' has the wrong type or value", request);
        }
        if (causeOfType(e, StreamReadException.class) != null) {
            return problem(ApiRejection.MALFORMED_JSON, null, "the body is not valid JSON", request);
        }
        // no body, a blank one or a JSON null
        return problem(ApiRejection.BODY_REQUIRED, null, "a JSON body is required", request);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> parameterType(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        Rejected value = causeOfType(e, Rejected.class);
        if (value != null) {
            return rejected(value, request);
        }
        return problem(ApiRejection.PARAMETER_INVALID, e.getName(), "parameter '" + e.getName() + "' is malformed",
                request);
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ProblemDetail> missingParameter(MissingServletRequestParameterException e, HttpServletRequest request) {
        return problem(ApiRejection.PARAMETER_INVALID, e.getParameterName(),
                "parameter '" + e.getParameterName() + "' is required", request);
    }

    @ExceptionHandler({NoHandlerFoundException.class, NoResourceFoundException.class})
    ResponseEntity<ProblemDetail> noRoute(ErrorResponse e, HttpServletRequest request) {
        return refused(e, ApiRejection.ROUTE_NOT_FOUND, "no endpoint at " + request.getRequestURI(), request);
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ProblemDetail> method(HttpRequestMethodNotSupportedException e, HttpServletRequest request) {
        return refused(e, ApiRejection.METHOD_NOT_ALLOWED, e.getMethod() + " is not supported here", request);
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> mediaType(HttpMediaTypeNotSupportedException e, HttpServletRequest request) {
        return refused(e, ApiRejection.UNSUPPORTED_MEDIA_TYPE, "send the body as application/json", request);
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ResponseEntity<ProblemDetail> notAcceptable(HttpMediaTypeNotAcceptableException e, HttpServletRequest request) {
        return refused(e, ApiRejection.NOT_ACCEPTABLE, "this endpoint answers " + e.getSupportedMediaTypes().stream()
                .filter(type -> !type.equals(MediaType.APPLICATION_PROBLEM_JSON)).map(MediaType::toString)
                .findFirst().orElse(MediaType.APPLICATION_JSON_VALUE) + " only", request);
    }

    /** The client of a streamed answer (an event stream) went away: nobody is left to answer, nothing went wrong. */
    @ExceptionHandler(AsyncRequestNotUsableException.class)
    void disconnected(HttpServletResponse response) {
        log.debug("the client of a streamed answer disconnected");
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e, HttpServletRequest request, HttpServletResponse response) {
        Rejected rejection = causeOfType(e, Rejected.class);
        if (rejection != null) {
            return rejected(rejection, request);
        }
        if (e instanceof ErrorResponse refusal && refusal.getStatusCode().is4xxClientError()) {
            // another of Spring MVC's own refusals (a missing header, a failed method validation): its status kept
            String detail = refusal.getBody().getDetail();
            return refused(refusal, codeFor(refusal.getStatusCode()),
                    detail != null ? detail : "the request was refused", request);
        }
        RejectionCode fault = retryable.orderedStream().map(faults -> faults.classify(e).orElse(null))
                .filter(java.util.Objects::nonNull).findFirst().orElse(null);
        if (fault != null) {
            log.warn("{} serving {} {}: {}", fault, request.getMethod(), instance(request), e.toString());
            HttpHeaders headers = new HttpHeaders();
            if (response.getHeader(HttpHeaders.RETRY_AFTER) == null) {
                headers.set(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
            }
            return problem(status(fault.category()), headers, fault, null, fault == ApiRejection.DATABASE_BUSY
                    ? "the database was busy with other changes; nothing was written, retry shortly"
                    : "the service cannot serve this right now; nothing was written, retry shortly", request);
        }
        log.error("Unexpected failure serving {} {}", request.getMethod(), instance(request), e);
        return problem(ApiRejection.INTERNAL_ERROR, null,
                "an unexpected error occurred; correlation id " + correlationId(request), request);
    }

    static ResponseEntity<ProblemDetail> problem(RejectionCode code, String field, String detail,
                                                 HttpServletRequest request) {
        HttpStatusCode status = code == ApiRejection.BODY_TOO_LARGE ? HttpStatus.CONTENT_TOO_LARGE
                : status(code.category());
        return problem(status, HttpHeaders.EMPTY, code, field, detail, request);
    }

    /**
     * The answer to a refusal the servlet container or a filter made with a bare status and no exception (a malformed
     * URL, a body too large, a route or method nobody serves): the same status, with the code that status means.
     */
    public static ResponseEntity<ProblemDetail> forStatus(int status, HttpServletRequest request) {
        HttpStatusCode code = HttpStatusCode.valueOf(status);
        if (!code.is4xxClientError()) {
            return problem(HttpStatus.INTERNAL_SERVER_ERROR, HttpHeaders.EMPTY, ApiRejection.INTERNAL_ERROR, null,
                    "an unexpected error occurred; correlation id " + correlationId(request), request);
        }
        return problem(code, HttpHeaders.EMPTY, codeFor(code), null,
                "the server refused the request (HTTP " + status + ")", request);
    }

    /** The code of a client error known only by its HTTP status. */
    private static RejectionCode codeFor(HttpStatusCode status) {
        return switch (status.value()) {
            case 404 -> ApiRejection.ROUTE_NOT_FOUND;
            case 405 -> ApiRejection.METHOD_NOT_ALLOWED;
            case 406 -> ApiRejection.NOT_ACCEPTABLE;
            case 413 -> ApiRejection.BODY_TOO_LARGE;
            case 415 -> ApiRejection.UNSUPPORTED_MEDIA_TYPE;
            default -> ApiRejection.REQUEST_MALFORMED;
        };
    }

    /** Spring MVC's own refusals keep their HTTP status (404, 405, 406, 415) and headers (Allow, Accept). */
    private static ResponseEntity<ProblemDetail> refused(ErrorResponse e, RejectionCode code, String detail,
                                                         HttpServletRequest request) {
        return problem(e.getStatusCode(), e.getHeaders(), code, null, detail, request);
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatusCode status, HttpHeaders headers, RejectionCode code,
                                                         String field, String detail, HttpServletRequest request) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(status, detail);
        body.setType(URI.create(TYPE_BASE + code.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')));
        body.setTitle(code.name());
        body.setInstance(instance(request));
        body.setProperty("code", code.name());
        if (field != null) {
            body.setProperty("field", field);
        }
        String correlationId = correlationId(request);
        if (correlationId != null) {
            body.setProperty("correlation_id", correlationId);
        }
        return ResponseEntity.status(status).headers(headers).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(body);
    }

    /**
     * The path that was refused: on the container's error dispatch the original one, not the error page's. A raw path
     * that is no valid URI (it was refused for that) is quoted, so the answer never fails on it.
     */
    private static URI instance(HttpServletRequest request) {
        Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = original != null ? original.toString() : request.getRequestURI();
        try {
            return URI.create(path);
        } catch (IllegalArgumentException notAUri) {
            try {
                return new URI(null, null, path, null);
            } catch (java.net.URISyntaxException e) {
                return URI.create("about:blank");
            }
        }
    }

    /** The request's correlation id, or null when the client's X-Correlation-Id is itself the bad input. */
    private static String correlationId(HttpServletRequest request) {
        try {
            return RequestEnvelope.correlationId(request);
        } catch (Rejected malformedHeader) {
            return null;
        }
    }

    /** The HTTP status of each category; documented in docs/errors.md. */
    public static HttpStatus status(Category category) {
        return switch (category) {
            case INVALID_INPUT -> HttpStatus.BAD_REQUEST;
            case UNAUTHENTICATED -> HttpStatus.UNAUTHORIZED;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT -> HttpStatus.CONFLICT;
            case RULE_VIOLATION -> HttpStatus.UNPROCESSABLE_ENTITY;
            case INTERNAL -> HttpStatus.INTERNAL_SERVER_ERROR;
            case UNAVAILABLE -> HttpStatus.SERVICE_UNAVAILABLE;
        };
    }

    /** The JSON path of the offending field, as the client spelled it, e.g. {@code game_system.id}. */
    private static String path(JacksonException e) {
        String path = e.getPath().stream()
                .map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
        return path.isEmpty() ? null : path;
    }

    private static <T extends Throwable> T causeOfType(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }
}
