package dev.duality.app.web;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import dev.duality.app.security.AuthRejection;
import dev.duality.core.campaign.api.AuthzRejection;
import dev.duality.core.campaign.api.CampaignAccess;
import dev.duality.core.campaign.api.CampaignRejection;
import dev.duality.core.campaign.api.CampaignScoped;
import dev.duality.core.campaign.api.CampaignStatus;
import dev.duality.core.campaign.api.CharacterKind;
import dev.duality.core.campaign.api.ParticipantRole;
import dev.duality.core.catalog.CommandDefinition;
import dev.duality.core.catalog.CommandPolicy;
import dev.duality.core.catalog.MessageCatalog;
import dev.duality.core.dice.DiceMode;
import dev.duality.core.envelope.EnvelopeRejection;
import dev.duality.core.rejection.RejectionCode;
import dev.duality.core.session.api.SessionRejection;
import dev.duality.core.session.api.SpotlightType;
import dev.duality.core.value.ValueRejection;
import dev.duality.core.value.Wire;
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
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
 * that endpoint gives (e.g. {@code "SESSION_ACTIVE, CAMPAIGN_STATUS_FORBIDS_OPERATION"}). Everything shared is added
 * here, once:
 * <ul>
 *   <li>the catalog policy of each {@link SendsCommand} (who may call, session lock, open gate) as text and as the
 *       codes it implies ({@code AUTHZ_DENY_*}, {@code SESSION_ACTIVE}, {@code SESSION_GATE_OPEN},
 *       {@code CAMPAIGN_NOT_FOUND}, {@code CONCURRENT_MODIFICATION}), plus an {@code x-duality-command} extension;</li>
 *   <li>the codes every endpoint of a kind shares: bad JSON, headers and ids (400), tokens (401), other campaigns and
 *       admin-only paths (403), media types (406, 415), idempotency keys (409, 422), faults (500);</li>
 *   <li>the {@code Problem} schema and an {@code application/problem+json} body with one example per code on every
 *       error response, whose description becomes the code list;</li>
 *   <li>the bearer security schemes (public endpoints opt out with an empty {@code @SecurityRequirements}), the
 *       {@code Idempotency-Key} and {@code X-Correlation-Id} headers, and an example for every success schema.</li>
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
    private static final String REPLAYED_HEADER = "IdempotentReplayed";
    private static final String LOCATION_HEADER = "Location";
    private static final String CORRELATION_EXAMPLE = "5b0e6f0e-8e5f-4d8e-9a43-2b4a7c1e2d10";
    private static final Pattern PATH_VARIABLE = Pattern.compile("\\{([A-Za-z]+)}");

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
                .tags(List.of(
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
                        tag("Timeline", "Every journal event of a campaign in order, paged by after_seq."),
                        tag("Daggerheart", "The Daggerheart game system: character sheets and the GM's Fear."),
                        tag("Admin", "Operator endpoints, for the admin token only.")))
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
            extension.put("access", policy.access().name().toLowerCase(Locale.ROOT));
            extension.put("allowed_during_session", policy.allowedDuringSession());
            extension.put("allowed_while_gate_open", policy.allowedWhileGateOpen());
            operation.addExtension(COMMAND_EXTENSION, extension);

            if (scoped) {
                List<RejectionCode> implied = new ArrayList<>();
                authzCode(policy.access()).ifPresent(implied::add);
                if (!policy.allowedDuringSession()) {
                    implied.add(SessionRejection.SESSION_ACTIVE);
                } else if (!policy.allowedWhileGateOpen()) {
                    implied.add(SessionRejection.SESSION_GATE_OPEN);
                }
                implied.add(CampaignRejection.CAMPAIGN_NOT_FOUND);
                if (!command.owner().isCore()) {
                    implied.add(EnvelopeRejection.SYSTEM_VERSION_UNSUPPORTED);
                }
                implied.add(ApiRejection.CONCURRENT_MODIFICATION);
                implied.forEach(code -> addCodes(operation, code));
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

    /** The code a caller gets when the access policy turns it away, if the policy can. */
    public static java.util.Optional<RejectionCode> authzCode(CommandPolicy.Access access) {
        return java.util.Optional.ofNullable(switch (access) {
            case PUBLIC, INVITE_HOLDER -> null;
            case MEMBER -> AuthzRejection.AUTHZ_DENY_NOT_A_MEMBER;
            case SELF_OR_MANAGER -> AuthzRejection.AUTHZ_DENY_NOT_SELF_OR_MANAGER;
            case MANAGER -> AuthzRejection.AUTHZ_DENY_REQUIRES_MANAGER;
            case CHARACTER_CONTROLLER -> AuthzRejection.AUTHZ_DENY_NOT_CHARACTER_CONTROLLER;
            case GM -> AuthzRejection.AUTHZ_DENY_REQUIRES_GM;
            case OWNER -> AuthzRejection.AUTHZ_DENY_REQUIRES_OWNER;
        });
    }

    /** Shared components, security, headers, codes, problem bodies and examples, for every operation. */
    @Bean
    OpenApiCustomizer sharedDocumentation() {
        return openApi -> {
            Components components = openApi.getComponents() == null ? new Components() : openApi.getComponents();
            openApi.setComponents(components);
            sharedComponents(components);
            openApi.getPaths().forEach((path, item) -> item.readOperationsMap()
                    .forEach((method, operation) -> shared(path, method, operation)));
            describeWireValues(components);
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
        components.addParameters(IDEMPOTENCY_PARAMETER, new HeaderParameter().name(RequestEnvelope.IDEMPOTENCY_HEADER)
                .required(false).schema(new StringSchema().pattern("^[A-Za-z0-9._:-]{1,128}$"))
                .example("7c9e6679-7425-40de-944b-e07fc1f90ae7")
                .description("Makes a POST safe to retry: the first answer (success or refusal) is kept per caller "
                        + "and key, and a repeat of the same request gets it again with `Idempotent-Replayed: true` "
                        + "and "
                        + "no second effect. Reusing the key for a different request is refused "
                        + "(`IDEMPOTENCY_KEY_REUSED`); so is a repeat while the first still runs "
                        + "(`IDEMPOTENCY_KEY_IN_PROGRESS`). Recorded as the events' `request_id`."));
        components.addParameters(CORRELATION_PARAMETER, new HeaderParameter().name(RequestEnvelope.CORRELATION_HEADER)
                .required(false).schema(new StringSchema().pattern("^[A-Za-z0-9._:-]{1,128}$"))
                .example(CORRELATION_EXAMPLE)
                .description("Ties the request, its events (`correlation_id`) and any problem answer together; the "
                        + "server generates one when absent."));
        components.addHeaders(REPLAYED_HEADER, new Header().schema(new StringSchema()._enum(List.of("true")))
                .description("Present on an answer replayed for a repeated Idempotency-Key"));
        components.addHeaders(LOCATION_HEADER, new Header().schema(new StringSchema())
                .description("Where the created resource can be read"));
    }

    private static void shared(String path, PathItem.HttpMethod method, Operation operation) {
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

        if (api) {
            addCodes(operation, ApiRejection.HEADER_INVALID, ApiRejection.NOT_ACCEPTABLE);
        }
        if (operation.getParameters() != null) {
            for (Parameter parameter : operation.getParameters()) {
                if ("path".equals(parameter.getIn())) {
                    addCodes(operation, parameter.getName().endsWith("Id") ? ValueRejection.ID_INVALID
                            : ApiRejection.PARAMETER_INVALID);
                } else if ("query".equals(parameter.getIn()) && !isString(parameter.getSchema())) {
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
        addCodes(operation, ApiRejection.INTERNAL_ERROR);

        ApiResponses responses = operation.getResponses();
        Map<String, ApiResponse> ordered = new TreeMap<>(responses);
        responses.clear();
        ordered.forEach((status, response) -> {
            responses.addApiResponse(status, response);
            if (status.startsWith("2")) {
                successContent(response);
                if (post && api) {
                    response.addHeaderObject("Idempotent-Replayed", new Header().$ref(REPLAYED_HEADER));
                }
                if (status.equals("201")) {
                    response.addHeaderObject(LOCATION_HEADER, new Header().$ref(LOCATION_HEADER));
                }
            } else {
                problemResponse(path, status, response);
            }
        });
    }

    /**
     * An error response: its description is its code list; its body the problem schema with one example per code
     * (a controller's own example for a code, e.g. one showing readiness blockers, is kept).
     */
    private static void problemResponse(String path, String status, ApiResponse response) {
        Set<String> codes = codes(response.getDescription());
        response.setDescription(codes.stream().map(c -> "`" + c + "`").collect(Collectors.joining(", "))
                + " (see docs/errors.md)");
        Map<String, Example> given = new LinkedHashMap<>();
        if (response.getContent() != null) {
            response.getContent().values().stream().filter(m -> m.getExamples() != null)
                    .forEach(m -> given.putAll(m.getExamples()));
        }
        MediaType media = new MediaType().schema(new Schema<>().$ref(ref(PROBLEM_SCHEMA)));
        String instance = PATH_VARIABLE.matcher(path).replaceAll(m -> sampleId(m.group(1)));
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

    /** For codes that Spring MVC answers with HTTP's own status rather than their category's (405, 406, 415). */
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

    /** OpenAPI 3.0 models carry one {@code type}, 3.1 models a set of {@code types}. */
    private static boolean isString(Schema<?> schema) {
        return schema == null || "string".equals(schema.getType())
                || schema.getTypes() != null && schema.getTypes().contains("string");
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

    /** The values that read-model strings can take, so clients need not guess them. */
    private static void describeWireValues(Components components) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        values.put("CampaignView.status", wire(CampaignStatus.values()));
        values.put("ParticipantView.role", wire(ParticipantRole.values()));
        values.put("ParticipantView.access", wire(CampaignAccess.values()));
        values.put("CharacterView.kind", wire(CharacterKind.values()));
        values.put("InviteView.role", wire(ParticipantRole.values()));
        values.put("InviteView.access", wire(CampaignAccess.values()));
        values.put("InviteView.status", List.of("open", "claimed", "revoked"));
        values.put("InviteCreatedResponse.role", wire(ParticipantRole.values()));
        values.put("InviteCreatedResponse.access", wire(CampaignAccess.values()));
        values.put("SessionView.status", List.of("active", "ended"));
        values.put("Spotlight.type", wire(SpotlightType.values()));
        values.put("GateView.status", List.of("open", "resolved", "abandoned"));
        values.put("GateView.resolution_state", List.of("pending_responses", "ready_to_resolve", "resolved",
                "abandoned"));
        values.put("RollView.mode", wire(DiceMode.values()));
        values.put("OutcomeView.status", List.of("applied", "rejected"));
        values.forEach((key, allowed) -> {
            String[] parts = key.split("\\.");
            Schema<?> schema = components.getSchemas() == null ? null : components.getSchemas().get(parts[0]);
            if (schema != null && schema.getProperties() != null
                    && schema.getProperties().get(parts[1]) instanceof Schema<?> property) {
                @SuppressWarnings("unchecked")
                Schema<Object> writable = (Schema<Object>) property;
                writable.setEnum(new ArrayList<>(allowed));
            }
        });
    }

    private static List<String> wire(Enum<?>[] constants) {
        return Arrays.stream(constants).map(Wire::name).toList();
    }

    /**
     * A success body is JSON whatever the client accepts, with an example from {@link ResponseExamples} unless the
     * controller gave one.
     */
    private static void successContent(ApiResponse response) {
        Content content = response.getContent();
        if (content == null) {
            return;
        }
        MediaType media = content.remove("*/*");
        if (media != null) {
            content.addMediaType(org.springframework.http.MediaType.APPLICATION_JSON_VALUE, media);
        }
        content.values().forEach(type -> {
            String schema = type.getSchema() == null || type.getSchema().get$ref() == null ? null
                    : type.getSchema().get$ref().substring(type.getSchema().get$ref().lastIndexOf('/') + 1);
            String example = schema == null ? null : ResponseExamples.BY_SCHEMA.get(schema);
            if (example != null && type.getExample() == null && (type.getExamples() == null
                    || type.getExamples().isEmpty())) {
                type.setExample(parse(example));
            }
        });
    }

    private static Object parse(String json) {
        try {
            // a plain map, so the document's own (Jackson 2) writer prints it as JSON
            return Json.mapper().readValue(json, Object.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("example is not JSON: " + json, e);
        }
    }

    private static String sampleId(String variable) {
        return switch (variable) {
            case "campaignId" -> ResponseExamples.CAMPAIGN;
            case "participantId" -> ResponseExamples.PLAYER;
            case "characterId" -> ResponseExamples.CHARACTER;
            case "sessionId" -> ResponseExamples.SESSION;
            case "gateId" -> ResponseExamples.GATE;
            case "inviteId" -> ResponseExamples.INVITE;
            case "rollSeq" -> "1";
            default -> variable;
        };
    }

    private static String ref(String schema) {
        return "#/components/schemas/" + schema;
    }

    private static Tag tag(String name, String description) {
        return new Tag().name(name).description(description);
    }

    /** Example bodies of success responses, by schema name; OpenApiIT checks each against its schema. */
    static final class ResponseExamples {
        static final String CAMPAIGN = "6f1d2c3a-8b4e-4f5a-9c7d-1e2f3a4b5c6d";
        static final String OWNER = "b3e1d6f2-4c5a-4e7b-8f9d-0a1b2c3d4e5f";
        static final String PLAYER = "0c2d7e9f-1a3b-4c5d-8e6f-7a8b9c0d1e2f";
        static final String CHARACTER = "9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d";
        static final String SESSION = "4d3c2b1a-0f9e-4d8c-9b7a-6f5e4d3c2b1a";
        static final String GATE = "7e6d5c4b-3a29-4f18-8e07-d6c5b4a39281";
        static final String INVITE = "2f4e6d8c-0b1a-4c3e-9d5f-7a6b8c9d0e1f";
        static final String CAMPAIGN_VIEW = """
                    {
                      "campaign_id": "6f1d2c3a-8b4e-4f5a-9c7d-1e2f3a4b5c6d",
                      "name": "The Witherwild",
                      "locale": "en-US",
                      "theme_prompt": "A forest that remembers",
                      "status": "active",
                      "game_system": {"id": "daggerheart", "version": "1.0.0"},
                      "participant_count": 2,
                      "created_at": "2025-03-01T18:00:00Z",
                      "updated_at": "2025-03-01T18:20:00Z"
                    }""";
        static final String PARTICIPANT_VIEW = """
                    {
                      "campaign_id": "6f1d2c3a-8b4e-4f5a-9c7d-1e2f3a4b5c6d",
                      "participant_id": "0c2d7e9f-1a3b-4c5d-8e6f-7a8b9c0d1e2f",
                      "name": "Riley",
                      "role": "player",
                      "access": "member",
                      "joined_at": "2025-03-01T18:05:00Z",
                      "updated_at": "2025-03-01T18:05:00Z"
                    }""";
        static final String CHARACTER_VIEW = """
                    {
                      "campaign_id": "6f1d2c3a-8b4e-4f5a-9c7d-1e2f3a4b5c6d",
                      "character_id": "9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d",
                      "owner_participant_id": "0c2d7e9f-1a3b-4c5d-8e6f-7a8b9c0d1e2f",
                      "name": "Sable",
                      "kind": "pc",
                      "notes": "A ranger who hears the trees",
                      "deleted": false,
                      "created_at": "2025-03-01T18:10:00Z",
                      "updated_at": "2025-03-01T18:10:00Z"
                    }""";
        static final String SESSION_VIEW = """
                    {
                      "campaign_id": "6f1d2c3a-8b4e-4f5a-9c7d-1e2f3a4b5c6d",
                      "session_id": "4d3c2b1a-0f9e-4d8c-9b7a-6f5e4d3c2b1a",
                      "name": "Session 1",
                      "status": "active",
                      "spotlight": {"type": "character", "character_id": "9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d"},
                      "started_at": "2025-03-01T18:20:00Z",
                      "ended_at": null
                    }""";
        static final String GATE_VIEW = """
                    {
                      "campaign_id": "6f1d2c3a-8b4e-4f5a-9c7d-1e2f3a4b5c6d",
                      "session_id": "4d3c2b1a-0f9e-4d8c-9b7a-6f5e4d3c2b1a",
                      "gate_id": "7e6d5c4b-3a29-4f18-8e07-d6c5b4a39281",
                      "gate_type": "group_decision",
                      "reason": "Cross the river at night?",
                      "status": "open",
                      "resolution_state": "ready_to_resolve",
                      "eligible_participant_ids": ["0c2d7e9f-1a3b-4c5d-8e6f-7a8b9c0d1e2f"],
                      "responses": [
                        {
                          "participant_id": "0c2d7e9f-1a3b-4c5d-8e6f-7a8b9c0d1e2f",
                          "decision": "cross",
                          "response": "We go now, quietly.",
                          "recorded_at": "2025-03-01T18:31:00Z"
                        }
                      ],
                      "decision": null,
                      "resolution": null,
                      "opened_at": "2025-03-01T18:30:00Z",
                      "closed_at": null
                    }""";
        static final Map<String, String> BY_SCHEMA = Map.ofEntries(
                Map.entry("CampaignCreatedResponse", """
                    {
                      "campaign_id": "6f1d2c3a-8b4e-4f5a-9c7d-1e2f3a4b5c6d",
                      "owner_participant_id": "b3e1d6f2-4c5a-4e7b-8f9d-0a1b2c3d4e5f",
                      "access_token": "dpt_NB1FGHzisVoeGArPuAeOwPQlNiJ5MXLeDYM1q9d5uIk"
                    }"""),
                Map.entry("CampaignView", CAMPAIGN_VIEW),
                Map.entry("CampaignPage", items(CAMPAIGN_VIEW, "\"next_after\": null")),
                Map.entry("ParticipantView", PARTICIPANT_VIEW),
                Map.entry("ParticipantList", items(PARTICIPANT_VIEW)),
                Map.entry("CharacterView", CHARACTER_VIEW),
                Map.entry("CharacterList", items(CHARACTER_VIEW)),
                Map.entry("InviteCreatedResponse", """
                    {
                      "invite_id": "2f4e6d8c-0b1a-4c3e-9d5f-7a6b8c9d0e1f",
                      "code": "dinv_tv2q4tTp-Sy43bsSRHkuuyZLbL9mAwijNOz_mE-ZWGA",
                      "role": "player",
                      "access": "member"
                    }"""),
                Map.entry("InviteClaimedResponse", """
                    {
                      "campaign_id": "6f1d2c3a-8b4e-4f5a-9c7d-1e2f3a4b5c6d",
                      "participant_id": "0c2d7e9f-1a3b-4c5d-8e6f-7a8b9c0d1e2f",
                      "access_token": "dpt_axKXTy5YscuO2lY3UQEh-9lVAT7DAO99qLK2ct-xlcY"
                    }"""),
                Map.entry("InviteList", """
                    {
                      "items": [
                        {
                          "campaign_id": "6f1d2c3a-8b4e-4f5a-9c7d-1e2f3a4b5c6d",
                          "invite_id": "2f4e6d8c-0b1a-4c3e-9d5f-7a6b8c9d0e1f",
                          "role": "player",
                          "access": "member",
                          "status": "open",
                          "claimed_by_participant_id": null,
                          "created_at": "2025-03-01T18:02:00Z",
                          "updated_at": "2025-03-01T18:02:00Z"
                        }
                      ]
                    }"""),
                Map.entry("SessionView", SESSION_VIEW),
                Map.entry("SessionList", items(SESSION_VIEW)),
                Map.entry("GateView", GATE_VIEW),
                Map.entry("GateList", items(GATE_VIEW)),
                Map.entry("RollView", """
                    {
                      "roll_seq": 1,
                      "session_id": "4d3c2b1a-0f9e-4d8c-9b7a-6f5e4d3c2b1a",
                      "character_id": "9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d",
                      "label": "action",
                      "mode": "server",
                      "algorithm": "splitmix64-v1",
                      "seed": "8681562020078987792",
                      "notation": "2d12+2",
                      "results": [{"sides": 12, "value": 12}, {"sides": 12, "value": 4}],
                      "modifier": 2,
                      "total": 18
                    }"""),
                Map.entry("OutcomeView", """
                    {
                      "roll_seq": 1,
                      "request_id": "outcome-roll-1",
                      "targets": ["9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d"],
                      "requires_complication": false,
                      "status": "applied"
                    }"""),
                Map.entry("TimelinePage", """
                    {
                      "items": [
                        {
                          "seq": 17,
                          "event_type": "action.roll_resolved",
                          "actor_id": "0c2d7e9f-1a3b-4c5d-8e6f-7a8b9c0d1e2f",
                          "occurred_at": "2025-03-01T18:40:00Z",
                          "summary": "action.roll_resolved: session_id=4d3c2b1a-0f9e-4d8c-9b7a-6f5e4d3c2b1a, roll_seq=1, character_id=9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d, label=action, roll=2d12+2 [12, 4] = 18 (server)"
                        },
                        {
                          "seq": 18,
                          "event_type": "action.outcome_applied",
                          "actor_id": "b3e1d6f2-4c5a-4e7b-8f9d-0a1b2c3d4e5f",
                          "occurred_at": "2025-03-01T18:41:00Z",
                          "summary": "action.outcome_applied: session_id=4d3c2b1a-0f9e-4d8c-9b7a-6f5e4d3c2b1a, roll_seq=1, request_id=outcome-roll-1, targets=[9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d], requires_complication=false, summary=Sable clears the ford"
                        }
                      ],
                      "next_after_seq": 18
                    }"""),
                Map.entry("CharacterSheetView", """
                    {
                      "campaign_id": "6f1d2c3a-8b4e-4f5a-9c7d-1e2f3a4b5c6d",
                      "character_id": "9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d",
                      "character_class": "ranger",
                      "level": 1,
                      "hp_max": 6,
                      "stress_max": 6,
                      "hope": 2,
                      "hope_max": 6,
                      "evasion": 12,
                      "proficiency": 1,
                      "armor_score": 0,
                      "thresholds": {"major": 1, "severe": 2},
                      "created_at": "2025-03-01T18:12:00Z",
                      "updated_at": "2025-03-01T18:12:00Z"
                    }"""),
                Map.entry("GmStateView", """
                    {
                      "campaign_id": "6f1d2c3a-8b4e-4f5a-9c7d-1e2f3a4b5c6d",
                      "gm_fear": 2,
                      "updated_at": "2025-03-01T18:45:00Z"
                    }"""),
                Map.entry("Catalog", """
                    {
                      "commands": [
                        {
                          "type": "campaign.update",
                          "owner": "core",
                          "access": "manager",
                          "allowed_during_session": false,
                          "allowed_while_gate_open": false
                        },
                        {
                          "type": "sys.daggerheart.gm_fear.set",
                          "owner": "sys.daggerheart",
                          "access": "gm",
                          "allowed_during_session": true,
                          "allowed_while_gate_open": false
                        }
                      ],
                      "events": [
                        {"type": "campaign.updated", "owner": "core", "intent": "projection_and_replay"},
                        {"type": "action.roll_resolved", "owner": "core", "intent": "replay_only"}
                      ]
                    }"""));

        /** A list answer around one item example, so each item's shape is written once. */
        private static String items(String item, String... more) {
            return "{\"items\": [" + item + "]" + (more.length == 0 ? "" : ", " + String.join(", ", more)) + "}";
        }

        private ResponseExamples() {
        }
    }
}
