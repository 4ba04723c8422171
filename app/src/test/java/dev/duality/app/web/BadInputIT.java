package dev.duality.app.web;

import dev.duality.app.support.Api;
import dev.duality.app.support.DualityIntegrationTest;
import dev.duality.app.support.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

import java.net.URI;
import java.net.http.HttpRequest;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad input through HTTP, endpoint by endpoint: every refusal is an RFC 9457 problem+json answer with the right
 * status, a stable {@code code} and, where one input caused it, the {@code field}; never a 500; and a refused request
 * leaves the journal and every read model exactly as they were.
 *
 * <p>Requests carry the fixture owner's token, except where the path names another campaign (an unknown or malformed
 * id): a participant's token is refused there before the id is looked at ({@link #authentication}), so those cases
 * are sent with the admin's token, which reaches the controller.
 */
@DualityIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputIT {
    private static final String CAMPAIGNS = "/api/v1/campaigns";
    private static final String BAD_ID = "bad%20id!";
    private static final String LONG_NAME = "n".repeat(101);
    private static final String LONG_TEXT = "t".repeat(4001);
    private static final String LONG_HEADER = "k".repeat(129);
    private java.sql.Connection counts;
    private String digest;
    /** A case's Authorization header: send none at all. */
    private static final String NO_TOKEN = "(none)";

    /** Every endpoint that reads a JSON body, with a body it accepts (placeholders in braces are fixture ids). */
    private static final Endpoint CREATE_CAMPAIGN = new Endpoint("POST", CAMPAIGNS, "name", """
            {"name": "Ok", "game_system": {"id": "daggerheart", "version": "1.0.0"}, "owner_name": "Morgan"}""");
    private static final Endpoint UPDATE_CAMPAIGN = new Endpoint("PATCH", CAMPAIGNS + "/{c}", "name", """
            {"name": "Renamed", "locale": "de-DE", "theme_prompt": "rain"}""");
    private static final Endpoint UPGRADE_GAME_SYSTEM = new Endpoint("POST", CAMPAIGNS + "/{c}/game-system/upgrade",
            "version", """
            {"version": "1.1.0"}""");
    private static final Endpoint JOIN = new Endpoint("POST", CAMPAIGNS + "/{c}/participants", "name", """
            {"name": "Pat", "role": "player", "access": "member"}""");
    private static final Endpoint UPDATE_PARTICIPANT = new Endpoint("PATCH", CAMPAIGNS + "/{c}/participants/{p}",
            "name", """
            {"name": "Renamed", "role": "gm"}""");
    private static final Endpoint CREATE_CHARACTER = new Endpoint("POST", CAMPAIGNS + "/{c}/characters", "name", """
            {"name": "Hero", "kind": "pc", "owner_participant_id": "{p}", "notes": "brave"}""");
    private static final Endpoint CREATE_SHEET = new Endpoint("POST", CAMPAIGNS + "/{c}/daggerheart/characters",
            "character_id", """
            {"character_id": "{bare}", "character_class": "bard"}""");
    // Daggerheart: character creation and settings on the draft fixture campaign, play on the one in session
    private static final String DH = CAMPAIGNS + "/{c}/daggerheart";
    private static final String PLAY = CAMPAIGNS + "/{pc}/daggerheart";
    private static final Endpoint UPDATE_PROFILE = new Endpoint("PATCH", DH + "/characters/{ch}/profile",
            "description", """
            {"description": "Taller now", "background": "Raised on the coast"}""");
    private static final Endpoint UPDATE_SETTINGS = new Endpoint("PUT", DH + "/settings", "massive_damage",
            "true", "false", """
            {"massive_damage": true}""");
    private static final Endpoint PATCH_STATE = new Endpoint("PATCH", PLAY + "/characters/{pch}/state", "reason", """
            {"hope": 3, "before": {"hope": 2}, "reason": "prepare"}""");
    private static final Endpoint SPEND_HOPE = new Endpoint("POST", PLAY + "/characters/{pch}/hope/spend", "reason",
            """
            {"amount": 1, "reason": "help_an_ally"}""");
    private static final Endpoint SPEND_STRESS = new Endpoint("POST", PLAY + "/characters/{pch}/stress/spend",
            "reason", """
            {"amount": 1, "reason": "feature_cost"}""");
    private static final Endpoint DAMAGE = new Endpoint("POST", PLAY + "/characters/{pch}/damage", "source", """
            {"amount": 3, "damage_types": ["physical"], "mark_armor_slot": false, "source": "bear_claws"}""");
    private static final Endpoint CONDITIONS = new Endpoint("PUT", PLAY + "/characters/{pch}/conditions", "source", """
            {"conditions": ["hidden"], "added": ["hidden"], "removed": [], "source": "shadows"}""");
    private static final Endpoint PARTY_DAMAGE = new Endpoint("POST", PLAY + "/damage", "source", """
            {"targets": [{"character_id": "{pch}", "mark_armor_slot": false}], "amount": 3,
             "damage_types": ["magic"], "source": "fireball"}""");
    private static final Endpoint ACTION_ROLL = new Endpoint("POST", PLAY + "/sessions/{ps}/action-rolls",
            "character_id", """
            {"character_id": "{pch}", "trait": "agility", "difficulty": 10, "physical_results": [9, 4]}""");
    private static final Endpoint SET_FEAR = new Endpoint("PUT", PLAY + "/gm-fear", "reason", """
            {"before": 1, "after": 2, "reason": "failed_roll"}""");
    private static final Endpoint GAIN_FEAR = new Endpoint("POST", PLAY + "/gm-fear/gain", "reason", """
            {"amount": 1, "reason": "adversary_momentum"}""");
    private static final Endpoint SPEND_FEAR = new Endpoint("POST", PLAY + "/gm-fear/spend", "reason", """
            {"amount": 1, "reason": "interrupt"}""");
    // countdowns, on the draft campaign: the GM prepares them between sessions; {cd} is one with 4 remaining
    private static final Endpoint CREATE_COUNTDOWN = new Endpoint("POST", DH + "/countdowns", "name", """
            {"name": "The ritual completes", "tone": "consequence", "policy": "action_dynamic",
             "starting_value": 4}""");
    private static final Endpoint UPDATE_COUNTDOWN = new Endpoint("PATCH", DH + "/countdowns/{cd}", "name", """
            {"name": "The rite"}""");
    private static final Endpoint ADVANCE_COUNTDOWN = new Endpoint("POST", DH + "/countdowns/{cd}/advance", "reason",
            """
            {"amount": 1, "reason": "feature_tick"}""");
    // Daggerheart character progress: in play on the session's campaign ({pfall} has fallen), the level-up between
    // sessions on the draft one ({lvl} was granted level 2)
    private static final Endpoint TEMPORARY_ARMOR = new Endpoint("POST", PLAY + "/characters/{pch}/temporary-armor",
            "source", """
            {"source": "shield_spell", "duration": "scene", "amount": 1}""");
    private static final Endpoint LOADOUT_SWAP = new Endpoint("POST", PLAY + "/characters/{pch}/loadout/swap",
            "card_id", """
            {"card_id": "bone-untouchable", "to": "vault"}""");
    private static final Endpoint DEATH_MOVE = new Endpoint("POST", PLAY + "/characters/{pfall}/death-move",
            "session_id", """
            {"session_id": "{ps}", "move": "avoid_death", "physical_results": [12]}""");
    private static final Endpoint LEVEL_UP = new Endpoint("POST", DH + "/characters/{lvl}/level-up", "new_experience",
            """
            {"new_experience": "Archery", "advancements": [{"option": "hp_slot"}, {"option": "stress_slot"}],
             "domain_card": {"card_id": "bone-2", "name": "Bone Two", "domain": "bone", "level": 2,
                             "recall_cost": 1, "type": "ability"}}""");
    // Daggerheart adversaries, in the play campaign's session: {padv} a Bandit, {pmin} a Lackey, {pdead} a defeated one
    private static final String ADVERSARIES = PLAY + "/sessions/{ps}/adversaries";
    private static final Endpoint CREATE_ADVERSARY = new Endpoint("POST", ADVERSARIES, "name",
            Api.JAGGED_KNIFE_BANDIT);
    private static final Endpoint UPDATE_ADVERSARY = new Endpoint("PATCH", ADVERSARIES + "/{padv}", "hp_marked",
            "1", "2", """
            {"hp_marked": 1, "before": {"hp_marked": 0}}""");
    private static final Endpoint ADVERSARY_DAMAGE = new Endpoint("POST", ADVERSARIES + "/{padv}/damage", "source",
            """
            {"amount": 3, "damage_types": ["physical"], "source": "longsword"}""");
    private static final Endpoint ADVERSARY_CONDITIONS = new Endpoint("PUT", ADVERSARIES + "/{padv}/conditions",
            "source", """
            {"conditions": ["restrained"], "added": ["restrained"], "removed": [], "source": "vines"}""");
    private static final Endpoint ADVERSARY_ATTACK = new Endpoint("POST", ADVERSARIES + "/{padv}/attacks",
            "physical_results", "[12, 4]", "[13, 4]", """
            {"targets": [{"character_id": "{pch}"}], "physical_results": [12, 4]}""");
    // a rest in the play campaign's session: {pch}, a Ranger (an Elf: 3 downtime moves), rests alone
    private static final Endpoint REST = new Endpoint("POST", PLAY + "/sessions/{ps}/rests", "type", "\"short\"",
            "\"long\"", """
            {"type": "short", "party": [{"character_id": "{pch}", "moves": [{"move": "prepare"}]}]}""");
    // an undo in the play campaign: the body names an event (one no decision of the campaign recorded). Not in
    // JSON_ENDPOINTS: its control group would need a decision to undo; undo() sends the body checks it needs
    private static final Endpoint UNDO = new Endpoint("POST", PLAY + "/undo", "event_id", """
            {"event_id": "0b6f3a52-8c1e-4d7a-9f2b-5e4c3d2a1b0f"}""");
    private static final List<Endpoint> JSON_ENDPOINTS =
            List.of(CREATE_CAMPAIGN, UPDATE_CAMPAIGN, UPGRADE_GAME_SYSTEM, JOIN, UPDATE_PARTICIPANT, CREATE_CHARACTER, CREATE_SHEET,
                    UPDATE_PROFILE, UPDATE_SETTINGS, PATCH_STATE, SPEND_HOPE, SPEND_STRESS, DAMAGE, CONDITIONS,
                    PARTY_DAMAGE, ACTION_ROLL, SET_FEAR, GAIN_FEAR, SPEND_FEAR,
                    CREATE_COUNTDOWN, UPDATE_COUNTDOWN, ADVANCE_COUNTDOWN,
                    TEMPORARY_ARMOR, LOADOUT_SWAP, DEATH_MOVE, LEVEL_UP,
                    CREATE_ADVERSARY, UPDATE_ADVERSARY, ADVERSARY_DAMAGE, ADVERSARY_CONDITIONS, ADVERSARY_ATTACK,
                    REST);

    @LocalServerPort
    int port;
    /** Anonymous; {@link #send} picks the caller per case. */
    private Api api;
    /** The fixture campaign's owner and the operator. */
    private Api owner;
    private Api admin;
    /**
     * Placeholder to id: {c} campaign, {owner} its only owner, {p} a player owning {ch} (with a sheet) and {lvl} (ready
     * to play, granted level 2), {bare}, {cd} a countdown with 4 remaining; and {token}, the owner's access token. A
     * second Daggerheart campaign, {pc}, is in its first session {ps}: {pch} is its player's character, ready to play,
     * with a Duality roll {roll} whose outcome is pending; {pfall} is an NPC who has fallen; {ptoken} is its owner's
     * token.
     */
    private Map<String, String> ids;

    @BeforeAll
    void createFixture() {
        api = new Api(port);
        admin = api.as(DualityIntegrationTest.ADMIN_TOKEN);
        ids = fixture();
        owner = api.as(ids.get("{token}"));
    }

    // ---------------------------------------------------------------------------------------------------------------
    // The tables

    /** Malformed, mistyped, unknown and missing bodies, media types and envelope headers, on every JSON endpoint. */
    static Stream<Case> everyJsonEndpoint() {
        return JSON_ENDPOINTS.stream().flatMap(e -> Stream.of(
                e.with("truncated JSON", "{\"name\": ").expect(400, "MALFORMED_JSON", null),
                e.with("unquoted property", "{name: \"x\"}").expect(400, "MALFORMED_JSON", null),
                e.with("trailing garbage", "{} garbage").expect(400, "MALFORMED_JSON", null),
                e.with("a repeated property", "{\"%1$s\": %2$s, \"%1$s\": %3$s}".formatted(e.stringField(),
                        e.firstValue(), e.secondValue())).expect(400, "MALFORMED_JSON", null),
                e.with("a JSON array", "[]").expect(400, "WRONG_TYPE", null),
                e.with("a JSON string", "\"just text\"").expect(400, "WRONG_TYPE", null),
                e.with("a JSON number", "42").expect(400, "WRONG_TYPE", null),
                e.with("an empty body", "").expect(400, "BODY_REQUIRED", null),
                e.with("a blank body", " \n ").expect(400, "BODY_REQUIRED", null),
                e.with("JSON null", "null").expect(400, "BODY_REQUIRED", null),
                e.with("an unknown field", "{\"bogus\": 1}").expect(400, "UNKNOWN_FIELD", "bogus"),
                e.valid("a text/plain body").contentType("text/plain").expect(415, "UNSUPPORTED_MEDIA_TYPE", null),
                e.valid("no Content-Type").contentType(null).expect(415, "UNSUPPORTED_MEDIA_TYPE", null),
                e.valid("Accept: text/html").header("Accept", "text/html").expect(406, "NOT_ACCEPTABLE", null),
                e.valid("an unparseable Accept").header("Accept", "garbage").expect(406, "NOT_ACCEPTABLE", null),
                e.valid("a malformed X-Correlation-Id").header("X-Correlation-Id", "bad id!")
                        .expect(400, "HEADER_INVALID", "X-Correlation-Id"),
                e.valid("a 129-character Idempotency-Key").header("Idempotency-Key", LONG_HEADER)
                        .expect(400, "HEADER_INVALID", "Idempotency-Key"),
                e.with("a bad header and a malformed body", "{").header("X-Correlation-Id", "a b")
                        .expect(400, "HEADER_INVALID", "X-Correlation-Id")));
    }

    /** Field by field, endpoint by endpoint: wrong types, missing and invalid values, unknown ids, rule violations. */
    static Stream<Case> fieldsAndRules() {
        return Stream.of(
                // POST /api/v1/campaigns
                CREATE_CAMPAIGN.with("number for name", """
                        {"name": 7, "game_system": {"id": "daggerheart", "version": "1.0.0"}, "owner_name": "M"}""")
                        .expect(400, "WRONG_TYPE", "name"),
                CREATE_CAMPAIGN.with("boolean for owner_name", """
                        {"name": "C", "game_system": {"id": "daggerheart", "version": "1.0.0"}, "owner_name": true}""")
                        .expect(400, "WRONG_TYPE", "owner_name"),
                CREATE_CAMPAIGN.with("object for locale", """
                        {"name": "C", "locale": {"tag": "en"}, "game_system": {"id": "daggerheart", "version": "1.0.0"},
                         "owner_name": "M"}""").expect(400, "WRONG_TYPE", "locale"),
                CREATE_CAMPAIGN.with("string for game_system", """
                        {"name": "C", "game_system": "daggerheart", "owner_name": "M"}""")
                        .expect(400, "WRONG_TYPE", "game_system"),
                CREATE_CAMPAIGN.with("number for game_system.id", """
                        {"name": "C", "game_system": {"id": 5, "version": "1.0.0"}, "owner_name": "M"}""")
                        .expect(400, "WRONG_TYPE", "game_system.id"),
                CREATE_CAMPAIGN.with("unknown nested field", """
                        {"name": "C", "game_system": {"id": "daggerheart", "version": "1.0.0", "edition": "2"},
                         "owner_name": "M"}""").expect(400, "UNKNOWN_FIELD", "game_system.edition"),
                CREATE_CAMPAIGN.with("missing name", """
                        {"game_system": {"id": "daggerheart", "version": "1.0.0"}, "owner_name": "M"}""")
                        .expect(400, "VALUE_REQUIRED", "name"),
                CREATE_CAMPAIGN.with("null name", """
                        {"name": null, "game_system": {"id": "daggerheart", "version": "1.0.0"}, "owner_name": "M"}""")
                        .expect(400, "VALUE_REQUIRED", "name"),
                CREATE_CAMPAIGN.with("missing game_system", """
                        {"name": "C", "owner_name": "M"}""").expect(400, "VALUE_REQUIRED", "game_system"),
                CREATE_CAMPAIGN.with("missing game_system.version", """
                        {"name": "C", "game_system": {"id": "daggerheart"}, "owner_name": "M"}""")
                        .expect(400, "VALUE_REQUIRED", "game_system.version"),
                CREATE_CAMPAIGN.with("missing owner_name", """
                        {"name": "C", "game_system": {"id": "daggerheart", "version": "1.0.0"}}""")
                        .expect(400, "VALUE_REQUIRED", "owner_name"),
                CREATE_CAMPAIGN.with("101-character name", """
                        {"name": "%s", "game_system": {"id": "daggerheart", "version": "1.0.0"}, "owner_name": "M"}"""
                        .formatted(LONG_NAME)).expect(400, "NAME_INVALID", "name"),
                CREATE_CAMPAIGN.with("blank name", """
                        {"name": "   ", "game_system": {"id": "daggerheart", "version": "1.0.0"}, "owner_name": "M"}""")
                        .expect(400, "NAME_INVALID", "name"),
                CREATE_CAMPAIGN.with("control character in owner_name", """
                        {"name": "C", "game_system": {"id": "daggerheart", "version": "1.0.0"},
                         "owner_name": "M\\u0007"}""")
                        .expect(400, "NAME_INVALID", "owner_name"),
                CREATE_CAMPAIGN.with("invalid locale", """
                        {"name": "C", "locale": "english please",
                         "game_system": {"id": "daggerheart", "version": "1.0.0"}, "owner_name": "M"}""")
                        .expect(400, "LOCALE_INVALID", "locale"),
                CREATE_CAMPAIGN.with("4001-character theme_prompt", """
                        {"name": "C", "theme_prompt": "%s", "game_system": {"id": "daggerheart", "version": "1.0.0"},
                         "owner_name": "M"}""".formatted(LONG_TEXT)).expect(400, "TEXT_INVALID", "theme_prompt"),
                CREATE_CAMPAIGN.with("unknown game system", """
                        {"name": "C", "game_system": {"id": "pathfinder", "version": "2.0.0"}, "owner_name": "M"}""")
                        .expect(422, "CAMPAIGN_GAME_SYSTEM_UNSUPPORTED", "game_system"),
                CREATE_CAMPAIGN.with("unknown game system version", """
                        {"name": "C", "game_system": {"id": "daggerheart", "version": "9.9.9"}, "owner_name": "M"}""")
                        .expect(422, "CAMPAIGN_GAME_SYSTEM_UNSUPPORTED", "game_system"),

                // PATCH /api/v1/campaigns/{id}
                UPDATE_CAMPAIGN.with("empty update", "{}").expect(422, "CAMPAIGN_UPDATE_EMPTY", null),
                UPDATE_CAMPAIGN.with("only nulls", "{\"name\": null, \"locale\": null}")
                        .expect(422, "CAMPAIGN_UPDATE_EMPTY", null),
                UPDATE_CAMPAIGN.with("number for name", "{\"name\": 7}").expect(400, "WRONG_TYPE", "name"),
                UPDATE_CAMPAIGN.with("object for locale", "{\"locale\": {\"tag\": \"en\"}}")
                        .expect(400, "WRONG_TYPE", "locale"),
                UPDATE_CAMPAIGN.with("array for theme_prompt", "{\"theme_prompt\": [\"a\"]}")
                        .expect(400, "WRONG_TYPE", "theme_prompt"),
                UPDATE_CAMPAIGN.with("invalid locale", "{\"locale\": \"xx_YY\"}")
                        .expect(400, "LOCALE_INVALID", "locale"),
                UPDATE_CAMPAIGN.with("101-character name", "{\"name\": \"" + LONG_NAME + "\"}")
                        .expect(400, "NAME_INVALID", "name"),
                UPDATE_CAMPAIGN.with("control character in theme_prompt", "{\"theme_prompt\": \"bell\\u0007\"}")
                        .expect(400, "TEXT_INVALID", "theme_prompt"),
                // POST /api/v1/campaigns/{id}/game-system/upgrade (the fixture campaign plays daggerheart 1.0.0)
                UPGRADE_GAME_SYSTEM.with("missing version", "{}").expect(400, "VALUE_REQUIRED", "version"),
                UPGRADE_GAME_SYSTEM.with("number for version", "{\"version\": 2}")
                        .expect(400, "WRONG_TYPE", "version"),
                UPGRADE_GAME_SYSTEM.with("not MAJOR.MINOR.PATCH", "{\"version\": \"1.1\"}")
                        .expect(422, "CAMPAIGN_GAME_SYSTEM_UNSUPPORTED", "version"),
                UPGRADE_GAME_SYSTEM.with("a major nobody serves", "{\"version\": \"9.0.0\"}")
                        .expect(422, "CAMPAIGN_GAME_SYSTEM_UNSUPPORTED", "version"),
                UPGRADE_GAME_SYSTEM.with("the version it plays", "{\"version\": \"1.0.0\"}")
                        .expect(422, "CAMPAIGN_GAME_SYSTEM_NOT_NEWER", "version"),
                UPDATE_CAMPAIGN.with("read-only field", "{\"status\": \"archived\"}")
                        .expect(400, "UNKNOWN_FIELD", "status"),
                UPDATE_CAMPAIGN.valid("malformed campaign id").path(CAMPAIGNS + "/" + BAD_ID)
                        .expect(400, "ID_INVALID", "campaign_id"),
                UPDATE_CAMPAIGN.valid("unknown campaign").path(CAMPAIGNS + "/{unknown}")
                        .expect(404, "CAMPAIGN_NOT_FOUND", null),

                // POST /api/v1/campaigns/{id}/participants
                JOIN.with("missing role", "{\"name\": \"Pat\"}").expect(400, "VALUE_REQUIRED", "role"),
                JOIN.with("missing name", "{\"role\": \"player\"}").expect(400, "VALUE_REQUIRED", "name"),
                JOIN.with("unknown role", "{\"name\": \"Pat\", \"role\": \"wizard\"}")
                        .expect(400, "WRONG_TYPE", "role"),
                JOIN.with("role in capitals", "{\"name\": \"Pat\", \"role\": \"GM\"}")
                        .expect(400, "WRONG_TYPE", "role"),
                JOIN.with("role as an index", "{\"name\": \"Pat\", \"role\": 1}").expect(400, "WRONG_TYPE", "role"),
                JOIN.with("unknown access", "{\"name\": \"Pat\", \"role\": \"player\", \"access\": \"admin\"}")
                        .expect(400, "WRONG_TYPE", "access"),
                JOIN.with("array for name", "{\"name\": [\"Pat\"], \"role\": \"player\"}")
                        .expect(400, "WRONG_TYPE", "name"),
                JOIN.with("101-character name", "{\"name\": \"" + LONG_NAME + "\", \"role\": \"player\"}")
                        .expect(400, "NAME_INVALID", "name"),
                JOIN.with("client-chosen id", "{\"name\": \"Pat\", \"role\": \"player\", \"participant_id\": \"x\"}")
                        .expect(400, "UNKNOWN_FIELD", "participant_id"),
                JOIN.valid("malformed campaign id").path(CAMPAIGNS + "/" + BAD_ID + "/participants")
                        .expect(400, "ID_INVALID", "campaign_id"),
                JOIN.valid("unknown campaign").path(CAMPAIGNS + "/{unknown}/participants")
                        .expect(404, "CAMPAIGN_NOT_FOUND", null),

                // PATCH /api/v1/campaigns/{id}/participants/{id}
                UPDATE_PARTICIPANT.with("empty update", "{}").expect(422, "PARTICIPANT_UPDATE_EMPTY", null),
                UPDATE_PARTICIPANT.with("unknown role", "{\"role\": \"bard\"}").expect(400, "WRONG_TYPE", "role"),
                UPDATE_PARTICIPANT.with("blank name", "{\"name\": \"\"}").expect(400, "NAME_INVALID", "name"),
                UPDATE_PARTICIPANT.with("demoting the last owner", "{\"access\": \"member\"}")
                        .path(CAMPAIGNS + "/{c}/participants/{owner}").expect(409, "CAMPAIGN_OWNER_REQUIRED", "access"),
                UPDATE_PARTICIPANT.valid("malformed participant id").path(CAMPAIGNS + "/{c}/participants/" + BAD_ID)
                        .expect(400, "ID_INVALID", "participant_id"),
                UPDATE_PARTICIPANT.valid("unknown participant").path(CAMPAIGNS + "/{c}/participants/{unknown}")
                        .expect(404, "PARTICIPANT_NOT_FOUND", "participant_id"),
                UPDATE_PARTICIPANT.valid("unknown campaign").path(CAMPAIGNS + "/{unknown}/participants/{p}")
                        .expect(404, "CAMPAIGN_NOT_FOUND", null),

                // DELETE /api/v1/campaigns/{id}/participants/{id}
                Case.of("DELETE", CAMPAIGNS + "/{c}/participants/{owner}", "the last owner leaving")
                        .expect(409, "CAMPAIGN_OWNER_REQUIRED", "participant_id"),
                Case.of("DELETE", CAMPAIGNS + "/{c}/participants/{p}", "a character owner leaving")
                        .expect(409, "PARTICIPANT_OWNS_CHARACTERS", "participant_id"),
                Case.of("DELETE", CAMPAIGNS + "/{c}/participants/{unknown}", "unknown participant")
                        .expect(404, "PARTICIPANT_NOT_FOUND", "participant_id"),
                Case.of("DELETE", CAMPAIGNS + "/{c}/participants/" + BAD_ID, "malformed participant id")
                        .expect(400, "ID_INVALID", "participant_id"),
                Case.of("DELETE", CAMPAIGNS + "/{c}/participants/{p}?reason=bell%07", "control character in reason")
                        .expect(400, "TEXT_INVALID", "reason"),

                // POST /api/v1/campaigns/{id}/characters
                CREATE_CHARACTER.with("missing kind", "{\"name\": \"Hero\", \"owner_participant_id\": \"{p}\"}")
                        .expect(400, "VALUE_REQUIRED", "kind"),
                CREATE_CHARACTER.with("unknown kind", """
                        {"name": "Hero", "kind": "monster", "owner_participant_id": "{p}"}""")
                        .expect(400, "WRONG_TYPE", "kind"),
                CREATE_CHARACTER.with("missing owner", "{\"name\": \"Hero\", \"kind\": \"pc\"}")
                        .expect(400, "VALUE_REQUIRED", "owner_participant_id"),
                CREATE_CHARACTER.with("number for owner", """
                        {"name": "Hero", "kind": "pc", "owner_participant_id": 12}""")
                        .expect(400, "WRONG_TYPE", "owner_participant_id"),
                CREATE_CHARACTER.with("malformed owner id", """
                        {"name": "Hero", "kind": "pc", "owner_participant_id": "bad id!"}""")
                        .expect(400, "ID_INVALID", "owner_participant_id"),
                CREATE_CHARACTER.with("owner who is not a participant", """
                        {"name": "Hero", "kind": "pc", "owner_participant_id": "{unknown}"}""")
                        .expect(422, "CHARACTER_OWNER_NOT_PARTICIPANT", "owner_participant_id"),
                CREATE_CHARACTER.with("4001-character notes", """
                        {"name": "Hero", "kind": "pc", "owner_participant_id": "{p}", "notes": "%s"}"""
                        .formatted(LONG_TEXT)).expect(400, "TEXT_INVALID", "notes"),
                CREATE_CHARACTER.valid("unknown campaign").path(CAMPAIGNS + "/{unknown}/characters")
                        .expect(404, "CAMPAIGN_NOT_FOUND", null),

                // POST /api/v1/campaigns/{id}/daggerheart/characters
                CREATE_SHEET.with("missing character_id", "{\"character_class\": \"bard\"}")
                        .expect(400, "VALUE_REQUIRED", "character_id"),
                CREATE_SHEET.with("missing class of an unknown character", "{\"character_id\": \"{unknown}\"}")
                        .expect(400, "VALUE_REQUIRED", "character_class"),
                CREATE_SHEET.with("unknown class", """
                        {"character_id": "{bare}", "character_class": "necromancer"}""")
                        .expect(400, "WRONG_TYPE", "character_class"),
                CREATE_SHEET.with("class in capitals", "{\"character_id\": \"{bare}\", \"character_class\": \"Bard\"}")
                        .expect(400, "WRONG_TYPE", "character_class"),
                CREATE_SHEET.with("malformed character_id", """
                        {"character_id": "bad id!", "character_class": "bard"}""")
                        .expect(400, "ID_INVALID", "character_id"),
                CREATE_SHEET.with("missing character", """
                        {"character_id": "{unknown}", "character_class": "bard"}""")
                        .expect(404, "CHARACTER_NOT_FOUND", "character_id"),
                CREATE_SHEET.with("a second sheet", "{\"character_id\": \"{ch}\", \"character_class\": \"wizard\"}")
                        .expect(409, "DAGGERHEART_CHARACTER_SHEET_EXISTS", "character_id"),
                CREATE_SHEET.valid("unknown campaign").path(CAMPAIGNS + "/{unknown}/daggerheart/characters")
                        .expect(404, "CAMPAIGN_NOT_FOUND", null),

                // POST /api/v1/campaigns/{id}/end|archive|restore: no body, so only ids and the lifecycle can be wrong
                Case.of("POST", CAMPAIGNS + "/{c}/end", "ending a draft")
                        .expect(409, "CAMPAIGN_STATUS_FORBIDS_OPERATION", null),
                Case.of("POST", CAMPAIGNS + "/{c}/archive", "archiving a draft")
                        .expect(409, "CAMPAIGN_STATUS_FORBIDS_OPERATION", null),
                Case.of("POST", CAMPAIGNS + "/{c}/restore", "restoring a draft")
                        .expect(409, "CAMPAIGN_STATUS_FORBIDS_OPERATION", null),
                Case.of("POST", CAMPAIGNS + "/{unknown}/end", "unknown campaign")
                        .expect(404, "CAMPAIGN_NOT_FOUND", null),
                Case.of("POST", CAMPAIGNS + "/" + BAD_ID + "/archive", "malformed campaign id")
                        .expect(400, "ID_INVALID", "campaign_id"),
                Case.of("POST", CAMPAIGNS + "/{c}/restore", "a malformed Idempotency-Key")
                        .header("Idempotency-Key", "key with spaces").expect(400, "HEADER_INVALID", "Idempotency-Key"));
    }

    /**
     * Daggerheart, field by field: missing, mistyped and unknown fields, values out of range named by their field,
     * repeated conditions and targets, {@code [null]} list items, and the roll outcome's required Idempotency-Key.
     */
    static Stream<Case> daggerheart() {
        return Stream.of(
                // PATCH …/daggerheart/characters/{id}/profile (between sessions: the draft campaign)
                UPDATE_PROFILE.with("nothing to set", "{}").expect(422, "DAGGERHEART_PROFILE_UPDATE_EMPTY", null),
                UPDATE_PROFILE.with("string for traits", "{\"traits\": \"strong\"}")
                        .expect(400, "WRONG_TYPE", "traits"),
                UPDATE_PROFILE.with("unknown ancestry", """
                        {"heritage": {"ancestry": "dragon", "community": "wildborne"}}""")
                        .expect(400, "WRONG_TYPE", "heritage.ancestry"),
                UPDATE_PROFILE.with("missing community", "{\"heritage\": {\"ancestry\": \"elf\"}}")
                        .expect(400, "VALUE_REQUIRED", "heritage.community"),
                UPDATE_PROFILE.with("unknown nested field", """
                        {"heritage": {"ancestry": "elf", "community": "wildborne", "clan": "x"}}""")
                        .expect(400, "UNKNOWN_FIELD", "heritage.clan"),
                UPDATE_PROFILE.with("missing trait", """
                        {"traits": {"agility": 2, "strength": -1, "finesse": 1, "instinct": 1, "presence": 0}}""")
                        .expect(400, "VALUE_REQUIRED", "traits.knowledge"),
                UPDATE_PROFILE.with("trait out of range", """
                        {"traits": {"agility": 11, "strength": -1, "finesse": 1, "instinct": 1, "presence": 0,
                                    "knowledge": 0}}""").expect(400, "DAGGERHEART_TRAIT_OUT_OF_RANGE", "traits.agility"),
                UPDATE_PROFILE.with("traits off the starting array", """
                        {"traits": {"agility": 2, "strength": 2, "finesse": 1, "instinct": 1, "presence": 0,
                                    "knowledge": 0}}""").expect(422, "DAGGERHEART_TRAITS_NOT_STARTING_ARRAY", "traits"),
                UPDATE_PROFILE.with("unknown armor preset", "{\"equipment\": {\"armor\": {\"preset\": \"mithril\"}}}")
                        .expect(400, "WRONG_TYPE", "equipment.armor.preset"),
                UPDATE_PROFILE.with("[null] experiences", "{\"experiences\": [null]}")
                        .expect(400, "VALUE_REQUIRED", "experiences[0]"),
                UPDATE_PROFILE.with("experience without a modifier", "{\"experiences\": [{\"name\": \"Tracker\"}]}")
                        .expect(400, "VALUE_REQUIRED", "experiences[0].modifier"),
                UPDATE_PROFILE.with("experience modifier out of range", """
                        {"experiences": [{"name": "Tracker", "modifier": 2}, {"name": "Lore", "modifier": 11}]}""")
                        .expect(400, "DAGGERHEART_MODIFIER_OUT_OF_RANGE", "experiences[1].modifier"),
                UPDATE_PROFILE.with("[null] domain_cards", "{\"domain_cards\": [null]}")
                        .expect(400, "VALUE_REQUIRED", "domain_cards[0]"),
                UPDATE_PROFILE.with("recall cost above 4", """
                        {"domain_cards": [{"card_id": "bone-untouchable", "name": "Untouchable", "domain": "bone",
                          "level": 1, "recall_cost": 5, "type": "ability"}]}""")
                        .expect(400, "DAGGERHEART_RECALL_COST_OUT_OF_RANGE", "domain_cards[0].recall_cost"),
                UPDATE_PROFILE.with("armor whose Severe is not above its Major", """
                        {"equipment": {"armor": {"name": "Bark", "base_major": 6, "base_severe": 6,
                                                 "base_score": 2}}}""")
                        .expect(400, "DAGGERHEART_ARMOR_INVALID", "equipment.armor.base_severe"),
                UPDATE_PROFILE.with("negative gold", "{\"gold\": {\"handfuls\": -1}}")
                        .expect(400, "DAGGERHEART_AMOUNT_NEGATIVE", "gold.handfuls"),
                UPDATE_PROFILE.with("more than a chest of gold", "{\"gold\": {\"chests\": 2}}")
                        .expect(422, "DAGGERHEART_GOLD_OVER_CAPACITY", "gold"),
                UPDATE_PROFILE.with("4001-character background", "{\"background\": \"" + LONG_TEXT + "\"}")
                        .expect(400, "TEXT_INVALID", "background"),
                UPDATE_PROFILE.valid("character without a sheet").path(DH + "/characters/{bare}/profile")
                        .expect(404, "DAGGERHEART_CHARACTER_SHEET_NOT_FOUND", null),

                // PUT …/daggerheart/settings
                UPDATE_SETTINGS.with("missing massive_damage", "{}").expect(400, "VALUE_REQUIRED", "massive_damage"),
                UPDATE_SETTINGS.with("string for massive_damage", "{\"massive_damage\": \"yes\"}")
                        .expect(400, "WRONG_TYPE", "massive_damage"),
                // a number is not a boolean: 1 is refused, not read as true
                UPDATE_SETTINGS.with("number for massive_damage", "{\"massive_damage\": 1}")
                        .expect(400, "WRONG_TYPE", "massive_damage"),
                UPDATE_SETTINGS.valid("during a session").path(PLAY + "/settings").expect(409, "SESSION_ACTIVE", null),

                // PATCH …/characters/{id}/state
                PATCH_STATE.with("nothing changes", "{}").expect(422, "DAGGERHEART_STATE_UNCHANGED", null),
                PATCH_STATE.with("string for hope", "{\"hope\": \"two\"}").expect(400, "WRONG_TYPE", "hope"),
                PATCH_STATE.with("unknown life state", "{\"life_state\": \"zombie\"}")
                        .expect(400, "WRONG_TYPE", "life_state"),
                PATCH_STATE.with("unknown field under before", "{\"hope\": 3, \"before\": {\"fear\": 1}}")
                        .expect(400, "UNKNOWN_FIELD", "before.fear"),
                PATCH_STATE.with("hope above 6", "{\"hope\": 7}").expect(400, "DAGGERHEART_HOPE_OUT_OF_RANGE", "hope"),
                PATCH_STATE.with("more HP marked than slots", "{\"hp_marked\": 7}")
                        .expect(400, "DAGGERHEART_HP_OUT_OF_RANGE", "hp_marked"),
                PATCH_STATE.with("negative Stress", "{\"stress_marked\": -1}")
                        .expect(400, "DAGGERHEART_STRESS_OUT_OF_RANGE", "stress_marked"),
                PATCH_STATE.with("more Armor Slots than the score", "{\"armor_marked\": 4}")
                        .expect(400, "DAGGERHEART_ARMOR_SLOTS_OUT_OF_RANGE", "armor_marked"),
                PATCH_STATE.with("a stale before", "{\"hope\": 3, \"before\": {\"hope\": 5}}")
                        .expect(409, "DAGGERHEART_STATE_BEFORE_MISMATCH", "before.hope"),
                PATCH_STATE.valid("character without a sheet").path(DH + "/characters/{bare}/state")
                        .expect(404, "DAGGERHEART_CHARACTER_SHEET_NOT_FOUND", null),
                PATCH_STATE.valid("unknown character").path(PLAY + "/characters/{unknown}/state")
                        .expect(404, "CHARACTER_NOT_FOUND", "character_id"),

                // POST …/hope/spend and …/stress/spend
                SPEND_HOPE.with("missing amount", "{\"reason\": \"help\"}").expect(400, "VALUE_REQUIRED", "amount"),
                SPEND_HOPE.with("string for amount", "{\"amount\": \"one\"}").expect(400, "WRONG_TYPE", "amount"),
                SPEND_HOPE.with("zero", "{\"amount\": 0}").expect(400, "VALUE_OUT_OF_RANGE", "amount"),
                SPEND_HOPE.with("more than held", "{\"amount\": 3}")
                        .expect(422, "DAGGERHEART_HOPE_INSUFFICIENT", "amount"),
                SPEND_HOPE.with("reason not a code", "{\"amount\": 1, \"reason\": \"Help!\"}")
                        .expect(400, "CODE_INVALID", "reason"),
                SPEND_STRESS.with("missing amount", "{}").expect(400, "VALUE_REQUIRED", "amount"),
                SPEND_STRESS.with("negative amount", "{\"amount\": -1}").expect(400, "VALUE_OUT_OF_RANGE", "amount"),
                // a fraction is not truncated to a whole number
                SPEND_STRESS.with("decimal amount", "{\"amount\": 1.5}").expect(400, "WRONG_TYPE", "amount"),

                // POST …/characters/{id}/damage
                DAMAGE.with("missing amount", "{\"damage_types\": [\"physical\"]}")
                        .expect(400, "VALUE_REQUIRED", "amount"),
                DAMAGE.with("negative amount", "{\"amount\": -1, \"damage_types\": [\"physical\"]}")
                        .expect(400, "VALUE_OUT_OF_RANGE", "amount"),
                DAMAGE.with("amount above 1000", "{\"amount\": 1001, \"damage_types\": [\"physical\"]}")
                        .expect(400, "VALUE_OUT_OF_RANGE", "amount"),
                DAMAGE.with("missing damage_types", "{\"amount\": 3}").expect(400, "VALUE_REQUIRED", "damage_types"),
                DAMAGE.with("no damage type", "{\"amount\": 3, \"damage_types\": []}")
                        .expect(400, "DAGGERHEART_DAMAGE_TYPE_REQUIRED", "damage_types"),
                DAMAGE.with("unknown damage type", "{\"amount\": 3, \"damage_types\": [\"fire\"]}")
                        .expect(400, "WRONG_TYPE", "damage_types[0]"),
                DAMAGE.with("decimal amount", "{\"amount\": 9.7, \"damage_types\": [\"physical\"]}")
                        .expect(400, "WRONG_TYPE", "amount"),
                // sets of damage types are read as enum sets: a null in one is not a damage type
                DAMAGE.with("[null] damage_types", "{\"amount\": 3, \"damage_types\": [null]}")
                        .expect(400, "WRONG_TYPE", "damage_types[0]"),
                DAMAGE.with("[null] resistances", """
                        {"amount": 3, "damage_types": ["physical"], "resistances": [null]}""")
                        .expect(400, "WRONG_TYPE", "resistances[0]"),
                DAMAGE.with("string for mark_armor_slot", """
                        {"amount": 3, "damage_types": ["physical"], "mark_armor_slot": "yes"}""")
                        .expect(400, "WRONG_TYPE", "mark_armor_slot"),
                DAMAGE.with("unknown field", "{\"amount\": 3, \"damage_types\": [\"physical\"], \"crit\": true}")
                        .expect(400, "UNKNOWN_FIELD", "crit"),
                DAMAGE.valid("unknown character").path(PLAY + "/characters/{unknown}/damage")
                        .expect(404, "CHARACTER_NOT_FOUND", "character_id"),
                DAMAGE.valid("deleted character").path(PLAY + "/characters/{pdel}/damage")
                        .expect(409, "CHARACTER_DELETED", "character_id"),
                DAMAGE.valid("character without a sheet").path(DH + "/characters/{bare}/damage")
                        .expect(404, "DAGGERHEART_CHARACTER_SHEET_NOT_FOUND", null),

                // PUT …/characters/{id}/conditions
                CONDITIONS.with("missing conditions", "{\"added\": [\"hidden\"]}")
                        .expect(400, "VALUE_REQUIRED", "conditions"),
                CONDITIONS.with("a condition twice", "{\"conditions\": [\"hidden\", \"hidden\"]}")
                        .expect(400, "DAGGERHEART_CONDITION_DUPLICATE", "conditions"),
                CONDITIONS.with("a condition twice in added", """
                        {"conditions": ["hidden"], "added": ["hidden", "hidden"]}""")
                        .expect(400, "DAGGERHEART_CONDITION_DUPLICATE", "added"),
                CONDITIONS.with("unknown condition", "{\"conditions\": [\"cursed\"]}")
                        .expect(400, "WRONG_TYPE", "conditions[0]"),
                CONDITIONS.with("[null] conditions", "{\"conditions\": [null]}")
                        .expect(400, "VALUE_REQUIRED", "conditions[0]"),
                CONDITIONS.with("a duration for a condition not in the set", """
                        {"conditions": ["hidden"], "lasting": {"restrained": "scene"}}""")
                        .expect(400, "VALUE_OUT_OF_RANGE", "lasting.restrained"),
                CONDITIONS.with("a null duration", """
                        {"conditions": ["hidden"], "lasting": {"hidden": null}}""")
                        .expect(400, "VALUE_REQUIRED", "lasting.hidden"),
                CONDITIONS.with("an unknown duration", """
                        {"conditions": ["hidden"], "lasting": {"hidden": "forever"}}""")
                        .expect(400, "WRONG_TYPE", "lasting.hidden"),
                CONDITIONS.with("a duration for an unknown condition", """
                        {"conditions": ["hidden"], "lasting": {"cursed": "scene"}}""")
                        .expect(400, "WRONG_TYPE", "lasting"),
                CONDITIONS.with("[null] removed", "{\"conditions\": [\"hidden\"], \"removed\": [null]}")
                        .expect(400, "VALUE_REQUIRED", "removed[0]"),
                CONDITIONS.with("added that is not the difference", """
                        {"conditions": ["hidden"], "added": ["restrained"]}""")
                        .expect(400, "DAGGERHEART_CONDITION_DIFF_MISMATCH", "added"),
                CONDITIONS.with("nothing changes", "{\"conditions\": []}")
                        .expect(422, "DAGGERHEART_CONDITION_UNCHANGED", "conditions"),

                // POST …/daggerheart/damage (several targets)
                PARTY_DAMAGE.with("missing targets", "{\"amount\": 3, \"damage_types\": [\"magic\"]}")
                        .expect(400, "VALUE_REQUIRED", "targets"),
                PARTY_DAMAGE.with("no target", "{\"targets\": [], \"amount\": 3, \"damage_types\": [\"magic\"]}")
                        .expect(400, "VALUE_OUT_OF_RANGE", "targets"),
                PARTY_DAMAGE.with("[null] targets", """
                        {"targets": [null], "amount": 3, "damage_types": ["magic"]}""")
                        .expect(400, "VALUE_REQUIRED", "targets[0]"),
                PARTY_DAMAGE.with("a target twice", """
                        {"targets": [{"character_id": "{pch}"}, {"character_id": "{pch}", "mark_armor_slot": true}],
                         "amount": 3, "damage_types": ["magic"]}""")
                        .expect(400, "DAGGERHEART_TARGET_DUPLICATE", "targets[1]"),
                PARTY_DAMAGE.with("a target without character_id", """
                        {"targets": [{"mark_armor_slot": true}], "amount": 3, "damage_types": ["magic"]}""")
                        .expect(400, "VALUE_REQUIRED", "targets[0].character_id"),
                PARTY_DAMAGE.with("a malformed character_id", """
                        {"targets": [{"character_id": "bad id!"}], "amount": 3, "damage_types": ["magic"]}""")
                        .expect(400, "ID_INVALID", "targets[0].character_id"),
                PARTY_DAMAGE.with("unknown field in a target", """
                        {"targets": [{"character_id": "{pch}", "evade": true}], "amount": 3,
                         "damage_types": ["magic"]}""").expect(400, "UNKNOWN_FIELD", "targets[0].evade"),
                PARTY_DAMAGE.with("[null] target resistances", """
                        {"targets": [{"character_id": "{pch}", "resistances": [null]}], "amount": 3,
                         "damage_types": ["magic"]}""").expect(400, "WRONG_TYPE", "targets[0].resistances[0]"),
                PARTY_DAMAGE.with("missing amount", """
                        {"targets": [{"character_id": "{pch}"}], "damage_types": ["magic"]}""")
                        .expect(400, "VALUE_REQUIRED", "amount"),
                PARTY_DAMAGE.with("amount above 1000", """
                        {"targets": [{"character_id": "{pch}"}], "amount": 1001, "damage_types": ["magic"]}""")
                        .expect(400, "VALUE_OUT_OF_RANGE", "amount"),
                PARTY_DAMAGE.with("no damage type", """
                        {"targets": [{"character_id": "{pch}"}], "amount": 3, "damage_types": []}""")
                        .expect(400, "DAGGERHEART_DAMAGE_TYPE_REQUIRED", "damage_types"),
                PARTY_DAMAGE.with("an unknown target beside a live one", """
                        {"targets": [{"character_id": "{pch}"}, {"character_id": "{unknown}"}], "amount": 3,
                         "damage_types": ["magic"]}""").expect(404, "CHARACTER_NOT_FOUND", "targets[1]"),
                PARTY_DAMAGE.with("a deleted target beside a live one", """
                        {"targets": [{"character_id": "{pch}"}, {"character_id": "{pdel}"}], "amount": 3,
                         "damage_types": ["magic"]}""").expect(409, "CHARACTER_DELETED", "targets[1]"),
                PARTY_DAMAGE.with("a target without a sheet beside one with", """
                        {"targets": [{"character_id": "{ch}"}, {"character_id": "{bare}"}], "amount": 3,
                         "damage_types": ["magic"]}""").path(DH + "/damage")
                        .expect(404, "DAGGERHEART_CHARACTER_SHEET_NOT_FOUND", null),

                // POST …/sessions/{id}/action-rolls
                ACTION_ROLL.with("missing character_id", "{\"trait\": \"agility\"}")
                        .expect(400, "VALUE_REQUIRED", "character_id"),
                ACTION_ROLL.with("unknown trait", "{\"character_id\": \"{pch}\", \"trait\": \"luck\"}")
                        .expect(400, "WRONG_TYPE", "trait"),
                ACTION_ROLL.with("modifier above 20", "{\"character_id\": \"{pch}\", \"modifier\": 21}")
                        .expect(400, "VALUE_OUT_OF_RANGE", "modifier"),
                ACTION_ROLL.with("advantage above 5", "{\"character_id\": \"{pch}\", \"advantage\": 6}")
                        .expect(400, "VALUE_OUT_OF_RANGE", "advantage"),
                ACTION_ROLL.with("Difficulty 0", """
                        {"character_id": "{pch}", "difficulty": 0, "physical_results": [9, 4]}""")
                        .expect(400, "DAGGERHEART_DIFFICULTY_OUT_OF_RANGE", "difficulty"),
                ACTION_ROLL.with("a die above 12", """
                        {"character_id": "{pch}", "physical_results": [13, 4]}""")
                        .expect(400, "VALUE_OUT_OF_RANGE", "physical_results[0]"),
                ACTION_ROLL.with("one die short", "{\"character_id\": \"{pch}\", \"physical_results\": [9]}")
                        .expect(400, "VALUE_OUT_OF_RANGE", "physical_results"),
                ACTION_ROLL.with("the advantage die missing", """
                        {"character_id": "{pch}", "advantage": 1, "physical_results": [9, 4]}""")
                        .expect(400, "VALUE_OUT_OF_RANGE", "physical_results"),
                ACTION_ROLL.with("[null] physical_results", """
                        {"character_id": "{pch}", "physical_results": [null, 4]}""")
                        .expect(400, "VALUE_REQUIRED", "physical_results[0]"),
                ACTION_ROLL.with("[null] experiences", "{\"character_id\": \"{pch}\", \"experiences\": [null]}")
                        .expect(400, "VALUE_REQUIRED", "experiences[0]"),
                ACTION_ROLL.with("an Experience the character lacks", """
                        {"character_id": "{pch}", "experiences": ["Sailing"], "physical_results": [9, 4]}""")
                        .expect(422, "DAGGERHEART_EXPERIENCE_NOT_HELD", "experiences[0]"),
                ACTION_ROLL.with("an Experience twice", """
                        {"character_id": "{pch}", "experiences": ["Tracker", "tracker"], "physical_results": [9, 4]}""")
                        .expect(422, "DAGGERHEART_EXPERIENCE_USED_TWICE", "experiences"),
                ACTION_ROLL.with("a deleted character", """
                        {"character_id": "{pdel}", "physical_results": [9, 4]}""")
                        .expect(409, "CHARACTER_DELETED", "character_id"),
                ACTION_ROLL.valid("unknown session").path(PLAY + "/sessions/{unknown}/action-rolls")
                        .expect(404, "SESSION_NOT_FOUND", "session_id"),

                // POST …/action-rolls/{seq}/outcome: no body, an Idempotency-Key required
                Case.of("POST", PLAY + "/sessions/{ps}/action-rolls/{roll}/outcome", "no Idempotency-Key")
                        .expect(400, "OUTCOME_REQUEST_ID_REQUIRED", "Idempotency-Key"),
                Case.of("POST", PLAY + "/sessions/{ps}/action-rolls/{roll}/outcome", "a malformed Idempotency-Key")
                        .header("Idempotency-Key", "key with spaces").expect(400, "HEADER_INVALID", "Idempotency-Key"),
                Case.of("POST", PLAY + "/sessions/{ps}/action-rolls/99/outcome", "unknown roll")
                        .header("Idempotency-Key", "outcome-of-nothing").expect(404, "DAGGERHEART_ROLL_NOT_FOUND",
                                "roll_seq"),
                Case.of("POST", PLAY + "/sessions/{ps}/action-rolls/abc/outcome", "roll_seq not a number")
                        .header("Idempotency-Key", "outcome-abc").expect(400, "PARAMETER_INVALID", "rollSeq"),

                // the GM's Fear (seeded 1 by the first session)
                SET_FEAR.with("missing before", "{\"after\": 2}").expect(400, "VALUE_REQUIRED", "before"),
                SET_FEAR.with("after above 12", "{\"before\": 1, \"after\": 13}")
                        .expect(400, "DAGGERHEART_GM_FEAR_OUT_OF_RANGE", "after"),
                SET_FEAR.with("negative before", "{\"before\": -1, \"after\": 2}")
                        .expect(400, "DAGGERHEART_GM_FEAR_OUT_OF_RANGE", "before"),
                SET_FEAR.with("a stale before", "{\"before\": 4, \"after\": 2}")
                        .expect(409, "DAGGERHEART_GM_FEAR_BEFORE_MISMATCH", "before"),
                SET_FEAR.with("no change", "{\"before\": 1, \"after\": 1}")
                        .expect(422, "DAGGERHEART_GM_FEAR_UNCHANGED", "after"),
                GAIN_FEAR.with("missing amount", "{}").expect(400, "VALUE_REQUIRED", "amount"),
                GAIN_FEAR.with("zero", "{\"amount\": 0}").expect(400, "VALUE_OUT_OF_RANGE", "amount"),
                GAIN_FEAR.with("past 12", "{\"amount\": 12}").expect(400, "DAGGERHEART_GM_FEAR_OUT_OF_RANGE", "amount"),
                SPEND_FEAR.with("more than held", "{\"amount\": 2}")
                        .expect(422, "DAGGERHEART_GM_FEAR_INSUFFICIENT", "amount"),
                SPEND_FEAR.with("amount above 12", "{\"amount\": 13}").expect(400, "VALUE_OUT_OF_RANGE", "amount"),
                GAIN_FEAR.valid("before the first session").path(DH + "/gm-fear/gain")
                        .expect(404, "DAGGERHEART_GM_STATE_NOT_FOUND", null),

                // reads
                Case.of("GET", PLAY + "/sessions/{ps}/action-rolls/99", "unknown roll")
                        .expect(404, "DAGGERHEART_ROLL_NOT_FOUND", "roll_seq"),
                Case.of("GET", DH + "/characters/{bare}/state", "state without a sheet")
                        .expect(404, "DAGGERHEART_CHARACTER_SHEET_NOT_FOUND", null),
                Case.of("GET", DH + "/gm-fear", "Fear before the first session")
                        .expect(404, "DAGGERHEART_GM_STATE_NOT_FOUND", null),

                // POST …/daggerheart/countdowns
                CREATE_COUNTDOWN.with("missing name", "{\"policy\": \"manual\", \"starting_value\": 3}")
                        .expect(400, "VALUE_REQUIRED", "name"),
                CREATE_COUNTDOWN.with("blank name", "{\"name\": \"  \", \"policy\": \"manual\", \"starting_value\": 3}")
                        .expect(400, "NAME_INVALID", "name"),
                CREATE_COUNTDOWN.with("missing policy", "{\"name\": \"Doom\", \"starting_value\": 3}")
                        .expect(400, "VALUE_REQUIRED", "policy"),
                CREATE_COUNTDOWN.with("unknown policy", """
                        {"name": "Doom", "policy": "weekly", "starting_value": 3}""")
                        .expect(400, "WRONG_TYPE", "policy"),
                CREATE_COUNTDOWN.with("unknown tone", """
                        {"name": "Doom", "tone": "ominous", "policy": "manual", "starting_value": 3}""")
                        .expect(400, "WRONG_TYPE", "tone"),
                CREATE_COUNTDOWN.with("unknown loop", """
                        {"name": "Doom", "policy": "manual", "starting_value": 3, "loop": "forever"}""")
                        .expect(400, "WRONG_TYPE", "loop"),
                CREATE_COUNTDOWN.with("string for visible_to_players", """
                        {"name": "Doom", "policy": "manual", "starting_value": 3, "visible_to_players": "yes"}""")
                        .expect(400, "WRONG_TYPE", "visible_to_players"),
                CREATE_COUNTDOWN.with("missing starting_value", "{\"name\": \"Doom\", \"policy\": \"manual\"}")
                        .expect(400, "VALUE_REQUIRED", "starting_value"),
                CREATE_COUNTDOWN.with("starting_value 0", """
                        {"name": "Doom", "policy": "manual", "starting_value": 0}""")
                        .expect(400, "DAGGERHEART_COUNTDOWN_VALUE_OUT_OF_RANGE", "starting_value"),
                CREATE_COUNTDOWN.with("starting_value above 100", """
                        {"name": "Doom", "policy": "manual", "starting_value": 101}""")
                        .expect(400, "DAGGERHEART_COUNTDOWN_VALUE_OUT_OF_RANGE", "starting_value"),
                CREATE_COUNTDOWN.with("decimal starting_value", """
                        {"name": "Doom", "policy": "manual", "starting_value": 2.5}""")
                        .expect(400, "WRONG_TYPE", "starting_value"),
                CREATE_COUNTDOWN.with("remaining above starting_value", """
                        {"name": "Doom", "policy": "manual", "starting_value": 3, "remaining": 4}""")
                        .expect(400, "DAGGERHEART_COUNTDOWN_VALUE_OUT_OF_RANGE", "remaining"),
                CREATE_COUNTDOWN.with("remaining 0", """
                        {"name": "Doom", "policy": "manual", "starting_value": 3, "remaining": 0}""")
                        .expect(400, "DAGGERHEART_COUNTDOWN_VALUE_OUT_OF_RANGE", "remaining"),
                CREATE_COUNTDOWN.with("a malformed countdown_id", """
                        {"countdown_id": "bad id!", "name": "Doom", "policy": "manual", "starting_value": 3}""")
                        .expect(400, "ID_INVALID", "countdown_id"),
                CREATE_COUNTDOWN.with("an id the campaign uses", """
                        {"countdown_id": "{cd}", "name": "Doom", "policy": "manual", "starting_value": 3}""")
                        .expect(409, "DAGGERHEART_COUNTDOWN_EXISTS", "countdown_id"),
                CREATE_COUNTDOWN.with("a neutral dynamic countdown", """
                        {"name": "Doom", "policy": "action_dynamic", "starting_value": 3}""")
                        .expect(422, "DAGGERHEART_COUNTDOWN_TONE_REQUIRED", "tone"),

                // PATCH …/daggerheart/countdowns/{id}
                UPDATE_COUNTDOWN.with("nothing to change", "{}").expect(422, "DAGGERHEART_COUNTDOWN_UNCHANGED", null),
                UPDATE_COUNTDOWN.with("the name it has", "{\"name\": \"The ritual completes\"}")
                        .expect(422, "DAGGERHEART_COUNTDOWN_UNCHANGED", null),
                UPDATE_COUNTDOWN.with("101-character name", "{\"name\": \"" + LONG_NAME + "\"}")
                        .expect(400, "NAME_INVALID", "name"),
                UPDATE_COUNTDOWN.with("number for visible_to_players", "{\"visible_to_players\": 1}")
                        .expect(400, "WRONG_TYPE", "visible_to_players"),
                UPDATE_COUNTDOWN.valid("unknown countdown").path(DH + "/countdowns/{unknown}")
                        .expect(404, "DAGGERHEART_COUNTDOWN_NOT_FOUND", "countdown_id"),
                UPDATE_COUNTDOWN.valid("malformed countdown id").path(DH + "/countdowns/" + BAD_ID)
                        .expect(400, "ID_INVALID", "countdown_id"),

                // POST …/daggerheart/countdowns/{id}/advance
                ADVANCE_COUNTDOWN.with("missing amount", "{\"reason\": \"feature_tick\"}")
                        .expect(400, "VALUE_REQUIRED", "amount"),
                ADVANCE_COUNTDOWN.with("amount 0", "{\"amount\": 0}")
                        .expect(400, "DAGGERHEART_COUNTDOWN_VALUE_OUT_OF_RANGE", "amount"),
                ADVANCE_COUNTDOWN.with("decimal amount", "{\"amount\": 1.5}").expect(400, "WRONG_TYPE", "amount"),
                ADVANCE_COUNTDOWN.with("negative before", "{\"amount\": 1, \"before\": -1}")
                        .expect(400, "DAGGERHEART_COUNTDOWN_VALUE_OUT_OF_RANGE", "before"),
                ADVANCE_COUNTDOWN.with("a stale before", "{\"amount\": 1, \"before\": 2}")
                        .expect(409, "DAGGERHEART_COUNTDOWN_BEFORE_MISMATCH", "before"),
                ADVANCE_COUNTDOWN.with("reason not a code", "{\"amount\": 1, \"reason\": \"Tick!\"}")
                        .expect(400, "CODE_INVALID", "reason"),
                ADVANCE_COUNTDOWN.valid("unknown countdown").path(DH + "/countdowns/{unknown}/advance")
                        .expect(404, "DAGGERHEART_COUNTDOWN_NOT_FOUND", "countdown_id"),

                // POST …/resolve-trigger and DELETE: no body
                Case.of("POST", DH + "/countdowns/{cd}/resolve-trigger", "a countdown that has not triggered")
                        .expect(409, "DAGGERHEART_COUNTDOWN_TRIGGER_NOT_PENDING", null),
                Case.of("POST", DH + "/countdowns/{unknown}/resolve-trigger", "unknown countdown")
                        .expect(404, "DAGGERHEART_COUNTDOWN_NOT_FOUND", "countdown_id"),
                Case.of("DELETE", DH + "/countdowns/{unknown}", "unknown countdown")
                        .expect(404, "DAGGERHEART_COUNTDOWN_NOT_FOUND", "countdown_id"),
                Case.of("GET", DH + "/countdowns/{unknown}", "unknown countdown")
                        .expect(404, "DAGGERHEART_COUNTDOWN_NOT_FOUND", "countdown_id"),
                Case.of("GET", DH + "/countdowns/" + BAD_ID, "malformed countdown id")
                        .expect(400, "ID_INVALID", "countdown_id"));
    }

    /** Daggerheart character progress, field by field: temporary armor, loadout swaps, death moves, level-ups. */
    static Stream<Case> characterProgress() {
        return Stream.of(
                // POST …/characters/{id}/temporary-armor (Leather: 3 Armor Slots)
                TEMPORARY_ARMOR.with("missing source", "{\"duration\": \"scene\", \"amount\": 1}")
                        .expect(400, "VALUE_REQUIRED", "source"),
                TEMPORARY_ARMOR.with("a source that is no code", """
                        {"source": "Shield Spell!", "duration": "scene", "amount": 1}""")
                        .expect(400, "CODE_INVALID", "source"),
                TEMPORARY_ARMOR.with("missing duration", "{\"source\": \"rally\", \"amount\": 1}")
                        .expect(400, "VALUE_REQUIRED", "duration"),
                TEMPORARY_ARMOR.with("unknown duration", """
                        {"source": "rally", "duration": "forever", "amount": 1}""")
                        .expect(400, "WRONG_TYPE", "duration"),
                TEMPORARY_ARMOR.with("zero slots", """
                        {"source": "rally", "duration": "scene", "amount": 0}""")
                        .expect(400, "VALUE_OUT_OF_RANGE", "amount"),
                TEMPORARY_ARMOR.with("13 slots", """
                        {"source": "rally", "duration": "scene", "amount": 13}""")
                        .expect(400, "VALUE_OUT_OF_RANGE", "amount"),
                TEMPORARY_ARMOR.with("an Armor Score past 12", """
                        {"source": "rally", "duration": "scene", "amount": 10}""")
                        .expect(422, "DAGGERHEART_ARMOR_SCORE_OVER_MAX", "amount"),
                TEMPORARY_ARMOR.valid("character without a sheet").path(DH + "/characters/{bare}/temporary-armor")
                        .expect(404, "DAGGERHEART_CHARACTER_SHEET_NOT_FOUND", null),

                // POST …/characters/{id}/loadout/swap
                LOADOUT_SWAP.with("missing card_id", "{\"to\": \"vault\"}").expect(400, "VALUE_REQUIRED", "card_id"),
                LOADOUT_SWAP.with("a malformed card_id", "{\"card_id\": \"bad id!\", \"to\": \"vault\"}")
                        .expect(400, "ID_INVALID", "card_id"),
                LOADOUT_SWAP.with("missing to", "{\"card_id\": \"bone-untouchable\"}")
                        .expect(400, "VALUE_REQUIRED", "to"),
                LOADOUT_SWAP.with("unknown place", "{\"card_id\": \"bone-untouchable\", \"to\": \"hand\"}")
                        .expect(400, "WRONG_TYPE", "to"),
                LOADOUT_SWAP.with("a card the character does not hold", """
                        {"card_id": "blade-whirlwind", "to": "loadout"}""")
                        .expect(409, "DAGGERHEART_CARD_NOT_HELD", "card_id"),
                LOADOUT_SWAP.with("a card already in the loadout", """
                        {"card_id": "bone-untouchable", "to": "loadout"}""")
                        .expect(422, "DAGGERHEART_CARD_ALREADY_THERE", "to"),

                // POST …/characters/{id}/death-move
                DEATH_MOVE.with("missing session_id", "{\"move\": \"avoid_death\"}")
                        .expect(400, "VALUE_REQUIRED", "session_id"),
                DEATH_MOVE.with("missing move", "{\"session_id\": \"{ps}\"}").expect(400, "VALUE_REQUIRED", "move"),
                DEATH_MOVE.with("unknown move", "{\"session_id\": \"{ps}\", \"move\": \"cheat_death\"}")
                        .expect(400, "WRONG_TYPE", "move"),
                DEATH_MOVE.with("dice for a Blaze of Glory", """
                        {"session_id": "{ps}", "move": "blaze_of_glory", "physical_results": [12]}""")
                        .expect(400, "VALUE_OUT_OF_RANGE", "physical_results"),
                DEATH_MOVE.with("a die above 12", """
                        {"session_id": "{ps}", "move": "avoid_death", "physical_results": [13]}""")
                        .expect(400, "VALUE_OUT_OF_RANGE", "physical_results[0]"),
                DEATH_MOVE.with("Risk It All one die short", """
                        {"session_id": "{ps}", "move": "risk_it_all", "physical_results": [9]}""")
                        .expect(400, "VALUE_OUT_OF_RANGE", "physical_results"),
                DEATH_MOVE.with("clear_hp above 12", """
                        {"session_id": "{ps}", "move": "risk_it_all", "clear_hp": 13}""")
                        .expect(400, "VALUE_OUT_OF_RANGE", "clear_hp"),
                DEATH_MOVE.with("clear_stress for Avoid Death", """
                        {"session_id": "{ps}", "move": "avoid_death", "clear_stress": 1}""")
                        .expect(400, "VALUE_OUT_OF_RANGE", "clear_stress"),
                DEATH_MOVE.with("unknown session", """
                        {"session_id": "{unknown}", "move": "avoid_death", "physical_results": [12]}""")
                        .expect(404, "SESSION_NOT_FOUND", "session_id"),
                DEATH_MOVE.valid("a character who has not fallen").path(PLAY + "/characters/{pch}/death-move")
                        .expect(409, "DAGGERHEART_CHARACTER_NOT_FALLEN", "character_id"),

                // POST …/characters/{id}/level-up (between sessions)
                LEVEL_UP.with("missing advancements", """
                        {"new_experience": "Archery", "domain_card": {"card_id": "bone-2", "name": "Bone Two",
                         "domain": "bone", "level": 2, "recall_cost": 1, "type": "ability"}}""")
                        .expect(400, "VALUE_REQUIRED", "advancements"),
                LEVEL_UP.with("[null] advancements", """
                        {"new_experience": "Archery", "advancements": [null]}""")
                        .expect(400, "VALUE_REQUIRED", "advancements[0]"),
                LEVEL_UP.with("unknown advancement", """
                        {"new_experience": "Archery", "advancements": [{"option": "flight"}]}""")
                        .expect(400, "WRONG_TYPE", "advancements[0].option"),
                LEVEL_UP.with("an advancement without its option", """
                        {"new_experience": "Archery", "advancements": [{"tier": 2}]}""")
                        .expect(400, "VALUE_REQUIRED", "advancements[0].option"),
                LEVEL_UP.with("unknown field in an advancement", """
                        {"new_experience": "Archery", "advancements": [{"option": "hp_slot", "bonus": 1}]}""")
                        .expect(400, "UNKNOWN_FIELD", "advancements[0].bonus"),
                LEVEL_UP.with("a multiclass without its domain", """
                        {"new_experience": "Archery", "advancements": [{"option": "multiclass",
                         "multiclass": {"character_class": "rogue", "subclass": "nightwalker"}}]}""")
                        .expect(400, "VALUE_REQUIRED", "advancements[0].multiclass.domain"),
                LEVEL_UP.with("missing domain_card", """
                        {"new_experience": "Archery", "advancements": [{"option": "hp_slot"},
                         {"option": "stress_slot"}]}""")
                        .expect(400, "VALUE_REQUIRED", "domain_card"),
                LEVEL_UP.with("recall cost above 4", """
                        {"new_experience": "Archery", "advancements": [{"option": "hp_slot"},
                         {"option": "stress_slot"}], "domain_card": {"card_id": "bone-2", "name": "Bone Two",
                         "domain": "bone", "level": 2, "recall_cost": 5, "type": "ability"}}""")
                        .expect(400, "DAGGERHEART_RECALL_COST_OUT_OF_RANGE", "domain_card.recall_cost"),
                LEVEL_UP.with("one trait for the trait advancement", """
                        {"new_experience": "Archery", "advancements": [{"option": "traits", "traits": ["agility"]},
                         {"option": "hp_slot"}], "domain_card": {"card_id": "bone-2", "name": "Bone Two",
                         "domain": "bone", "level": 2, "recall_cost": 1, "type": "ability"}}""")
                        .expect(400, "DAGGERHEART_ADVANCEMENT_CHOICE_INVALID", "advancements[0].traits"),
                LEVEL_UP.with("one pick", """
                        {"new_experience": "Archery", "advancements": [{"option": "hp_slot"}],
                         "domain_card": {"card_id": "bone-2", "name": "Bone Two", "domain": "bone", "level": 2,
                                         "recall_cost": 1, "type": "ability"}}""")
                        .expect(422, "DAGGERHEART_ADVANCEMENT_PICKS_INVALID", "advancements"),
                LEVEL_UP.with("Proficiency in tier 2", """
                        {"new_experience": "Archery", "advancements": [{"option": "proficiency"}],
                         "domain_card": {"card_id": "bone-2", "name": "Bone Two", "domain": "bone", "level": 2,
                                         "recall_cost": 1, "type": "ability"}}""")
                        .expect(422, "DAGGERHEART_ADVANCEMENT_UNAVAILABLE", "advancements[0]"),
                LEVEL_UP.with("no new Experience at level 2", """
                        {"advancements": [{"option": "hp_slot"}, {"option": "stress_slot"}],
                         "domain_card": {"card_id": "bone-2", "name": "Bone Two", "domain": "bone", "level": 2,
                                         "recall_cost": 1, "type": "ability"}}""")
                        .expect(422, "DAGGERHEART_TIER_EXPERIENCE_INVALID", "new_experience"),
                LEVEL_UP.with("a card above the new level", """
                        {"new_experience": "Archery", "advancements": [{"option": "hp_slot"},
                         {"option": "stress_slot"}], "domain_card": {"card_id": "bone-3", "name": "Bone Three",
                         "domain": "bone", "level": 3, "recall_cost": 1, "type": "ability"}}""")
                        .expect(422, "DAGGERHEART_CARD_LEVEL_TOO_HIGH", "domain_card"),
                LEVEL_UP.valid("no level-up granted").path(DH + "/characters/{ch}/level-up")
                        .expect(422, "DAGGERHEART_LEVEL_UP_NOT_GRANTED", "character_id"),
                LEVEL_UP.valid("during a session").path(PLAY + "/characters/{pch}/level-up")
                        .expect(409, "SESSION_ACTIVE", null),

                // POST …/characters/{id}/level-up/grant and …/scene/end: no body
                Case.of("POST", DH + "/characters/{ch}/level-up/grant", "a grant before creation is complete")
                        .expect(422, "DAGGERHEART_CHARACTER_CREATION_INCOMPLETE", "character_id"),
                Case.of("POST", DH + "/characters/{lvl}/level-up/grant", "a second grant")
                        .expect(409, "DAGGERHEART_LEVEL_UP_ALREADY_GRANTED", "character_id"),
                Case.of("POST", DH + "/characters/{bare}/level-up/grant", "a grant to a character without a sheet")
                        .expect(404, "DAGGERHEART_CHARACTER_SHEET_NOT_FOUND", null),
                Case.of("POST", PLAY + "/characters/{pch}/level-up/grant", "a grant during a session")
                        .expect(409, "SESSION_ACTIVE", null),
                Case.of("POST", CAMPAIGNS + "/{unknown}/daggerheart/scene/end", "the scene of an unknown campaign")
                        .expect(404, "CAMPAIGN_NOT_FOUND", null));
    }

    /** Reads: query parameters, path ids, unknown ids and headers. */
    static Stream<Case> reads() {
        return Stream.of(
                Case.of("GET", CAMPAIGNS + "?limit=0", "limit below 1").expect(400, "VALUE_OUT_OF_RANGE", "limit"),
                Case.of("GET", CAMPAIGNS + "?limit=201", "limit above 200").expect(400, "VALUE_OUT_OF_RANGE", "limit"),
                Case.of("GET", CAMPAIGNS + "?limit=abc", "limit not a number")
                        .expect(400, "PARAMETER_INVALID", "limit"),
                Case.of("GET", CAMPAIGNS + "?limit=99999999999", "limit beyond int")
                        .expect(400, "PARAMETER_INVALID", "limit"),
                Case.of("GET", CAMPAIGNS + "/" + BAD_ID, "malformed campaign id")
                        .expect(400, "ID_INVALID", "campaign_id"),
                Case.of("GET", CAMPAIGNS + "/" + "x".repeat(65), "65-character campaign id")
                        .expect(400, "ID_INVALID", "campaign_id"),
                Case.of("GET", CAMPAIGNS + "/{unknown}", "unknown campaign").expect(404, "CAMPAIGN_NOT_FOUND", null),
                Case.of("GET", CAMPAIGNS + "/{unknown}/participants", "participants of an unknown campaign")
                        .expect(404, "CAMPAIGN_NOT_FOUND", null),
                Case.of("GET", CAMPAIGNS + "/{unknown}/characters", "characters of an unknown campaign")
                        .expect(404, "CAMPAIGN_NOT_FOUND", null),
                Case.of("GET", CAMPAIGNS + "/{c}/participants/{unknown}", "unknown participant")
                        .expect(404, "PARTICIPANT_NOT_FOUND", null),
                Case.of("GET", CAMPAIGNS + "/{c}/participants/" + BAD_ID, "malformed participant id")
                        .expect(400, "ID_INVALID", "participant_id"),
                Case.of("GET", CAMPAIGNS + "/{c}/characters/{unknown}", "unknown character")
                        .expect(404, "CHARACTER_NOT_FOUND", null),
                Case.of("GET", CAMPAIGNS + "/{c}/characters/" + BAD_ID, "malformed character id")
                        .expect(400, "ID_INVALID", "character_id"),
                Case.of("GET", CAMPAIGNS + "/{c}/daggerheart/characters/{bare}", "character without a sheet")
                        .expect(404, "DAGGERHEART_CHARACTER_SHEET_NOT_FOUND", null),
                Case.of("GET", CAMPAIGNS + "/{c}", "a malformed X-Correlation-Id").header("X-Correlation-Id", "a/b")
                        .expect(400, "HEADER_INVALID", "X-Correlation-Id"),
                Case.of("GET", CAMPAIGNS + "/{c}", "Accept: text/html").header("Accept", "text/html")
                        .expect(406, "NOT_ACCEPTABLE", null),
                // sessions, gates and the timeline (issue 3)
                Case.of("GET", CAMPAIGNS + "/{c}/sessions/{unknown}", "unknown session")
                        .expect(404, "SESSION_NOT_FOUND", null),
                Case.of("GET", CAMPAIGNS + "/{c}/sessions/{unknown}/gates", "gates of an unknown session")
                        .expect(404, "SESSION_NOT_FOUND", null),
                Case.of("GET", CAMPAIGNS + "/{c}/sessions/{unknown}/gates/{unknown}", "unknown gate")
                        .expect(404, "GATE_NOT_FOUND", null),
                Case.of("GET", CAMPAIGNS + "/{c}/timeline?limit=0", "timeline limit below 1")
                        .expect(400, "VALUE_OUT_OF_RANGE", "limit"),
                Case.of("GET", CAMPAIGNS + "/{c}/timeline?after_seq=-1", "negative after_seq")
                        .expect(400, "VALUE_OUT_OF_RANGE", "after_seq"),
                Case.of("GET", CAMPAIGNS + "/{c}/timeline?after_seq=-4294967296", "after_seq of -2^32")
                        .expect(400, "VALUE_OUT_OF_RANGE", "after_seq"),
                Case.of("GET", CAMPAIGNS + "/{c}/timeline?after_seq=abc", "after_seq not a number")
                        .expect(400, "PARAMETER_INVALID", "after_seq"),
                Case.of("GET", CAMPAIGNS + "/{unknown}/timeline", "timeline of an unknown campaign")
                        .expect(404, "CAMPAIGN_NOT_FOUND", null));
    }

    /**
     * Strict JSON: a string is never read as a number or a boolean, a fraction never as a whole number, whatever the
     * endpoint (docs/api.md, "Input").
     */
    static Stream<Case> noCoercion() {
        String rolls = PLAY.replace("/daggerheart", "") + "/sessions/{ps}/rolls";
        return Stream.of(
                Case.of("POST", rolls, "a string for a dice count")
                        .body("{\"dice\": [{\"count\": \"2\", \"sides\": 6}]}")
                        .expect(400, "WRONG_TYPE", "dice[0].count"),
                Case.of("POST", rolls, "a fraction for a dice count")
                        .body("{\"dice\": [{\"count\": 2.7, \"sides\": 6}]}")
                        .expect(400, "WRONG_TYPE", "dice[0].count"),
                Case.of("POST", rolls, "a string for the modifier")
                        .body("{\"dice\": [{\"count\": 2, \"sides\": 6}], \"modifier\": \"5\"}")
                        .expect(400, "WRONG_TYPE", "modifier"),
                Case.of("POST", rolls, "an empty string for the modifier")
                        .body("{\"dice\": [{\"count\": 2, \"sides\": 6}], \"modifier\": \"\"}")
                        .expect(400, "WRONG_TYPE", "modifier"),
                Case.of("POST", rolls, "a boolean for a dice count")
                        .body("{\"dice\": [{\"count\": true, \"sides\": 6}]}")
                        .expect(400, "WRONG_TYPE", "dice[0].count"),
                Case.of("POST", PLAY.replace("/daggerheart", "") + "/sessions/{ps}/rolls/99/outcome",
                                "a string for requires_complication")
                        .body("{\"requires_complication\": \"true\"}").header("Idempotency-Key", "outcome-coerced")
                        .expect(400, "WRONG_TYPE", "requires_complication"),
                ACTION_ROLL.with("a string for the modifier", """
                        {"character_id": "{pch}", "modifier": "5", "physical_results": [9, 4]}""")
                        .expect(400, "WRONG_TYPE", "modifier"),
                SET_FEAR.with("a string for before", "{\"before\": \"1\", \"after\": 2}")
                        .expect(400, "WRONG_TYPE", "before"),
                CREATE_ADVERSARY.with("a string for a damage dice count", statBlock("\"count\": 1", "\"count\": \"1\""))
                        .expect(400, "WRONG_TYPE", "standard_attack.damage.count"),
                CREATE_ADVERSARY.with("a fraction for a damage dice count", statBlock("\"count\": 1", "\"count\": 1.5"))
                        .expect(400, "WRONG_TYPE", "standard_attack.damage.count"),
                UPDATE_SETTINGS.with("a string for massive_damage", "{\"massive_damage\": \"true\"}")
                        .expect(400, "WRONG_TYPE", "massive_damage"),
                UPDATE_SETTINGS.with("a number for massive_damage", "{\"massive_damage\": 1}")
                        .expect(400, "WRONG_TYPE", "massive_damage"));
    }

    /**
     * Query strings the servlet container cannot decode, and values PostgreSQL cannot store: refused naming the
     * parameter, never a 500 (a broken escape such as {@code %zz}, which no HTTP client sends, is in
     * MalformedRequestIT).
     */
    static Stream<Case> queryStrings() {
        return Stream.of(
                Case.of("DELETE", CAMPAIGNS + "/{c}/participants/{p}?reason=%ff", "reason not UTF-8")
                        .expect(400, "PARAMETER_INVALID", "reason"),
                Case.of("GET", CAMPAIGNS + "/{c}/timeline?after_seq=%ff", "after_seq not UTF-8")
                        .expect(400, "PARAMETER_INVALID", "after_seq"),
                Case.of("GET", CAMPAIGNS + "?after=%ff", "after not UTF-8").expect(400, "PARAMETER_INVALID", "after"),
                Case.of("GET", CAMPAIGNS + "?after=%ff", "after not UTF-8, as the admin")
                        .header("Authorization", "Bearer " + DualityIntegrationTest.ADMIN_TOKEN)
                        .expect(400, "PARAMETER_INVALID", "after"),
                Case.of("GET", CAMPAIGNS + "?after=%00", "a NUL in after, as the admin")
                        .header("Authorization", "Bearer " + DualityIntegrationTest.ADMIN_TOKEN)
                        .expect(400, "ID_INVALID", "after"),
                Case.of("GET", CAMPAIGNS + "?after=a%00b", "a NUL in after").expect(400, "ID_INVALID", "after"),
                Case.of("GET", CAMPAIGNS + "?limit=5&%ff=1", "a parameter name not UTF-8")
                        .expect(400, "PARAMETER_INVALID", "%ff"));
    }

    /** Routes and methods the API does not have. */
    static Stream<Case> routes() {
        return Stream.of(
                Case.of("GET", "/api/v1/nowhere", "unknown route").expect(404, "ROUTE_NOT_FOUND", null),
                Case.of("GET", "/", "root").expect(404, "ROUTE_NOT_FOUND", null),
                Case.of("GET", CAMPAIGNS + "/{c}/", "trailing slash").expect(404, "ROUTE_NOT_FOUND", null),
                Case.of("GET", "/api/v1/nowhere", "unknown route with a malformed X-Correlation-Id")
                        .header("X-Correlation-Id", "bad id!").expect(404, "ROUTE_NOT_FOUND", null),
                Case.of("PUT", CAMPAIGNS, "PUT on the collection").body("{}").expectHeader("Allow", "POST")
                        .expect(405, "METHOD_NOT_ALLOWED", null),
                Case.of("DELETE", CAMPAIGNS + "/{c}", "DELETE a campaign").expectHeader("Allow", "PATCH")
                        .expect(405, "METHOD_NOT_ALLOWED", null),
                Case.of("POST", CAMPAIGNS + "/{c}", "POST on a campaign").body("{}").expectHeader("Allow", "GET")
                        .expect(405, "METHOD_NOT_ALLOWED", null),
                Case.of("GET", CAMPAIGNS + "/{c}/end", "GET a lifecycle action").expectHeader("Allow", "POST")
                        .expect(405, "METHOD_NOT_ALLOWED", null),
                // characters are changed with PATCH (issue 3), never replaced
                Case.of("PUT", CAMPAIGNS + "/{c}/characters/{ch}", "PUT a character").body("{}")
                        .expectHeader("Allow", "PATCH").expect(405, "METHOD_NOT_ALLOWED", null),
                CREATE_CAMPAIGN.valid("415 names what it accepts").contentType("application/xml")
                        .expectHeader("Accept", "application/json").expect(415, "UNSUPPORTED_MEDIA_TYPE", null));
    }

    /** Who is calling: no token, a bad one, or a participant's token on another campaign. */
    static Stream<Case> authentication() {
        return Stream.of(
                Case.of("GET", "/api/v1/nowhere", "unknown route without a token").header("Authorization", NO_TOKEN)
                        .expect(401, "AUTH_TOKEN_MISSING", "Authorization"),
                Case.of("GET", CAMPAIGNS + "/{c}", "a read without a token").header("Authorization", NO_TOKEN)
                        .expect(401, "AUTH_TOKEN_MISSING", "Authorization"),
                Case.of("GET", CAMPAIGNS, "the campaign list without a token").header("Authorization", NO_TOKEN)
                        .expect(401, "AUTH_TOKEN_MISSING", "Authorization"),
                JOIN.valid("a change without a token").header("Authorization", NO_TOKEN)
                        .expect(401, "AUTH_TOKEN_MISSING", "Authorization"),
                JOIN.valid("an unknown token").header("Authorization", "Bearer dpt_no-such-token")
                        .expect(401, "AUTH_TOKEN_INVALID", "Authorization"),
                JOIN.valid("a malformed token").header("Authorization", "Bearer not a token!")
                        .expect(401, "AUTH_TOKEN_INVALID", "Authorization"),
                JOIN.valid("Basic instead of Bearer").header("Authorization", "Basic bW9yZ2FuOnB3")
                        .expect(401, "AUTH_TOKEN_INVALID", "Authorization"),
                CREATE_CAMPAIGN.valid("an unknown token on a public endpoint")
                        .header("Authorization", "Bearer dpt_no-such-token")
                        .expect(401, "AUTH_TOKEN_INVALID", "Authorization"),
                Case.of("GET", CAMPAIGNS + "/{unknown}", "the owner's token on an unknown campaign")
                        .header("Authorization", "Bearer {token}").expect(403, "AUTHZ_DENY_NOT_A_MEMBER", null),
                UPDATE_CAMPAIGN.valid("the owner's token on an unknown campaign").path(CAMPAIGNS + "/{unknown}")
                        .header("Authorization", "Bearer {token}").expect(403, "AUTHZ_DENY_NOT_A_MEMBER", null),
                Case.of("GET", CAMPAIGNS + "/" + BAD_ID, "the owner's token on a malformed campaign id")
                        .header("Authorization", "Bearer {token}").expect(403, "AUTHZ_DENY_NOT_A_MEMBER", null),
                Case.of("GET", "/admin/v1/campaigns", "the owner's token on an admin endpoint")
                        .header("Authorization", "Bearer {token}").expect(403, "AUTHZ_DENY_ADMIN_ONLY", null));
    }

    /**
     * Daggerheart adversaries, field by field: stat blocks (parts their type has not, values out of range named by
     * their nested field), damage with minions in range, attacks, and damage from an attack roll.
     */
    static Stream<Case> adversaries() {
        return Stream.of(
                // POST …/sessions/{id}/adversaries
                CREATE_ADVERSARY.with("missing name", statBlock("\"name\": \"Jagged Knife Bandit\", ", ""))
                        .expect(400, "VALUE_REQUIRED", "name"),
                CREATE_ADVERSARY.with("string for tier", statBlock("\"tier\": 1", "\"tier\": \"one\""))
                        .expect(400, "WRONG_TYPE", "tier"),
                CREATE_ADVERSARY.with("decimal tier", statBlock("\"tier\": 1", "\"tier\": 1.5"))
                        .expect(400, "WRONG_TYPE", "tier"),
                CREATE_ADVERSARY.with("tier 5", statBlock("\"tier\": 1", "\"tier\": 5"))
                        .expect(400, "VALUE_OUT_OF_RANGE", "tier"),
                CREATE_ADVERSARY.with("unknown type", statBlock("\"standard\"", "\"boss\""))
                        .expect(400, "WRONG_TYPE", "type"),
                CREATE_ADVERSARY.with("Difficulty 0", statBlock("\"difficulty\": 12", "\"difficulty\": 0"))
                        .expect(400, "DAGGERHEART_DIFFICULTY_OUT_OF_RANGE", "difficulty"),
                CREATE_ADVERSARY.with("a standard adversary without thresholds",
                                statBlock("\"thresholds\": {\"major\": 8, \"severe\": 14}, ", ""))
                        .expect(400, "VALUE_REQUIRED", "thresholds"),
                CREATE_ADVERSARY.with("Severe not above Major", statBlock("\"severe\": 14", "\"severe\": 8"))
                        .expect(400, "DAGGERHEART_THRESHOLDS_INVALID", "thresholds.severe"),
                CREATE_ADVERSARY.with("missing Severe", statBlock(", \"severe\": 14", ""))
                        .expect(400, "VALUE_REQUIRED", "thresholds.severe"),
                CREATE_ADVERSARY.with("a minion with thresholds", statBlock("\"standard\"", "\"minion\"")
                                .replace("\"hp_max\": 5", "\"hp_max\": 1"))
                        .expect(400, "DAGGERHEART_STAT_BLOCK_INVALID", "thresholds"),
                CREATE_ADVERSARY.with("a minion with 2 HP", lackey("\"hp_max\": 1", "\"hp_max\": 2"))
                        .expect(400, "DAGGERHEART_STAT_BLOCK_INVALID", "hp_max"),
                CREATE_ADVERSARY.with("a minion without its value", lackey("\"minion_value\": 3, ", ""))
                        .expect(400, "VALUE_REQUIRED", "minion_value"),
                CREATE_ADVERSARY.with("a minion value for a standard adversary",
                                statBlock("\"tier\": 1", "\"tier\": 1, \"minion_value\": 3"))
                        .expect(400, "DAGGERHEART_STAT_BLOCK_INVALID", "minion_value"),
                CREATE_ADVERSARY.with("a horde without its parts", statBlock("\"standard\"", "\"horde\""))
                        .expect(400, "VALUE_REQUIRED", "horde"),
                CREATE_ADVERSARY.with("a horde of 11 per HP", statBlock("\"standard\"", "\"horde\"")
                                .replace("\"tier\": 1", "\"tier\": 1, \"horde\": {\"creatures_per_hp\": 11, "
                                        + "\"reduced_damage\": {\"count\": 1, \"sides\": 4, \"bonus\": 2}}"))
                        .expect(400, "VALUE_OUT_OF_RANGE", "horde.creatures_per_hp"),
                CREATE_ADVERSARY.with("13 HP", statBlock("\"hp_max\": 5", "\"hp_max\": 13"))
                        .expect(400, "DAGGERHEART_HP_OUT_OF_RANGE", "hp_max"),
                CREATE_ADVERSARY.with("no Stress slot", statBlock("\"stress_max\": 3", "\"stress_max\": 0"))
                        .expect(400, "DAGGERHEART_STRESS_OUT_OF_RANGE", "stress_max"),
                CREATE_ADVERSARY.with("ATK +21", statBlock("\"attack_modifier\": 1", "\"attack_modifier\": 21"))
                        .expect(400, "DAGGERHEART_MODIFIER_OUT_OF_RANGE", "attack_modifier"),
                CREATE_ADVERSARY.with("missing standard attack", """
                        {"name": "Bandit", "tier": 1, "type": "standard", "difficulty": 12,
                         "thresholds": {"major": 8, "severe": 14}, "hp_max": 5, "stress_max": 3,
                         "attack_modifier": 1}""").expect(400, "VALUE_REQUIRED", "standard_attack"),
                CREATE_ADVERSARY.with("a d7", statBlock("\"sides\": 8", "\"sides\": 7"))
                        .expect(400, "VALUE_OUT_OF_RANGE", "standard_attack.damage.sides"),
                CREATE_ADVERSARY.with("dice without sides", statBlock(", \"sides\": 8", ""))
                        .expect(400, "VALUE_REQUIRED", "standard_attack.damage.sides"),
                CREATE_ADVERSARY.with("unknown range", statBlock("\"melee\"", "\"touch\""))
                        .expect(400, "WRONG_TYPE", "standard_attack.range"),
                CREATE_ADVERSARY.with("no damage type", statBlock("[\"physical\"]", "[]"))
                        .expect(400, "DAGGERHEART_DAMAGE_TYPE_REQUIRED", "standard_attack.damage_types"),
                CREATE_ADVERSARY.with("unknown nested field", statBlock("\"range\": \"melee\"",
                                "\"range\": \"melee\", \"reach\": 2"))
                        .expect(400, "UNKNOWN_FIELD", "standard_attack.reach"),
                CREATE_ADVERSARY.with("[null] features", statBlock("\"tier\": 1", "\"tier\": 1, \"features\": [null]"))
                        .expect(400, "VALUE_REQUIRED", "features[0]"),
                CREATE_ADVERSARY.with("a feature without kind", statBlock("\"tier\": 1",
                                "\"tier\": 1, \"features\": [{\"name\": \"Climber\", \"text\": \"Climbs.\"}]"))
                        .expect(400, "VALUE_REQUIRED", "features[0].kind"),
                CREATE_ADVERSARY.with("an Experience at +11", statBlock("\"modifier\": 2", "\"modifier\": 11"))
                        .expect(400, "DAGGERHEART_MODIFIER_OUT_OF_RANGE", "experiences[0].modifier"),
                CREATE_ADVERSARY.valid("unknown session").path(PLAY + "/sessions/{unknown}/adversaries")
                        .expect(404, "SESSION_NOT_FOUND", "session_id"),
                CREATE_ADVERSARY.valid("before any session").path(DH + "/sessions/{unknown}/adversaries")
                        .expect(404, "SESSION_NOT_FOUND", "session_id"),

                // PATCH …/adversaries/{id}
                UPDATE_ADVERSARY.with("nothing changes", "{}").expect(422, "DAGGERHEART_STATE_UNCHANGED", null),
                UPDATE_ADVERSARY.with("a stale before", "{\"hp_marked\": 2, \"before\": {\"hp_marked\": 3}}")
                        .expect(409, "DAGGERHEART_STATE_BEFORE_MISMATCH", "before.hp_marked"),
                UPDATE_ADVERSARY.with("more HP marked than slots", "{\"hp_marked\": 6}")
                        .expect(400, "DAGGERHEART_HP_OUT_OF_RANGE", "hp_marked"),
                UPDATE_ADVERSARY.with("a stat block out of range",
                                "{\"stat_block\": " + statBlock("\"tier\": 1", "\"tier\": 0") + "}")
                        .expect(400, "VALUE_OUT_OF_RANGE", "stat_block.tier"),
                UPDATE_ADVERSARY.with("a stat block's nested part out of range",
                                "{\"stat_block\": " + statBlock("\"sides\": 8", "\"sides\": 9") + "}")
                        .expect(400, "VALUE_OUT_OF_RANGE", "stat_block.standard_attack.damage.sides"),
                UPDATE_ADVERSARY.valid("unknown adversary").path(ADVERSARIES + "/{unknown}")
                        .expect(404, "DAGGERHEART_ADVERSARY_NOT_FOUND", null),
                UPDATE_ADVERSARY.valid("malformed adversary id").path(ADVERSARIES + "/" + BAD_ID)
                        .expect(400, "ID_INVALID", "adversary_id"),

                // POST …/adversaries/{id}/damage
                ADVERSARY_DAMAGE.with("missing amount", "{\"damage_types\": [\"physical\"]}")
                        .expect(400, "VALUE_REQUIRED", "amount"),
                ADVERSARY_DAMAGE.with("negative amount", "{\"amount\": -1, \"damage_types\": [\"physical\"]}")
                        .expect(400, "VALUE_OUT_OF_RANGE", "amount"),
                ADVERSARY_DAMAGE.with("missing damage_types", "{\"amount\": 3}")
                        .expect(400, "VALUE_REQUIRED", "damage_types"),
                ADVERSARY_DAMAGE.with("no damage type", "{\"amount\": 3, \"damage_types\": []}")
                        .expect(400, "DAGGERHEART_DAMAGE_TYPE_REQUIRED", "damage_types"),
                ADVERSARY_DAMAGE.with("minions in range for damage to a standard adversary", """
                        {"amount": 6, "damage_types": ["physical"], "minions_in_range": ["{pmin}"]}""")
                        .expect(422, "DAGGERHEART_NOT_A_MINION", "minions_in_range"),
                ADVERSARY_DAMAGE.with("[null] minions in range", """
                        {"amount": 6, "damage_types": ["physical"], "minions_in_range": [null]}""")
                        .path(ADVERSARIES + "/{pmin}/damage").expect(400, "VALUE_REQUIRED", "minions_in_range[0]"),
                ADVERSARY_DAMAGE.with("a malformed minion id", """
                        {"amount": 6, "damage_types": ["physical"], "minions_in_range": ["bad id!"]}""")
                        .path(ADVERSARIES + "/{pmin}/damage").expect(400, "ID_INVALID", "minions_in_range[0]"),
                ADVERSARY_DAMAGE.with("an unknown minion in range", """
                        {"amount": 6, "damage_types": ["physical"], "minions_in_range": ["{unknown}"]}""")
                        .path(ADVERSARIES + "/{pmin}/damage")
                        .expect(404, "DAGGERHEART_ADVERSARY_NOT_FOUND", "minions_in_range[0]"),
                ADVERSARY_DAMAGE.with("a standard adversary as a minion in range", """
                        {"amount": 6, "damage_types": ["physical"], "minions_in_range": ["{padv}"]}""")
                        .path(ADVERSARIES + "/{pmin}/damage")
                        .expect(422, "DAGGERHEART_NOT_A_MINION", "minions_in_range[0]"),
                ADVERSARY_DAMAGE.with("the minion damaged, in range too", """
                        {"amount": 6, "damage_types": ["physical"], "minions_in_range": ["{pmin}"]}""")
                        .path(ADVERSARIES + "/{pmin}/damage")
                        .expect(400, "DAGGERHEART_TARGET_DUPLICATE", "minions_in_range[0]"),
                ADVERSARY_DAMAGE.with("a defeated minion in range", """
                        {"amount": 6, "damage_types": ["physical"], "minions_in_range": ["{pdead}"]}""")
                        .path(ADVERSARIES + "/{pmin}/damage")
                        .expect(409, "DAGGERHEART_ADVERSARY_DEFEATED", "minions_in_range[0]"),
                ADVERSARY_DAMAGE.valid("a defeated adversary").path(ADVERSARIES + "/{pdead}/damage")
                        .expect(409, "DAGGERHEART_ADVERSARY_DEFEATED", "adversary_id"),
                ADVERSARY_DAMAGE.valid("unknown adversary").path(ADVERSARIES + "/{unknown}/damage")
                        .expect(404, "DAGGERHEART_ADVERSARY_NOT_FOUND", "adversary_id"),

                // PUT …/adversaries/{id}/conditions
                ADVERSARY_CONDITIONS.with("a duration: an adversary's conditions last until removed", """
                        {"conditions": ["hidden"], "lasting": {"hidden": "scene"}}""")
                        .expect(400, "VALUE_OUT_OF_RANGE", "lasting"),
                ADVERSARY_CONDITIONS.with("a condition twice", "{\"conditions\": [\"hidden\", \"hidden\"]}")
                        .expect(400, "DAGGERHEART_CONDITION_DUPLICATE", "conditions"),
                ADVERSARY_CONDITIONS.with("unknown condition", "{\"conditions\": [\"cursed\"]}")
                        .expect(400, "WRONG_TYPE", "conditions[0]"),
                ADVERSARY_CONDITIONS.with("nothing changes", "{\"conditions\": []}")
                        .expect(422, "DAGGERHEART_CONDITION_UNCHANGED", "conditions"),

                // POST …/adversaries/{id}/attacks
                ADVERSARY_ATTACK.with("missing targets", "{\"physical_results\": [12, 4]}")
                        .expect(400, "VALUE_REQUIRED", "targets"),
                ADVERSARY_ATTACK.with("no target", "{\"targets\": [], \"physical_results\": [12, 4]}")
                        .expect(400, "VALUE_OUT_OF_RANGE", "targets"),
                ADVERSARY_ATTACK.with("a target twice", """
                        {"targets": [{"character_id": "{pch}"}, {"character_id": "{pch}"}],
                         "physical_results": [12, 4]}""").expect(400, "DAGGERHEART_TARGET_DUPLICATE", "targets[1]"),
                ADVERSARY_ATTACK.with("a target without character_id", """
                        {"targets": [{}], "physical_results": [12, 4]}""")
                        .expect(400, "VALUE_REQUIRED", "targets[0].character_id"),
                ADVERSARY_ATTACK.with("an unknown target", """
                        {"targets": [{"character_id": "{unknown}"}], "physical_results": [12, 4]}""")
                        .expect(404, "CHARACTER_NOT_FOUND", "targets[0]"),
                ADVERSARY_ATTACK.with("a deleted target", """
                        {"targets": [{"character_id": "{pdel}"}], "physical_results": [12, 4]}""")
                        .expect(409, "CHARACTER_DELETED", "targets[0]"),
                ADVERSARY_ATTACK.with("a d20 of 21", """
                        {"targets": [{"character_id": "{pch}"}], "physical_results": [21, 4]}""")
                        .expect(400, "VALUE_OUT_OF_RANGE", "physical_results[0]"),
                ADVERSARY_ATTACK.with("the damage die missing", """
                        {"targets": [{"character_id": "{pch}"}], "physical_results": [12]}""")
                        .expect(400, "VALUE_OUT_OF_RANGE", "physical_results"),
                ADVERSARY_ATTACK.valid("a defeated attacker").path(ADVERSARIES + "/{pdead}/attacks")
                        .body("{\"targets\": [{\"character_id\": \"{pch}\"}], \"physical_results\": [12]}")
                        .expect(409, "DAGGERHEART_ADVERSARY_DEFEATED", "adversary_id"),

                // damage to a character from an attack roll
                DAMAGE.with("an amount with the attack roll", "{\"attack_roll_seq\": {pmiss}, \"amount\": 3}")
                        .expect(400, "DAGGERHEART_ATTACK_DAMAGE_GIVEN", "amount"),
                DAMAGE.with("an unknown attack roll", "{\"attack_roll_seq\": 99}")
                        .expect(404, "DAGGERHEART_ATTACK_NOT_FOUND", "attack_roll_seq"),
                DAMAGE.with("an attack roll that missed", "{\"attack_roll_seq\": {pmiss}}")
                        .expect(422, "DAGGERHEART_ATTACK_MISSED", "attack_roll_seq"),
                DAMAGE.with("string for attack_roll_seq", "{\"attack_roll_seq\": \"four\"}")
                        .expect(400, "WRONG_TYPE", "attack_roll_seq"),
                PARTY_DAMAGE.with("damage types with the attack roll", """
                        {"targets": [{"character_id": "{pch}"}], "attack_roll_seq": {pmiss},
                         "damage_types": ["physical"]}""")
                        .expect(400, "DAGGERHEART_ATTACK_DAMAGE_GIVEN", "damage_types"),
                PARTY_DAMAGE.with("an attack roll that missed", """
                        {"targets": [{"character_id": "{pch}"}], "attack_roll_seq": {pmiss}}""")
                        .expect(422, "DAGGERHEART_ATTACK_MISSED", "attack_roll_seq"),

                // reads
                Case.of("GET", ADVERSARIES + "/{unknown}", "unknown adversary")
                        .expect(404, "DAGGERHEART_ADVERSARY_NOT_FOUND", "adversary_id"),
                Case.of("GET", PLAY + "/sessions/{unknown}/adversaries/{padv}/attacks",
                                "attacks of an adversary of another session")
                        .expect(404, "DAGGERHEART_ADVERSARY_NOT_FOUND", "adversary_id"));
    }

    /**
     * Rests, field by field: the request's shape, the table's dice (d4s), ids, and the rest's rules; refusals of a
     * step after the Fear was rolled and gained (an unknown countdown, a card the character does not hold) name the
     * request's field and leave nothing behind.
     */
    static Stream<Case> rests() {
        return Stream.of(
                REST.with("missing type", "{\"party\": [{\"character_id\": \"{pch}\"}]}")
                        .expect(400, "VALUE_REQUIRED", "type"),
                REST.with("unknown type", "{\"type\": \"nap\", \"party\": [{\"character_id\": \"{pch}\"}]}")
                        .expect(400, "WRONG_TYPE", "type"),
                REST.with("string for interrupted", """
                        {"type": "short", "interrupted": "yes", "party": [{"character_id": "{pch}"}]}""")
                        .expect(400, "WRONG_TYPE", "interrupted"),
                REST.with("missing party", "{\"type\": \"short\"}").expect(400, "VALUE_REQUIRED", "party"),
                REST.with("no one resting", "{\"type\": \"short\", \"party\": []}")
                        .expect(400, "VALUE_OUT_OF_RANGE", "party"),
                REST.with("[null] party", "{\"type\": \"short\", \"party\": [null]}")
                        .expect(400, "VALUE_REQUIRED", "party[0]"),
                REST.with("a resting character without character_id", """
                        {"type": "short", "party": [{"moves": [{"move": "prepare"}]}]}""")
                        .expect(400, "VALUE_REQUIRED", "party[0].character_id"),
                REST.with("a malformed character_id", """
                        {"type": "short", "party": [{"character_id": "bad id!"}]}""")
                        .expect(400, "ID_INVALID", "party[0].character_id"),
                REST.with("a character twice", """
                        {"type": "short", "party": [{"character_id": "{pch}"}, {"character_id": "{pch}"}]}""")
                        .expect(400, "DAGGERHEART_TARGET_DUPLICATE", "party[1]"),
                REST.with("an unknown character", """
                        {"type": "short", "party": [{"character_id": "{unknown}"}]}""")
                        .expect(404, "CHARACTER_NOT_FOUND", "party[0]"),
                REST.with("a deleted character beside a live one", """
                        {"type": "short", "party": [{"character_id": "{pch}"}, {"character_id": "{pdel}"}]}""")
                        .expect(409, "CHARACTER_DELETED", "party[1]"),
                REST.with("unknown move", """
                        {"type": "short", "party": [{"character_id": "{pch}", "moves": [{"move": "nap"}]}]}""")
                        .expect(400, "WRONG_TYPE", "party[0].moves[0].move"),
                REST.with("[null] moves", """
                        {"type": "short", "party": [{"character_id": "{pch}", "moves": [null]}]}""")
                        .expect(400, "VALUE_REQUIRED", "party[0].moves[0]"),
                REST.with("a move without its move", """
                        {"type": "short", "party": [{"character_id": "{pch}", "moves": [{"die": 2}]}]}""")
                        .expect(400, "VALUE_REQUIRED", "party[0].moves[0].move"),
                REST.with("unknown field in a move", """
                        {"type": "short", "party": [{"character_id": "{pch}", "moves": [{"move": "prepare",
                         "bonus": 1}]}]}""").expect(400, "UNKNOWN_FIELD", "party[0].moves[0].bonus"),
                REST.with("four moves", """
                        {"type": "short", "party": [{"character_id": "{pch}", "moves": [{"move": "prepare"},
                         {"move": "prepare"}, {"move": "prepare"}, {"move": "prepare"}]}]}""")
                        .expect(400, "VALUE_OUT_OF_RANGE", "party[0].moves"),
                REST.with("a d4 of 5", """
                        {"type": "short", "party": [{"character_id": "{pch}", "moves": [
                          {"move": "clear_stress", "die": 5}]}]}""")
                        .expect(400, "DAGGERHEART_DIE_OUT_OF_RANGE", "party[0].moves[0].die"),
                REST.with("string for die", """
                        {"type": "short", "party": [{"character_id": "{pch}", "moves": [
                          {"move": "clear_stress", "die": "three"}]}]}""")
                        .expect(400, "WRONG_TYPE", "party[0].moves[0].die"),
                REST.with("a Fear d4 of 0", """
                        {"type": "short", "fear_die": 0, "party": [{"character_id": "{pch}"}]}""")
                        .expect(400, "DAGGERHEART_DIE_OUT_OF_RANGE", "fear_die"),
                REST.with("decimal fear_die", """
                        {"type": "short", "fear_die": 2.5, "party": [{"character_id": "{pch}"}]}""")
                        .expect(400, "WRONG_TYPE", "fear_die"),
                REST.with("a malformed target", """
                        {"type": "short", "party": [{"character_id": "{pch}", "moves": [
                          {"move": "tend_to_wounds", "target": "bad id!"}]}]}""")
                        .expect(400, "ID_INVALID", "party[0].moves[0].target"),
                REST.with("a malformed project", """
                        {"type": "long", "party": [{"character_id": "{pch}", "moves": [
                          {"move": "work_on_a_project", "project": "bad id!"}]}]}""")
                        .expect(400, "ID_INVALID", "party[0].moves[0].project"),
                REST.with("a malformed long_term_countdown_id", """
                        {"type": "long", "long_term_countdown_id": "bad id!", "party": [{"character_id": "{pch}"}]}""")
                        .expect(400, "ID_INVALID", "long_term_countdown_id"),
                REST.with("a swap without card_id", """
                        {"type": "short", "party": [{"character_id": "{pch}", "swaps": [{"to": "vault"}]}]}""")
                        .expect(400, "VALUE_REQUIRED", "party[0].swaps[0].card_id"),
                REST.with("a swap to an unknown place", """
                        {"type": "short", "party": [{"character_id": "{pch}", "swaps": [
                          {"card_id": "bone-untouchable", "to": "hand"}]}]}""")
                        .expect(400, "WRONG_TYPE", "party[0].swaps[0].to"),
                // the rest's rules
                REST.with("a die on a long rest", """
                        {"type": "long", "party": [{"character_id": "{pch}", "moves": [
                          {"move": "tend_to_wounds", "die": 2}]}]}""")
                        .expect(400, "VALUE_OUT_OF_RANGE", "party[0].moves[0].die"),
                REST.with("a project without its countdown", """
                        {"type": "long", "party": [{"character_id": "{pch}", "moves": [
                          {"move": "work_on_a_project"}]}]}""")
                        .expect(400, "VALUE_REQUIRED", "party[0].moves[0].project"),
                REST.with("a project on a short rest", """
                        {"type": "short", "party": [{"character_id": "{pch}", "moves": [
                          {"move": "work_on_a_project", "project": "forge"}]}]}""")
                        .expect(422, "DAGGERHEART_REST_TOO_SHORT", "party[0].moves[0].move"),
                REST.with("moves on an interrupted short rest", """
                        {"type": "short", "interrupted": true, "party": [{"character_id": "{pch}", "moves": [
                          {"move": "prepare"}]}]}""")
                        .expect(422, "DAGGERHEART_REST_TOO_SHORT", "party[0].moves"),
                REST.with("Fear from an interrupted short rest", """
                        {"type": "short", "interrupted": true, "fear_die": 2, "party": [{"character_id": "{pch}"}]}""")
                        .expect(400, "VALUE_OUT_OF_RANGE", "fear_die"),
                REST.with("a long-term countdown on a short rest", """
                        {"type": "short", "long_term_countdown_id": "war", "party": [{"character_id": "{pch}"}]}""")
                        .expect(422, "DAGGERHEART_REST_TOO_SHORT", "long_term_countdown_id"),
                REST.with("tending a character who is not resting", """
                        {"type": "short", "party": [{"character_id": "{pch}", "moves": [
                          {"move": "tend_to_wounds", "target": "{pfall}"}]}]}""")
                        .expect(422, "DAGGERHEART_MOVE_TARGET_INVALID", "party[0].moves[0].target"),
                REST.with("preparing together alone", """
                        {"type": "short", "party": [{"character_id": "{pch}", "moves": [
                          {"move": "prepare", "together": true}]}]}""")
                        .expect(422, "DAGGERHEART_PREPARE_ALONE", "party[0].moves[0].together"),
                // refused steps: the Fear was rolled and gained first, and rolls back with the rest
                REST.with("an unknown project", """
                        {"type": "long", "party": [{"character_id": "{pch}", "moves": [{"move": "prepare"},
                          {"move": "work_on_a_project", "project": "{unknown}"}]}]}""")
                        .expect(404, "DAGGERHEART_COUNTDOWN_NOT_FOUND", "party[0].moves[1].project"),
                REST.with("an unknown long-term countdown", """
                        {"type": "long", "long_term_countdown_id": "{unknown}",
                         "party": [{"character_id": "{pch}"}]}""")
                        .expect(404, "DAGGERHEART_COUNTDOWN_NOT_FOUND", "long_term_countdown_id"),
                REST.with("a swap of a card the character does not hold", """
                        {"type": "short", "party": [{"character_id": "{pch}", "swaps": [
                          {"card_id": "bone-untouchable", "to": "vault"}, {"card_id": "blade-whirlwind",
                           "to": "loadout"}]}]}""")
                        .expect(409, "DAGGERHEART_CARD_NOT_HELD", "party[0].swaps[1].card_id"),
                REST.with("a swap to where the card is", """
                        {"type": "short", "party": [{"character_id": "{pch}", "swaps": [
                          {"card_id": "sage-gifted-tracker", "to": "loadout"}]}]}""")
                        .expect(422, "DAGGERHEART_CARD_ALREADY_THERE", "party[0].swaps[0].to"),
                // the path
                REST.valid("unknown session").path(PLAY + "/sessions/{unknown}/rests")
                        .expect(404, "SESSION_NOT_FOUND", "session_id"),
                REST.valid("malformed session id").path(PLAY + "/sessions/" + BAD_ID + "/rests")
                        .expect(400, "ID_INVALID", "session_id"),
                REST.valid("a character of another campaign").path(DH + "/sessions/{ps}/rests")
                        .expect(404, "CHARACTER_NOT_FOUND", "party[0]"));
    }

    static Stream<Case> undo() {
        return Stream.of(
                UNDO.with("truncated JSON", "{\"event_id\": ").expect(400, "MALFORMED_JSON", null),
                UNDO.with("an empty body", "").expect(400, "BODY_REQUIRED", null),
                UNDO.with("an unknown field", "{\"bogus\": 1}").expect(400, "UNKNOWN_FIELD", "bogus"),
                UNDO.with("missing event_id", "{}").expect(400, "VALUE_REQUIRED", "event_id"),
                UNDO.with("number for event_id", "{\"event_id\": 7}").expect(400, "WRONG_TYPE", "event_id"),
                UNDO.with("malformed event_id", "{\"event_id\": \"not an id\"}")
                        .expect(400, "ID_INVALID", "event_id"),
                UNDO.valid("an event the campaign does not hold")
                        .expect(404, "DAGGERHEART_DECISION_NOT_FOUND", "event_id"));
    }

    /** The Bandit's stat block with one piece of its JSON replaced. */
    private static String statBlock(String piece, String replacement) {
        assertThat(Api.JAGGED_KNIFE_BANDIT).contains(piece);
        return Api.JAGGED_KNIFE_BANDIT.replaceFirst(java.util.regex.Pattern.quote(piece),
                java.util.regex.Matcher.quoteReplacement(replacement));
    }

    /** The Lackey's stat block with one piece of its JSON replaced. */
    private static String lackey(String piece, String replacement) {
        assertThat(Api.JAGGED_KNIFE_LACKEY).contains(piece);
        return Api.JAGGED_KNIFE_LACKEY.replaceFirst(java.util.regex.Pattern.quote(piece),
                java.util.regex.Matcher.quoteReplacement(replacement));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource({"everyJsonEndpoint", "fieldsAndRules", "daggerheart", "characterProgress", "adversaries", "rests",
            "undo", "reads", "routes", "authentication", "noCoercion", "queryStrings"})
    void refusesWithAProblemAndChangesNothing(Case refused) {
        String before = state();

        Api.Response response = send(refused, ids);

        assertProblem(response, refused.status(), refused.code(), refused.field());
        refused.expectHeaders().forEach((name, value) -> assertThat(response.header(name)).as(name).contains(value));
        assertThat(state()).as("journal and read models after a refused request").isEqualTo(before);
    }

    /** The control group: each endpoint's table body, Accept and envelope headers pass when nothing else is wrong. */
    @Test
    void theValidRequestsTheTablesVaryAreAccepted() {
        Map<String, String> fresh = fixture();
        Map<Endpoint, Api.Response> answers = new LinkedHashMap<>();
        for (Endpoint endpoint : JSON_ENDPOINTS) {
            // a key names one request: the same key on another endpoint is IDEMPOTENCY_KEY_REUSED (IdempotencyIT)
            Map<String, String> headers = Map.of("Accept", "application/json",
                    "X-Correlation-Id", "corr-" + UUID.randomUUID(), "Idempotency-Key", "key-" + UUID.randomUUID());
            Api.Response response = send(endpoint.valid("valid").headers(headers), fresh);
            answers.put(endpoint, response);
            assertThat(response.status()).as(endpoint + ": " + response.text()).isBetween(200, 201);
            assertThat(response.header("Content-Type")).startsWith("application/json");
        }
        Api freshOwner = api.as(fresh.get("{token}"));
        assertThat(freshOwner.get(CAMPAIGNS + "?limit=200").status()).isEqualTo(200);
        String joined = answers.get(JOIN).at("/participant_id");
        assertThat(freshOwner.delete(CAMPAIGNS + "/" + fresh.get("{c}") + "/participants/" + joined + "?reason=bye").status())
                .as("a participant without characters may leave").isEqualTo(204);
    }

    @Test
    void aProblemCarriesTheClientsCorrelationId() {
        Api.Response response = owner.send(HttpRequest.newBuilder(URI.create(api.url(CAMPAIGNS + "?limit=0"))).GET(),
                Map.of("X-Correlation-Id", "trace-42"));

        assertProblem(response, 400, "VALUE_OUT_OF_RANGE", "limit");
        JsonNode problem = response.json();
        assertThat(problem.path("correlation_id").asString()).isEqualTo("trace-42");
        assertThat(problem.path("type").asString()).isEqualTo("https://duality.dev/problems/value-out-of-range");
        assertThat(problem.path("instance").asString()).isEqualTo(CAMPAIGNS);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Assertions and plumbing

    static void assertProblem(Api.Response response, int status, String code, String field) {
        assertThat(response.status()).as(response.text()).isEqualTo(status).isNotEqualTo(500);
        assertThat(MediaType.parseMediaType(response.header("Content-Type")).equalsTypeAndSubtype(
                MediaType.APPLICATION_PROBLEM_JSON)).as("Content-Type " + response.header("Content-Type")).isTrue();
        JsonNode problem = response.json();
        assertThat(problem.path("code").asString()).as(response.text()).isEqualTo(code);
        assertThat(problem.path("title").asString()).isEqualTo(code);
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("detail").asString()).isNotBlank();
        if (field == null) {
            assertThat(problem.has("field")).as("no field expected in " + response.text()).isFalse();
        } else {
            assertThat(problem.path("field").asString()).as(response.text()).isEqualTo(field);
        }
    }

    private Api.Response send(Case c, Map<String, String> fixture) {
        Case concrete = c.build(fixture);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(api.url(concrete.path())))
                .method(concrete.method(), concrete.body() == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(concrete.body()));
        if (concrete.contentType() != null) {
            request.header("Content-Type", concrete.contentType());
        }
        Map<String, String> headers = new LinkedHashMap<>(concrete.headers());
        String authorization = headers.remove("Authorization");
        if (authorization == null) {
            return callerFor(concrete.path(), fixture).send(request, headers);
        }
        if (!authorization.equals(NO_TOKEN)) {
            headers.put("Authorization", authorization.replace("{token}", fixture.get("{token}")));
        }
        return api.send(request, headers);
    }

    /**
     * The fixture's owner on its own campaign and elsewhere, the play campaign's owner on theirs; the admin where the
     * path names another campaign.
     */
    private Api callerFor(String path, Map<String, String> fixture) {
        if (within(path, fixture.get("{pc}"))) {
            return api.as(fixture.get("{ptoken}"));
        }
        boolean otherCampaign = path.startsWith(CAMPAIGNS + "/") && !within(path, fixture.get("{c}"));
        return otherCampaign ? admin : api.as(fixture.get("{token}"));
    }

    private static boolean within(String path, String campaignId) {
        String campaign = CAMPAIGNS + "/" + campaignId;
        return path.equals(campaign) || path.startsWith(campaign + "/") || path.startsWith(campaign + "?");
    }

    /** All a refused request could have touched: the journal, the campaign list and the fixtures' read models. */
    /**
     * What a refused request must leave as it was: the journal's and the campaigns' counts, and a digest of every
     * read-model row of the fixture's two campaigns, each table's rows hashed in one query.
     */
    private String state() {
        return journalAndCampaigns() + "\n" + readModelDigest(ids.get("{c}"), ids.get("{pc}"));
    }

    /** One query on one connection kept for the class: the cases call it twice each, a thousand times. */
    private String journalAndCampaigns() {
        try {
            try (var statement = counts().createStatement();
                 ResultSet rows = statement.executeQuery("SELECT (SELECT count(*) FROM domain_event_entry), "
                         + "(SELECT count(*) FROM campaigns)")) {
                rows.next();
                return rows.getLong(1) + "/" + rows.getLong(2);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every read-model table with a campaign_id, each as the digest of the two campaigns' rows. */
    private String readModelDigest(String... campaigns) {
        try {
            if (digest == null) {
                List<String> tables = new ArrayList<>();
                try (var statement = counts().createStatement(); ResultSet rows = statement.executeQuery(
                        "SELECT table_name FROM information_schema.columns WHERE table_schema = current_schema() "
                                + "AND column_name = 'campaign_id' ORDER BY table_name")) {
                    while (rows.next()) {
                        tables.add(rows.getString(1));
                    }
                }
                digest = String.join(" UNION ALL ", tables.stream().map(table -> "SELECT '" + table + "', md5("
                        + "coalesce(string_agg(x::text, '|' ORDER BY x::text), '')) FROM " + table
                        + " x WHERE x.campaign_id::text IN (?, ?)").toList());
            }
            try (var statement = counts().prepareStatement(digest)) {
                int parameter = 1;
                while (parameter <= statement.getParameterMetaData().getParameterCount()) {
                    statement.setString(parameter, campaigns[(parameter - 1) % 2]);
                    parameter++;
                }
                StringBuilder state = new StringBuilder();
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        state.append(rows.getString(1)).append('=').append(rows.getString(2)).append('\n');
                    }
                }
                return state.toString();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private java.sql.Connection counts() throws SQLException {
        if (counts == null || counts.isClosed()) {
            TestDatabase.Connection db = TestDatabase.get();
            counts = DriverManager.getConnection(db.url(), db.username(), db.password());
        }
        return counts;
    }

    @AfterAll
    void closeCounts() throws SQLException {
        if (counts != null) {
            counts.close();
        }
    }

    /**
     * A Daggerheart campaign with its owner, a player owning a character with a sheet, a character without one, and a
     * countdown.
     */
    private Map<String, String> fixture() {
        Api.Response campaign = api.createCampaign("Bad input fixture");
        assertThat(campaign.status()).as(campaign.text()).isEqualTo(201);
        String c = campaign.at("/campaign_id");
        String base = CAMPAIGNS + "/" + c;
        String token = campaign.at("/access_token");
        Api api = this.api.as(token);
        Api.Response player = api.post(base + "/participants", "{\"name\": \"Robin\", \"role\": \"player\"}");
        assertThat(player.status()).as(player.text()).isEqualTo(201);
        String p = player.at("/participant_id");
        String ch = created(api.post(base + "/characters",
                "{\"name\": \"Sheeted\", \"kind\": \"pc\", \"owner_participant_id\": \"" + p + "\"}"), "/character_id");
        created(api.post(base + "/daggerheart/characters",
                "{\"character_id\": \"" + ch + "\", \"character_class\": \"bard\"}"), "/character_id");
        String owner = campaign.at("/owner_participant_id");
        String bare = created(api.post(base + "/characters",
                "{\"name\": \"Bare\", \"kind\": \"npc\", \"owner_participant_id\": \"" + owner + "\"}"),
                "/character_id");
        // a ready Ranger the GM granted level 2
        String lvl = created(api.post(base + "/characters",
                "{\"name\": \"Leveled\", \"kind\": \"pc\", \"owner_participant_id\": \"" + p + "\"}"),
                "/character_id");
        assertThat(api.readyDaggerheartCharacter(c, lvl).status()).isEqualTo(200);
        Api.Response granted = api.post(base + "/daggerheart/characters/" + lvl + "/level-up/grant", "");
        assertThat(granted.status()).as(granted.text()).isEqualTo(200);
        Map<String, String> ids = new HashMap<>();
        ids.put("{c}", c);
        ids.put("{lvl}", lvl);
        ids.put("{owner}", owner);
        ids.put("{p}", p);
        ids.put("{ch}", ch);
        ids.put("{bare}", bare);
        ids.put("{unknown}", "no-such-" + UUID.randomUUID());
        ids.put("{token}", token);
        // a countdown the GM prepared: 4 remaining
        ids.put("{cd}", created(api.post(base + "/daggerheart/countdowns", """
                {"name": "The ritual completes", "tone": "consequence", "policy": "action_dynamic",
                 "starting_value": 4}"""), "/countdown_id"));
        ids.putAll(playFixture());
        return ids;
    }

    /**
     * A Daggerheart campaign in its first session: its owner, a player whose character is ready to play (a Ranger
     * with Hope 2 and the Experiences Tracker and Forest lore), a deleted NPC, and a Duality roll whose outcome is
     * pending.
     */
    private Map<String, String> playFixture() {
        Api.Response campaign = api.createCampaign("Bad input play fixture");
        assertThat(campaign.status()).as(campaign.text()).isEqualTo(201);
        String c = campaign.at("/campaign_id");
        String base = CAMPAIGNS + "/" + c;
        Api owner = api.as(campaign.at("/access_token"));
        String p = created(owner.post(base + "/participants", "{\"name\": \"Sam\", \"role\": \"player\"}"),
                "/participant_id");
        String ch = created(owner.post(base + "/characters",
                "{\"name\": \"Marlowe\", \"kind\": \"pc\", \"owner_participant_id\": \"" + p + "\"}"),
                "/character_id");
        assertThat(owner.readyDaggerheartCharacter(c, ch).status()).isEqualTo(200);
        String deleted = created(owner.post(base + "/characters", "{\"name\": \"Gone\", \"kind\": \"npc\", "
                + "\"owner_participant_id\": \"" + campaign.at("/owner_participant_id") + "\"}"), "/character_id");
        assertThat(owner.delete(base + "/characters/" + deleted).status()).isEqualTo(204);
        // an NPC who falls in the session (NPCs don't count for the first session's Fear)
        String fallen = created(owner.post(base + "/characters", "{\"name\": \"Ferryman\", \"kind\": \"npc\", "
                + "\"owner_participant_id\": \"" + campaign.at("/owner_participant_id") + "\"}"), "/character_id");
        assertThat(owner.readyDaggerheartCharacter(c, fallen).status()).isEqualTo(200);
        String session = created(owner.post(base + "/sessions", "{\"name\": \"Play\"}"), "/session_id");
        Api.Response fell = owner.patch(base + "/daggerheart/characters/" + fallen + "/state", "{\"hp_marked\": 6}");
        assertThat(fell.status()).as(fell.text()).isEqualTo(200);
        Api.Response roll = owner.post(base + "/daggerheart/sessions/" + session + "/action-rolls", """
                {"character_id": "%s", "trait": "agility", "difficulty": 10, "physical_results": [9, 4]}"""
                .formatted(ch));
        assertThat(roll.status()).as(roll.text()).isEqualTo(201);
        // adversaries: a Bandit, a Lackey, a defeated Lackey, and the Bandit's attack roll that missed the character
        // (d20 2 + 1 = 3 against Evasion 12)
        String bandit = created(owner.daggerheartAdversary(c, session, Api.JAGGED_KNIFE_BANDIT), "/adversary_id");
        String lackey = created(owner.daggerheartAdversary(c, session, Api.JAGGED_KNIFE_LACKEY), "/adversary_id");
        String defeated = created(owner.daggerheartAdversary(c, session, Api.JAGGED_KNIFE_LACKEY), "/adversary_id");
        String adversaries = base + "/daggerheart/sessions/" + session + "/adversaries/";
        assertThat(owner.post(adversaries + defeated + "/damage", """
                {"amount": 1, "damage_types": ["physical"]}""").status()).isEqualTo(200);
        String missed = created(owner.post(adversaries + bandit + "/attacks", """
                {"targets": [{"character_id": "%s"}], "physical_results": [2, 1]}""".formatted(ch)), "/roll_seq");
        return Map.ofEntries(Map.entry("{pc}", c), Map.entry("{pch}", ch), Map.entry("{pdel}", deleted),
                Map.entry("{ps}", session), Map.entry("{roll}", String.valueOf(roll.json().at("/roll_seq").asLong())),
                Map.entry("{ptoken}", campaign.at("/access_token")), Map.entry("{pfall}", fallen),
                Map.entry("{padv}", bandit), Map.entry("{pmin}", lackey), Map.entry("{pdead}", defeated),
                Map.entry("{pmiss}", missed));
    }

    private static String created(Api.Response response, String pointer) {
        assertThat(response.status()).as(response.text()).isEqualTo(201);
        return response.at(pointer);
    }

    /**
     * An endpoint that reads a JSON body: one of its fields with two values of its type (strings unless given), and a
     * body it accepts.
     */
    record Endpoint(String method, String path, String stringField, String firstValue, String secondValue,
                    String validBody) {
        Endpoint(String method, String path, String stringField, String validBody) {
            this(method, path, stringField, "\"a\"", "\"b\"", validBody);
        }

        Case with(String what, String body) {
            return new Case(method, path, body, "application/json", Map.of(), what, 0, null, null, Map.of());
        }

        /** The accepted body, so that what the case changes elsewhere is the only thing wrong. */
        Case valid(String what) {
            return with(what, validBody);
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    /** One request and the problem it must get; ids in braces are filled in from a fixture when it is sent. */
    record Case(String method, String path, String body, String contentType, Map<String, String> headers, String what,
                int status, String code, String field, Map<String, String> expectHeaders) {
        static Case of(String method, String path, String what) {
            return new Case(method, path, null, null, Map.of(), what, 0, null, null, Map.of());
        }

        Case body(String json) {
            return new Case(method, path, json, "application/json", headers, what, status, code, field, expectHeaders);
        }

        Case path(String newPath) {
            return new Case(method, newPath, body, contentType, headers, what, status, code, field, expectHeaders);
        }

        Case contentType(String type) {
            return new Case(method, path, body, type, headers, what, status, code, field, expectHeaders);
        }

        Case header(String name, String value) {
            Map<String, String> more = new LinkedHashMap<>(headers);
            more.put(name, value);
            return headers(more);
        }

        Case headers(Map<String, String> all) {
            return new Case(method, path, body, contentType, Map.copyOf(all), what, status, code, field, expectHeaders);
        }

        Case expectHeader(String name, String contains) {
            return new Case(method, path, body, contentType, headers, what, status, code, field,
                    Map.of(name, contains));
        }

        Case expect(int httpStatus, String rejectionCode, String rejectedField) {
            return new Case(method, path, body, contentType, headers, what, httpStatus, rejectionCode, rejectedField,
                    expectHeaders);
        }

        /** This case with the fixture's ids in place of the placeholders. */
        Case build(Map<String, String> ids) {
            String concretePath = path;
            String concreteBody = body;
            for (Map.Entry<String, String> id : ids.entrySet()) {
                concretePath = concretePath.replace(id.getKey(), id.getValue());
                concreteBody = concreteBody == null ? null : concreteBody.replace(id.getKey(), id.getValue());
            }
            return new Case(method, concretePath, concreteBody, contentType, headers, what, status, code, field,
                    expectHeaders);
        }

        @Override
        public String toString() {
            return method + " " + path + " with " + what + " -> " + status + " " + code
                    + (field == null ? "" : " " + field);
        }
    }
}
