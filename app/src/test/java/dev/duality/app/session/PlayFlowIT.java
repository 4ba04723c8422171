package dev.duality.app.session;

import dev.duality.app.support.Api;
import dev.duality.app.support.DualityIntegrationTest;
import dev.duality.app.support.ServiceIntegrationTest;
import dev.duality.core.campaign.api.CampaignId;
import dev.duality.core.session.api.SessionId;
import dev.duality.core.session.api.SessionStreamId;
import dev.duality.core.dice.Dice;
import dev.duality.core.dice.DiceGroup;
import dev.duality.core.dice.DiceRoll;
import dev.duality.core.dice.DiceSpec;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static dev.duality.app.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Issue 3's whole flow through HTTP on the embedded database: a table is created, a player joins by invite, both get
 * characters with Daggerheart sheets, and a session is played (gate, spotlight, rolls and outcomes, a note) and read
 * back as the campaign timeline. Every step authenticates as the participant who would do it at a real table.
 */
@DualityIntegrationTest
class PlayFlowIT extends ServiceIntegrationTest {
    private static final String CAMPAIGNS = "/api/v1/campaigns";

    @Test
    void aTablePlaysAWholeSessionThroughHttp() {
        // --- a campaign, its owner (the GM) and a player who joins by invite
        Api.Response createdCampaign = created(anonymous.createCampaign("The Witherwild"));
        String c = createdCampaign.at("/campaign_id");
        String base = CAMPAIGNS + "/" + c;
        String ownerId = createdCampaign.at("/owner_participant_id");
        Api owner = anonymous.as(createdCampaign.at("/access_token"));

        Api.Response invite = created(owner.post(base + "/invites", "{\"role\": \"player\"}"));
        assertThat(invite.at("/role")).isEqualTo("player");
        assertThat(invite.at("/access")).isEqualTo("member");
        assertThat(invite.at("/code")).startsWith("dinv_");
        Api.Response claimed = created(anonymous.post(base + "/invites/claim", """
                {"code": "%s", "name": "Riley"}""".formatted(invite.at("/code"))));
        String playerId = claimed.at("/participant_id");
        assertThat(claimed.at("/campaign_id")).isEqualTo(c);
        assertThat(claimed.header("Location")).isEqualTo(base + "/participants/" + playerId);
        Api player = anonymous.as(claimed.at("/access_token"));
        assertProblem(anonymous.post(base + "/invites/claim", """
                {"code": "%s", "name": "Again"}""".formatted(invite.at("/code"))), 409, "INVITE_ALREADY_CLAIMED");

        JsonNode seat = player.get(base + "/participants/" + playerId).json();
        assertThat(seat.at("/name").asString()).isEqualTo("Riley");
        assertThat(seat.at("/role").asString()).isEqualTo("player");
        assertThat(seat.at("/access").asString()).isEqualTo("member");

        // the invite list is for owners and managers
        Api.Response invites = owner.get(base + "/invites");
        assertThat(invites.status()).as(invites.text()).isEqualTo(200);
        assertThat(invites.json().at("/items").valueStream().map(i -> tuple(i.at("/invite_id").asString(),
                i.at("/status").asString(), i.at("/claimed_by_participant_id").asString())))
                .containsExactly(tuple(invite.at("/invite_id"), "claimed", playerId));
        assertProblem(player.get(base + "/invites"), 403, "AUTHZ_DENY_REQUIRES_MANAGER");

        // --- characters: the player's own PC, the GM's NPC
        Api.Response pc = created(player.post(base + "/characters", """
                {"name": "Marlowe", "kind": "pc", "owner_participant_id": "%s"}""".formatted(playerId)));
        String pcId = pc.at("/character_id");
        assertThat(pc.at("/owner_participant_id")).isEqualTo(playerId);
        Api.Response npc = created(owner.post(base + "/characters", """
                {"name": "The Ferryman", "kind": "npc", "owner_participant_id": "%s"}""".formatted(ownerId)));
        String npcId = npc.at("/character_id");
        assertThat(npc.at("/kind")).isEqualTo("npc");
        assertThat(owner.readyDaggerheartCharacter(c, npcId).status()).isEqualTo(200);

        // --- the session cannot start while the PC has no sheet: every blocker is listed, nothing is written
        long before = journal.size();
        JsonNode notReady = assertProblem(owner.post(base + "/sessions", "{\"name\": \"Session one\"}"), 409,
                "SESSION_READINESS_CHARACTER_NOT_READY");
        assertThat(notReady.at("/blockers").valueStream().map(b -> tuple(b.at("/code").asString(),
                b.at("/character_id").asString(), b.at("/message").asString().isBlank())))
                .containsExactly(tuple("SESSION_READINESS_CHARACTER_NOT_READY", pcId, false),
                        tuple("DAGGERHEART_CHARACTER_SHEET_MISSING", pcId, false));
        assertThat(journal.size()).isEqualTo(before);
        assertThat(owner.get(base).at("/status")).isEqualTo("draft");
        assertThat(owner.get(base + "/sessions").json().at("/items").size()).isZero();
        assertProblem(owner.get(base + "/daggerheart/gm-fear"), 404, "DAGGERHEART_GM_STATE_NOT_FOUND");

        // the player gives their own character its sheet and completes its creation
        assertThat(player.readyDaggerheartCharacter(c, pcId).status()).isEqualTo(200);

        // --- start: the campaign becomes active and the GM's Fear is seeded with one per PC (the NPC does not count)
        Api.Response started = created(owner.post(base + "/sessions", "{\"name\": \"Session one\"}"));
        String s = started.at("/session_id");
        String session = base + "/sessions/" + s;
        assertThat(started.at("/status")).isEqualTo("active");
        assertThat(started.at("/name")).isEqualTo("Session one");
        assertThat(started.header("Location")).isEqualTo(session);
        assertThat(owner.get(base).at("/status")).isEqualTo("active");
        assertThat(player.get(base + "/sessions/active").at("/session_id")).isEqualTo(s);
        assertThat(player.get(base + "/daggerheart/gm-fear").json().at("/gm_fear").asInt()).isEqualTo(1);

        // --- the session lock: out-of-game changes wait for the session to end
        assertProblem(owner.patch(base, "{\"name\": \"Renamed mid-session\"}"), 409, "SESSION_ACTIVE");
        assertProblem(player.patch(base + "/characters/" + pcId, "{\"notes\": \"mid-session\"}"), 409,
                "SESSION_ACTIVE");
        assertThat(owner.get(base).at("/name")).isEqualTo("The Witherwild");

        // --- a gate: both answer, then the GM resolves it
        Api.Response opened = created(owner.post(session + "/gates", """
                {"gate_type": "vote", "reason": "Cross the river?", "eligible_participant_ids": ["%s", "%s"]}"""
                .formatted(ownerId, playerId)));
        String g = opened.at("/gate_id");
        String gate = session + "/gates/" + g;
        assertThat(opened.at("/status")).isEqualTo("open");
        assertThat(opened.at("/resolution_state")).isEqualTo("pending_responses");
        assertThat(opened.json().at("/eligible_participant_ids").valueStream().map(JsonNode::asString))
                .containsExactly(ownerId, playerId);

        Api.Response playerAnswer = player.post(gate + "/responses", "{\"decision\": \"yes\"}");
        assertThat(playerAnswer.status()).as(playerAnswer.text()).isEqualTo(200);
        assertThat(playerAnswer.at("/resolution_state")).isEqualTo("pending_responses");
        Api.Response ownerAnswer = owner.post(gate + "/responses", """
                {"decision": "yes", "response": "The ferry waits"}""");
        assertThat(ownerAnswer.status()).as(ownerAnswer.text()).isEqualTo(200);
        assertThat(ownerAnswer.at("/resolution_state")).isEqualTo("ready_to_resolve");
        assertThat(ownerAnswer.json().at("/responses").valueStream().map(r -> tuple(r.at("/participant_id").asString(),
                r.at("/decision").asString()))).containsExactlyInAnyOrder(tuple(playerId, "yes"), tuple(ownerId, "yes"));
        assertProblem(player.post(gate + "/responses", "{\"decision\": \"no\"}"), 409,
                "GATE_RESPONSE_ALREADY_RECORDED");

        // a roll waits for the open gate
        long beforeRefusedRoll = journal.size();
        assertProblem(player.post(session + "/rolls", "{\"dice\": [{\"count\": 2, \"sides\": 12}]}"), 409,
                "SESSION_GATE_OPEN");
        assertThat(journal.size()).isEqualTo(beforeRefusedRoll);

        Api.Response resolved = owner.post(gate + "/resolve", """
                {"decision": "cross", "resolution": "They wade across"}""");
        assertThat(resolved.status()).as(resolved.text()).isEqualTo(200);
        assertThat(resolved.at("/status")).isEqualTo("resolved");
        assertThat(resolved.at("/resolution_state")).isEqualTo("resolved");
        assertThat(resolved.at("/decision")).isEqualTo("cross");
        assertThat(player.get(session + "/gates").json().at("/items/0/status").asString()).isEqualTo("resolved");

        // --- the spotlight: on the PC, then cleared
        Api.Response spotlight = owner.put(session + "/spotlight", """
                {"type": "character", "character_id": "%s"}""".formatted(pcId));
        assertThat(spotlight.status()).as(spotlight.text()).isEqualTo(200);
        assertThat(spotlight.at("/spotlight/type")).isEqualTo("character");
        assertThat(spotlight.at("/spotlight/character_id")).isEqualTo(pcId);
        Api.Response cleared = owner.delete(session + "/spotlight?reason=scene_change");
        assertThat(cleared.status()).as(cleared.text()).isEqualTo(200);
        assertThat(cleared.json().at("/spotlight").isNull() || cleared.json().at("/spotlight").isMissingNode())
                .as(cleared.text()).isTrue();

        // --- a server roll: seeded, recorded and reproducible from its seed; total = sum of dice + modifier
        Api.Response serverRoll = created(player.post(session + "/rolls", """
                {"character_id": "%s", "label": "agility", "dice": [{"count": 2, "sides": 12}, {"count": 1, "sides": 6}],
                 "modifier": 2}""".formatted(pcId)));
        JsonNode roll = serverRoll.json();
        long serverSeq = roll.at("/roll_seq").asLong();
        assertThat(serverSeq).isEqualTo(1);
        assertThat(roll.at("/session_id").asString()).isEqualTo(s);
        assertThat(roll.at("/character_id").asString()).isEqualTo(pcId);
        assertThat(roll.at("/label").asString()).isEqualTo("agility");
        assertThat(roll.at("/mode").asString()).isEqualTo("server");
        assertThat(roll.at("/algorithm").asString()).isEqualTo(Dice.SPLITMIX64_V1);
        assertThat(roll.at("/seed").isString()).as("the seed is a string: 64 bits do not fit a JSON number").isTrue();
        assertThat(roll.at("/notation").asString()).isEqualTo("2d12+1d6+2");
        assertThat(roll.at("/modifier").asInt()).isEqualTo(2);
        List<int[]> dice = roll.at("/results").valueStream()
                .map(d -> new int[]{d.at("/sides").asInt(), d.at("/value").asInt()}).toList();
        assertThat(dice).extracting(d -> d[0]).containsExactly(12, 12, 6);
        assertThat(dice).allSatisfy(d -> assertThat(d[1]).isBetween(1, d[0]));
        int sum = dice.stream().mapToInt(d -> d[1]).sum();
        assertThat(roll.at("/total").asInt()).isEqualTo(sum + 2);
        DiceRoll again = Dice.roll(new DiceSpec(List.of(new DiceGroup(2, 12), new DiceGroup(1, 6)), 2),
                Long.parseUnsignedLong(roll.at("/seed").asString()));
        assertThat(again.results()).extracting(d -> d.value()).as("the recorded seed reproduces the dice")
                .containsExactlyElementsOf(dice.stream().map(d -> d[1]).toList());
        assertThat(again.total()).isEqualTo(roll.at("/total").asInt());

        // --- a physical roll: the table's own dice, marked as such, no seed
        Api.Response physicalRoll = created(player.post(session + "/rolls", """
                {"character_id": "%s", "label": "instinct", "dice": [{"count": 2, "sides": 12}], "modifier": 1,
                 "physical_results": [11, 4]}""".formatted(pcId)));
        long physicalSeq = physicalRoll.json().at("/roll_seq").asLong();
        // a hand-rolled value its die cannot show is refused, naming the request's own field
        assertProblem(player.post(session + "/rolls", """
                {"dice": [{"count": 2, "sides": 12}], "physical_results": [11, 13]}"""), 400, "VALUE_OUT_OF_RANGE",
                "physical_results[1]");
        assertThat(physicalSeq).isEqualTo(2);
        assertThat(physicalRoll.at("/mode")).isEqualTo("physical");
        assertThat(physicalRoll.json().at("/seed").isString()).as(physicalRoll.text()).isFalse();
        assertThat(physicalRoll.json().at("/algorithm").isString()).as(physicalRoll.text()).isFalse();
        assertThat(physicalRoll.json().at("/results").valueStream().map(d -> d.at("/value").asInt()))
                .containsExactly(11, 4);
        assertThat(physicalRoll.json().at("/total").asInt()).isEqualTo(16);

        // --- the server roll's outcome is applied once; a second apply, under another key, is refused
        Api.Response applied = owner.post(session + "/rolls/" + serverSeq + "/outcome", """
                {"targets": ["%s"], "requires_complication": false, "summary": "Marlowe leaps the gap"}"""
                .formatted(pcId), Map.of("Idempotency-Key", "outcome-first"));
        assertThat(applied.status()).as(applied.text()).isEqualTo(200);
        assertThat(applied.at("/status")).isEqualTo("applied");
        assertThat(applied.at("/request_id")).isEqualTo("outcome-first");
        assertThat(applied.json().at("/roll_seq").asLong()).isEqualTo(serverSeq);
        assertProblem(owner.post(session + "/rolls/" + serverSeq + "/outcome", """
                {"targets": ["%s"], "requires_complication": false, "summary": "Marlowe leaps the gap"}"""
                .formatted(pcId), Map.of("Idempotency-Key", "outcome-second")), 409, "OUTCOME_ALREADY_APPLIED");
        // play events go to the session's own stream
        String playStream = SessionStreamId.of(CampaignId.of(c), SessionId.of(s)).value();
        assertThat(journal.payloads(playStream, "action.outcome_applied")).singleElement()
                .satisfies(p -> assertThat(p.at("/roll_seq").asLong()).as(p.toString()).isEqualTo(serverSeq));
        assertThat(journal.metadata(playStream, "action.outcome_applied")).singleElement()
                .satisfies(m -> assertThat(m.at("/request_id").asString()).isEqualTo("outcome-first"));
        // only a GM applies outcomes
        assertProblem(player.post(session + "/rolls/" + physicalSeq + "/outcome", "{\"targets\": []}",
                Map.of("Idempotency-Key", "player-outcome")), 403, "AUTHZ_DENY_REQUIRES_GM");

        // an outcome needs a request id, and a roll that exists
        assertProblem(owner.post(session + "/rolls/" + physicalSeq + "/outcome", "{\"targets\": []}"), 400,
                "OUTCOME_REQUEST_ID_REQUIRED", "Idempotency-Key");
        assertProblem(owner.post(session + "/rolls/99/outcome", "{\"targets\": []}",
                Map.of("Idempotency-Key", "outcome-of-nothing")), 404, "ROLL_NOT_FOUND", "roll_seq");

        // --- the physical roll's outcome is rejected instead
        Api.Response rejected = owner.post(session + "/rolls/" + physicalSeq + "/outcome/reject", """
                {"reason_code": "table_veto", "message": "The table rewinds that moment"}""");
        assertThat(rejected.status()).as(rejected.text()).isEqualTo(200);
        assertThat(rejected.at("/status")).isEqualTo("rejected");
        assertThat(journal.count(playStream, "action.outcome_rejected")).isEqualTo(1);

        // --- a story note, then the end of the session
        Api.Response note = player.post(base + "/notes", """
                {"content": "Marlowe pockets a river stone", "character_id": "%s"}""".formatted(pcId));
        assertThat(note.status()).as(note.text()).isEqualTo(204);
        Api.Response ended = owner.post(session + "/end", "");
        assertThat(ended.status()).as(ended.text()).isEqualTo(200);
        assertThat(ended.at("/status")).isEqualTo("ended");
        // no active session: the code is a CONFLICT, so 409 (see the report on this read)
        assertProblem(player.get(base + "/sessions/active"), 404, "SESSION_NOT_FOUND");
        assertThat(owner.get(base).at("/status")).as("the campaign stays active between sessions")
                .isEqualTo("active");
        assertProblem(player.post(session + "/rolls", "{\"dice\": [{\"count\": 1, \"sides\": 20}]}"), 409,
                "SESSION_NOT_ACTIVE");
        // out of the session, the lock is lifted
        assertThat(owner.patch(base, "{\"theme_prompt\": \"After the river\"}").status()).isEqualTo(200);

        // --- the timeline: every step in order, with the participant who did it
        List<JsonNode> timeline = readTimeline(player, base, 200);
        assertThat(timeline).extracting(e -> tuple(e.at("/event_type").asString(), e.at("/actor_id").asString()))
                .containsExactly(
                        tuple("campaign.created", ownerId),
                        tuple("participant.joined", ownerId),
                        tuple("participant.token_issued", ownerId),
                        tuple("invite.created", ownerId),
                        tuple("invite.claimed", playerId),
                        tuple("participant.joined", playerId),
                        tuple("participant.token_issued", playerId),
                        tuple("character.created", playerId),
                        tuple("character.created", ownerId),
                        tuple("sys.daggerheart.character_created", ownerId),
                        tuple("sys.daggerheart.character_profile_updated", ownerId),
                        tuple("sys.daggerheart.character_created", playerId),
                        tuple("sys.daggerheart.character_profile_updated", playerId),
                        tuple("session.started", ownerId),
                        tuple("campaign.activated", ownerId),
                        tuple("sys.daggerheart.gm_fear_changed", ownerId),
                        tuple("session.gate_opened", ownerId),
                        tuple("session.gate_response_recorded", playerId),
                        tuple("session.gate_response_recorded", ownerId),
                        tuple("session.gate_resolved", ownerId),
                        tuple("session.spotlight_set", ownerId),
                        tuple("session.spotlight_cleared", ownerId),
                        tuple("action.roll_resolved", playerId),
                        tuple("action.roll_resolved", playerId),
                        tuple("action.outcome_applied", ownerId),
                        tuple("action.outcome_rejected", ownerId),
                        tuple("story.note_added", playerId),
                        tuple("session.ended", ownerId),
                        tuple("campaign.updated", ownerId));
        assertThat(timeline).extracting(e -> e.at("/seq").asLong())
                .containsExactlyElementsOf(java.util.stream.LongStream.rangeClosed(1, timeline.size()).boxed().toList());
        assertThat(timeline).allSatisfy(e -> {
            assertThat(e.at("/summary").asString()).as(e.toString()).isNotBlank();
            assertThat(e.at("/occurred_at").asString()).as(e.toString()).isNotBlank();
        });

        // paging by after_seq: contiguous pages that together are the whole timeline
        List<JsonNode> paged = new ArrayList<>();
        long after = 0;
        int pages = 0;
        while (true) {
            Api.Response page = owner.get(base + "/timeline?after_seq=" + after + "&limit=4");
            assertThat(page.status()).as(page.text()).isEqualTo(200);
            List<JsonNode> items = page.json().at("/items").valueStream().toList();
            pages++;
            if (!items.isEmpty()) {
                assertThat(items.get(0).at("/seq").asLong()).as("page after " + after).isEqualTo(after + 1);
            }
            paged.addAll(items);
            JsonNode next = page.json().at("/next_after_seq");
            if (!next.isNumber()) {
                assertThat(items.size()).as("only the last page is short").isLessThan(4);
                break;
            }
            assertThat(items).hasSize(4);
            assertThat(next.asLong()).isEqualTo(items.get(3).at("/seq").asLong());
            after = next.asLong();
            assertThat(pages).as("paging ends").isLessThan(100);
        }
        assertThat(paged).isEqualTo(timeline);
        assertThat(pages).isEqualTo(timeline.size() / 4 + 1);

        // --- members read the timeline; a participant of another campaign may not
        Api stranger = anonymous.as(created(anonymous.createCampaign("Elsewhere")).at("/access_token"));
        assertProblem(stranger.get(base + "/timeline"), 403, "AUTHZ_DENY_NOT_A_MEMBER");
        assertProblem(stranger.get(base + "/sessions"), 403, "AUTHZ_DENY_NOT_A_MEMBER");
        assertProblem(anonymous.get(base + "/timeline"), 401, "AUTH_TOKEN_MISSING");
    }

    @Test
    void charactersAreUpdatedTransferredAndSoftDeletedThroughHttp() {
        Api.Response createdCampaign = created(anonymous.createCampaign("Character keeping"));
        String base = CAMPAIGNS + "/" + createdCampaign.at("/campaign_id");
        String ownerId = createdCampaign.at("/owner_participant_id");
        Api owner = anonymous.as(createdCampaign.at("/access_token"));
        Api.Response invite = created(owner.post(base + "/invites", "{\"role\": \"player\"}"));
        Api.Response claimed = created(anonymous.post(base + "/invites/claim", """
                {"code": "%s", "name": "Sam"}""".formatted(invite.at("/code"))));
        String playerId = claimed.at("/participant_id");
        Api player = anonymous.as(claimed.at("/access_token"));

        String characterId = created(player.post(base + "/characters", """
                {"name": "Ash", "kind": "pc", "owner_participant_id": "%s", "notes": "quiet"}""".formatted(playerId)))
                .at("/character_id");
        String character = base + "/characters/" + characterId;
        // a member creates characters for themself only
        assertProblem(player.post(base + "/characters", """
                {"name": "Not mine", "kind": "npc", "owner_participant_id": "%s"}""".formatted(ownerId)), 403,
                "CHARACTER_OWNER_MUST_BE_SELF");

        // update: whitelisted fields, by the character's owner
        Api.Response updated = player.patch(character, "{\"name\": \"Ash the Bold\", \"notes\": \"louder now\"}");
        assertThat(updated.status()).as(updated.text()).isEqualTo(200);
        assertThat(updated.at("/name")).isEqualTo("Ash the Bold");
        assertThat(updated.at("/notes")).isEqualTo("louder now");
        assertThat(updated.at("/kind")).isEqualTo("pc");
        assertProblem(player.patch(character, "{\"owner_participant_id\": \"%s\"}".formatted(ownerId)), 400,
                "UNKNOWN_FIELD", "owner_participant_id");
        assertProblem(player.patch(character, "{}"), 422, "CHARACTER_UPDATE_EMPTY");

        // transfer: the campaign owner only
        assertProblem(player.post(character + "/transfer", """
                {"new_owner_participant_id": "%s"}""".formatted(ownerId)), 403, "AUTHZ_DENY_REQUIRES_OWNER");
        Api.Response transferred = owner.post(character + "/transfer", """
                {"new_owner_participant_id": "%s"}""".formatted(ownerId));
        assertThat(transferred.status()).as(transferred.text()).isEqualTo(200);
        assertThat(transferred.at("/owner_participant_id")).isEqualTo(ownerId);
        assertProblem(owner.post(character + "/transfer", """
                {"new_owner_participant_id": "%s"}""".formatted(ownerId)), 422, "CHARACTER_TRANSFER_SAME_OWNER");
        // the former owner no longer controls it
        assertProblem(player.patch(character, "{\"notes\": \"still mine?\"}"), 403,
                "AUTHZ_DENY_NOT_CHARACTER_CONTROLLER");
        assertProblem(player.delete(character), 403, "AUTHZ_DENY_NOT_CHARACTER_CONTROLLER");

        // soft delete: still listed and readable, marked deleted, and frozen
        assertThat(owner.delete(character + "?reason=retired").status()).isEqualTo(204);
        Api.Response read = player.get(character);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().at("/deleted").asBoolean()).isTrue();
        assertThat(read.at("/name")).isEqualTo("Ash the Bold");
        assertThat(player.get(base + "/characters").json().at("/items").valueStream()
                .map(i -> tuple(i.at("/character_id").asString(), i.at("/deleted").asBoolean())))
                .containsExactly(tuple(characterId, true));
        assertProblem(owner.patch(character, "{\"notes\": \"after death\"}"), 409, "CHARACTER_DELETED");
        assertProblem(owner.delete(character), 409, "CHARACTER_DELETED");
        // a deleted character gets no game-system sheet either
        assertProblem(owner.post(base + "/daggerheart/characters", """
                {"character_id": "%s", "character_class": "bard"}""".formatted(characterId)), 409,
                "CHARACTER_DELETED", "character_id");

        assertThat(journal.types(createdCampaign.at("/campaign_id"))).containsSubsequence(
                "character.created", "character.updated", "character.transferred", "character.deleted");
    }

    /** Every timeline entry, read with one large page. */
    private static List<JsonNode> readTimeline(Api api, String base, int limit) {
        Api.Response page = api.get(base + "/timeline?limit=" + limit);
        assertThat(page.status()).as(page.text()).isEqualTo(200);
        assertThat(page.json().at("/next_after_seq").isNumber()).as("one page holds the whole timeline").isFalse();
        return page.json().at("/items").valueStream().toList();
    }

    private static Api.Response created(Api.Response response) {
        assertThat(response.status()).as(response.text()).isEqualTo(201);
        return response;
    }
}
