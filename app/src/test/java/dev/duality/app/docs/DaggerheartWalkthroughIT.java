package dev.duality.app.docs;

import dev.duality.app.support.Api;
import dev.duality.app.support.DualityIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
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
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * docs/api.md's "A Daggerheart combat round with curl", run over HTTP exactly as written, and held to the answers it
 * shows.
 *
 * <p>The walkthrough is {@link #STEPS}: each step is one request (who sends it, method, path, body with shell
 * variables such as {@code $SABLE}) and what to keep from its answer. The test renders each step as the doc's
 * {@code json …} command and finds it, in order, in the doc's code block (whitespace aside), so the doc's requests and
 * the test's are the same; every {@code json} call of the block must be one of the steps. It then sends the request
 * and checks the answer the doc shows below the command ({@code # -> 200 {…}}): the status, and every
 * {@code "key":value} the doc prints (abbreviated ids aside) is in the real answer. Variable definitions the doc
 * relies on ({@code DH=…}, {@code PROFILE='…'}) are found verbatim too. The SRD numbers themselves are pinned by
 * {@code DaggerheartCombatIT}; here a few are checked again where the doc explains them.
 */
@DualityIntegrationTest
class DaggerheartWalkthroughIT {
    private static final String SECTION = "## A Daggerheart combat round with curl";
    /** A shell variable in a path or body: {@code $SABLE}. */
    private static final Pattern VARIABLE = Pattern.compile("\\$([A-Z_]+)");
    /** A key and a scalar value the doc shows in an answer; abbreviated values (with …) are skipped. */
    private static final Pattern SHOWN = Pattern.compile("\"([a-z_]+)\":(-?\\d+|true|false|null|\"[^\"…]*\")");
    private static final Pattern ANSWER = Pattern.compile("^# -> (\\d{3})(.*)$");

    static final String PROFILE = """
            {"heritage": {"ancestry": "elf", "community": "wildborne"},
             "traits": {"agility": 2, "strength": -1, "finesse": 1, "instinct": 1, "presence": 0, "knowledge": 0},
             "equipment": {"armor": {"preset": "leather"}, "primary_weapon": "Shortbow"},
             "experiences": [{"name": "Tracker", "modifier": 2}, {"name": "Forest lore", "modifier": 2}],
             "domain_cards": [{"card_id": "bone-untouchable", "name": "Untouchable", "domain": "bone", "level": 1,
               "recall_cost": 1, "type": "ability"}, {"card_id": "sage-gifted-tracker", "name": "Gifted Tracker",
               "domain": "sage", "level": 1, "recall_cost": 0, "type": "ability"}],
             "description": "Quiet, a cloak of moss", "background": "Raised by the wardens of the wood",
             "connections": "Owes the others a life debt"}""";

    /** The walkthrough, in the doc's order. */
    static final List<Step> STEPS = List.of(
            // 1. the campaign and two players
            request(null, "POST", "$API/campaigns", """
                    {"name": "The Ford", "owner_name": "Morgan", "game_system": {"id": "daggerheart", "version": "1.0.0"}}""")
                    .expect(201).keep("C", "/campaign_id").keep("GM", "/access_token")
                    .keep("GM_ID", "/owner_participant_id"),
            define("DH", "$API/campaigns/$C/daggerheart"),
            request("GM", "POST", "$API/campaigns/$C/invites", """
                    {"role": "player"}""").expect(201).keep("CODE", "/code"),
            request(null, "POST", "$API/campaigns/$C/invites/claim", """
                    {"code": "$CODE", "name": "Riley"}""").expect(201).keep("RILEY_ID", "/participant_id")
                    .keep("RILEY", "/access_token"),
            request("GM", "POST", "$API/campaigns/$C/invites", """
                    {"role": "player"}""").expect(201).keep("CODE", "/code"),
            request(null, "POST", "$API/campaigns/$C/invites/claim", """
                    {"code": "$CODE", "name": "Sam"}""").expect(201).keep("SAM_ID", "/participant_id")
                    .keep("SAM", "/access_token"),
            // 2. characters and their sheets
            request("RILEY", "POST", "$API/campaigns/$C/characters", """
                    {"name": "Sable", "kind": "pc", "owner_participant_id": "$RILEY_ID"}""").expect(201)
                    .keep("SABLE", "/character_id"),
            request("SAM", "POST", "$API/campaigns/$C/characters", """
                    {"name": "Marlowe", "kind": "pc", "owner_participant_id": "$SAM_ID"}""").expect(201)
                    .keep("MARLOWE", "/character_id"),
            request("GM", "POST", "$API/campaigns/$C/characters", """
                    {"name": "The Ferryman", "kind": "npc", "owner_participant_id": "$GM_ID"}""").expect(201)
                    .keep("FERRYMAN", "/character_id"),
            request("RILEY", "POST", "$DH/characters", """
                    {"character_id": "$SABLE", "character_class": "ranger", "subclass": "wayfinder"}""")
                    .expect(201).named("sable sheet"),
            request("SAM", "POST", "$DH/characters", """
                    {"character_id": "$MARLOWE", "character_class": "ranger", "subclass": "beastbound"}""").expect(201),
            request("GM", "POST", "$DH/characters", """
                    {"character_id": "$FERRYMAN", "character_class": "ranger", "subclass": "wayfinder"}""").expect(201),
            // 3. the rest of character creation
            define("PROFILE", PROFILE).quoted(),
            request("RILEY", "PATCH", "$DH/characters/$SABLE/profile", "$PROFILE").expect(200).named("sable ready"),
            request("SAM", "PATCH", "$DH/characters/$MARLOWE/profile", "$PROFILE").expect(200),
            request("SAM", "PATCH", "$DH/characters/$MARLOWE/profile", """
                    {"equipment": {"armor": {"preset": "chainmail"}, "primary_weapon": "Longbow"}}""").expect(200)
                    .named("marlowe ready"),
            request("GM", "PATCH", "$DH/characters/$FERRYMAN/profile", "$PROFILE").expect(200),
            request("GM", "PATCH", "$DH/characters/$FERRYMAN/profile", """
                    {"equipment": {"armor": {"preset": "gambeson"}, "primary_weapon": "Boathook"}}""").expect(200)
                    .named("ferryman ready"),
            // 4. the session
            request("GM", "POST", "$API/campaigns/$C/sessions", """
                    {"name": "The ford"}""").expect(201).keep("S", "/session_id"),
            request("GM", "GET", "$DH/gm-fear", null).expect(200).named("seeded fear"),
            define("ROLLS", "$DH/sessions/$S/action-rolls"),
            // 5. a roll with an Experience, its outcome once
            request("RILEY", "POST", "$ROLLS", """
                    {"character_id": "$SABLE", "trait": "agility", "experiences": ["Tracker"], "difficulty": 12,
                     "physical_results": [9, 4]}""").expect(201).named("roll 1"),
            request("GM", "POST", "$ROLLS/1/outcome", null).header("Idempotency-Key", "outcome-roll-1").expect(200),
            request("GM", "POST", "$ROLLS/1/outcome", null).header("Idempotency-Key", "outcome-roll-1-again")
                    .expect(409),
            // 6. a roll with Fear, its outcome, the GM's ruling
            request("SAM", "POST", "$ROLLS", """
                    {"character_id": "$MARLOWE", "trait": "agility", "difficulty": 10, "physical_results": [3, 10]}""")
                    .expect(201),
            request("GM", "POST", "$ROLLS/2/outcome", null).header("Idempotency-Key", "outcome-roll-2").expect(200)
                    .keep("GATE", "/consequence_gate_id"),
            request("GM", "POST", "$API/campaigns/$C/sessions/$S/gates/$GATE/resolve", """
                    {"decision": "minor_move", "resolution": "The current takes the rope"}""").expect(200),
            // 7. damage to one
            request("GM", "POST", "$DH/characters/$SABLE/damage", """
                    {"amount": 9, "damage_types": ["physical"], "mark_armor_slot": true, "source": "ogre_club"}""")
                    .expect(200).named("one"),
            // 8. damage to three
            request("GM", "POST", "$DH/damage", """
                    {"targets": [{"character_id": "$SABLE", "mark_armor_slot": true}, {"character_id": "$MARLOWE"},
                     {"character_id": "$FERRYMAN", "mark_armor_slot": true}], "amount": 13,
                     "damage_types": ["physical"], "source": "ogre_sweep"}""").expect(200).named("three"),
            // 9. conditions
            request("RILEY", "PUT", "$DH/characters/$SABLE/conditions", """
                    {"conditions": ["hidden"], "added": ["hidden"], "removed": [], "source": "reeds"}""").expect(200),
            request("RILEY", "PUT", "$DH/characters/$SABLE/conditions", """
                    {"conditions": ["hidden", "hidden"]}""").expect(400),
            // 10. where everyone stands
            request("SAM", "GET", "$DH/gm-fear", null).expect(200),
            request("SAM", "GET", "$DH/characters/$MARLOWE/state", null).expect(200),
            request("SAM", "GET", "$ROLLS", null).expect(200));

    @LocalServerPort
    int port;

    @Test
    void theApiGuidesDaggerheartWalkthroughRunsAsWrittenAndAnswersAsShown() throws IOException {
        List<Entry> entries = entries(codeBlock(Files.readString(RepoFiles.resolve("docs/api.md"))));
        Map<String, String> vars = new HashMap<>(Map.of("API", "/api/v1"));
        Map<String, JsonNode> named = new LinkedHashMap<>();
        List<Entry> matched = new ArrayList<>();
        int cursor = 0;
        for (Step step : STEPS) {
            String command = normalize(step.command());
            int at = cursor;
            while (at < entries.size() && !normalize(entries.get(at).command()).contains(command)) {
                at++;
            }
            if (at == entries.size()) {
                fail("docs/api.md's Daggerheart walkthrough has no\n  " + command + "\nafter\n  "
                        + (cursor == 0 ? "its start" : entries.get(cursor - 1).command()));
            }
            Entry entry = entries.get(at);
            matched.add(entry);
            cursor = at + 1;
            if (step.define != null) {
                vars.put(step.define, step.quoted ? step.value : substitute(step.value, vars));
                continue;
            }

            Api.Response response = send(step, vars);
            String context = step.command() + " answered " + response.status() + " " + response.text();
            assertThat(response.status()).as(context).isEqualTo(step.status);
            assertThat(response.status()).as(context).isNotEqualTo(500);
            JsonNode answer = response.text().isBlank() ? null : response.json();
            if (entry.answer() != null) {
                Matcher shown = ANSWER.matcher(entry.answer());
                assertThat(shown.matches()).as("an answer line: " + entry.answer()).isTrue();
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

        // the numbers the doc explains, from the SRD: Ranger HP 6 and Evasion 12; Leather 6/13 + level 1 = 7/14, 3
        // slots; Chainmail 7/15 + 1 = 8/16, 4 slots, Evasion -1; Gambeson 5/11 + 1 = 6/12, 3 slots, Evasion +1
        assertThat(numbers(named.get("sable ready"))).containsExactly(6, 12, 3, 7, 14);
        assertThat(numbers(named.get("marlowe ready"))).containsExactly(6, 11, 4, 8, 16);
        assertThat(numbers(named.get("ferryman ready"))).containsExactly(6, 13, 3, 6, 12);
        assertThat(named.get("seeded fear").at("/gm_fear").asInt()).as("one Fear per PC").isEqualTo(2);
        assertThat(named.get("roll 1").at("/total").asInt()).isEqualTo(9 + 4 + 2 + 2);
        List<JsonNode> three = named.get("three").at("/items").valueStream().toList();
        assertThat(three).extracting(i -> i.at("/character_id").asString())
                .containsExactly(vars.get("SABLE"), vars.get("MARLOWE"), vars.get("FERRYMAN"));
        assertThat(three).extracting(i -> i.at("/severity_before_armor").asString() + " -> "
                        + i.at("/severity").asString() + ": " + i.at("/hp_marks").asInt())
                .containsExactly("major -> minor: 1", "major -> major: 2", "severe -> major: 2");
    }

    // ---------------------------------------------------------------------------------------------------------------

    private Api.Response send(Step step, Map<String, String> vars) {
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

    private static List<Integer> numbers(JsonNode sheet) {
        return List.of(sheet.at("/hp_max").asInt(), sheet.at("/evasion").asInt(), sheet.at("/armor_score").asInt(),
                sheet.at("/thresholds/major").asInt(), sheet.at("/thresholds/severe").asInt());
    }

    /** The section's first bash block. */
    static String codeBlock(String doc) {
        int section = doc.indexOf("\n" + SECTION + "\n");
        assertThat(section).as("docs/api.md has the section " + SECTION).isNotNegative();
        int next = doc.indexOf("\n## ", section + 1);
        String text = next < 0 ? doc.substring(section) : doc.substring(section, next);
        int start = text.indexOf("```bash\n");
        int end = text.indexOf("\n```", start + 1);
        assertThat(start).as("the section has a bash block").isNotNegative();
        return text.substring(start + "```bash\n".length(), end);
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

    record Entry(String command, String answer) {
    }

    private static Step request(String actor, String method, String path, String body) {
        return new Step(actor, method, path, body, null, null);
    }

    private static Step define(String name, String value) {
        return new Step(null, null, null, null, name, value);
    }

    /** One request of the walkthrough, or one variable the doc defines ({@code NAME=value}). */
    static final class Step {
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

        Step(String actor, String method, String path, String body, String define, String value) {
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
