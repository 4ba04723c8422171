package dev.duality.app.web;

import dev.duality.web.RequestEnvelope;
import dev.duality.web.ProblemHandler;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.tngtech.archunit.core.domain.JavaClass;
import dev.duality.app.architecture.ProductionClasses;
import dev.duality.app.support.Api;
import dev.duality.app.support.DualityIntegrationTest;
import dev.duality.core.CoreMessages;
import dev.duality.core.campaign.api.CampaignId;
import dev.duality.core.campaign.api.CampaignScoped;
import dev.duality.core.campaign.api.UpdateCampaign;
import dev.duality.core.catalog.CommandDefinition;
import dev.duality.core.catalog.CommandPolicy;
import dev.duality.core.catalog.MessageCatalog;
import dev.duality.core.rejection.RejectionCode;
import dev.duality.core.system.FirstSession;
import dev.duality.core.system.SystemModule;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The OpenAPI document at /v3/api-docs describes every endpoint a controller serves, completely: each check collects
 * every operation that breaks it, named as {@code METHOD path (operationId)}, and {@link #checksReportEachKindOfDrift}
 * proves each check can fail. The policy table of docs/api.md is generated from the catalog and this document; run
 * with {@code -Dduality.docs.regenerate=true} to rewrite it.
 */
@DualityIntegrationTest
class OpenApiIT {
    static final String API_GUIDE = "docs/api.md";
    static final String ERRORS_DOC = "docs/errors.md";
    static final String REGENERATE_PROPERTY = "duality.docs.regenerate";
    static final String TABLE_START = "<!-- generated: command policies (OpenApiIT) -->";
    static final String TABLE_END = "<!-- end of generated command policies -->";
    /** The endpoints anyone may call without a token (SecurityConfiguration). */
    static final Set<String> PUBLIC = Set.of("POST /api/v1/campaigns",
            "POST /api/v1/campaigns/{campaignId}/invites/claim");
    /** Codes answered with HTTP's own status rather than their category's (ProblemHandler.refused, BODY_TOO_LARGE). */
    static final Map<String, Integer> STATUS_OVERRIDES = Map.of("METHOD_NOT_ALLOWED", 405, "NOT_ACCEPTABLE", 406,
            "UNSUPPORTED_MEDIA_TYPE", 415, "BODY_TOO_LARGE", 413);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options",
            "trace");
    private static final Pattern SNAKE_CASE = Pattern.compile("[a-z][a-z0-9]*(_[a-z0-9]+)*");
    private static final Pattern DOC_CODE_ROW = Pattern.compile("^\\|\\s*`([A-Z][A-Z0-9_]*)`\\s*\\|.*");
    /** The naming of the schemas' properties (OpenApiConfiguration.snakeCaseModels), for record components. */
    private static final PropertyNamingStrategies.SnakeCaseStrategy SNAKE =
            new PropertyNamingStrategies.SnakeCaseStrategy();

    @LocalServerPort
    int port;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;
    @Autowired
    MessageCatalog catalog;
    @Autowired
    JsonMapper webMapper;

    Api api;
    JsonNode doc;

    @BeforeEach
    void fetchDocument() {
        api = new Api(port);
        Api.Response response = api.get("/v3/api-docs");
        assertThat(response.status()).as("GET /v3/api-docs").isEqualTo(200);
        doc = response.json();
    }

    @Test
    void everyControllerEndpointIsDocumentedAndNothingElse() {
        Set<String> served = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, handler) -> served.addAll(endpoints(info)));
        assertThat(served).as("endpoints served under /api and /admin").hasSizeGreaterThan(40)
                .contains("POST /api/v1/campaigns", "GET /admin/v1/catalog");
        Set<String> documented = ops(doc).stream().map(Op::endpoint).collect(Collectors.toCollection(TreeSet::new));
        assertThat(served.stream().filter(e -> !documented.contains(e)).toList())
                .as("endpoints a controller serves that /v3/api-docs lacks").isEmpty();
        assertThat(documented.stream().filter(e -> !served.contains(e)).toList())
                .as("documented operations no controller serves").isEmpty();
    }

    @Test
    void everyOperationHasItsIdSummaryResponsesAndExamples() {
        assertThat(Checks.operations(doc)).as("operations of /v3/api-docs that are incomplete").isEmpty();
    }

    @Test
    void onlyThePublicEndpointsNeedNoTokenAndTheDocumentSaysSo() {
        assertThat(Checks.security(doc, PUBLIC)).as("security requirements of /v3/api-docs").isEmpty();
    }

    @Test
    void documentedSecurityIsWhatTheServerEnforces() {
        String participantToken = api.createCampaign("OpenApiIT security").at("/access_token");
        List<String> problems = new ArrayList<>();
        for (Op op : ops(doc)) {
            boolean isPublic = PUBLIC.contains(op.endpoint());
            // no token: public endpoints get past authentication (and refuse the empty body), the others answer 401
            Api.Response anonymous = call(api, op);
            if (isPublic ? anonymous.status() == 401 : anonymous.status() != 401
                    || !"AUTH_TOKEN_MISSING".equals(anonymous.json().path("code").asString())) {
                problems.add(op + ": without a token answered " + anonymous.status() + " " + anonymous.text());
            }
            if (op.path().startsWith("/admin/")) {
                Api.Response participant = call(api.as(participantToken), op);
                if (participant.status() != 403) {
                    problems.add(op + ": a participant token answered " + participant.status());
                }
            }
        }
        assertThat(problems).as("operations whose documented security differs from the server's").isEmpty();
    }

    @Test
    void everyNamedRejectionCodeIsInErrorsMdWithTheStatusItIsAnsweredWith() throws IOException {
        Map<String, Integer> statuses = productionCodes().stream().collect(Collectors.toMap(RejectionCode::name,
                c -> STATUS_OVERRIDES.getOrDefault(c.name(), ProblemHandler.status(c.category()).value()),
                (a, b) -> a));
        assertThat(Checks.codes(doc, documentedCodes(Files.readString(repoFile(ERRORS_DOC))), statuses))
                .as("rejection codes named in /v3/api-docs").isEmpty();
    }

    @Test
    void everyCommandEndpointCarriesItsCatalogPolicy() {
        assertThat(Checks.commands(doc, catalog.commands(), serverSentCommands()))
                .as("command policies in /v3/api-docs").isEmpty();
    }

    @Test
    void schemasUseTheWireNames() {
        assertThat(Checks.snakeCase(doc)).as("schema properties of /v3/api-docs that are not snake_case").isEmpty();
    }

    @Test
    void enumPropertiesListTheirWireNamesAndOnlyEnumsListValues() {
        Map<String, Class<?>> records = records(mappings);
        assertThat(records).as("records the controllers answer and read")
                .containsKeys("CampaignView", "SessionView", "GateView", "CharacterSheetView", "Catalog");
        assertThat(Checks.enums(doc, records, this::wireName))
                .as("properties of /v3/api-docs whose allowed values differ from their Java type's").isEmpty();
    }

    @Test
    void examplesNameTheSameIdsEverywhere() {
        assertThat(Checks.ids(doc)).as("ids whose examples differ between schemas").isEmpty();
    }

    @Test
    void swaggerUiIsServed() {
        Api.Response ui = api.get("/swagger-ui/index.html");
        assertThat(ui.status()).as("GET /swagger-ui/index.html").isEqualTo(200);
        assertThat(ui.text()).contains("Swagger UI");
    }

    @Test
    void apiGuideCarriesTheCurrentCommandPolicyTable() throws IOException {
        String table = policyTable(doc, serverSentCommands(), catalog);
        Path guide = repoFile(API_GUIDE);
        String text = Files.readString(guide).replace("\r\n", "\n");
        int start = text.indexOf(TABLE_START);
        int end = text.indexOf(TABLE_END);
        if (start < 0 || end < start) {
            fail(API_GUIDE + " lacks the markers " + TABLE_START + " and " + TABLE_END);
        }
        String current = text.substring(start + TABLE_START.length(), end);
        String expected = "\n" + table + "\n";
        if (Boolean.getBoolean(REGENERATE_PROPERTY) && !current.equals(expected)) {
            text = text.substring(0, start + TABLE_START.length()) + expected + text.substring(end);
            Files.writeString(guide, text);
            current = expected;
        }
        assertThat(current).as("the command policy table of %s is stale; regenerate it with ./mvnw -B -pl app "
                + "verify -Dit.test=OpenApiIT -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -D%s=true",
                API_GUIDE, REGENERATE_PROPERTY).isEqualTo(expected);
    }

    @Test
    void checksReportEachKindOfDrift() {
        JsonNode broken = JSON.readTree("""
                {"openapi": "3.1.0", "security": [{"participantToken": []}],
                 "tags": [{"name": "Campaigns"}],
                 "components": {
                   "securitySchemes": {"participantToken": {"type": "http", "scheme": "bearer"}},
                   "schemas": {
                     "Problem": {"type": "object", "properties": {"code": {"type": "string"}}},
                     "Thing": {"type": "object", "required": ["name"],
                               "properties": {"name": {"type": "string"}, "camelCase": {"type": "integer"}}}}},
                 "paths": {
                   "/api/v1/things": {
                     "post": {"tags": ["Campaigns"], "summary": "no id, no example, a bad error body",
                              "requestBody": {"content": {"application/json": {
                                  "schema": {"$ref": "#/components/schemas/Thing"}}}},
                              "responses": {
                                "201": {"description": "made", "content": {"application/json": {
                                    "schema": {"$ref": "#/components/schemas/Thing"},
                                    "example": {"name": 7, "extra": true}}}},
                                "409": {"description": "`NOT_A_REAL_CODE`, `SESSION_ACTIVE`",
                                        "content": {"application/json": {"schema": {"type": "object"}}}}},
                              "x-duality-command": {"type": "campaign.update", "access": "gm",
                                                    "allowed_during_session": true, "allowed_while_gate_open": false}},
                     "get": {"operationId": "listThings", "summary": "", "tags": ["Nope"], "security": [],
                             "responses": {
                               "200": {"description": "no content"},
                               "404": {"description": "Not found", "content": {"application/problem+json": {
                                   "schema": {"$ref": "#/components/schemas/Problem"}}}}}}},
                   "/api/v1/campaigns": {
                     "post": {"operationId": "listThings", "summary": "s", "tags": ["Campaigns"],
                              "requestBody": {"content": {"application/json": {
                                  "schema": {"$ref": "#/components/schemas/Thing"}, "example": {"nom": "x"}}}},
                              "responses": {
                                "204": {"description": "ok"},
                                "400": {"description": "`VALUE_REQUIRED`", "content": {"application/problem+json": {
                                    "schema": {"$ref": "#/components/schemas/Problem"}}}}}}}}}
                """);
        String post = "POST /api/v1/things (null): ";
        String get = "GET /api/v1/things (listThings): ";
        String create = "POST /api/v1/campaigns (listThings): ";
        assertThat(Checks.operations(broken)).containsExactlyInAnyOrder(
                "operationId listThings is used twice",
                create + "request example: $.nom is not in the schema",
                create + "request example: $.name (required) is missing",
                create + "POST has no Idempotency-Key parameter",
                create + "no X-Correlation-Id parameter",
                get + "no summary",
                get + "tag Nope is not declared",
                get + "404 names no rejection code",
                get + "no 2xx response with content (or 204)",
                get + "no X-Correlation-Id parameter",
                post + "no operationId",
                post + "201 example: $.name is not a string",
                post + "201 example: $.extra is not in the schema",
                post + "201 example: $.camelCase is missing",
                post + "409 is not application/problem+json with the Problem schema",
                post + "no 4xx response with a problem+json body",
                post + "request body has no example",
                post + "POST has no Idempotency-Key parameter",
                post + "no X-Correlation-Id parameter");
        assertThat(Checks.security(broken, Set.of("POST /api/v1/campaigns"))).containsExactlyInAnyOrder(
                create + "is public but requires a token",
                get + "needs no token but is not public");
        assertThat(Checks.codes(broken, Set.of("SESSION_ACTIVE"), Map.of("SESSION_ACTIVE", 400, "VALUE_REQUIRED", 400)))
                .containsExactlyInAnyOrder(
                        create + "400 names VALUE_REQUIRED, which is not in docs/errors.md",
                        post + "409 names NOT_A_REAL_CODE, which is not in docs/errors.md",
                        post + "409 names NOT_A_REAL_CODE, which no RejectionCode enum has",
                        post + "409 names SESSION_ACTIVE, which is answered with 400");
        CommandDefinition update = CommandDefinition.command("campaign.update", UpdateCampaign.class,
                CommandPolicy.outOfGame(CommandPolicy.Access.MANAGER));
        CommandDefinition seed = CommandDefinition.command("campaign.seed", UpdateCampaign.class,
                CommandPolicy.inGame(CommandPolicy.Access.MANAGER));
        assertThat(Checks.commands(broken, List.of(update, seed), Set.of())).containsExactlyInAnyOrder(
                create + "sends no command (no x-duality-command)",
                post + "x-duality-command says access gm, the catalog manager",
                post + "x-duality-command says allowed_during_session true, the catalog false",
                post + "404 does not name CAMPAIGN_NOT_FOUND, which campaign.update declares",
                post + "403 does not name AUTHZ_DENY_NOT_A_MEMBER, which campaign.update declares",
                post + "403 does not name AUTHZ_DENY_REQUIRES_MANAGER, which campaign.update declares",
                "command campaign.seed has no endpoint");
        assertThat(Checks.commands(broken, List.of(update), Set.of("campaign.update")))
                .contains("command campaign.update is sent by the server but has an endpoint");
        assertThat(Checks.snakeCase(broken)).containsExactly("Thing.camelCase");

        JsonNode moons = JSON.readTree("""
                {"openapi": "3.1.0", "tags": [{"name": "Moons"}],
                 "components": {"schemas": {
                   "Moon": {"type": "object", "properties": {
                     "moon_id": {"type": "string", "example": "m1"},
                     "phase": {"type": "string", "example": "waxing"},
                     "label": {"type": "string", "enum": ["full", "new"], "example": "full"},
                     "phases": {"type": "array", "items": {"type": "string", "enum": ["WAXING", "WANING"]}}}},
                   "Orbit": {"type": "object",
                             "properties": {"moon_id": {"type": "string", "example": "m2"},
                                            "phase": {"type": "string", "enum": ["waxing", "waning"]}},
                             "example": {"moon_id": "m2", "phase": "full"}}}},
                 "paths": {"/api/v1/moons/{moonId}": {
                   "get": {"operationId": "getMoon", "summary": "a schema without an example", "tags": ["Moons"],
                           "responses": {"200": {"description": "the moon", "content": {"application/json": {
                               "schema": {"$ref": "#/components/schemas/Moon"}}}}}},
                   "put": {"operationId": "setOrbit", "summary": "an example off the enum", "tags": ["Moons"],
                           "responses": {"200": {"description": "the orbit", "content": {"application/json": {
                               "schema": {"$ref": "#/components/schemas/Orbit"}}}}}}}}}
                """);
        String getMoon = "GET /api/v1/moons/{moonId} (getMoon): ";
        assertThat(Checks.operations(moons)).contains(getMoon + "200 has no example",
                "PUT /api/v1/moons/{moonId} (setOrbit): 200 example: $.phase is \"full\", not one of [waxing, waning]");
        Map<String, Class<?>> records = new TreeMap<>(Map.of("Moon", Moon.class, "Orbit", Orbit.class,
                "Comet", Comet.class));
        assertThat(Checks.enums(moons, records, c -> JSON.valueToTree(c).asString())).containsExactlyInAnyOrder(
                "Comet: " + Comet.class.getName() + " has no schema",
                "Moon.phase is a Phase but lists no values",
                "Moon.label lists [full, new] but is a String, not an enum",
                "Moon.phases lists [WAXING, WANING], Phase has [waxing, waning]");
        assertThat(Checks.ids(moons)).containsExactly("moon_id has different examples: {m1=[Moon], m2=[Orbit]}");
    }

    enum Phase {
        @JsonProperty("waxing") WAXING,
        @JsonProperty("waning") WANING
    }

    record Moon(String moonId, Phase phase, String label, List<Phase> phases) {
    }

    record Orbit(String moonId, Phase phase) {
    }

    record Comet(String tail) {
    }

    /** The documented checks, on the document as JSON; each returns every problem it finds. */
    static final class Checks {
        private Checks() {
        }

        static List<String> operations(JsonNode doc) {
            List<String> problems = new ArrayList<>();
            Set<String> tags = new TreeSet<>();
            doc.path("tags").values().forEach(t -> tags.add(t.path("name").asString()));
            Map<String, Long> ids = ops(doc).stream().map(Op::id).filter(id -> id != null)
                    .collect(Collectors.groupingBy(Function.identity(), TreeMap::new, Collectors.counting()));
            ids.forEach((id, count) -> {
                if (count > 1) {
                    problems.add("operationId " + id + " is used twice");
                }
            });
            for (Op op : ops(doc)) {
                JsonNode o = op.node();
                if (op.id() == null || op.id().isBlank()) {
                    problems.add(op + ": no operationId");
                }
                if (o.path("summary").asString("").isBlank()) {
                    problems.add(op + ": no summary");
                }
                if (!o.path("tags").isArray() || o.path("tags").isEmpty()) {
                    problems.add(op + ": no tag");
                }
                o.path("tags").values().forEach(t -> {
                    if (!tags.contains(t.asString())) {
                        problems.add(op + ": tag " + t.asString() + " is not declared");
                    }
                });
                boolean success = false;
                boolean clientError = false;
                for (Map.Entry<String, JsonNode> response : o.path("responses").properties()) {
                    String status = response.getKey();
                    JsonNode body = response.getValue();
                    if (status.startsWith("2")) {
                        if (status.equals("204")) {
                            success = true;
                            continue;
                        }
                        for (Map.Entry<String, JsonNode> media : body.path("content").properties()) {
                            JsonNode schema = media.getValue().path("schema");
                            if (schema.isMissingNode()) {
                                continue;
                            }
                            success = true;
                            // the schema's own example (built from its record's annotations), and any the body adds
                            List<JsonNode> examples = examples(media.getValue());
                            if (resolve(doc, schema).has("example")) {
                                examples.add(resolve(doc, schema).path("example"));
                            }
                            if (examples.isEmpty()) {
                                problems.add(op + ": " + status + " has no example");
                            }
                            examples.forEach(example -> matches(doc, example, schema, "$", true,
                                    op + ": " + status + " example", problems));
                        }
                    } else if (status.startsWith("4") || status.startsWith("5")) {
                        JsonNode problem = body.path("content").path(OpenApiConfiguration.PROBLEM_JSON);
                        if (!problem.path("schema").path("$ref").asString("")
                                .equals("#/components/schemas/" + OpenApiConfiguration.PROBLEM_SCHEMA)) {
                            problems.add(op + ": " + status + " is not " + OpenApiConfiguration.PROBLEM_JSON
                                    + " with the Problem schema");
                        } else if (status.startsWith("4")) {
                            clientError = true;
                        }
                        if (OpenApiConfiguration.codes(body.path("description").asString("")).isEmpty()) {
                            problems.add(op + ": " + status + " names no rejection code");
                        }
                    }
                }
                if (!success) {
                    problems.add(op + ": no 2xx response with content (or 204)");
                }
                if (!clientError) {
                    problems.add(op + ": no 4xx response with a problem+json body");
                }
                JsonNode request = o.path("requestBody");
                if (!request.isMissingNode()) {
                    JsonNode json = request.path("content").path("application/json");
                    JsonNode schema = json.path("schema");
                    List<JsonNode> examples = examples(json);
                    if (schema.isMissingNode()) {
                        problems.add(op + ": request body has no application/json schema");
                    }
                    if (examples.isEmpty()) {
                        problems.add(op + ": request body has no example");
                    }
                    examples.forEach(example -> matches(doc, example, schema, "$", false,
                            op + ": request example", problems));
                }
                if (op.method().equals("POST") && op.path().startsWith("/api/")
                        && !hasHeader(doc, o, RequestEnvelope.IDEMPOTENCY_HEADER)) {
                    problems.add(op + ": POST has no Idempotency-Key parameter");
                }
                if (!o.path("responses").isEmpty() && !hasHeader(doc, o, RequestEnvelope.CORRELATION_HEADER)) {
                    problems.add(op + ": no X-Correlation-Id parameter");
                }
            }
            return problems;
        }

        /** Public endpoints need no token; every other one names a declared bearer scheme, /admin the admin's. */
        static List<String> security(JsonNode doc, Set<String> publicEndpoints) {
            List<String> problems = new ArrayList<>();
            Set<String> schemes = new TreeSet<>();
            doc.path("components").path("securitySchemes").propertyNames().forEach(schemes::add);
            for (Op op : ops(doc)) {
                JsonNode requirements = op.node().has("security") ? op.node().path("security") : doc.path("security");
                Set<String> named = new TreeSet<>();
                requirements.values().forEach(r -> r.propertyNames().forEach(named::add));
                boolean open = requirements.isEmpty();
                if (open && !publicEndpoints.contains(op.endpoint())) {
                    problems.add(op + ": needs no token but is not public");
                }
                if (!open && publicEndpoints.contains(op.endpoint())) {
                    problems.add(op + ": is public but requires a token");
                }
                named.stream().filter(s -> !schemes.contains(s))
                        .forEach(s -> problems.add(op + ": names undeclared security scheme " + s));
                if (op.path().startsWith("/admin/") && !named.equals(Set.of(OpenApiConfiguration.ADMIN_TOKEN))) {
                    problems.add(op + ": an admin endpoint must require the admin token only, requires " + named);
                }
            }
            return problems;
        }

        /** Every code a response names is documented, exists, and is answered with that response's status. */
        static List<String> codes(JsonNode doc, Set<String> documented, Map<String, Integer> statuses) {
            List<String> problems = new ArrayList<>();
            for (Op op : ops(doc)) {
                for (Map.Entry<String, JsonNode> response : op.node().path("responses").properties()) {
                    String status = response.getKey();
                    if (status.startsWith("2")) {
                        continue;
                    }
                    String description = response.getValue().path("description").asString("");
                    for (String code : OpenApiConfiguration.codes(description)) {
                        if (!documented.contains(code)) {
                            problems.add(op + ": " + status + " names " + code + ", which is not in " + ERRORS_DOC);
                        }
                        Integer answered = statuses.get(code);
                        if (answered == null) {
                            problems.add(op + ": " + status + " names " + code + ", which no RejectionCode enum has");
                        } else if (!status.equals(String.valueOf(answered))) {
                            problems.add(op + ": " + status + " names " + code + ", which is answered with "
                                    + answered);
                        }
                    }
                }
            }
            return problems;
        }

        /**
         * Every write sends a catalog command and says so with its policy (and the refusal its access policy implies);
         * every read sends none; every catalog command has an endpoint unless the server sends it itself.
         */
        static List<String> commands(JsonNode doc, Collection<CommandDefinition> commands, Set<String> serverSent) {
            List<String> problems = new ArrayList<>();
            Map<String, CommandDefinition> byType = commands.stream()
                    .collect(Collectors.toMap(CommandDefinition::type, Function.identity()));
            Set<String> withEndpoint = new TreeSet<>();
            for (Op op : ops(doc)) {
                JsonNode command = op.node().path(OpenApiConfiguration.COMMAND_EXTENSION);
                boolean write = !op.method().equals("GET") && op.path().startsWith("/api/");
                if (command.isMissingNode()) {
                    if (write) {
                        problems.add(op + ": sends no command (no " + OpenApiConfiguration.COMMAND_EXTENSION + ")");
                    }
                    continue;
                }
                if (!write) {
                    problems.add(op + ": a read that claims to send " + command.path("type").asString());
                }
                String type = command.path("type").asString();
                withEndpoint.add(type);
                CommandDefinition definition = byType.get(type);
                if (definition == null) {
                    problems.add(op + ": sends " + type + ", which the catalog lacks");
                    continue;
                }
                CommandPolicy policy = definition.policy();
                String access = policy.access().name().toLowerCase(Locale.ROOT);
                if (!access.equals(command.path("access").asString())) {
                    problems.add(op + ": " + OpenApiConfiguration.COMMAND_EXTENSION + " says access "
                            + command.path("access").asString() + ", the catalog " + access);
                }
                compare(op, command, "allowed_during_session", policy.allowedDuringSession(), problems);
                compare(op, command, "allowed_while_gate_open", policy.allowedWhileGateOpen(), problems);
                // the codes the catalog declares beside the command, and admission's, each under its own status
                for (RejectionCode code : definition.allRejections()) {
                    String status = String.valueOf(ProblemHandler.status(code.category()).value());
                    if (!OpenApiConfiguration.codes(op.node().path("responses").path(status).path("description")
                            .asString("")).contains(code.name())) {
                        problems.add(op + ": " + status + " does not name " + code.name() + ", which "
                                + definition.type() + " declares");
                    }
                }
            }
            byType.keySet().stream().filter(t -> !withEndpoint.contains(t) && !serverSent.contains(t)).sorted()
                    .forEach(t -> problems.add("command " + t + " has no endpoint"));
            serverSent.stream().filter(withEndpoint::contains).sorted()
                    .forEach(t -> problems.add("command " + t + " is sent by the server but has an endpoint"));
            return problems;
        }

        /** Property names of every schema, as clients send and receive them. */
        static List<String> snakeCase(JsonNode doc) {
            List<String> problems = new ArrayList<>();
            for (Map.Entry<String, JsonNode> schema : doc.path("components").path("schemas").properties()) {
                schema.getValue().path("properties").propertyNames().forEach(name -> {
                    if (!SNAKE_CASE.matcher(name).matches()) {
                        problems.add(schema.getKey() + "." + name);
                    }
                });
            }
            return problems;
        }

        /**
         * The allowed values of each record's properties come from its Java types: a property whose type is an enum
         * (or a list of one) lists exactly that enum's wire names as {@code enum}, and no other property lists values.
         * Every record has its schema.
         */
        static List<String> enums(JsonNode doc, Map<String, Class<?>> records, Function<Enum<?>, String> wireName) {
            List<String> problems = new ArrayList<>();
            records.forEach((name, record) -> {
                JsonNode schema = doc.path("components").path("schemas").path(name);
                if (schema.isMissingNode()) {
                    problems.add(name + ": " + record.getName() + " has no schema");
                    return;
                }
                for (RecordComponent component : record.getRecordComponents()) {
                    String property = SNAKE.translate(component.getName());
                    JsonNode documented = schema.path("properties").path(property);
                    Class<?> type = component.getType();
                    if (List.class.isAssignableFrom(type)
                            && component.getGenericType() instanceof ParameterizedType list
                            && list.getActualTypeArguments()[0] instanceof Class<?> item) {
                        type = item;
                        documented = documented.path("items");
                    }
                    String at = name + "." + property;
                    if (type.isEnum()) {
                        List<String> wire = Arrays.stream(type.getEnumConstants())
                                .map(c -> wireName.apply((Enum<?>) c)).toList();
                        if (!documented.has("enum")) {
                            problems.add(at + " is a " + type.getSimpleName() + " but lists no values");
                        } else if (!strings(documented.path("enum")).equals(wire)) {
                            problems.add(at + " lists " + strings(documented.path("enum")) + ", "
                                    + type.getSimpleName() + " has " + wire);
                        }
                    } else if (documented.has("enum")) {
                        problems.add(at + " lists " + strings(documented.path("enum")) + " but is a "
                                + type.getSimpleName() + ", not an enum");
                    }
                }
            });
            return problems;
        }

        /**
         * A property named after a path variable ({@code campaign_id} for {@code {campaignId}}) has the same example
         * in every schema: the examples show one campaign, one session, one character, and the problem examples use
         * that value in their {@code instance} paths.
         */
        static List<String> ids(JsonNode doc) {
            Set<String> named = new TreeSet<>();
            Matcher variables = Pattern.compile("\\{([A-Za-z]+)}").matcher(String.join("/", doc.path("paths")
                    .propertyNames()));
            while (variables.find()) {
                named.add(SNAKE.translate(variables.group(1)));
            }
            Map<String, Map<String, Set<String>>> examples = new TreeMap<>();
            for (Map.Entry<String, JsonNode> schema : doc.path("components").path("schemas").properties()) {
                for (Map.Entry<String, JsonNode> property : schema.getValue().path("properties").properties()) {
                    JsonNode example = property.getValue().path("example");
                    if (named.contains(property.getKey()) && !example.isMissingNode() && !example.isNull()) {
                        examples.computeIfAbsent(property.getKey(), k -> new TreeMap<>())
                                .computeIfAbsent(example.asString(example.toString()), k -> new TreeSet<>())
                                .add(schema.getKey());
                    }
                }
            }
            List<String> problems = new ArrayList<>();
            examples.forEach((property, values) -> {
                if (values.size() > 1) {
                    problems.add(property + " has different examples: " + values);
                }
            });
            return problems;
        }

        private static List<String> strings(JsonNode array) {
            return array.values().stream().map(v -> v.asString(v.toString())).toList();
        }

        private static void compare(Op op, JsonNode command, String flag, boolean catalog, List<String> problems) {
            if (!command.path(flag).isBoolean() || command.path(flag).booleanValue() != catalog) {
                problems.add(op + ": " + OpenApiConfiguration.COMMAND_EXTENSION + " says " + flag + " "
                        + command.path(flag) + ", the catalog " + catalog);
            }
        }

        private static boolean hasHeader(JsonNode doc, JsonNode operation, String name) {
            for (JsonNode parameter : operation.path("parameters").values()) {
                JsonNode resolved = resolve(doc, parameter);
                if ("header".equals(resolved.path("in").asString()) && name.equalsIgnoreCase(resolved.path("name")
                        .asString())) {
                    return true;
                }
            }
            return false;
        }

        private static List<JsonNode> examples(JsonNode media) {
            List<JsonNode> examples = new ArrayList<>();
            if (media.has("example")) {
                examples.add(media.path("example"));
            }
            media.path("examples").values().forEach(e -> examples.add(e.path("value")));
            return examples;
        }

        /**
         * Whether an example fits its schema: no property the schema lacks, the required ones present (every one
         * for a response example, which shows the whole body), and the basic JSON types right.
         */
        private static void matches(JsonNode doc, JsonNode example, JsonNode schemaRef, String at, boolean complete,
                                    String where, List<String> problems) {
            JsonNode schema = resolve(doc, schemaRef);
            if (example.isNull() || schema.isMissingNode()) {
                return;
            }
            Set<String> types = new TreeSet<>();
            if (schema.path("type").isArray()) {
                schema.path("type").values().forEach(t -> types.add(t.asString()));
            } else if (schema.has("type")) {
                types.add(schema.path("type").asString());
            }
            if (!types.isEmpty() && types.stream().noneMatch(t -> fits(example, t))) {
                problems.add(where + ": " + at + " is not " + (types.size() == 1 ? "a" + (types.iterator().next()
                        .matches("[aeiou].*") ? "n " : " ") + types.iterator().next() : "one of " + types));
                return;
            }
            List<String> allowed = strings(schema.path("enum"));
            if (schema.has("enum") && !allowed.contains(example.asString(""))) {
                problems.add(where + ": " + at + " is " + example + ", not one of " + allowed);
            }
            JsonNode properties = schema.path("properties");
            if (example.isObject() && properties.isObject()) {
                example.propertyNames().forEach(name -> {
                    if (!properties.has(name)) {
                        problems.add(where + ": " + at + "." + name + " is not in the schema");
                    } else {
                        matches(doc, example.path(name), properties.path(name), at + "." + name, complete, where,
                                problems);
                    }
                });
                Set<String> required = new TreeSet<>();
                schema.path("required").values().forEach(r -> required.add(r.asString()));
                properties.propertyNames().forEach(name -> {
                    if (!example.has(name) && (complete || required.contains(name))) {
                        problems.add(where + ": " + at + "." + name + (complete ? "" : " (required)") + " is missing");
                    }
                });
            }
            if (example.isArray() && schema.has("items")) {
                for (int i = 0; i < example.size(); i++) {
                    matches(doc, example.get(i), schema.path("items"), at + "[" + i + "]", complete, where, problems);
                }
            }
        }

        private static boolean fits(JsonNode value, String type) {
            return switch (type) {
                case "string" -> value.isString();
                case "integer" -> value.isIntegralNumber();
                case "number" -> value.isNumber();
                case "boolean" -> value.isBoolean();
                case "array" -> value.isArray();
                case "object" -> value.isObject();
                case "null" -> value.isNull();
                default -> true;
            };
        }

        private static JsonNode resolve(JsonNode doc, JsonNode node) {
            String ref = node.path("$ref").asString("");
            return ref.startsWith("#/") ? doc.at(ref.substring(1)) : node;
        }
    }

    /** One documented operation. */
    record Op(String method, String path, JsonNode node) {
        String id() {
            return node.has("operationId") ? node.path("operationId").asString() : null;
        }

        String endpoint() {
            return method + " " + path;
        }

        @Override
        public String toString() {
            return endpoint() + " (" + id() + ")";
        }
    }

    static List<Op> ops(JsonNode doc) {
        List<Op> operations = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : doc.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> method : path.getValue().properties()) {
                if (METHODS.contains(method.getKey())) {
                    operations.add(new Op(method.getKey().toUpperCase(Locale.ROOT), path.getKey(), method.getValue()));
                }
            }
        }
        operations.sort(Comparator.comparing(Op::path).thenComparing(Op::method));
        return operations;
    }

    /** "METHOD path" of a controller mapping under /api or /admin. */
    private static List<String> endpoints(RequestMappingInfo info) {
        List<String> endpoints = new ArrayList<>();
        Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
        for (String pattern : info.getPatternValues()) {
            if (pattern.startsWith("/api/") || pattern.startsWith("/admin/") || pattern.equals("/api")) {
                (methods.isEmpty() ? Set.of(RequestMethod.GET) : methods)
                        .forEach(m -> endpoints.add(m.name() + " " + pattern));
            }
        }
        return endpoints;
    }

    /** Calls an operation with placeholder path values and, when it takes one, an empty JSON object as body. */
    private static Api.Response call(Api client, Op op) {
        String path = op.path().replace("{rollSeq}", "1").replaceAll("\\{[^}]+}", "x");
        boolean body = op.node().has("requestBody");
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(client.url(path)))
                .method(op.method(), body ? HttpRequest.BodyPublishers.ofString("{}")
                        : HttpRequest.BodyPublishers.noBody());
        return client.send(request, body ? Map.of("Content-Type", "application/json") : Map.of());
    }

    /** An enum constant as the web layer writes it. */
    private String wireName(Enum<?> constant) {
        return webMapper.valueToTree(constant).asString();
    }

    /**
     * The records the controllers under /api and /admin answer and read, and every record within them, by simple name
     * (the name of their schema).
     */
    static Map<String, Class<?>> records(RequestMappingHandlerMapping mappings) {
        Map<String, Class<?>> records = new TreeMap<>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            if (endpoints(info).isEmpty()) {
                return;
            }
            collect(handler.getMethod().getGenericReturnType(), records);
            for (java.lang.reflect.Parameter parameter : handler.getMethod().getParameters()) {
                if (parameter.isAnnotationPresent(org.springframework.web.bind.annotation.RequestBody.class)) {
                    collect(parameter.getParameterizedType(), records);
                }
            }
        });
        return records;
    }

    private static void collect(Type type, Map<String, Class<?>> records) {
        if (type instanceof ParameterizedType parameterized) {
            Arrays.stream(parameterized.getActualTypeArguments()).forEach(t -> collect(t, records));
        } else if (type instanceof Class<?> record && record.isRecord()) {
            Class<?> known = records.putIfAbsent(record.getSimpleName(), record);
            if (known == null) {
                Arrays.stream(record.getRecordComponents()).forEach(c -> collect(c.getGenericType(), records));
            } else if (known != record) {
                throw new IllegalStateException(known + " and " + record + " would share one schema name");
            }
        }
    }

    /** Commands the server sends itself, never a client: the steps of larger decisions, marked nested-only. */
    private Set<String> serverSentCommands() {
        return catalog.commands().stream().filter(c -> c.policy().nestedOnly()).map(CommandDefinition::type)
                .collect(java.util.stream.Collectors.toCollection(TreeSet::new));
    }

    /**
     * The command policy table of docs/api.md: every command of the core (in CoreMessages' order) and then of each
     * game system, with its endpoint from this document and its policy from the catalog.
     */
    static String policyTable(JsonNode doc, Set<String> serverSent, MessageCatalog catalog) {
        Map<String, List<String>> endpoints = new HashMap<>();
        for (Op op : ops(doc)) {
            JsonNode command = op.node().path(OpenApiConfiguration.COMMAND_EXTENSION);
            if (!command.isMissingNode()) {
                endpoints.computeIfAbsent(command.path("type").asString(), t -> new ArrayList<>())
                        .add("`" + op.endpoint() + "`");
            }
        }
        List<CommandDefinition> commands = new ArrayList<>(new CoreMessages().commands());
        List<SystemModule> systems = new ArrayList<>(catalog.systems());
        systems.sort(Comparator.comparing(SystemModule::systemId));
        systems.forEach(s -> commands.addAll(s.commands()));
        StringBuilder table = new StringBuilder("""
                | command type | endpoint | who may call | during a session | while a gate is open |
                |---|---|---|---|---|
                """);
        for (CommandDefinition command : commands) {
            CommandPolicy policy = command.policy();
            boolean scoped = CampaignScoped.class.isAssignableFrom(command.payload());
            boolean nested = serverSent.contains(command.type());
            String endpoint = nested ? "none: a step the server sends inside a larger decision"
                    : String.join("<br>", endpoints.getOrDefault(command.type(), List.of("none")));
            // nested, it was authorized with the command that sent it; alone it is refused whoever sends it
            String who = nested ? "nobody on its own (`COMMAND_NESTED_ONLY`)"
                    : OpenApiConfiguration.who(policy.access());
            table.append("| `").append(command.type()).append("` | ").append(endpoint).append(" | ")
                    .append(who).append(" | ")
                    .append(scoped ? yesNo(policy.allowedDuringSession(), "SESSION_ACTIVE") : "— (no campaign yet)")
                    .append(" | ")
                    .append(!scoped ? "—" : !policy.allowedDuringSession() ? "no (no session)"
                            : yesNo(policy.allowedWhileGateOpen(), "SESSION_GATE_OPEN"))
                    .append(" |\n");
        }
        return table.toString().strip();
    }

    private static String yesNo(boolean allowed, String refusal) {
        return allowed ? "yes" : "no (`" + refusal + "`)";
    }

    /** Every constant of every RejectionCode enum of the production classes. */
    static List<RejectionCode> productionCodes() {
        return ProductionClasses.get().stream().filter(JavaClass::isEnum)
                .filter(c -> c.isAssignableTo(RejectionCode.class))
                .flatMap(c -> Arrays.stream(c.reflect().getEnumConstants()).map(RejectionCode.class::cast))
                .toList();
    }

    /** The codes with a row in the rejection-code tables of docs/errors.md. */
    static Set<String> documentedCodes(String markdown) {
        Set<String> codes = new TreeSet<>();
        boolean inCodes = false;
        for (String line : markdown.split("\r?\n")) {
            if (line.startsWith("## ")) {
                inCodes = line.startsWith("## Rejection codes");
            }
            Matcher row = DOC_CODE_ROW.matcher(line);
            if (inCodes && row.matches()) {
                codes.add(row.group(1));
            }
        }
        return codes;
    }

    /** A file of the repository, found from the test's working directory (failsafe runs in {@code app/}). */
    static Path repoFile(String relative) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("pom.xml")) && Files.isRegularFile(dir.resolve("app/pom.xml"))) {
                return dir.resolve(relative);
            }
        }
        throw new IllegalStateException("no repository root above " + Path.of("").toAbsolutePath());
    }
}
