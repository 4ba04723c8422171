package dev.duality.bench;

import com.fasterxml.jackson.databind.JsonNode;
import org.HdrHistogram.Histogram;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.duality.bench.Report.Direction.AT_LEAST;
import static dev.duality.bench.Report.Direction.AT_MOST;

/**
 * The benchmark: starts the service from its jar, measures PostgreSQL alone (B1, B2) and the service over HTTP
 * (S1-S7) in the same run, and reports every figure with its ratio to its baseline and its goal.
 */
public final class Bench {
    private static final String ADMIN_TOKEN = "bench-admin-" + UUID.randomUUID();

    private final Settings settings;
    private final Report report = new Report();

    private Bench(Settings settings) {
        this.settings = settings;
    }

    /** Sizes and places, from --name=value (or --name value) flags; see ./bench/run.sh --help. */
    record Settings(Path appJar, Path out, String databaseUrl, String databaseUser, String databasePassword,
                    String serviceUser, String servicePassword, int characters, int perCampaign, double b1Seconds, int s1Commands, double s2Seconds,
                    int s3Commands, long s4Events, int s5Prior, double s7Seconds, int warmup, Set<String> scenarios,
                    List<String> serviceJavaOptions) {
        static final List<String> SCENARIOS = List.of("S1", "S2", "S3", "S4", "S5", "S7");

        boolean runs(String scenario) {
            return scenarios.contains(scenario);
        }

        static Settings parse(String[] args) {
            Map<String, String> flags = new HashMap<>();
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                if (!arg.startsWith("--")) {
                    throw new IllegalArgumentException("flags are --name=value or --name value: " + arg);
                }
                if (arg.contains("=")) {
                    flags.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
                } else if (i + 1 < args.length) {
                    flags.put(arg.substring(2), args[++i]);
                } else {
                    throw new IllegalArgumentException("no value after " + arg);
                }
            }
            Settings s = new Settings(Path.of(flags.getOrDefault("app-jar", "app/target/duality-app.jar")),
                    Path.of(flags.getOrDefault("out", "bench/results")),
                    flags.getOrDefault("database-url", ""), flags.getOrDefault("database-user", "duality"),
                    flags.getOrDefault("database-password", ""),
                    flags.getOrDefault("service-user", "duality"), flags.getOrDefault("service-password", ""),
                    Integer.parseInt(flags.getOrDefault("characters", "100")),
                    Integer.parseInt(flags.getOrDefault("characters-per-campaign", "5")),
                    Double.parseDouble(flags.getOrDefault("b1-seconds", "10")),
                    Integer.parseInt(flags.getOrDefault("s1-commands", "200")),
                    Double.parseDouble(flags.getOrDefault("s2-seconds", "30")),
                    Integer.parseInt(flags.getOrDefault("s3-commands", "500")),
                    Long.parseLong(flags.getOrDefault("s4-events", "10000")),
                    Integer.parseInt(flags.getOrDefault("s5-prior", "10000")),
                    Double.parseDouble(flags.getOrDefault("s7-seconds", "20")),
                    Integer.parseInt(flags.getOrDefault("warmup", "1000")),
                    new LinkedHashSet<>(List.of(flags.getOrDefault("scenarios", String.join(",", SCENARIOS))
                            .toUpperCase(java.util.Locale.ROOT).split(","))),
                    List.of(flags.getOrDefault("service-java-options", Service.JAVA_OPTIONS).trim().split("\\s+")));
            if (!SCENARIOS.containsAll(s.scenarios())) {
                throw new IllegalArgumentException("--scenarios takes a comma-separated list of " + SCENARIOS);
            }
            flags.keySet().removeAll(List.of("app-jar", "out", "database-url", "database-user", "database-password",
                    "service-user", "service-password", "characters", "characters-per-campaign", "b1-seconds", "s1-commands", "s2-seconds", "s3-commands",
                    "s4-events", "s5-prior", "s7-seconds", "warmup", "scenarios", "service-java-options"));
            if (!flags.isEmpty()) {
                throw new IllegalArgumentException("unknown flags: " + flags.keySet());
            }
            return s;
        }
    }

    public static void main(String[] args) throws Exception {
        Settings settings = Settings.parse(args);
        if (settings.characters() < 4) {
            throw new IllegalArgumentException("--characters must be at least 4");
        }
        new Bench(settings).run();
    }

    private void run() throws Exception {
        Path work = Files.createTempDirectory("duality-bench-");
        String stamp = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").format(LocalDateTime.now(ZoneOffset.UTC));
        Files.createDirectories(settings.out());
        // kept beside the results: the service's own account of the run (warnings, slow units of work)
        Path log = settings.out().resolve("bench-" + stamp + "-service.log");
        Map<String, String> env = new LinkedHashMap<>();
        env.put("DUALITY_ADMIN_TOKEN", ADMIN_TOKEN);
        Baselines.Database database;
        if (settings.databaseUrl().isBlank()) {
            int dbPort = Service.freePort();
            env.put("DUALITY_DATABASE_EMBEDDED_DATA_DIR", work.resolve("postgres").toString());
            env.put("DUALITY_DATABASE_EMBEDDED_PORT", Integer.toString(dbPort));
            database = new Baselines.Database("jdbc:postgresql://127.0.0.1:" + dbPort
                    + "/postgres?reWriteBatchedInserts=true", "postgres", "postgres");
            report.describe("database", "embedded PostgreSQL 17 in a fresh temporary data directory");
        } else {
            env.put("DUALITY_DATABASE_URL", settings.databaseUrl());
            // the bench's own user owns the tables; the service runs as a role that may not rewrite the journal
            env.put("DUALITY_DATABASE_OWNER_USERNAME", settings.databaseUser());
            env.put("DUALITY_DATABASE_OWNER_PASSWORD", settings.databasePassword());
            env.put("DUALITY_DATABASE_USERNAME", settings.serviceUser());
            env.put("DUALITY_DATABASE_PASSWORD", settings.servicePassword());
            database = new Baselines.Database(settings.databaseUrl(), settings.databaseUser(),
                    settings.databasePassword());
            report.describe("database", settings.databaseUrl());
        }
        report.describe("started", Instant.now().toString());
        report.describe("cores", Runtime.getRuntime().availableProcessors());
        report.describe("load_average_at_start", loadAverage());
        report.describe("settings", settings.toString());
        System.out.println("bench: work directory " + work + " (service log: " + log + ")");
        try {
            env.put("DUALITY_PROJECTIONS_APPLY_MODE", "inline");
            List<Table.Character> characters;
            try (Service service = Service.start(settings.appJar(), settings.serviceJavaOptions(), env, log)) {
                characters = inlinePhase(service, database);
            }
            if (settings.runs("S7")) {
                env.put("DUALITY_PROJECTIONS_APPLY_MODE", "async");
                try (Service service = Service.start(settings.appJar(), settings.serviceJavaOptions(), env, log)) {
                    attempt("S7", () -> asyncPhase(service, database, characters));
                }
            }
        } finally {
            report.describe("load_average_at_end", loadAverage());
            Path json = settings.out().resolve("bench-" + stamp + ".json");
            Files.writeString(json, report.json());
            System.out.println();
            System.out.print(report.table());
            System.out.println("bench: written " + json);
            Service.deleteTree(work);
        }
    }

    /** B1, S1-S6 and B2 with the read models inline; answers the characters it made, for S7. */
    private List<Table.Character> inlinePhase(Service service, Baselines.Database database) throws Exception {
        Api api = new Api(service.baseUrl());
        Table table = new Table(api);
        Baselines baselines = new Baselines(database);
        Journal journal = new Journal(database);

        step("B1: raw single-row INSERT + COMMIT");
        baselines.createJournalLikeTable();
        Load.Result b1one = baselines.singleRowCommits(1, Long.MAX_VALUE, settings.b1Seconds());
        Load.Result b1many = baselines.singleRowCommits(32, Long.MAX_VALUE, settings.b1Seconds());
        baselines.dropJournalLikeTable();
        report.add("B1-1", "raw commit, 1 client: throughput", b1one.perSecond(), "commits/s", null, null);
        report.add("B1-1.p50", "raw commit, 1 client: p50", b1one.p50Ms(), "ms", null, null);
        report.add("B1-1.p99", "raw commit, 1 client: p99", b1one.p99Ms(), "ms", null, null);
        report.add("B1-32", "raw commit, 32 clients: throughput", b1many.perSecond(), "commits/s", null, null);
        report.add("B1-32.p50", "raw commit, 32 clients: p50", b1many.p50Ms(), "ms", null, null);
        report.add("B1-32.p99", "raw commit, 32 clients: p99", b1many.p99Ms(), "ms", null, null);

        step("setup: " + settings.characters() + " characters over the API");
        long setupStart = System.nanoTime();
        List<Table.Character> characters = table.characters(settings.characters(), settings.perCampaign(), 8);
        report.describe("setup_seconds", (System.nanoTime() - setupStart) / 1e9);

        if (settings.runs("S1")) {
            step("S1: one client, damage on one character");
            Table.Character s1 = characters.get(0);
            // the service's JIT-compiled steady state, not its first minutes, is what a table plays against
            timedDamage(table, s1, settings.warmup());
            Histogram s1Latency = timedDamage(table, s1, settings.s1Commands());
            report.add("S1.p50", "1 client, damage on one character: p50",
                    s1Latency.getValueAtPercentile(50) / 1e6, "ms", new Report.Goal("B1-1.p50", AT_MOST, 3), null);
            report.add("S1.p99", "1 client, damage on one character: p99",
                    s1Latency.getValueAtPercentile(99) / 1e6, "ms", null, null);
        }
        if (settings.runs("S2")) {
            step("S2: 32 clients, damage/Hope/Stress over " + characters.size() + " characters (and S6 memory)");
            double[] peakRss = {0};
            Thread sampler = memorySampler(service, peakRss);
            Load.Result s2 = Load.run(32, Long.MAX_VALUE, settings.s2Seconds(), (client, n) ->
                    table.mixed(characters.get(ThreadLocalRandom.current().nextInt(characters.size())), null));
            sampler.interrupt();
            sampler.join();
            report.add("S2", "32 clients, mixed commands over " + characters.size() + " characters",
                    s2.perSecond(), "commands/s", new Report.Goal("B1-32", AT_LEAST, 0.5),
                    "p50 " + Report.number(s2.p50Ms()) + " ms, p99 " + Report.number(s2.p99Ms()) + " ms; "
                            + s2.done() + " accepted (a refused one is followed by a state reset, counted when "
                            + "accepted)");
            double hwm = service.memoryMiB("VmHWM");
            report.add("S6", "service peak resident memory (VmHWM) after S2", hwm, "MiB",
                    new Report.Goal(null, AT_MOST, 512),
                    "peak since start; highest VmRSS sampled during S2: " + Report.number(peakRss[0]) + " MiB");
        }
        if (settings.runs("S3")) {
            step("S3: 16 clients on one campaign's GM Fear");
            attempt("S3", () -> lostUpdates(table, api, journal));
        }
        if (settings.runs("S4")) {
            step("S4: journal to " + settings.s4Events() + " events, B2, then rebuild every projection");
            attempt("S4", () -> {
                int copies = journal.copyCampaignUntil(characters.get(3).campaign().id(), settings.s4Events());
                long events = journal.count();
                double[] b2 = baselines.orderedJournalRead();
                report.add("B2", "raw ordered read of the journal with JSON decode", b2[0], "rows/s", null,
                        Report.number(b2[1]) + " rows");
                rebuild(api, events, copies);
            });
        }
        if (settings.runs("S5")) {
            step("S5: a command after " + settings.s5Prior() + " prior events vs after ~10");
            attempt("S5", () -> longStream(table, journal, characters.get(1), characters.get(2)));
        }
        return characters;
    }

    /** S1 and S5: {@code count} damage commands one after another, resetting the state when HP runs low (untimed). */
    private Histogram timedDamage(Table table, Table.Character character, int count) {
        Histogram latency = new Histogram(3);
        int marks = 0;
        for (int i = 0; i < count; i++) {
            if (marks >= 4) {
                table.reset(character, null).require();
                marks = 0;
            }
            long t0 = System.nanoTime();
            table.damage(character, null).require();
            latency.recordValue(System.nanoTime() - t0);
            marks++;
        }
        return latency;
    }

    /** A scenario that cannot run is reported as failed, with its cause, and the others still run. */
    private void attempt(String id, Step step) {
        try {
            step.run();
        } catch (Exception e) {
            System.out.println("bench: " + id + " failed: " + e);
            report.add(id, "failed", Double.NaN, "-", null, "failed: " + e.getMessage());
        }
    }

    @FunctionalInterface
    private interface Step {
        void run() throws Exception;
    }

    private static Thread memorySampler(Service service, double[] peak) {
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak[0] = Math.max(peak[0], service.memoryMiB("VmRSS"));
                try {
                    Thread.sleep(250);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "rss-sampler");
        sampler.start();
        return sampler;
    }

    /**
     * S3: 16 clients gain and spend 1 Fear at random on one campaign. Every accepted command must show: the read model
     * ends at the start plus the accepted gains minus the accepted spends, and the journal holds one change per
     * accepted command, each starting where the one before ended.
     */
    private void lostUpdates(Table table, Api api, Journal journal) throws Exception {
        Table.Campaign campaign = table.inSession("Bench S3");
        String fear = campaign.dh() + "/gm-fear";
        int start = api.send("GET", fear, campaign.gmToken(), null).require().body().path("gm_fear").asInt();
        long from = journal.head();
        AtomicLong gains = new AtomicLong();
        AtomicLong spends = new AtomicLong();
        Load.Result s3 = Load.run(16, settings.s3Commands(), Double.MAX_VALUE, (client, n) -> {
            boolean gain = ThreadLocalRandom.current().nextBoolean();
            Api.Answer answer = api.send("POST", fear + (gain ? "/gain" : "/spend"), campaign.gmToken(), Table.ONE);
            if (!answer.ok()) {
                Table.refusedByRules(answer);
                return false;
            }
            (gain ? gains : spends).incrementAndGet();
            return true;
        });
        int readModel = api.send("GET", fear, campaign.gmToken(), null).require().body().path("gm_fear").asInt();
        long expected = start + gains.get() - spends.get();
        List<JsonNode> changes = new ArrayList<>();
        for (Journal.Event e : journal.naming(campaign.id())) {
            if (e.index() > from && e.payloadType().equals("sys.daggerheart.gm_fear_changed")) {
                changes.add(Api.JSON.readTree(e.payload()));
            }
        }
        int broken = 0;
        for (int i = 1; i < changes.size(); i++) {
            if (changes.get(i).path("before").asInt() != changes.get(i - 1).path("after").asInt()) {
                broken++;
            }
        }
        long journalChanges = changes.size();
        long lost = Math.abs(expected - readModel) + Math.abs(gains.get() + spends.get() - journalChanges) + broken;
        report.add("S3", "16 clients on one campaign's GM Fear", s3.perSecond(), "commands/s", null,
                s3.done() + " accepted (" + gains + " gains, " + spends + " spends), " + s3.refused()
                        + " refused at the 0..12 bounds; p99 " + Report.number(s3.p99Ms()) + " ms");
        report.add("S3.lost", "S3 lost updates", lost, "updates", new Report.Goal(null, AT_MOST, 0),
                "Fear " + start + " + " + gains + " - " + spends + " = " + expected + "; read model " + readModel
                        + "; journal changes " + journalChanges + ", chain breaks " + broken);
    }

    /** S5: the same command on a character with many prior events and on one with about ten. */
    private void longStream(Table table, Journal journal, Table.Character shortOne, Table.Character longOne)
            throws Exception {
        // the long stream ends with a state patch, whose event carries absolute values: copies of it fold cleanly
        table.damage(longOne, null).require();
        table.reset(longOne, null).require();
        journal.repeatLastEvent(longOne.id(), "sys.daggerheart.", settings.s5Prior());
        for (int i = 0; i < 3; i++) {
            table.damage(shortOne, null).require();
            table.reset(shortOne, null).require();
        }
        long t0 = System.nanoTime();
        table.damage(longOne, null).require();
        double coldLong = (System.nanoTime() - t0) / 1e6;
        t0 = System.nanoTime();
        table.damage(shortOne, null).require();
        double coldShort = (System.nanoTime() - t0) / 1e6;
        table.reset(longOne, null).require();
        table.reset(shortOne, null).require();
        Histogram longLatency = timedDamage(table, longOne, 100);
        Histogram shortLatency = timedDamage(table, shortOne, 100);
        double ratio = longLatency.getValueAtPercentile(50) / (double) shortLatency.getValueAtPercentile(50);
        report.add("S5", "damage p50, " + settings.s5Prior() + " prior events vs ~10", ratio, "x",
                new Report.Goal(null, AT_MOST, 1.5),
                "p50 " + Report.number(longLatency.getValueAtPercentile(50) / 1e6) + " ms vs "
                        + Report.number(shortLatency.getValueAtPercentile(50) / 1e6) + " ms (aggregate cached); first "
                        + "command after the SQL append (cache reloaded from the journal) " + Report.number(coldLong)
                        + " ms vs " + Report.number(coldShort) + " ms");
    }

    /** S4: every projection rebuilt from the whole journal, one after another, inline. */
    private void rebuild(Api api, long events, int copies) {
        JsonNode projections = api.send("GET", "/admin/v1/projections", ADMIN_TOKEN, null).require().body();
        double total = 0;
        double slowest = 0;
        String slowestName = "";
        StringBuilder each = new StringBuilder();
        for (JsonNode projection : projections) {
            String name = projection.path("name").asText();
            long t0 = System.nanoTime();
            api.send("POST", "/admin/v1/projections/" + name + "/replay", ADMIN_TOKEN, null).require();
            double seconds = (System.nanoTime() - t0) / 1e9;
            total += seconds;
            if (seconds > slowest) {
                slowest = seconds;
                slowestName = name;
            }
            each.append(name).append(' ').append(Report.number(seconds)).append(" s, ");
        }
        report.add("S4", "rebuild all " + projections.size() + " projections from " + events + " events",
                events / total, "events/s", new Report.Goal("B2", AT_LEAST, 0.3),
                "journal filled with " + copies + " SQL copies of a played campaign; " + each
                        + "total " + Report.number(total) + " s");
        report.add("S4.one", "rebuild the slowest projection (" + slowestName + ")", events / slowest,
                "events/s", new Report.Goal("B2", AT_LEAST, 0.3), null);
    }

    /**
     * S7, in the async apply mode: the S2 load with an Idempotency-Key per command, which the journal keeps as the
     * events' request id. Each event's lag is from its journal time to the moment its command's answer arrived, and
     * the answer waits until every projection has applied it.
     */
    private void asyncPhase(Service service, Baselines.Database database, List<Table.Character> characters)
            throws Exception {
        step("S7: projection lag in the async mode under the S2 load, same characters");
        Api api = new Api(service.baseUrl());
        Table table = new Table(api);
        Journal journal = new Journal(database);
        long from = journal.head();
        Map<String, Long> answered = new ConcurrentHashMap<>();
        double[] maxLagEvents = {0};
        Thread lagSampler = new Thread(() -> {
            try {
                while (!Thread.currentThread().isInterrupted()) {
                    maxLagEvents[0] = Math.max(maxLagEvents[0], prometheusMax(api.text("/actuator/prometheus"),
                            "duality_projection_lag"));
                    Thread.sleep(500);
                }
            } catch (InterruptedException | IllegalStateException stopped) {
                // the load is over
            }
        }, "lag-sampler");
        lagSampler.start();
        Load.Result s7 = Load.run(32, Long.MAX_VALUE, settings.s7Seconds(), (client, n) -> {
            String key = "bench-s7-" + n;
            boolean ok = table.mixed(characters.get(ThreadLocalRandom.current().nextInt(characters.size())), key);
            long now = System.currentTimeMillis();
            answered.put(key, now);
            answered.put(key + "-reset", now);
            return ok;
        });
        lagSampler.interrupt();
        lagSampler.join();
        Histogram lag = new Histogram(3);
        Pattern keyPattern = Pattern.compile("bench-s7-\\d+(-reset)?");
        try (Connection c = database.connect(); PreparedStatement read = c.prepareStatement(
                "SELECT time_stamp, meta_data FROM domain_event_entry WHERE global_index > ?")) {
            read.setLong(1, from);
            try (ResultSet rs = read.executeQuery()) {
                while (rs.next()) {
                    Matcher m = keyPattern.matcher(new String(rs.getBytes(2), StandardCharsets.UTF_8));
                    Long at = m.find() ? answered.get(m.group()) : null;
                    if (at != null) {
                        lag.recordValue(Math.max(0, at - Instant.parse(rs.getString(1)).toEpochMilli()));
                    }
                }
            }
        }
        report.add("S7", "async: append to visible, p99 (" + lag.getTotalCount() + " events)",
                lag.getValueAtPercentile(99) / 1e3, "s", new Report.Goal(null, AT_MOST, 1),
                "p50 " + Report.number(lag.getValueAtPercentile(50) / 1e3) + " s; " + Report.number(s7.perSecond())
                        + " commands/s in async mode (S2 mix, " + characters.size() + " characters); highest "
                        + "duality_projection_lag sampled: " + Report.number(maxLagEvents[0]) + " events");
    }

    /** The largest value among the samples of one meter in a Prometheus text page. */
    static double prometheusMax(String page, String meter) {
        double max = 0;
        for (String line : page.split("\n")) {
            if (line.startsWith(meter + "{") || line.startsWith(meter + " ")) {
                try {
                    double value = Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
                    if (!Double.isNaN(value)) {
                        max = Math.max(max, value);
                    }
                } catch (NumberFormatException ignored) {
                    // not a sample line
                }
            }
        }
        return max;
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (Exception e) {
            return "unknown";
        }
    }

    private static void step(String what) {
        System.out.println("bench: " + Instant.now() + " " + what);
    }
}
