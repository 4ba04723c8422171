package dev.duality.app.web;

import dev.duality.app.support.Api;
import dev.duality.app.support.DualityIntegrationTest;
import dev.duality.app.support.RawHttp;
import dev.duality.app.support.ServiceIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;

import static dev.duality.app.web.BadInputIT.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests refused before any endpoint runs, written byte by byte on a socket (an HTTP client would refuse or
 * normalize them): Tomcat's refusals of a path, Spring Security's firewall, the container's own 404 and 405, and
 * bodies too large. Each is a problem+json answer with a stable code, never an HTML page or a bare JSON error.
 */
@DualityIntegrationTest
class MalformedRequestIT extends ServiceIntegrationTest {
    private static final Map<String, String> ADMIN =
            Map.of("Authorization", "Bearer " + DualityIntegrationTest.ADMIN_TOKEN);
    private RawHttp raw;
    private String campaign;

    @BeforeEach
    void campaign() {
        raw = new RawHttp(port);
        Api.Response created = anonymous.createCampaign("Malformed requests");
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        campaign = "/api/v1/campaigns/" + created.at("/campaign_id");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            // refused by Tomcat, before any application is chosen
            "an encoded NUL in a path id, /api/v1/campaigns/%00",
            "a path id that is not UTF-8, /api/v1/campaigns/%ff",
            "an encoded slash in a path id, /api/v1/campaigns/a%2Fb",
            "a path above the root, /../api/v1/campaigns",
            // refused by Spring Security's firewall
            "a .. segment, /api/v1/campaigns/../campaigns",
            "an encoded .. segment, /api/v1/campaigns/%2e%2e/campaigns",
            "an empty segment, /api/v1//campaigns",
            "a ; in the path, /api/v1/campaigns;x=1"})
    void aMalformedPathIsAProblem(String what, String target) {
        Api.Response response = raw.get(target, ADMIN);

        assertProblem(response, 400, "REQUEST_MALFORMED", null);
        assertThat(response.json().path("correlation_id").asString()).isNotBlank();
    }

    @Test
    void aBrokenEscapeInTheQueryNamesItsParameter() {
        Api.Response response = raw.send("DELETE", campaign + "/participants/someone?reason=%zz", ADMIN, null);

        assertProblem(response, 400, "PARAMETER_INVALID", "reason");
    }

    @Test
    void aQueryStringTomcatCannotReadIsAProblem() {
        assertProblem(raw.get("/api/v1/campaigns?limit=5&=x", ADMIN), 400, "PARAMETER_INVALID", null);
        String tooMany = java.util.stream.IntStream.range(0, 1001).mapToObj(i -> "p" + i + "=1")
                .collect(java.util.stream.Collectors.joining("&"));
        assertProblem(raw.get(campaign + "/timeline?" + tooMany, ADMIN), 400, "PARAMETER_INVALID", null);
        // an empty pair is no parameter at all
        assertThat(raw.get("/api/v1/campaigns?limit=5&&", ADMIN).status()).isEqualTo(200);
    }

    @Test
    void theClientsCorrelationIdSurvivesARefusalByTomcat() {
        Api.Response response = raw.get("/api/v1/campaigns/%00", Map.of("X-Correlation-Id", "trace-nul"));

        assertProblem(response, 400, "REQUEST_MALFORMED", null);
        assertThat(response.json().path("correlation_id").asString()).isEqualTo("trace-nul");
    }

    @Test
    void aMalformedPathOfTheOwnCampaignIsAProblemToo() {
        assertProblem(raw.get(campaign + "/participants/%00", ADMIN), 400, "REQUEST_MALFORMED", null);
        assertProblem(raw.get(campaign + "//participants", ADMIN), 400, "REQUEST_MALFORMED", null);
    }

    @Test
    void theContainersOwnRefusalsAreProblems() {
        assertProblem(raw.get("/nowhere/at/all", ADMIN), 404, "ROUTE_NOT_FOUND", null);
        assertProblem(raw.get("/error", ADMIN), 404, "ROUTE_NOT_FOUND", null);
        // Tomcat answers TRACE itself
        Api.Response trace = raw.send("TRACE", campaign, ADMIN, null);
        assertProblem(trace, 405, "METHOD_NOT_ALLOWED", null);
        Api.Response method = raw.send("DELETE", "/api/v1/campaigns", ADMIN, null);
        assertProblem(method, 405, "METHOD_NOT_ALLOWED", null);
        Api.Response media = raw.send("PATCH", campaign, Map.of("Authorization", ADMIN.get("Authorization"),
                "Content-Type", "text/plain"), "{}".getBytes(StandardCharsets.UTF_8));
        assertProblem(media, 415, "UNSUPPORTED_MEDIA_TYPE", null);
        Api.Response accept = raw.get(campaign, Map.of("Authorization", ADMIN.get("Authorization"),
                "Accept", "text/html"));
        assertProblem(accept, 406, "NOT_ACCEPTABLE", null);
    }

    @Test
    void aBodyLargerThanTheApiReadsIsRefusedBeforeItIsRead() {
        byte[] body = largeJson();
        Map<String, String> json = Map.of("Authorization", ADMIN.get("Authorization"),
                "Content-Type", "application/json");

        assertProblem(raw.send("PATCH", campaign, json, body), 413, "BODY_TOO_LARGE", null);
        Map<String, String> chunked = new java.util.HashMap<>(json);
        chunked.put("Transfer-Encoding", "chunked");
        assertProblem(raw.send("PATCH", campaign, chunked, body), 413, "BODY_TOO_LARGE", null);
        assertThat(anonymous.as(DualityIntegrationTest.ADMIN_TOKEN).get(campaign).at("/name"))
                .isEqualTo("Malformed requests");
    }

    @Test
    void aBodyWithinTheBoundIsRead() {
        Api.Response renamed = raw.send("PATCH", campaign, Map.of("Authorization", ADMIN.get("Authorization"),
                "Content-Type", "application/json", "Transfer-Encoding", "chunked"),
                "{\"name\": \"Chunked\"}".getBytes(StandardCharsets.UTF_8));

        assertThat(renamed.status()).as(renamed.text()).isEqualTo(200);
        assertThat(renamed.at("/name")).isEqualTo("Chunked");
    }

    /** A valid rename whose theme prompt makes it larger than {@link RequestFraming#MAX_BODY_BYTES}. */
    private static byte[] largeJson() {
        char[] filler = new char[(int) RequestFraming.MAX_BODY_BYTES];
        Arrays.fill(filler, 't');
        return ("{\"name\": \"Too large\", \"theme_prompt\": \"" + new String(filler) + "\"}")
                .getBytes(StandardCharsets.UTF_8);
    }
}
