package dev.duality.app.security;

import dev.duality.app.support.Api;
import dev.duality.app.support.DualityIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Participant access tokens and invite codes are bearer credentials: the API shows each once, to the caller it was
 * issued to, and keeps only its hash (issue 3, item 6). An {@code Idempotency-Key} on the request that issues one must
 * not change that: the secret is not written to the database in plain text, and another caller who sends the same key
 * and body (anonymous callers all share one idempotency scope) never receives it.
 */
@DualityIntegrationTest
class SecretsShownOnceIT {
    private static final String CREATE = """
            {"name": "Secret keeping", "game_system": {"id": "daggerheart", "version": "1.0.0"}, "owner_name": "Morgan"}""";
    @LocalServerPort
    int port;
    @Autowired
    DataSource dataSource;
    Api api;
    JdbcTemplate jdbc;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        jdbc = new JdbcTemplate(dataSource);
    }

    @Test
    void theOwnersTokenFromAKeyedCampaignCreationIsNotStoredInPlainText() {
        Api.Response created = api.post("/api/v1/campaigns", CREATE, Map.of("Idempotency-Key", key()));
        assertThat(created.status()).as(created.text()).isEqualTo(201);

        assertThat(storedResponsesContaining(created.at("/access_token")))
                .as("idempotency_keys rows holding the owner's access token in plain text").isEmpty();
    }

    @Test
    void anotherAnonymousCallerRepeatingTheKeyNeverReceivesTheOwnersToken() {
        // a guessable key, as a naive client would send; a second, unrelated client happens to send the same one
        String key = "create-campaign-" + UUID.randomUUID().toString().substring(0, 4);
        Api.Response first = api.post("/api/v1/campaigns", CREATE, Map.of("Idempotency-Key", key));
        if (first.status() != 201) {
            // a server that refuses guessable keys for credential-issuing requests leaks nothing
            assertThat(first.status()).as(first.text()).isEqualTo(400);
            return;
        }
        Api.Response someoneElse = new Api(port).post("/api/v1/campaigns", CREATE, Map.of("Idempotency-Key", key));

        assertThat(someoneElse.text()).as("another caller's answer must not carry the first caller's owner token")
                .doesNotContain(first.at("/access_token"));
    }

    @Test
    void anInviteCodeFromAKeyedInviteIsNotStoredInPlainText() {
        Api.Response created = api.createCampaign("Secret invites");
        Api owner = api.as(created.at("/access_token"));
        String campaignId = created.at("/campaign_id");
        Api.Response invite = owner.post("/api/v1/campaigns/" + campaignId + "/invites", """
                {"role": "player"}""", Map.of("Idempotency-Key", key()));
        assertThat(invite.status()).as(invite.text()).isEqualTo(201);

        assertThat(storedResponsesContaining(invite.at("/code")))
                .as("idempotency_keys rows holding the invite code in plain text").isEmpty();
    }

    @Test
    void aParticipantsTokenFromAKeyedClaimIsNotStoredInPlainTextNorGivenToAnotherCaller() {
        Api.Response created = api.createCampaign("Secret claims");
        Api owner = api.as(created.at("/access_token"));
        String campaignId = created.at("/campaign_id");
        String code = owner.post("/api/v1/campaigns/" + campaignId + "/invites", """
                {"role": "player"}""").at("/code");
        String claim = """
                {"code": "%s", "name": "Sam"}""".formatted(code);
        String key = key();
        Api.Response claimed = api.post("/api/v1/campaigns/" + campaignId + "/invites/claim", claim,
                Map.of("Idempotency-Key", key));
        assertThat(claimed.status()).as(claimed.text()).isEqualTo(201);
        String token = claimed.at("/access_token");

        assertThat(storedResponsesContaining(token))
                .as("idempotency_keys rows holding the participant's access token in plain text").isEmpty();
        // whoever later learns the (used) code gets no copy of the token
        Api.Response someoneElse = new Api(port).post("/api/v1/campaigns/" + campaignId + "/invites/claim", claim,
                Map.of("Idempotency-Key", key()));
        assertThat(someoneElse.status()).isEqualTo(409);
        assertThat(someoneElse.text()).as("another caller's answer must not carry the participant's token")
                .doesNotContain(token);
        // even the same key gets the first answer back without the token: a token is shown once
        Api.Response retry = new Api(port).post("/api/v1/campaigns/" + campaignId + "/invites/claim", claim,
                Map.of("Idempotency-Key", key));
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.json().get("access_token").isNull()).isTrue();
        assertThat(retry.text()).doesNotContain(token);
    }

    @Test
    void withoutATokenAShortGuessableIdempotencyKeyIsRefused() {
        Api.Response refused = api.post("/api/v1/campaigns", """
                {"name": "Guessable", "game_system": {"id": "daggerheart", "version": "1.0.0"}, "owner_name": "Ash"}""",
                Map.of("Idempotency-Key", "key-1"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.at("/code")).isEqualTo("HEADER_INVALID");
        assertThat(refused.at("/field")).isEqualTo("Idempotency-Key");
    }

    private List<String> storedResponsesContaining(String secret) {
        assertThat(secret).as("the secret under test").isNotBlank();
        return jdbc.query("select scope, idem_key, body from idempotency_keys where body is not null",
                (rs, n) -> new String(rs.getBytes(3), StandardCharsets.UTF_8).contains(secret)
                        ? rs.getString(1) + "/" + rs.getString(2) : null)
                .stream().filter(java.util.Objects::nonNull).toList();
    }

    private static String key() {
        return "secret-" + UUID.randomUUID();
    }
}
