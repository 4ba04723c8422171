package dev.duality.app.docs;

import dev.duality.app.support.Api;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * A curl walkthrough of docs/api.md, run over HTTP exactly as written and held to the answers it shows.
 *
 * <p>A walkthrough is a list of {@link Step}s: each is one request (who sends it, method, path, body with shell
 * variables such as {@code $SABLE}) and what to keep from its answer, or one variable the doc defines. {@link #run}
 * renders each step as the doc's {@code json …} command and finds it, in order, in the section's first bash block
 * (whitespace aside), so the doc's requests and the test's are the same; every {@code json} call of the block must be
 * one of the steps. It then sends the request and checks the answer the doc shows below the command
 * ({@code # -> 200 {…}}): the status, and that every {@code "key":value} the doc prints (abbreviated values aside) is
 * somewhere in the real answer. Variable definitions the doc relies on ({@code DH=…}, {@code PROFILE='…'}) are found
 * verbatim too. The caller then checks the numbers the doc explains on the answers it {@link Step#named named}.
 */
public final class CurlWalkthrough {
    /** A shell variable in a path or body: {@code $SABLE}. */
    private static final Pattern VARIABLE = Pattern.compile("\\$([A-Z_]+)");
    /** A key and a scalar value the doc shows in an answer; abbreviated values (with …) are skipped. */
    private static final Pattern SHOWN = Pattern.compile("\"([a-z_]+)\":(-?\\d+|true|false|null|\"[^\"…]*\")");
    private static final Pattern ANSWER = Pattern.compile("^# -> (\\d{3})(.*)$");

    private CurlWalkthrough() {
    }

    /** What a run kept: the shell variables and the answers of the named steps. */
    public record Result(Map<String, String> vars, Map<String, JsonNode> named) {
        public JsonNode answer(String name) {
            assertThat(named).as("the walkthrough names an answer " + name).containsKey(name);
            return named.get(name);
        }

        public String var(String name) {
            return vars.get(name);
        }
    }

    /**
     * Runs the steps against the service on {@code port}, each found in order in the bash block of docs/api.md's
     * {@code section} (its heading, e.g. {@code ## A Daggerheart combat round with curl}), and checks every answer the
     * doc shows.
     */
    public static Result run(int port, String section, List<Step> steps) throws IOException {
        List<Entry> entries = entries(codeBlock(Files.readString(RepoFiles.resolve("docs/api.md")), section));
        Map<String, String> vars = new HashMap<>(Map.of("API", "/api/v1"));
        Map<String, JsonNode> named = new LinkedHashMap<>();
        List<Entry> matched = new ArrayList<>();
        int cursor = 0;
        for (Step step : steps) {
            String command = normalize(step.command());
            int at = cursor;
            while (at < entries.size() && !normalize(entries.get(at).command()).contains(command)) {
                at++;
            }
            if (at == entries.size()) {
                fail("docs/api.md's \"" + section + "\" has no\n  " + command + "\nafter\n  "
                        + (cursor == 0 ? "its start" : entries.get(cursor - 1).command()));
            }
            Entry entry = entries.get(at);
            matched.add(entry);
            cursor = at + 1;
            if (step.define != null) {
                vars.put(step.define, step.quoted ? step.value : substitute(step.value, vars));
                continue;
            }

            Api.Response response = send(port, step, vars);
            String context = step.command() + " answered " + response.status() + " " + response.text();
            assertThat(response.status()).as(context).isEqualTo(step.status);
            assertThat(response.status()).as(context).isNotEqualTo(500);
            JsonNode answer = response.text().isBlank() ? null : response.json();
            if (entry.answer() != null) {
                checkShown(entry.answer(), command, response, answer);
            }
            step.keep.forEach((name, pointer) -> vars.put(name, answer.at(pointer).asString()));
            if (step.name != null) {
                named.put(step.name, answer);
            }
        }
        List<String> unmatched = entries.stream().filter(e -> !matched.contains(e))
                .filter(e -> (e.command().contains("json ") && !e.command().startsWith("json()"))
                        || e.answer() != null)
                .map(Entry::command).toList();
        assertThat(unmatched).as("requests and answers of the doc's walkthrough that the test does not run").isEmpty();
        return new Result(vars, named);
    }

    /** The status the doc shows, and every key and scalar value it prints, are in the real answer. */
    private static void checkShown(String shownAnswer, String command, Api.Response response, JsonNode answer) {
        Matcher shown = ANSWER.matcher(shownAnswer);
        assertThat(shown.matches()).as("an answer line: " + shownAnswer).isTrue();
        assertThat(Integer.parseInt(shown.group(1))).as("the status the doc shows for " + command)
                .isEqualTo(response.status());
        Matcher pairs = SHOWN.matcher(shown.group(2));
        while (pairs.find()) {
            String key = pairs.group(1);
            String value = pairs.group(2);
            assertThat(contains(answer, key, value)).as("the doc shows \"%s\":%s for %s, but the answer is %s",
                    key, value, command, response.text()).isTrue();
        }
    }

    private static Api.Response send(int port, Step step, Map<String, String> vars) {
        Api api = new Api(port);
        if (step.actor != null) {
            api = api.as(vars.get(step.actor));
        }
        String path = substitute(step.path, vars);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(api.url(path)));
        if (step.body == null) {
            request.method(step.method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(step.method, HttpRequest.BodyPublishers.ofString(substitute(step.body, vars)));
        }
        return api.send(request, step.headers);
    }

    private static String substitute(String text, Map<String, String> vars) {
        Matcher matcher = VARIABLE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String value = vars.get(matcher.group(1));
            if (value == null) {
                fail("no value for $" + matcher.group(1) + " in " + text);
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        return matcher.appendTail(out).toString();
    }

    /** Whether some field named {@code key}, at any depth of the answer, has the value the doc shows. */
    private static boolean contains(JsonNode node, String key, String value) {
        if (node == null) {
            return false;
        }
        if (node.isObject() && node.has(key) && matches(node.get(key), value)) {
            return true;
        }
        return node.isContainer() && node.valueStream().anyMatch(child -> contains(child, key, value));
    }

    private static boolean matches(JsonNode actual, String shown) {
        if (shown.equals("null")) {
            return actual.isNull();
        }
        if (shown.startsWith("\"")) {
            return actual.isString() && actual.asString().equals(shown.substring(1, shown.length() - 1));
        }
        if (shown.equals("true") || shown.equals("false")) {
            return actual.isBoolean() && actual.asBoolean() == Boolean.parseBoolean(shown);
        }
        return actual.isIntegralNumber() && actual.asLong() == Long.parseLong(shown);
    }

    /** The section's first bash block. */
    static String codeBlock(String doc, String section) {
        int start = doc.indexOf("\n" + section + "\n");
        assertThat(start).as("docs/api.md has the section " + section).isNotNegative();
        int next = doc.indexOf("\n## ", start + 1);
        String text = next < 0 ? doc.substring(start) : doc.substring(start, next);
        int open = text.indexOf("```bash\n");
        int close = text.indexOf("\n```", open + 1);
        assertThat(open).as("the section has a bash block").isNotNegative();
        return text.substring(open + "```bash\n".length(), close);
    }

    /**
     * The block's shell commands, each with the answer the doc shows below it: a command runs on over lines while a
     * quote is open or a line ends with a backslash; an answer is a {@code # -> status …} comment right after the
     * command, with its indented continuation lines.
     */
    static List<Entry> entries(String block) {
        List<Entry> entries = new ArrayList<>();
        StringBuilder command = new StringBuilder();
        char quote = 0;
        // the line before ended a command or continued its answer, so an answer may follow
        boolean answerMayFollow = false;
        for (String line : block.split("\n", -1)) {
            if (quote == 0 && command.isEmpty() && (line.isBlank() || line.startsWith("#"))) {
                Entry last = entries.isEmpty() ? null : entries.get(entries.size() - 1);
                if (answerMayFollow && last.answer() == null && line.startsWith("# -> ")) {
                    entries.set(entries.size() - 1, new Entry(last.command(), line));
                } else if (answerMayFollow && last.answer() != null && line.startsWith("#  ")) {
                    entries.set(entries.size() - 1, new Entry(last.command(),
                            last.answer() + " " + line.substring(1).trim()));
                } else {
                    answerMayFollow = false;
                }
                continue;
            }
            command.append(command.isEmpty() ? "" : "\n").append(line);
            quote = quoteAfter(line, quote);
            answerMayFollow = quote == 0 && !line.endsWith("\\");
            if (answerMayFollow) {
                entries.add(new Entry(command.toString(), null));
                command.setLength(0);
            }
        }
        return entries;
    }

    /** The quote still open at the end of a line of shell ({@code 0} for none). */
    private static char quoteAfter(String line, char open) {
        char quote = open;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote == '\'') {
                quote = c == '\'' ? 0 : quote;
            } else if (c == '\\') {
                i++;
            } else if (quote == '"') {
                quote = c == '"' ? 0 : quote;
            } else if (c == '\'' || c == '"') {
                quote = c;
            }
        }
        return quote;
    }

    /** Line continuations and runs of whitespace made single spaces. */
    static String normalize(String shell) {
        return shell.replace("\\\n", " ").replaceAll("\\s+", " ").trim();
    }

    /** One shell command of the block, with the answer line the doc shows below it (or null). */
    record Entry(String command, String answer) {
    }

    /** A request: {@code actor} names the variable holding the sender's token ({@code null}: no token). */
    static Step request(String actor, String method, String path, String body) {
        return new Step(actor, method, path, body, null, null);
    }

    /** A variable the doc defines ({@code NAME=value}). */
    static Step define(String name, String value) {
        return new Step(null, null, null, null, name, value);
    }

    /** One request of the walkthrough, or one variable the doc defines ({@code NAME=value}). */
    public static final class Step {
        final String actor;
        final String method;
        final String path;
        final String body;
        final String define;
        final String value;
        final Map<String, String> headers = new LinkedHashMap<>();
        final Map<String, String> keep = new LinkedHashMap<>();
        int status;
        String name;
        boolean quoted;

        private Step(String actor, String method, String path, String body, String define, String value) {
            this.actor = actor;
            this.method = method;
            this.path = path;
            this.body = body;
            this.define = define;
            this.value = value;
        }

        Step expect(int httpStatus) {
            this.status = httpStatus;
            return this;
        }

        /** Keeps a string of the answer as a shell variable; an actor's variable holds their access token. */
        Step keep(String variable, String pointer) {
            keep.put(variable, pointer);
            return this;
        }

        Step header(String header, String headerValue) {
            headers.put(header, headerValue);
            return this;
        }

        /** A definition the doc writes in single quotes, taken as it is. */
        Step quoted() {
            this.quoted = true;
            return this;
        }

        /** Keeps the answer under a name, for the caller's own checks. */
        Step named(String answerName) {
            this.name = answerName;
            return this;
        }

        /** The step as the doc writes it. */
        String command() {
            if (define != null) {
                return define + "=" + (quoted ? "'" + value + "'" : value);
            }
            StringBuilder command = new StringBuilder("json");
            if (actor != null) {
                command.append(" \"${").append(actor).append("[@]}\"");
            }
            headers.forEach((header, headerValue) -> command.append(" -H '").append(header).append(": ")
                    .append(headerValue).append("'"));
            if (!method.equals("GET")) {
                command.append(" -X ").append(method);
            }
            command.append(' ').append(path);
            if (body != null) {
                // a body that is one variable is passed in double quotes; variables inside JSON leave the quotes
                command.append(" -d ").append(VARIABLE.matcher(body).matches() ? "\"" + body + "\""
                        : "'" + body.replaceAll("\\$([A-Z_]+)", "'\\$$1'") + "'");
            }
            return command.toString();
        }
    }
}
