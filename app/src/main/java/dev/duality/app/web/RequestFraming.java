package dev.duality.app.web;

import dev.duality.core.rejection.Rejected;
import dev.duality.web.ApiRejection;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * What the servlet container would otherwise find out too late: a query string it cannot decode (it fails when a
 * parameter is first read, deep inside a handler, as a 500) and a body larger than the API reads. Both are refused
 * before anything else runs, the query naming the parameter.
 */
final class RequestFraming extends OncePerRequestFilter {
    /** The largest body read: far above any request of the API (texts are at most 4,000 characters). */
    static final long MAX_BODY_BYTES = 1024 * 1024;
    /** A session bundle's import reads more: a campaign's whole journal (docs/operations.md, Session bundles). */
    static final long MAX_BUNDLE_BYTES = 16 * 1024 * 1024;
    static final String BUNDLE_IMPORT = "/admin/v1/bundles";
    private final HandlerExceptionResolver problems;

    RequestFraming(HandlerExceptionResolver problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            requireDecodableQuery(request.getQueryString());
            if (request.getQueryString() != null) {
                readable(request);
            }
            Rejected.unless(request.getContentLengthLong() <= limit(request), ApiRejection.BODY_TOO_LARGE,
                    "the body must be at most " + limit(request) + " bytes");
        } catch (Rejected refused) {
            problems.resolveException(request, response, null, refused);
            return;
        }
        // a body without a length (chunked) is counted as it is read
        chain.doFilter(request.getContentLengthLong() < 0 ? new Bounded(request, limit(request)) : request, response);
    }

    /** Every parameter name and value must be well-formed percent-encoded UTF-8. */
    static void requireDecodableQuery(String query) {
        if (query == null || query.isEmpty()) {
            return;
        }
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            Rejected.unless(!name.isEmpty() || equals < 0, ApiRejection.PARAMETER_INVALID,
                    "a query parameter has a value but no name");
            String decodedName = decode(name);
            String field = decodedName != null ? decodedName : name;
            Rejected.unless(decodedName != null && (equals < 0 || decode(pair.substring(equals + 1)) != null),
                    ApiRejection.PARAMETER_INVALID, field,
                    "parameter '" + field + "' is not percent-encoded UTF-8");
        }
    }

    /**
     * Whatever else Tomcat refuses in a query string (too many parameters, say) it refuses here, once, rather than in
     * the first handler that reads a parameter.
     */
    private static void readable(HttpServletRequest request) {
        try {
            request.getParameterMap();
        } catch (IllegalStateException unreadable) {
            throw new Rejected(ApiRejection.PARAMETER_INVALID, "the query string cannot be read");
        }
    }

    /** The decoded text, or null when a {@code %} escape is broken or the bytes are not UTF-8. */
    private static String decode(String encoded) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(encoded.length());
        for (int i = 0; i < encoded.length(); i++) {
            char c = encoded.charAt(i);
            if (c == '%') {
                if (i + 2 >= encoded.length()) {
                    return null;
                }
                int high = Character.digit(encoded.charAt(i + 1), 16);
                int low = Character.digit(encoded.charAt(i + 2), 16);
                if (high < 0 || low < 0) {
                    return null;
                }
                bytes.write(high << 4 | low);
                i += 2;
            } else if (c == '+') {
                bytes.write(' ');
            } else {
                bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray()))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    static long limit(HttpServletRequest request) {
        return BUNDLE_IMPORT.equals(request.getRequestURI()) ? MAX_BUNDLE_BYTES : MAX_BODY_BYTES;
    }

    /** A request whose body stops being read once it passes its limit. */
    private static final class Bounded extends HttpServletRequestWrapper {
        private final long limit;
        private ServletInputStream bounded;

        Bounded(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (bounded == null) {
                bounded = new BoundedStream(super.getInputStream(), limit);
            }
            return bounded;
        }
    }

    private static final class BoundedStream extends ServletInputStream {
        private final ServletInputStream body;
        private final long limit;
        private long read;

        BoundedStream(ServletInputStream body, long limit) {
            this.body = body;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = body.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = body.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) {
            read += n;
            Rejected.unless(read <= limit, ApiRejection.BODY_TOO_LARGE, "the body must be at most " + limit + " bytes");
        }

        @Override
        public boolean isFinished() {
            return body.isFinished();
        }

        @Override
        public boolean isReady() {
            return body.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            body.setReadListener(listener);
        }
    }
}
