package dev.duality.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** JSON over HTTP to the service, as a game client sends it. */
final class Api {
    static final ObjectMapper JSON = new ObjectMapper();

    /** One answer: its status and its JSON body (an empty object when it has none). */
    record Answer(int status, JsonNode body) {
        boolean ok() {
            return status >= 200 && status < 300;
        }

        String text(String field) {
            return body.path(field).asText();
        }

        Answer require() {
            if (!ok()) {
                throw new IllegalStateException("HTTP " + status + ": " + body);
            }
            return this;
        }
    }

    private final String host;
    private final int port;
    /** Each load client is a thread of its own, with one kept-alive connection of its own. */
    private final ThreadLocal<Connection> connections = new ThreadLocal<>();

    Api(String baseUrl) {
        URI uri = URI.create(baseUrl);
        this.host = uri.getHost();
        this.port = uri.getPort();
    }

    Answer send(String method, String path, String token, String body) {
        return send(method, path, token, body, null);
    }

    Answer send(String method, String path, String token, String body, String idempotencyKey) {
        StringBuilder head = new StringBuilder().append(method).append(' ').append(path).append(" HTTP/1.1\r\n")
                .append("Host: ").append(host).append(':').append(port).append("\r\n")
                .append("Accept: application/json\r\n");
        byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        if (body != null) {
            head.append("Content-Type: application/json\r\n");
        }
        if (token != null) {
            head.append("Authorization: Bearer ").append(token).append("\r\n");
        }
        if (idempotencyKey != null) {
            head.append("Idempotency-Key: ").append(idempotencyKey).append("\r\n");
        }
        head.append("Content-Length: ").append(content.length).append("\r\n\r\n");
        try {
            Response response = connection().exchange(head.toString().getBytes(StandardCharsets.US_ASCII), content);
            String text = new String(response.body(), StandardCharsets.UTF_8);
            JsonNode json = text.isBlank() ? JSON.createObjectNode() : JSON.readTree(text);
            return new Answer(response.status(), json);
        } catch (IOException e) {
            close();
            throw new IllegalStateException(method + " " + path + ": " + e, e);
        }
    }

    /** The raw text of a GET, for /actuator/prometheus. */
    String text(String path) {
        String head = "GET " + path + " HTTP/1.1\r\nHost: " + host + ":" + port + "\r\nContent-Length: 0\r\n\r\n";
        try {
            return new String(connection().exchange(head.getBytes(StandardCharsets.US_ASCII), new byte[0]).body(),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            close();
            throw new IllegalStateException("GET " + path + ": " + e, e);
        }
    }

    private Connection connection() throws IOException {
        Connection connection = connections.get();
        if (connection == null || connection.closed()) {
            connection = new Connection(host, port);
            connections.set(connection);
        }
        return connection;
    }

    private void close() {
        Connection connection = connections.get();
        connections.remove();
        if (connection != null) {
            connection.close();
        }
    }

    private record Response(int status, byte[] body) {
    }

    /**
     * A blocking HTTP/1.1 connection kept alive between requests: the plainest client there is, so the latency measured
     * is the service's, not a client library's (the JDK's HttpClient added about a millisecond per request here).
     */
    private static final class Connection {
        /** Tomcat closes a connection idle for 20 s; one idle longer than this is replaced before it is used. */
        private static final long IDLE_NANOS = 10_000_000_000L;
        private final Socket socket;
        private final OutputStream out;
        private final InputStream in;
        private boolean closed;
        private long lastUsed = System.nanoTime();

        Connection(String host, int port) throws IOException {
            socket = new Socket();
            socket.setTcpNoDelay(true);
            socket.connect(new InetSocketAddress(host, port), 10_000);
            socket.setSoTimeout(120_000);
            out = new BufferedOutputStream(socket.getOutputStream(), 8192);
            in = new BufferedInputStream(socket.getInputStream(), 65536);
        }

        boolean closed() {
            return closed || System.nanoTime() - lastUsed > IDLE_NANOS;
        }

        Response exchange(byte[] head, byte[] body) throws IOException {
            out.write(head);
            out.write(body);
            out.flush();
            String statusLine = line();
            if (statusLine == null) {
                throw new IOException("the service closed the connection without an answer");
            }
            int status = Integer.parseInt(statusLine.split(" ")[1]);
            long length = -1;
            boolean chunked = false;
            for (String header = line(); header != null && !header.isEmpty(); header = line()) {
                String name = header.substring(0, header.indexOf(':')).trim().toLowerCase(Locale.ROOT);
                String value = header.substring(header.indexOf(':') + 1).trim();
                switch (name) {
                    case "content-length" -> length = Long.parseLong(value);
                    case "transfer-encoding" -> chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
                    case "connection" -> closed = closed || value.equalsIgnoreCase("close");
                    default -> {
                    }
                }
            }
            ByteArrayOutputStream content = new ByteArrayOutputStream();
            if (chunked) {
                for (int size = Integer.parseInt(line().split(";")[0].trim(), 16); size > 0;
                     size = Integer.parseInt(line().split(";")[0].trim(), 16)) {
                    content.write(in.readNBytes(size));
                    line();
                }
                for (String trailer = line(); trailer != null && !trailer.isEmpty(); trailer = line()) {
                    // trailers are not used
                }
            } else if (length > 0) {
                content.write(in.readNBytes((int) length));
            }
            lastUsed = System.nanoTime();
            if (closed) {
                close();
            }
            return new Response(status, content.toByteArray());
        }

        private String line() throws IOException {
            StringBuilder line = new StringBuilder();
            for (int c = in.read(); c != -1; c = in.read()) {
                if (c == '\n') {
                    int end = line.length();
                    return end > 0 && line.charAt(end - 1) == '\r' ? line.substring(0, end - 1) : line.toString();
                }
                line.append((char) c);
            }
            return line.length() == 0 ? null : line.toString();
        }

        void close() {
            closed = true;
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
    }

    static String quote(String value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
