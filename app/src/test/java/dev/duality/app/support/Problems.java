package dev.duality.app.support;

import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Assertions on RFC 9457 problem+json answers. */
public final class Problems {
    private Problems() {
    }

    /** The answer is a problem+json with this HTTP status and stable code (never a 500). */
    /** The response, once it is asserted to have {@code status} (its body shown when it has not). */
    public static Api.Response ok(Api.Response response, int status) {
        assertThat(response.status()).as(response.text()).isEqualTo(status);
        return response;
    }

    public static JsonNode assertProblem(Api.Response response, int status, String code) {
        assertThat(response.status()).as(response.text()).isEqualTo(status).isNotEqualTo(500);
        assertThat(response.header("Content-Type")).as(response.text()).isNotNull();
        assertThat(MediaType.parseMediaType(response.header("Content-Type"))
                .equalsTypeAndSubtype(MediaType.APPLICATION_PROBLEM_JSON))
                .as("Content-Type " + response.header("Content-Type")).isTrue();
        JsonNode problem = response.json();
        assertThat(problem.path("code").asString()).as(response.text()).isEqualTo(code);
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        return problem;
    }

    /** As {@link #assertProblem(Api.Response, int, String)}, naming the offending field. */
    public static JsonNode assertProblem(Api.Response response, int status, String code, String field) {
        JsonNode problem = assertProblem(response, status, code);
        assertThat(problem.path("field").asString()).as(response.text()).isEqualTo(field);
        return problem;
    }
}
