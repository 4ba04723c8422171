package dev.duality.app.web;

import dev.duality.app.support.Api;
import dev.duality.app.support.DualityIntegrationTest;
import dev.duality.app.support.RawHttp;
import dev.duality.app.support.ServiceIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every operation of the service's own OpenAPI document, sent malformed bodies, headers, path ids and query
 * parameters drawn from a seeded generator: no answer may be a 5xx, every error must be problem+json with a code, and
 * no request may hang (each is bounded by {@link RawHttp}'s read timeout). The seed and the number of requests per
 * operation are fixed, so a failure repeats; the whole run takes seconds.
 */
@DualityIntegrationTest
class OpenApiFuzzIT extends ServiceIntegrationTest {
    private static final long SEED = 20261207L;
    private static final int REQUESTS_PER_OPERATION = 5;
    private static final Pattern PATH_VARIABLE = Pattern.compile("\\{([A-Za-z]+)}");
    /** Path ids a client might send by mistake or on purpose; some Tomcat refuses, some the firewall, some the API. */
    private static final List<String> BAD_IDS = List.of("%00", "%ff", "a%2Fb", "..", "%2e%2e", "x".repeat(65),
            "bad%20id!", "%C3%A9t%C3%A9", "-1", "99999999999999999999", "%", "a;b", "%5C", "");
    private static final List<String> BAD_VALUES = List.of("%ff", "%00", "%zz", "-1", "1e3", "99999999999999999999",
            "true", "", "%E2%80%AE", "a".repeat(300), "1.5", "null");
    private static final List<String> BAD_BODIES = List.of("", "{", "[]", "null", "\"text\"", "42", "{\"a\":",
            "{\"x\": 1, \"x\": 2}", "[".repeat(3000) + "]".repeat(3000), "{\"n\": 1e999999}", "\u0000", "{}garbage",
            "{\"s\": \"\\ud800\"}", "\uFEFF{}");

    private final Random random = new Random(SEED);
    private RawHttp raw;
    private String campaignId;
    private String token;

    @Test
    void noOperationAnswersA5xxOrAnErrorThatIsNoProblem() {
        raw = new RawHttp(port);
        Api.Response created = anonymous.createCampaign("Fuzzed");
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        campaignId = created.at("/campaign_id");
        token = created.at("/access_token");
        JsonNode doc = anonymous.get("/v3/api-docs").json();

        List<String> failures = new ArrayList<>();
        int sent = 0;
        for (OpenApiIT.Op op : OpenApiIT.ops(doc)) {
            if (streams(op)) {
                // an event stream never ends by itself: EventStreamIT covers its refusals
                continue;
            }
            for (int i = 0; i < REQUESTS_PER_OPERATION; i++) {
                Request request = mutate(op, doc);
                Api.Response response = raw.send(request.method(), request.target(), request.headers(),
                        request.body() == null ? null : request.body().getBytes(StandardCharsets.UTF_8));
                sent++;
                String failure = failure(response);
                if (failure != null) {
                    failures.add(request + " -> " + response.status() + " " + failure + ": " + abbreviate(response.text()));
                }
            }
        }

        assertThat(sent).as("requests sent").isGreaterThan(200);
        assertThat(failures).as("answers that are a 5xx or an error without problem+json and a code").isEmpty();
    }

    /** What is wrong with an answer, or null. */
    private static String failure(Api.Response response) {
        if (response.status() >= 500) {
            return "a server error";
        }
        if (response.status() < 400) {
            return null;
        }
        String type = response.header("Content-Type");
        if (type == null || !MediaType.parseMediaType(type).equalsTypeAndSubtype(MediaType.APPLICATION_PROBLEM_JSON)) {
            return "Content-Type " + type;
        }
        JsonNode code = response.json().path("code");
        return code.isString() && !code.asString().isBlank() ? null : "no code";
    }

    private static boolean streams(OpenApiIT.Op op) {
        return op.node().path("responses").path("200").path("content").has("text/event-stream");
    }

    private record Request(String method, String target, Map<String, String> headers, String body) {
        @Override
        public String toString() {
            return method + " " + target + " " + headers + (body == null ? "" : " " + abbreviate(body));
        }
    }

    /** A request to the operation with one to three things wrong (or, now and then, nothing). */
    private Request mutate(OpenApiIT.Op op, JsonNode doc) {
        Map<String, String> ids = new LinkedHashMap<>();
        Matcher variables = PATH_VARIABLE.matcher(op.path());
        while (variables.find()) {
            ids.put(variables.group(1), variables.group(1).equals("campaignId") ? campaignId : "no-such-id");
        }
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Authorization", "Bearer " + pick(List.of(DualityIntegrationTest.ADMIN_TOKEN,
                DualityIntegrationTest.ADMIN_TOKEN, token)));
        String body = null;
        JsonNode requestBody = op.node().path("requestBody");
        if (!requestBody.isMissingNode()) {
            headers.put("Content-Type", "application/json");
            body = wrongTypes(schema(doc, requestBody.path("content").path("application/json").path("schema")), doc);
        }
        StringBuilder query = new StringBuilder();
        int faults = 1 + random.nextInt(3);
        for (int f = 0; f < faults; f++) {
            switch (random.nextInt(6)) {
                case 0 -> {
                    if (!ids.isEmpty()) {
                        List<String> names = new ArrayList<>(ids.keySet());
                        ids.put(pick(names), pick(BAD_IDS));
                    }
                }
                case 1 -> body = pick(BAD_BODIES);
                case 2 -> headers.put(pick(List.of("X-Correlation-Id", "Idempotency-Key", "Accept", "Content-Type",
                        "Authorization", "Last-Event-ID")), pick(List.of("bad id!", "k".repeat(200), "text/html",
                        "garbage", "Bearer not a token!", "Basic x", "*/*;q=oops", "application/xml", "-1", "")));
                case 3 -> {
                    for (JsonNode parameter : op.node().path("parameters")) {
                        if ("query".equals(parameter.path("in").asString())) {
                            query.append(query.isEmpty() ? "?" : "&").append(parameter.path("name").asString())
                                    .append('=').append(pick(BAD_VALUES));
                        }
                    }
                    query.append(query.isEmpty() ? "?" : "&").append(pick(BAD_VALUES)).append('=')
                            .append(pick(BAD_VALUES));
                }
                case 4 -> headers.remove("Authorization");
                default -> {
                    // nothing more wrong: the generated body alone
                }
            }
        }
        String path = op.path();
        for (Map.Entry<String, String> id : ids.entrySet()) {
            path = path.replace("{" + id.getKey() + "}", id.getValue());
        }
        return new Request(op.method(), path + query, headers, body);
    }

    /** A JSON object with the schema's properties, each given a value of a random JSON type. */
    private String wrongTypes(JsonNode schema, JsonNode doc) {
        StringBuilder json = new StringBuilder("{");
        for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
            if (random.nextInt(3) == 0) {
                continue;
            }
            if (json.length() > 1) {
                json.append(", ");
            }
            json.append('"').append(property.getKey()).append("\": ").append(anyValue(2));
        }
        return json.append('}').toString();
    }

    private String anyValue(int depth) {
        return switch (random.nextInt(depth > 0 ? 10 : 8)) {
            case 0 -> "\"" + pick(List.of("", "x", "bad id!", "\\u0000", "\\ud800", "é".repeat(5), "2", "true"))
                    + "\"";
            case 1 -> String.valueOf(random.nextInt(2001) - 1000);
            case 2 -> pick(List.of("2.7", "-0", "1e400", "99999999999999999999", "-99999999999999999999", "0.0"));
            case 3 -> String.valueOf(random.nextBoolean());
            case 4 -> "null";
            case 5 -> "\"" + "x".repeat(5000) + "\"";
            case 6 -> "\"" + java.util.UUID.randomUUID() + "\"";
            case 7 -> "\"no-such-id\"";
            case 8 -> "[" + anyValue(depth - 1) + ", " + anyValue(depth - 1) + "]";
            default -> "{\"" + pick(List.of("a", "id", "name", "count")) + "\": " + anyValue(depth - 1) + "}";
        };
    }

    private static JsonNode schema(JsonNode doc, JsonNode schema) {
        String ref = schema.path("$ref").asString("");
        return ref.startsWith("#/components/schemas/")
                ? doc.path("components").path("schemas").path(ref.substring("#/components/schemas/".length()))
                : schema;
    }

    private <T> T pick(List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }

    private static String abbreviate(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}
