package dev.duality.app.support;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

/** A plain HTTP client for the running application, speaking raw JSON strings so tests see exactly the wire. */
public final class Api {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private final String base;
    private final String token;

    public Api(int port) {
        this("http://localhost:" + port, null);
    }

    private Api(String base, String token) {
        this.base = base;
        this.token = token;
    }

    /** The same client sending {@code Authorization: Bearer <token>} on every request. */
    public Api as(String accessToken) {
        return new Api(base, accessToken);
    }

    public record Response(int status, HttpHeaders headers, String text) {
        public JsonNode json() {
            return JSON.readTree(text);
        }

        /** A string field of the JSON body, by JSON pointer (e.g. {@code /campaign_id}). */
        public String at(String pointer) {
            return json().at(pointer).asString();
        }

        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }

    public Response get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET(), Map.of());
    }

    public Response post(String path, String json) {
        return post(path, json, Map.of());
    }

    public Response post(String path, String json, Map<String, String> headers) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)), headers);
    }

    public Response patch(String path, String json) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(json)), Map.of());
    }

    public Response delete(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).DELETE(), Map.of());
    }

    /** Any request, for tests of methods, media types and headers. */
    public Response send(HttpRequest.Builder request, Map<String, String> headers) {
        HttpResponse<String> response = exchange(request, headers, HttpResponse.BodyHandlers.ofString());
        return new Response(response.statusCode(), response.headers(), response.body());
    }

    /** Any request with this client's token, its body read as {@code body} says (a stream, for event streams). */
    public <T> HttpResponse<T> exchange(HttpRequest.Builder request, Map<String, String> headers,
                                        HttpResponse.BodyHandler<T> body) {
        if (token != null && !headers.containsKey("Authorization")) {
            request.header("Authorization", "Bearer " + token);
        }
        headers.forEach(request::header);
        try {
            return CLIENT.send(request.build(), body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public String url(String path) {
        return base + path;
    }

    public Response put(String path, String json) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)), Map.of());
    }

    /**
     * Gives a character its Daggerheart sheet and completes its creation, so it may join a session: a Ranger
     * (Wayfinder), Elf of the Wildborne, the starting traits, Leather armor, two Experiences at +2, two level-1 cards of
     * its domains (Bone, Sage), and its description, background and connections. Answers the completed sheet, or the
     * first refusal.
     */
    public Response readyDaggerheartCharacter(String campaignId, String characterId) {
        String sheets = "/api/v1/campaigns/" + campaignId + "/daggerheart/characters";
        Response created = post(sheets, """
                {"character_id": "%s", "character_class": "ranger", "subclass": "wayfinder"}""".formatted(characterId));
        if (created.status() != 201) {
            return created;
        }
        return patch(sheets + "/" + characterId + "/profile", READY_PROFILE);
    }

    /** Every step of character creation for a Ranger, as {@link #readyDaggerheartCharacter} sends it. */
    public static final String READY_PROFILE = """
            {"heritage": {"ancestry": "elf", "community": "wildborne"},
             "traits": {"agility": 2, "strength": -1, "finesse": 1, "instinct": 1, "presence": 0, "knowledge": 0},
             "equipment": {"armor": {"preset": "leather"}, "primary_weapon": "Shortbow"},
             "experiences": [{"name": "Tracker", "modifier": 2}, {"name": "Forest lore", "modifier": 2}],
             "domain_cards": [
               {"card_id": "bone-untouchable", "name": "Untouchable", "domain": "bone", "level": 1,
                "recall_cost": 1, "type": "ability"},
               {"card_id": "sage-gifted-tracker", "name": "Gifted Tracker", "domain": "sage", "level": 1,
                "recall_cost": 0, "type": "ability"}],
             "description": "Tall, quiet, a cloak of moss", "background": "Raised by the old wood's wardens",
             "connections": "Owes the party's bard a life debt"}""";

    /**
     * Seats a player through an invite this client (an owner's or a manager's) makes, claimed without a token. Answers
     * the claim (participant_id, access_token), or the first refusal.
     */
    public Response invitePlayer(String campaignId, String name) {
        String campaign = "/api/v1/campaigns/" + campaignId;
        Response invite = post(campaign + "/invites", "{\"role\": \"player\"}");
        if (invite.status() != 201) {
            return invite;
        }
        return as(null).post(campaign + "/invites/claim", """
                {"code": "%s", "name": "%s"}""".formatted(invite.at("/code"), name));
    }

    /** A player at the table: their client, its access token, their participant id, and their character. */
    public record Player(Api api, String accessToken, String participantId, String characterId) {
    }

    /**
     * Seats a player through an invite this client (an owner's or a manager's) makes, and has them create a player
     * character whose Daggerheart sheet is complete ({@link #readyDaggerheartCharacter}); fails the test on a refusal.
     */
    public Player readyDaggerheartPlayer(String campaignId, String name, String characterName) {
        Response seat = Problems.ok(invitePlayer(campaignId, name), 201);
        Api player = as(null).as(seat.at("/access_token"));
        String character = Problems.ok(player.createCharacter(campaignId, characterName, "pc",
                seat.at("/participant_id")), 201).at("/character_id");
        Problems.ok(player.readyDaggerheartCharacter(campaignId, character), 200);
        return new Player(player, seat.at("/access_token"), seat.at("/participant_id"), character);
    }

    /** Creates a campaign character ({@code kind} pc or npc) owned by a participant; answers it or the refusal. */
    public Response createCharacter(String campaignId, String name, String kind, String ownerParticipantId) {
        return post("/api/v1/campaigns/" + campaignId + "/characters", """
                {"name": "%s", "kind": "%s", "owner_participant_id": "%s"}""".formatted(name, kind,
                ownerParticipantId));
    }

    /**
     * SRD 1.0 stat block, Jagged Knife Bandit: Tier 1 Standard, Difficulty 12, Thresholds 8/14, HP 5, Stress 3, ATK +1,
     * Daggers: Melee, 1d8+1 phy, Experience Thief +2.
     */
    public static final String JAGGED_KNIFE_BANDIT = """
            {"name": "Jagged Knife Bandit", "tier": 1, "type": "standard", "difficulty": 12,
             "thresholds": {"major": 8, "severe": 14}, "hp_max": 5, "stress_max": 3, "attack_modifier": 1,
             "standard_attack": {"name": "Daggers", "range": "melee", "damage": {"count": 1, "sides": 8, "bonus": 1},
                                 "damage_types": ["physical"]},
             "experiences": [{"name": "Thief", "modifier": 2}]}""";

    /**
     * SRD 1.0 stat block, Jagged Knife Lackey: Tier 1 Minion, Difficulty 9, Thresholds None, HP 1, Stress 1, ATK -2,
     * Daggers: Melee, 2 phy, Experience Thief +2, Minion (3).
     */
    public static final String JAGGED_KNIFE_LACKEY = """
            {"name": "Jagged Knife Lackey", "tier": 1, "type": "minion", "difficulty": 9, "hp_max": 1,
             "stress_max": 1, "attack_modifier": -2,
             "standard_attack": {"name": "Daggers", "range": "melee", "damage": {"bonus": 2},
                                 "damage_types": ["physical"]},
             "minion_value": 3, "experiences": [{"name": "Thief", "modifier": 2}],
             "features": [{"name": "Minion (3)", "kind": "passive",
                           "text": "Any damage defeats it; every 3 damage it takes defeats one more in range."}]}""";

    /** Puts an adversary on the table in the campaign's active session; answers it, or the refusal. */
    public Response daggerheartAdversary(String campaignId, String sessionId, String statBlock) {
        return post("/api/v1/campaigns/" + campaignId + "/daggerheart/sessions/" + sessionId + "/adversaries",
                statBlock);
    }

    /**
     * Creates a Daggerheart campaign and returns the response (campaign_id, owner_participant_id, access_token). Use
     * {@code as(response.at("/access_token"))} to act as its owner.
     */
    public Response createCampaign(String name) {
        return post("/api/v1/campaigns", """
                {"name": "%s", "game_system": {"id": "daggerheart", "version": "1.0.0"}, "owner_name": "Morgan"}
                """.formatted(name));
    }
}
