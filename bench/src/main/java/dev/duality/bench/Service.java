package dev.duality.bench;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The service under test, started from its jar as a process of its own, and its memory as Linux reports it. */
final class Service implements AutoCloseable {
    /** The JVM options the service runs with unless --service-java-options says otherwise (root pom, README). */
    static final String JAVA_OPTIONS = javaOptions();

    private static String javaOptions() {
        java.util.Properties properties = new java.util.Properties();
        try (var in = Service.class.getResourceAsStream("/bench.properties")) {
            properties.load(in);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("bench.properties is missing from the bench's jar", e);
        }
        return properties.getProperty("service.java-options", "");
    }
    private final Process process;
    private final int port;
    private final Path log;

    private Service(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /**
     * Starts the jar with {@code settings} as environment variables (DUALITY_… names) on a free HTTP port and waits
     * until it answers its readiness probe.
     */
    static Service start(Path jar, List<String> javaOptions, Map<String, String> settings, Path log)
            throws IOException, InterruptedException {
        int port = freePort();
        List<String> command = new ArrayList<>();
        command.add(javaBinary());
        javaOptions.stream().filter(option -> !option.isBlank()).forEach(command::add);
        command.addAll(List.of("-jar", jar.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(settings);
        builder.environment().put("PORT", Integer.toString(port));
        builder.environment().put("AXONIQ_UPDATE_CHECKER_DISABLED", "true");
        Service service = new Service(builder.start(), port, log);
        service.awaitReady();
        return service;
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    long pid() {
        return process.pid();
    }

    /** A field of /proc/<pid>/status in MiB: VmHWM is the peak resident set so far, VmRSS the current one. */
    double memoryMiB(String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid()), "status"))) {
                if (line.startsWith(field + ":")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
                }
            }
        } catch (IOException e) {
            return Double.NaN;
        }
        return Double.NaN;
    }

    private void awaitReady() throws InterruptedException {
        Api api = new Api(baseUrl());
        long deadline = System.nanoTime() + 300_000_000_000L;
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the service stopped while starting; see " + log);
            }
            try {
                if (api.send("GET", "/actuator/health/readiness", null, null).ok()) {
                    return;
                }
            } catch (IllegalStateException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("the service was not ready within 5 minutes; see " + log);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (var paths = Files.walk(root)) {
            paths.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
    }
}
