package dev.duality.app.support;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.fail;

/**
 * A Server-Sent Events client for tests: opens a stream with {@link java.net.http.HttpClient}, reads the body line by
 * line on a thread of its own and hands out the events and the heartbeat comments in the order they came. A read
 * that gets nothing within {@link #GUARD} fails the test (a guard against hanging, not a timing assertion). Closing it
 * disconnects from the server.
 */
public final class EventStream implements AutoCloseable {
    /** How long a read waits before the test fails: far beyond any heartbeat or poll interval. */
    public static final Duration GUARD = Duration.ofSeconds(30);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Object END = new Object();

    private final HttpResponse<InputStream> response;
    private final BlockingQueue<Object> events = new LinkedBlockingQueue<>();
    private final BlockingQueue<Object> comments = new LinkedBlockingQueue<>();
    private final Thread reader;

    /** One SSE event: its {@code id}, {@code event} (type) and {@code data} fields. */
    public record Event(String id, String type, String data) {
        public long seq() {
            return Long.parseLong(id);
        }

        public JsonNode json() {
            return JSON.readTree(data);
        }
    }

    private EventStream(HttpResponse<InputStream> response) {
        this.response = response;
        if (response.statusCode() == 200) {
            reader = new Thread(this::read, "event-stream-reader");
            reader.setDaemon(true);
            reader.start();
        } else {
            reader = null;
        }
    }

    /** Opens {@code path} (GET) with the client's token and any further headers. */
    public static EventStream open(Api api, String path, Map<String, String> headers) {
        return new EventStream(api.exchange(HttpRequest.newBuilder(URI.create(api.url(path))).GET(), headers,
                HttpResponse.BodyHandlers.ofInputStream()));
    }

    public static EventStream open(Api api, String path) {
        return open(api, path, Map.of());
    }

    /**
     * A stream's answer as a plain response, for tests that call every endpoint alike: its status and headers, and as
     * text the first event (then it disconnects) or, for a refusal, the whole problem document.
     */
    public static Api.Response firstEvent(Api api, String path, Map<String, String> headers) {
        try (EventStream stream = open(api, path, headers)) {
            if (stream.status() != 200) {
                return stream.refusal();
            }
            Event first = stream.next();
            return new Api.Response(200, stream.response.headers(),
                    "id: " + first.id() + "\nevent: " + first.type() + "\ndata: " + first.data() + "\n");
        }
    }

    public int status() {
        return response.statusCode();
    }

    public String header(String name) {
        return response.headers().firstValue(name).orElse(null);
    }

    /** A refused stream's answer (not 200), read whole. */
    public Api.Response refusal() {
        if (status() == 200) {
            fail("the stream was opened, not refused");
        }
        try (InputStream body = response.body()) {
            return new Api.Response(status(), response.headers(),
                    new String(body.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The next event (heartbeats are kept apart); fails when the stream ends first or nothing comes. */
    public Event next() {
        Object item = take(events, "an event");
        if (item == END) {
            fail("the stream ended instead of sending an event");
        }
        return (Event) item;
    }

    /** The next {@code count} events. */
    public List<Event> next(int count) {
        List<Event> received = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            received.add(next());
        }
        return received;
    }

    /** The next heartbeat comment's text (after the colon). */
    public String nextComment() {
        Object item = take(comments, "a heartbeat");
        if (item == END) {
            fail("the stream ended instead of sending a heartbeat");
        }
        return (String) item;
    }

    /** Waits until the server ends the stream; answers the events that came before the end. */
    public List<Event> rest() {
        List<Event> received = new ArrayList<>();
        for (Object item = take(events, "the end of the stream"); item != END;
             item = take(events, "the end of the stream")) {
            received.add((Event) item);
        }
        return received;
    }

    /** Disconnects, as a client that goes away does. */
    @Override
    public void close() {
        try {
            response.body().close();
        } catch (IOException ignored) {
            // closing is all that is asked
        }
        if (reader != null) {
            reader.interrupt();
            try {
                reader.join(GUARD.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static Object take(BlockingQueue<Object> queue, String what) {
        try {
            Object item = queue.poll(GUARD.toMillis(), TimeUnit.MILLISECONDS);
            if (item == null) {
                fail("no " + what + " within " + GUARD);
            }
            if (item == END) {
                // leave the end for whoever reads next
                queue.add(END);
            }
            return item;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Parses the body as the SSE format says: fields until a blank line make an event; ':' starts a comment. */
    private void read() {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(response.body(),
                StandardCharsets.UTF_8))) {
            String id = null;
            String type = null;
            StringBuilder data = null;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isEmpty()) {
                    if (id != null || type != null || data != null) {
                        events.add(new Event(id, type, data == null ? "" : data.toString()));
                    }
                    id = null;
                    type = null;
                    data = null;
                } else if (line.startsWith(":")) {
                    comments.add(line.substring(1).strip());
                } else {
                    int colon = line.indexOf(':');
                    String field = colon < 0 ? line : line.substring(0, colon);
                    String value = colon < 0 ? "" : line.substring(colon + 1);
                    value = value.startsWith(" ") ? value.substring(1) : value;
                    switch (field) {
                        case "id" -> id = value;
                        case "event" -> type = value;
                        case "data" -> data = data == null ? new StringBuilder(value) : data.append('\n').append(value);
                        default -> {
                            // retry and unknown fields: nothing a test reads
                        }
                    }
                }
            }
        } catch (IOException | UncheckedIOException closed) {
            // the test closed the stream
        } finally {
            events.add(END);
            comments.add(END);
        }
    }
}
