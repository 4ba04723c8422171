package dev.duality.app.persistence;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;
import org.springframework.web.util.ContentCachingResponseWrapper;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;

/**
 * A filter's answer that carries the endpoint's own answer inside it (a dry run's preview, a read's explanation): the
 * endpoint wrote into a buffer, and the client gets 200 with a JSON document built around what it wrote.
 */
public final class WrappedAnswer {
    private WrappedAnswer() {
    }

    /**
     * Takes the endpoint's buffered answer (null when it wrote none) and answers {@code wrap}'s document instead.
     */
    public static void write(ContentCachingResponseWrapper endpoint, HttpServletResponse response, JsonMapper json,
                             Function<JsonNode, Object> wrap) throws IOException {
        byte[] body = endpoint.getContentAsByteArray();
        endpoint.resetBuffer();
        byte[] written = json.writeValueAsBytes(wrap.apply(body.length == 0 ? null : json.readTree(body)));
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setContentLength(written.length);
        response.getOutputStream().write(written);
    }
}
