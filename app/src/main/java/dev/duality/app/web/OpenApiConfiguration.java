package dev.duality.app.web;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.node.NullNode;
import dev.duality.app.security.AuthRejection;
import dev.duality.core.campaign.api.AuthzRejection;
import dev.duality.core.campaign.api.CampaignRejection;
import dev.duality.core.campaign.api.CampaignScoped;
import dev.duality.core.catalog.CommandDefinition;
import dev.duality.core.catalog.CommandPolicy;
import dev.duality.core.catalog.MessageCatalog;
import dev.duality.core.envelope.EnvelopeRejection;
import dev.duality.core.rejection.RejectionCode;
import dev.duality.core.session.api.SessionRejection;
import dev.duality.core.value.ValueRejection;
import dev.duality.core.value.Wire;
import dev.duality.app.projection.History;
import dev.duality.web.ApiRejection;
import dev.duality.web.ProblemHandler;
import dev.duality.web.RequestEnvelope;
import dev.duality.web.SendsCommand;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.core.util.Json31;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.BooleanSchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.tags.Tag;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.providers.ObjectMapperProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.AnnotatedElementUtils;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The OpenAPI document served at {@code /v3/api-docs} (Swagger UI at {@code /swagger-ui.html}).
 * <p>
 * Controllers declare only what is theirs: a tag, an {@code @Operation} with its summary (and, for reads, who may
 * call), request-body examples, the success response, {@link SendsCommand} naming the command a write sends, and an
 * {@code @ApiResponse} per error status whose description is the comma-separated list of the rejection codes only
 * that endpoint gives (e.g. {@code "SESSION_ACTIVE, CAMPAIGN_STATUS_FORBIDS_OPERATION"}). The records they answer
 * document themselves: closed sets of values are enums (swagger-core lists their {@code @JsonProperty} wire names),
 * and {@code @Schema(description, example)} on the record components gives each property its text and example, from
 * which {@link #examples} builds every success schema's example. A game system's endpoints and views do the same,
 * with no edit here. Everything shared is added here, once:
 * <ul>
 *   <li>the catalog policy of each {@link SendsCommand} (who may call, session lock, open gate) as text and as the
 *       codes it implies ({@code AUTHZ_DENY_*}, {@code SESSION_ACTIVE}, {@code SESSION_GATE_OPEN},
 *       {@code CAMPAIGN_NOT_FOUND}, {@code CONCURRENT_MODIFICATION}), plus an {@code x-duality-command} extension;</li>
 *   <li>the codes every endpoint of a kind shares: bad JSON, headers, ids, query strings and URLs (400), tokens
 *       (401), other campaigns and admin-only paths (403), media types (406, 415), bodies too large (413),
 *       idempotency keys (409, 422), faults (500), a busy or unreachable database (503);</li>
 *   <li>the {@code Problem} schema and an {@code application/problem+json} body with one example per code on every
 *       error response, whose description becomes the code list;</li>
 *   <li>the bearer security schemes (public endpoints opt out with an empty {@code @SecurityRequirements}) and the
 *       {@code Idempotency-Key} and {@code X-Correlation-Id} headers.</li>
 * </ul>
 * Schemas follow the web layer's snake_case naming (see {@link #snakeCaseModels}).
 */
@Configuration(proxyBeanMethods = false)
public class OpenApiConfiguration {
    public static final String PARTICIPANT_TOKEN = "participantToken";
    public static final String ADMIN_TOKEN = "adminToken";
    public static final String PROBLEM_JSON = "application/problem+json";
    public static final String PROBLEM_SCHEMA = "Problem";
    public static final String COMMAND_EXTENSION = "x-duality-command";
    /** A rejection code as it appears in response descriptions: upper-case words joined by underscores. */
    public static final Pattern CODE = Pattern.compile("\\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\\b");

    private static final String PROBLEM_BLOCKER_SCHEMA = "ReadinessBlocker";
    private static final String IDEMPOTENCY_PARAMETER = "IdempotencyKey";
    private static final String CORRELATION_PARAMETER = "CorrelationId";
    private static final String DRY_RUN_PARAMETER = "DryRun";
    private static final String AS_OF_SEQ_PARAMETER = "AsOfSeq";
    private static final String AS_OF_PARAMETER = "AsOf";
    private static final String DIFF_FROM_SEQ_PARAMETER = "DiffFromSeq";
    private static final String EXPLAIN_PARAMETER = "Explain";
    /** The writes whose decision may roll server dice, which a dry run refuses to preview. */
    private static final Pattern ROLLS_DICE = Pattern.compile("/(rolls|action-rolls|rests|death-move|attacks)$");
    private static final String REPLAYED_HEADER = "IdempotentReplayed";
    private static final String RECOVERED_HEADER = "IdempotentRecovered";
    private static final String LOCATION_HEADER = "Location";
    private static final String CORRELATION_EXAMPLE = "5b0e6f0e-8e5f-4d8e-9a43-2b4a7c1e2d10";
    private static final Pattern PATH_VARIABLE = Pattern.compile("\\{([A-Za-z]+)}");

    /**
     * The core's tags, in the order the document lists them; a game system's endpoints bring their own tag (with its
     * description, on their controllers), listed after these by name.
     */
    private static List<Tag> coreTags() {
        return List.of(
                tag("Campaigns", "Create campaigns and move them through draft → active → completed → "
                        + "archived (and restore)."),
                tag("Participants", "Who sits at the table: role (gm or player) and access (owner, manager "
                        + "or member)."),
                tag("Characters", "Core character identity and ownership; game systems attach their own "
                        + "sheets."),
                tag("Invites", "Single-use invite codes: owners and managers create them, whoever holds one "
                        + "claims a seat and receives an access token."),
                tag("Sessions", "Start (readiness-checked), end, the active session and the spotlight. While "
                        + "a session is active, out-of-game changes are refused with SESSION_ACTIVE."),
                tag("Gates", "A session's decision points: at most one open gate, responses from eligible "
                        + "participants, then resolve or abandon."),
                tag("Play", "Rolls (server-seeded or physical dice), their outcomes (applied exactly once) "
                        + "and story notes."),
                tag("Timeline", "Every journal event of a campaign in order, paged by after_seq or followed live "
                        + "as Server-Sent Events."),
                tag("Bundles", "Signed session bundles: a campaign's journal exported by its owner, imported by "
                        + "another Duality's operator into identical read models."),
                tag("Admin", "Operator endpoints, for the admin token only."));
    }

    @Bean
    OpenAPI dualityOpenApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Duality game service API")
                        .version("v1")
                        .description("""
                                Event-sourced tabletop RPG campaigns. JSON is snake_case in both directions; unknown \
                                fields are refused. Every refusal is `application/problem+json` with a stable `code` \
                                and, where one input caused it, a `field`: each error response below lists the codes \
                                it can carry, and docs/errors.md explains every code. Authenticate with \
                                `Authorization: Bearer <token>`: a participant access token (returned once, when a \
                                campaign is created or an invite is claimed) or the admin token. A client's guide is \
                                in docs/api.md.""")
                        .license(new License().name("Proprietary")))
                .tags(new ArrayList<>(coreTags()))
                .addSecurityItem(new SecurityRequirement().addList(PARTICIPANT_TOKEN))
                .addSecurityItem(new SecurityRequirement().addList(ADMIN_TOKEN));
    }

    /**
     * swagger-core resolves schemas with its own Jackson 2 mapper, which knows nothing of the web layer's
     * {@code spring.jackson.property-naming-strategy: SNAKE_CASE} (a Jackson 3 setting): without this resolver every
     * property would be documented in camelCase although the wire is snake_case.
     */
    @Bean
    ModelConverter snakeCaseModels(ObjectMapperProvider mappers) {
        boolean openapi31 = mappers.isOpenapi31();
        return new ModelResolver((openapi31 ? Json31.mapper() : Json.mapper()).copy()
                .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)).openapi31(openapi31);
    }

    /** Adds each command's catalog policy to its operation: text, implied rejection codes and an extension. */
    @Bean
    OperationCustomizer commandPolicies(MessageCatalog catalog) {
        return (operation, handler) -> {
            SendsCommand sends = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), SendsCommand.class);
            if (sends == null) {
                return operation;
            }
            CommandDefinition command = catalog.command(sends.value()).orElseThrow(() -> new IllegalStateException(
                    handler + " names " + sends.value().getName() + ", which is not a registered command"));
            CommandPolicy policy = command.policy();
            // the policy is checked against a campaign: a command that creates one has no session or gate to meet
            boolean scoped = CampaignScoped.class.isAssignableFrom(command.payload());
            String text = "**Command** `" + command.type() + "`. **Who may call:** " + who(policy.access()) + "."
                    + (scoped ? " **During a session:** " + duringSession(policy) + ". **While a gate is open:** "
                    + whileGateOpen(policy) + "." : "");
            operation.setDescription(operation.getDescription() == null ? text
                    : operation.getDescription().strip() + "\n\n" + text);
            Map<String, Object> extension = new LinkedHashMap<>();
            extension.put("type", command.type());
            extension.put("access", Wire.name(policy.access()));
            extension.put("allowed_during_session", policy.allowedDuringSession());
            extension.put("allowed_while_gate_open", policy.allowedWhileGateOpen());
            operation.addExtension(COMMAND_EXTENSION, extension);

            // every code the command can be refused with, declared beside it in the catalog
            command.allRejections().forEach(code -> addCodes(operation, code));
            if (scoped) {
                addCodes(operation, ApiRejection.CONCURRENT_MODIFICATION);
            }
            return operation;
        };
    }

    /** Whether a command may run while a session is active, in words. */
    public static String duringSession(CommandPolicy policy) {
        return policy.allowedDuringSession() ? "allowed" : "refused with `SESSION_ACTIVE`";
    }

    /** Whether a command may run while a session gate is open, in words. */
    public static String whileGateOpen(CommandPolicy policy) {
        return policy.allowedWhileGateOpen() ? "allowed"
                : policy.allowedDuringSession() ? "refused with `SESSION_GATE_OPEN`" : "refused (no session)";
    }

    /** Who may send a command of this access policy, in words; the admin token passes every policy. */
    public static String who(CommandPolicy.Access access) {
        return switch (access) {
            case PUBLIC -> "anyone, no token needed";
            case INVITE_HOLDER -> "anyone holding an open invite code, no token needed";
            case MEMBER -> "any participant of the campaign, or the admin";
            case SELF_OR_MANAGER -> "the participant concerned, an owner or a manager, or the admin";
            case MANAGER -> "an owner or a manager, or the admin";
            case CHARACTER_CONTROLLER -> "the character's owner or a GM participant, or the admin";
            case GM -> "a GM participant, or the admin";
            case OWNER -> "an owner, or the admin";
        };
    }

    /**
     * Shared components, security, headers, codes, problem bodies and examples, for every operation. Runs after every
     * other customizer, so a game system's examples for its own value types come first.
     */
    @Bean
    @org.springframework.core.annotation.Order(org.springframework.core.Ordered.LOWEST_PRECEDENCE)
    OpenApiCustomizer sharedDocumentation() {
        return openApi -> {
            Components components = openApi.getComponents() == null ? new Components() : openApi.getComponents();
            openApi.setComponents(components);
            sharedComponents(components);
            openApi.setTags(ordered(openApi.getTags()));
            examples(openApi);
            openApi.getPaths().forEach((path, item) -> item.readOperationsMap()
                    .forEach((method, operation) -> shared(path, method, operation, components.getSchemas())));
        };
    }

    private static void sharedComponents(Components components) {
        components.addSecuritySchemes(PARTICIPANT_TOKEN, new SecurityScheme().type(SecurityScheme.Type.HTTP)
                        .scheme("bearer").bearerFormat("dpt_…")
                        .description("A participant access token (`dpt_…`), returned once: by POST /api/v1/campaigns "
                                + "for the owner, by POST …/invites/claim for whoever claims an invite. It opens its "
                                + "own campaign only; only its SHA-256 hash is stored."))
                .addSecuritySchemes(ADMIN_TOKEN, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                        .description("The operator's token from configuration (`DUALITY_ADMIN_TOKEN`). Opens /admin "
                                + "and every campaign, and passes every access policy (not the game rules)."));
        components.addSchemas(PROBLEM_BLOCKER_SCHEMA, new ObjectSchema()
                .description("One reason a session cannot start, in the fixed readiness order.")
                .addProperty("code", new StringSchema().description("The blocker's rejection code"))
                .addProperty("character_id", new StringSchema().description("The character it is about, if any"))
                .addProperty("message", new StringSchema()));
        components.addSchemas(PROBLEM_SCHEMA, new ObjectSchema()
                .description("An RFC 9457 problem document. Branch on `code`, never on `detail`; see docs/errors.md.")
                .addRequiredItem("type").addRequiredItem("title").addRequiredItem("status")
                .addRequiredItem("detail").addRequiredItem("instance").addRequiredItem("code")
                .addProperty("type", new StringSchema().format("uri")
                        .description("https://duality.dev/problems/ followed by the code in kebab case"))
                .addProperty("title", new StringSchema().description("The code itself"))
                .addProperty("status", new IntegerSchema().description("The HTTP status"))
                .addProperty("detail", new StringSchema().description("Human-readable explanation; may change"))
                .addProperty("instance", new StringSchema().format("uri-reference").description("The request path"))
                .addProperty("code", new StringSchema().pattern("^[A-Z][A-Z0-9_]*$")
                        .description("The stable rejection code"))
                .addProperty("field", new StringSchema().description(
                        "The input at fault as the client spelled it (snake_case JSON path, query parameter, path "
                                + "variable or header), when one input caused the refusal"))
                .addProperty("correlation_id", new StringSchema().description(
                        "The request's X-Correlation-Id, or the one the server generated"))
                .addProperty("blockers", new ArraySchema()
                        .items(new Schema<>().$ref(ref(PROBLEM_BLOCKER_SCHEMA)))
                        .description("Only when a session start is refused by readiness: every blocker, in order")));
        components.addParameters(DRY_RUN_PARAMETER, new Parameter().in("query").name("dry_run").required(false)
                .schema(new BooleanSchema()).example(true)
                .description("`true`: preview the request. It runs exactly as it would, in a transaction that is then "
                        + "rolled back, and answers 200 (header `Dry-Run: true`, no `Location`) with `dry_run: true`, "
                        + "`status` and `answer` (what the endpoint "
                        + "would answer), `events` (what the decision would append: `event_type`, `aggregate_id`, "
                        + "`sequence`, `payload`) and `changes` (each read-model row it would insert, update or "
                        + "delete: `table`, `kind`, `id`, `columns` with `before` and `after`). Nothing is stored or "
                        + "published, and Idempotency-Key is ignored. A refusal is answered as it would be; a request "
                        + "that would roll server dice is refused with DRY_RUN_ROLLS_DICE (docs/api.md, Dry runs)"));
        components.addParameters(AS_OF_SEQ_PARAMETER, new Parameter().in("query").name("as_of_seq").required(false)
                .schema(new IntegerSchema().format("int64").minimum(java.math.BigDecimal.ONE)).example(12)
                .description("Answer as the read would have answered right after the campaign's event with this "
                        + "`seq` (the timeline's and the event stream's numbering): the read models are rebuilt "
                        + "from the journal up to it for this one read, with the same checks and the same secrets; "
                        + "header `As-Of-Seq` names the point. A seq the campaign does not have is "
                        + "AS_OF_NOT_FOUND (docs/api.md, Reading the past)"));
        components.addParameters(AS_OF_PARAMETER, new Parameter().in("query").name("as_of").required(false)
                .schema(new StringSchema().format("date-time")).example("2026-12-07T19:30:00Z")
                .description("As `as_of_seq`, at the campaign's last event at or before this instant (ISO-8601); "
                        + "a time before its first event is AS_OF_NOT_FOUND. Not with `as_of_seq`."));
        components.addParameters(DIFF_FROM_SEQ_PARAMETER, new Parameter().in("query").name("diff_from_seq")
                .required(false).schema(new IntegerSchema().format("int64").minimum(java.math.BigDecimal.ZERO))
                .example(9)
                .description("GMs only. Answers `{as_of_seq, since_seq, answer, fields}`: the read's answer at the "
                        + "point (now, or `as_of_seq`/`as_of`), and each field of the rows it used that changed "
                        + "since this seq, with its value then (`before`) and at the point (`value`), and `set_by`: "
                        + "every event that changed it, with `seq`, `event_type`, `event_id`, `occurred_at`, "
                        + "`actor_id`, `request_id` (the Idempotency-Key), `correlation_id`, `causation_id` (the "
                        + "command), `roll` (the roll it followed from), `same_request` (the request's other events),"
                        + " `before` and `after`."));
        components.addParameters(EXPLAIN_PARAMETER, new Parameter().in("query").name("explain").required(false)
                .schema(new StringSchema().pattern("^(true|[a-z][a-z0-9_]*(,[a-z][a-z0-9_]*)*)$"))
                .example("hp_marked,hope")
                .description("GMs only. `true`, or the fields to explain: answers as `diff_from_seq=0` does, "
                        + "with every field of the rows the read used (or those named) and the whole chain of "
                        + "events that set it since the campaign began. Not with `diff_from_seq`."));
        components.addParameters(IDEMPOTENCY_PARAMETER, new HeaderParameter().name(RequestEnvelope.IDEMPOTENCY_HEADER)
                .required(false).schema(new StringSchema().pattern("^[A-Za-z0-9._:-]{1,128}$"))
                .example("7c9e6679-7425-40de-944b-e07fc1f90ae7")
                .description("Makes a POST safe to retry: the first answer (success or refusal) is kept per caller "
                        + "and key, and a repeat of the same request gets it again with `Idempotent-Replayed: true` "
                        + "and "
                        + "no second effect. Reusing the key for a different request is refused "
                        + "(`IDEMPOTENCY_KEY_REUSED`); a repeat while the first still runs waits for its answer, "
                        + "briefly, then is refused (`IDEMPOTENCY_KEY_IN_PROGRESS`). A retry after a server fault or "
                        + "a crash that followed the commit gets an answer recovered from the journal "
                        + "(`Idempotent-Recovered: true`). Keys expire (24 hours by default). Recorded as the events' "
                        + "`request_id`."));
        components.addParameters(CORRELATION_PARAMETER, new HeaderParameter().name(RequestEnvelope.CORRELATION_HEADER)
                .required(false).schema(new StringSchema().pattern("^[A-Za-z0-9._:-]{1,128}$"))
                .example(CORRELATION_EXAMPLE)
                .description("Ties the request, its events (`correlation_id`) and any problem answer together; the "
                        + "server generates one when absent."));
        components.addHeaders(REPLAYED_HEADER, new Header().schema(new StringSchema()._enum(List.of("true")))
                .description("Present on an answer replayed for a repeated Idempotency-Key"));
        components.addHeaders(RECOVERED_HEADER, new Header().schema(new StringSchema()._enum(List.of("true")))
                .description("Present on an answer rebuilt from the journal for a repeated Idempotency-Key whose "
                        + "command committed but whose answer was lost: the success status, `recovered: true`, the "
                        + "ids and the committed `events` (docs/api.md, Idempotency and retries)"));
        components.addHeaders(LOCATION_HEADER, new Header().schema(new StringSchema())
                .description("Where the created resource can be read"));
    }

    private static void shared(String path, PathItem.HttpMethod method, Operation operation,
                               Map<String, Schema> schemas) {
        boolean api = path.startsWith("/api/");
        boolean admin = path.startsWith("/admin/");
        boolean isPublic = operation.getSecurity() != null && operation.getSecurity().isEmpty();
        boolean post = method == PathItem.HttpMethod.POST;
        if (admin) {
            operation.setSecurity(List.of(new SecurityRequirement().addList(ADMIN_TOKEN)));
        }
        addParameter(operation, CORRELATION_PARAMETER, RequestEnvelope.CORRELATION_HEADER);
        if (api && post) {
            addParameter(operation, IDEMPOTENCY_PARAMETER, RequestEnvelope.IDEMPOTENCY_HEADER);
        }
        if (api && method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD) {
            operation.addParametersItem(new Parameter().$ref("#/components/parameters/" + DRY_RUN_PARAMETER));
            addCodes(operation, ApiRejection.PARAMETER_INVALID);
            if (post && ROLLS_DICE.matcher(path).find()) {
                addCodes(operation, ApiRejection.DRY_RUN_ROLLS_DICE);
            }
        }

        if (method == PathItem.HttpMethod.GET && History.campaignOf(path).isPresent() && !History.readsJournal(path)) {
            for (String parameter : List.of(AS_OF_SEQ_PARAMETER, AS_OF_PARAMETER, DIFF_FROM_SEQ_PARAMETER,
                    EXPLAIN_PARAMETER)) {
                operation.addParametersItem(new Parameter().$ref("#/components/parameters/" + parameter));
            }
            addCodes(operation, ApiRejection.PARAMETER_INVALID, ApiRejection.AS_OF_NOT_FOUND,
                    AuthzRejection.AUTHZ_DENY_REQUIRES_GM);
        }
        if (api) {
            addCodes(operation, ApiRejection.HEADER_INVALID, ApiRejection.NOT_ACCEPTABLE);
        }
        if (operation.getParameters() != null) {
            for (Parameter parameter : operation.getParameters()) {
                if ("path".equals(parameter.getIn())) {
                    addCodes(operation, parameter.getName().endsWith("Id") ? ValueRejection.ID_INVALID
                            : ApiRejection.PARAMETER_INVALID);
                } else if ("query".equals(parameter.getIn())) {
                    // not a number, or (any parameter) not percent-encoded UTF-8
                    addCodes(operation, ApiRejection.PARAMETER_INVALID);
                }
            }
        }
        if (operation.getRequestBody() != null) {
            addCodes(operation, ApiRejection.MALFORMED_JSON, ApiRejection.UNKNOWN_FIELD, ApiRejection.WRONG_TYPE);
            if (Boolean.TRUE.equals(operation.getRequestBody().getRequired())) {
                addCodes(operation, ApiRejection.BODY_REQUIRED);
            }
            addCodes(operation, "415", ApiRejection.UNSUPPORTED_MEDIA_TYPE);
            addCodes(operation, "413", ApiRejection.BODY_TOO_LARGE);
        }
        addCodes(operation, isPublic ? List.of(AuthRejection.AUTH_TOKEN_INVALID)
                : List.of(AuthRejection.AUTH_TOKEN_MISSING, AuthRejection.AUTH_TOKEN_INVALID));
        if (api && path.contains("{campaignId}")) {
            addCodes(operation, AuthzRejection.AUTHZ_DENY_NOT_A_MEMBER);
        }
        if (admin) {
            addCodes(operation, AuthRejection.AUTHZ_DENY_ADMIN_ONLY);
        }
        if (api && post) {
            addCodes(operation, ApiRejection.IDEMPOTENCY_KEY_IN_PROGRESS, ApiRejection.IDEMPOTENCY_KEY_REUSED);
        }
        addCodes(operation, ApiRejection.REQUEST_MALFORMED, ApiRejection.INTERNAL_ERROR, ApiRejection.DATABASE_BUSY,
                ApiRejection.DATABASE_UNAVAILABLE);

        ApiResponses responses = operation.getResponses();
        Map<String, ApiResponse> ordered = new TreeMap<>(responses);
        responses.clear();
        ordered.forEach((status, response) -> {
            responses.addApiResponse(status, response);
            if (status.startsWith("2")) {
                successContent(response);
                if (post && api) {
                    response.addHeaderObject(IdempotencyFilter.REPLAYED_HEADER, new Header().$ref(REPLAYED_HEADER));
                    response.addHeaderObject(IdempotencyFilter.RECOVERED_HEADER,
                            new Header().$ref(RECOVERED_HEADER));
                }
                if (status.equals("201")) {
                    response.addHeaderObject(LOCATION_HEADER, new Header().$ref(LOCATION_HEADER));
                }
            } else {
                problemResponse(path, status, response, schemas);
            }
        });
    }

    /**
     * An error response: its description is its code list; its body the problem schema with one example per code
     * (a controller's own example for a code, e.g. one showing readiness blockers, is kept).
     */
    private static void problemResponse(String path, String status, ApiResponse response,
                                        Map<String, Schema> schemas) {
        Set<String> codes = codes(response.getDescription());
        response.setDescription(codes.stream().map(c -> "`" + c + "`").collect(Collectors.joining(", "))
                + " (see docs/errors.md)");
        Map<String, Example> given = new LinkedHashMap<>();
        if (response.getContent() != null) {
            response.getContent().values().stream().filter(m -> m.getExamples() != null)
                    .forEach(m -> given.putAll(m.getExamples()));
        }
        MediaType media = new MediaType().schema(new Schema<>().$ref(ref(PROBLEM_SCHEMA)));
        String instance = PATH_VARIABLE.matcher(path).replaceAll(m -> sampleId(m.group(1), schemas));
        for (String code : codes) {
            if (given.containsKey(code)) {
                media.addExamples(code, given.get(code).summary(code));
                continue;
            }
            Map<String, Object> problem = new LinkedHashMap<>();
            problem.put("type", "https://duality.dev/problems/" + code.toLowerCase(Locale.ROOT).replace('_', '-'));
            problem.put("title", code);
            problem.put("status", Integer.parseInt(status));
            problem.put("detail", "A human-readable explanation of this refusal");
            problem.put("instance", instance);
            problem.put("code", code);
            problem.put("correlation_id", CORRELATION_EXAMPLE);
            media.addExamples(code, new Example().summary(code).value(problem));
        }
        response.setContent(new Content().addMediaType(PROBLEM_JSON, media));
    }

    /** Adds codes to the error response of each code's status, creating the response if needed. */
    static void addCodes(Operation operation, RejectionCode... codes) {
        addCodes(operation, Arrays.asList(codes));
    }

    private static void addCodes(Operation operation, List<? extends RejectionCode> codes) {
        for (RejectionCode code : codes) {
            addCodes(operation, String.valueOf(ProblemHandler.status(code.category()).value()), code);
        }
    }

    /** For codes answered with HTTP's own status rather than their category's (405, 406, 413, 415). */
    private static void addCodes(Operation operation, String status, RejectionCode code) {
        if (code == ApiRejection.NOT_ACCEPTABLE) {
            status = "406";
        }
        if (operation.getResponses() == null) {
            operation.setResponses(new ApiResponses());
        }
        ApiResponse response = operation.getResponses().get(status);
        if (response == null) {
            operation.getResponses().addApiResponse(status, new ApiResponse().description(code.name()));
        } else if (!codes(response.getDescription()).contains(code.name())) {
            response.setDescription(response.getDescription() == null || response.getDescription().isBlank()
                    ? code.name() : response.getDescription() + ", " + code.name());
        }
    }

    private static void addParameter(Operation operation, String component, String name) {
        String ref = "#/components/parameters/" + component;
        boolean declared = operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(p -> ref.equals(p.get$ref())
                        || name.equalsIgnoreCase(p.getName()) && "header".equals(p.getIn()));
        if (!declared) {
            operation.addParametersItem(new Parameter().$ref(ref));
        }
    }

    /** The rejection codes named in a response description, in order. */
    public static Set<String> codes(String description) {
        Set<String> codes = new LinkedHashSet<>();
        if (description != null) {
            Matcher matcher = CODE.matcher(description);
            while (matcher.find()) {
                codes.add(matcher.group());
            }
        }
        return codes;
    }

    /** A success body is JSON whatever the client accepts; its example is its schema's (see {@link #examples}). */
    private static void successContent(ApiResponse response) {
        Content content = response.getContent();
        if (content == null) {
            return;
        }
        MediaType media = content.remove("*/*");
        if (media != null) {
            content.addMediaType(org.springframework.http.MediaType.APPLICATION_JSON_VALUE, media);
        }
    }

    /**
     * Gives every schema a success response uses (and every schema within it) an example built from the
     * {@code @Schema(example = ...)} annotations of its record: the class's own example if it declares one, else an
     * object of its properties' examples, where a property that references a schema takes that schema's example and
     * a list property one item's example, and an enum without one its first value. A property without an example is
     * left out, so an incomplete example shows.
     * {@code example = "null"} documents a property that is null in the example (swagger-core would keep the string).
     */
    private static void examples(OpenAPI openApi) {
        Map<String, Schema> schemas = openApi.getComponents().getSchemas() == null ? Map.of()
                : openApi.getComponents().getSchemas();
        schemas.values().forEach(OpenApiConfiguration::nullExamples);
        openApi.getPaths().values().forEach(item -> item.readOperations().forEach(operation -> {
            if (operation.getResponses() != null) {
                operation.getResponses().forEach((status, response) -> {
                    if (status.startsWith("2") && response.getContent() != null) {
                        response.getContent().values().forEach(media -> {
                            Optional<Object> example = example(media.getSchema(), schemas, new LinkedHashSet<>());
                            // a named schema keeps its example; an inline one gives it to the body
                            if (media.getSchema() != null && media.getSchema().get$ref() == null
                                    && media.getExample() == null) {
                                example.ifPresent(media::setExample);
                            }
                        });
                    }
                });
            }
        }));
    }

    /** Turns each property example given as {@code "null"} into JSON null, through properties and list items. */
    private static void nullExamples(Schema<?> schema) {
        if (schema == null) {
            return;
        }
        if ("null".equals(schema.getExample())) {
            schema.setExample(null);
        }
        nullExamples(schema.getItems());
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(OpenApiConfiguration::nullExamples);
        }
    }

    /**
     * The example of a schema, composed (and kept) for a named schema that has none; empty when there is nothing to
     * build it from. JSON null is {@link NullNode}, so that it can stand in an Optional, a map or a list.
     */
    private static Optional<Object> example(Schema<?> schema, Map<String, Schema> schemas, Set<String> composing) {
        if (schema == null) {
            return Optional.empty();
        }
        if (schema.get$ref() != null) {
            String name = schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1);
            Schema<?> named = schemas.get(name);
            if (named == null || !composing.add(name)) {
                return Optional.empty();
            }
            Optional<Object> example = example(named, schemas, composing);
            composing.remove(name);
            example.ifPresent(named::setExample);
            return example;
        }
        if (schema.getExample() != null || schema.getExampleSetFlag()) {
            return Optional.of(schema.getExample() == null ? NullNode.getInstance() : schema.getExample());
        }
        if (schema.getEnum() != null && !schema.getEnum().isEmpty()) {
            // a typed value documents its own example: its first wire name
            return Optional.of(schema.getEnum().get(0));
        }
        Optional<Object> example = Optional.empty();
        if (schema.getItems() != null) {
            example = example(schema.getItems(), schemas, composing).map(List::of);
        } else if (schema.getProperties() != null) {
            Map<String, Object> object = new LinkedHashMap<>();
            schema.getProperties().forEach((name, property) -> example(property, schemas, composing)
                    .ifPresent(value -> object.put(name, value)));
            example = object.isEmpty() ? Optional.empty() : Optional.of(object);
        }
        return example;
    }

    /**
     * A path variable's value in problem examples: the example of the schema property of that name in snake_case
     * ({@code campaignId} is {@code campaign_id}), so problem instances name the same ids as the success examples.
     */
    private static String sampleId(String variable, Map<String, Schema> schemas) {
        String name = new PropertyNamingStrategies.SnakeCaseStrategy().translate(variable);
        return schemas.values().stream()
                .map(schema -> schema.getProperties() == null ? null : (Schema<?>) schema.getProperties().get(name))
                .filter(property -> property != null && property.getExample() != null)
                .map(property -> String.valueOf(property.getExample()))
                .findFirst().orElse(variable);
    }

    private static String ref(String schema) {
        return "#/components/schemas/" + schema;
    }

    /** The core's tags in their order, then the others (game systems') by name. */
    private static List<Tag> ordered(List<Tag> tags) {
        List<String> core = coreTags().stream().map(Tag::getName).toList();
        return tags == null ? null : tags.stream().sorted(Comparator
                .comparing((Tag tag) -> core.contains(tag.getName()) ? core.indexOf(tag.getName()) : core.size())
                .thenComparing(Tag::getName)).collect(Collectors.toCollection(ArrayList::new));
    }

    private static Tag tag(String name, String description) {
        return new Tag().name(name).description(description);
    }
}
