package dev.duality.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A Daggerheart table set up over the API: campaigns whose GM owns level-1 characters with complete sheets, and the
 * commands the scenarios send to them.
 */
final class Table {
    static final String PROFILE = """
            {"heritage": {"ancestry": "elf", "community": "wildborne"},
             "traits": {"agility": 2, "strength": -1, "finesse": 1, "instinct": 1, "presence": 0, "knowledge": 0},
             "equipment": {"armor": {"preset": "leather"}, "primary_weapon": "Shortbow"},
             "experiences": [{"name": "Tracker", "modifier": 2}, {"name": "Forest lore", "modifier": 2}],
             "domain_cards": [{"card_id": "bone-untouchable", "name": "Untouchable", "domain": "bone", "level": 1,
               "recall_cost": 1, "type": "ability"}, {"card_id": "sage-gifted-tracker", "name": "Gifted Tracker",
               "domain": "sage", "level": 1, "recall_cost": 0, "type": "ability"}],
             "description": "Quiet", "background": "Wardens of the wood", "connections": "A life debt"}""";
    /** 3 damage is below Leather's Major threshold (7): one HP marked per command. */
    static final String DAMAGE = "{\"amount\": 3, \"damage_types\": [\"physical\"], \"source\": \"bench\"}";
    static final String ONE = "{\"amount\": 1}";
    static final String RESET = "{\"hp_marked\": 0, \"stress_marked\": 0, \"hope\": 2, \"life_state\": \"alive\"}";

    /** A campaign and its GM's token. */
    record Campaign(String id, String gmToken, String gmId) {
        String dh() {
            return "/api/v1/campaigns/" + id + "/daggerheart";
        }
    }

    /** A character with a complete Daggerheart sheet. */
    record Character(Campaign campaign, String id) {
        String path() {
            return campaign.dh() + "/characters/" + id;
        }
    }

    private final Api api;

    Table(Api api) {
        this.api = api;
    }

    Campaign campaign(String name) {
        Api.Answer created = api.send("POST", "/api/v1/campaigns", null, """
                {"name": %s, "owner_name": "Morgan", "game_system": {"id": "daggerheart", "version": "1.0.0"}}"""
                .formatted(Api.quote(name))).require();
        return new Campaign(created.text("campaign_id"), created.text("access_token"),
                created.text("owner_participant_id"));
    }

    Character character(Campaign campaign, String name, String ownerId, String token) {
        String id = api.send("POST", "/api/v1/campaigns/" + campaign.id() + "/characters", token, """
                {"name": %s, "kind": "pc", "owner_participant_id": "%s"}""".formatted(Api.quote(name), ownerId))
                .require().text("character_id");
        api.send("POST", campaign.dh() + "/characters", token, """
                {"character_id": "%s", "character_class": "ranger", "subclass": "wayfinder"}""".formatted(id))
                .require();
        api.send("PATCH", campaign.dh() + "/characters/" + id + "/profile", token, PROFILE).require();
        return new Character(campaign, id);
    }

    /** {@code count} characters, {@code perCampaign} to a campaign, made by {@code clients} clients at once. */
    List<Character> characters(int count, int perCampaign, int clients) throws InterruptedException {
        int campaigns = (count + perCampaign - 1) / perCampaign;
        List<Character> all = java.util.Collections.synchronizedList(new ArrayList<>());
        Load.run(clients, campaigns, Double.MAX_VALUE, (client, n) -> {
            Campaign campaign = campaign("Bench table " + n);
            for (int i = 0; i < perCampaign && n * perCampaign + i < count; i++) {
                all.add(character(campaign, "Hero " + i, campaign.gmId(), campaign.gmToken()));
            }
            return true;
        });
        all.sort(java.util.Comparator.comparing(Character::id));
        return List.copyOf(all);
    }

    /** A campaign with a player and a character, in an active session, so its GM Fear exists (seeded to 1). */
    Campaign inSession(String name) {
        Campaign campaign = campaign(name);
        String base = "/api/v1/campaigns/" + campaign.id();
        String code = api.send("POST", base + "/invites", campaign.gmToken(), "{\"role\": \"player\"}").require()
                .text("code");
        Api.Answer seat = api.send("POST", base + "/invites/claim", null,
                "{\"code\": %s, \"name\": \"Riley\"}".formatted(Api.quote(code))).require();
        character(campaign, "Sable", seat.text("participant_id"), seat.text("access_token"));
        api.send("POST", base + "/sessions", campaign.gmToken(), "{\"name\": \"Bench night\"}").require();
        return campaign;
    }

    /** One damage command: 3 physical damage, one HP marked. */
    Api.Answer damage(Character character, String key) {
        return api.send("POST", character.path() + "/damage", character.campaign().gmToken(), DAMAGE, key);
    }

    /** Clears HP and Stress, sets Hope to 2 and brings a fallen character back, so the next commands have room. */
    Api.Answer reset(Character character, String key) {
        return api.send("PATCH", character.path() + "/state", character.campaign().gmToken(), RESET, key);
    }

    /**
     * One command of the S2 mix on {@code character}: damage, spend a Hope or mark a Stress. A command the rules
     * refuse (no Hope left, the character has fallen) resets the character's state instead. Answers whether a command
     * was accepted.
     */
    boolean mixed(Character character, String key) {
        String token = character.campaign().gmToken();
        Api.Answer answer = switch (ThreadLocalRandom.current().nextInt(3)) {
            case 0 -> damage(character, key);
            case 1 -> api.send("POST", character.path() + "/hope/spend", token, ONE, key);
            default -> api.send("POST", character.path() + "/stress/spend", token, ONE, key);
        };
        if (answer.ok()) {
            return true;
        }
        refusedByRules(answer);
        return reset(character, key == null ? null : key + "-reset").ok();
    }

    /**
     * A 409 or 422 is the rules saying no, and so is a gain past a pool's maximum (400, naming the amount); anything
     * else is a broken request or a failing service.
     */
    static void refusedByRules(Api.Answer answer) {
        boolean rules = answer.status() == 409 || answer.status() == 422
                || answer.status() == 400 && answer.text("code").endsWith("_OUT_OF_RANGE");
        if (!rules) {
            throw new IllegalStateException("HTTP " + answer.status() + ": " + answer.body());
        }
    }
}
