package dev.duality.app.live;

import dev.duality.app.support.Api;
import dev.duality.app.support.DualityIntegrationTest;
import dev.duality.app.support.EventStream;
import dev.duality.app.support.EventStream.Event;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;

import static dev.duality.app.support.Problems.ok;
import static dev.duality.app.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Live updates, {@code GET …/events/stream}: the campaign timeline as Server-Sent Events. The shared context never
 * polls (see {@link DualityIntegrationTest}), so every live event here arrived through this node's notification that
 * the timeline applied it.
 */
@DualityIntegrationTest
class EventStreamIT {
    private static final String HIDDEN_COUNTDOWN = """
            {"countdown_id": "ambush", "name": "The ambush", "policy": "action_standard", "starting_value": 2}""";
    private static final String VISIBLE_COUNTDOWN = """
            {"countdown_id": "ritual", "name": "The ritual completes", "tone": "consequence",
             "policy": "action_dynamic", "starting_value": 4, "visible_to_players": true}""";

    @LocalServerPort
    int port;

    private Api anonymous;
    private String campaignId;
    private String campaign;
    private Api owner;
    private Api player;
    private String playerId;

    @BeforeEach
    void aTable() {
        anonymous = new Api(port);
        Api.Response created = ok(anonymous.createCampaign("Live table"), 201);
        campaignId = created.at("/campaign_id");
        campaign = "/api/v1/campaigns/" + campaignId;
        owner = anonymous.as(created.at("/access_token"));
        Api.Response claimed = ok(owner.invitePlayer(campaignId, "Sam"), 201);
        playerId = claimed.at("/participant_id");
        player = anonymous.as(claimed.at("/access_token"));
    }

    @Test
    void aStreamSendsTheHistoryThenEachNewEventAsItHappens() {
        List<JsonNode> history = timeline(owner, 0);
        assertThat(history).as("creation, the owner's and the player's seats and tokens, the invite")
                .hasSizeGreaterThan(4);

        try (EventStream stream = EventStream.open(owner, stream(""))) {
            assertThat(stream.status()).isEqualTo(200);
            assertThat(stream.header("Content-Type")).startsWith("text/event-stream");
            assertThat(stream.header("Cache-Control")).isEqualTo("no-store");
            List<Event> sent = stream.next(history.size());
            // each event is the timeline entry: id its seq, event its type, data the entry as GET …/timeline lists it
            for (int i = 0; i < history.size(); i++) {
                assertThat(sent.get(i).seq()).isEqualTo(history.get(i).path("seq").asLong()).isEqualTo(i + 1);
                assertThat(sent.get(i).type()).isEqualTo(history.get(i).path("event_type").asString());
                assertThat(sent.get(i).json()).isEqualTo(history.get(i));
            }

            ok(owner.patch(campaign, "{\"name\": \"The Witherwild\"}"), 200);
            Event renamed = stream.next();
            assertThat(renamed.seq()).isEqualTo(history.size() + 1);
            assertThat(renamed.type()).isEqualTo("campaign.updated");
            assertThat(renamed.json().path("summary").asString()).contains("name=The Witherwild");
            assertThat(renamed.json().propertyNames()).containsExactly("seq", "event_type", "actor_id",
                    "occurred_at", "summary", "event_id");

            ok(player.post(campaign + "/characters", """
                    {"name": "Marlowe", "kind": "pc", "owner_participant_id": "%s"}""".formatted(playerId)), 201);
            Event character = stream.next();
            assertThat(character.seq()).isEqualTo(history.size() + 2);
            assertThat(character.type()).isEqualTo("character.created");
            assertThat(character.json().path("actor_id").asString()).isEqualTo(playerId);
            assertThat(List.of(renamed.json(), character.json())).isEqualTo(timeline(owner, history.size()));
        }
    }

    @Test
    void playersNeverReceiveWhatOnlyGmsMaySee() {
        long head = last(timeline(owner, 0));
        try (EventStream gm = EventStream.open(owner, stream("?after_seq=" + head));
             EventStream admin = EventStream.open(anonymous.as(DualityIntegrationTest.ADMIN_TOKEN),
                     stream("?after_seq=" + head));
             EventStream seat = EventStream.open(player, stream("?after_seq=" + head))) {
            ok(owner.post(campaign + "/daggerheart/countdowns", HIDDEN_COUNTDOWN), 201);
            ok(owner.post(campaign + "/daggerheart/countdowns", VISIBLE_COUNTDOWN), 201);
            ok(owner.patch(campaign, "{\"name\": \"After the ambush\"}"), 200);

            List<Event> gmSees = gm.next(3);
            assertThat(gmSees).extracting(Event::seq).containsExactly(head + 1, head + 2, head + 3);
            assertThat(gmSees).extracting(Event::type).containsExactly("sys.daggerheart.countdown_created",
                    "sys.daggerheart.countdown_created", "campaign.updated");
            assertThat(gmSees.get(0).json().path("summary").asString()).contains("The ambush");
            assertThat(admin.next(3)).extracting(Event::seq).containsExactly(head + 1, head + 2, head + 3);

            // the player's numbers skip the hidden countdown's creation, as their timeline does
            List<Event> playerSees = seat.next(2);
            assertThat(playerSees).extracting(Event::seq).containsExactly(head + 2, head + 3);
            assertThat(playerSees.get(0).json().path("summary").asString()).contains("The ritual completes")
                    .doesNotContain("ambush");
            assertThat(playerSees).extracting(Event::json).isEqualTo(timeline(player, head));

            // the next event a player may see comes straight after: nothing hidden was held back in between
            ok(owner.patch(campaign, "{\"name\": \"Dawn\"}"), 200);
            assertThat(seat.next().seq()).isEqualTo(head + 4);
        }
    }

    @Test
    void aGmNoteStaysTheGmsUntilAGmRevealsIt() {
        long head = last(timeline(owner, 0));
        try (EventStream gm = EventStream.open(owner, stream("?after_seq=" + head));
             EventStream seat = EventStream.open(player, stream("?after_seq=" + head))) {
            String note = ok(owner.post(campaign + "/gm-notes", """
                    {"content": "The miller is the cult's informant."}"""), 201).at("/note_id");
            ok(owner.patch(campaign, "{\"name\": \"Mill by the ford\"}"), 200);

            List<Event> gmSees = gm.next(2);
            assertThat(gmSees).extracting(Event::type).containsExactly("story.gm_note_added", "campaign.updated");
            assertThat(gmSees.get(0).json().path("summary").asString()).contains("cult's informant");
            // the player's stream and timeline go straight to the rename: the note is not there, not even its words
            Event renamed = seat.next();
            assertThat(renamed.seq()).isEqualTo(head + 2);
            assertThat(timeline(player, head)).extracting(e -> e.path("event_type").asString())
                    .containsExactly("campaign.updated");
            assertThat(timeline(player, 0).toString()).doesNotContain("informant");
            assertProblem(player.post(campaign + "/gm-notes", "{\"content\": \"Mine\"}"), 403,
                    "AUTHZ_DENY_REQUIRES_GM");
            assertProblem(player.post(campaign + "/gm-notes/" + note + "/reveal", "{}"), 403,
                    "AUTHZ_DENY_REQUIRES_GM");

            // revealed: everyone gets it, with its words; the note's own entry stays the GMs'
            ok(owner.post(campaign + "/gm-notes/" + note + "/reveal", "{}"), 204);
            Event revealed = seat.next();
            assertThat(revealed.type()).isEqualTo("story.gm_note_revealed");
            assertThat(revealed.json().path("summary").asString()).contains("cult's informant");
            assertThat(gm.next().type()).isEqualTo("story.gm_note_revealed");
            assertProblem(owner.post(campaign + "/gm-notes/" + note + "/reveal", "{}"), 409,
                    "NOTE_ALREADY_REVEALED", "note_id");
            assertProblem(owner.post(campaign + "/gm-notes/no-such-note/reveal", "{}"), 404, "NOTE_NOT_FOUND",
                    "note_id");
        }
    }

    @Test
    void reconnectingWithLastEventIdResumesWithNoGapAndNoDuplicate() {
        ok(owner.patch(campaign, "{\"name\": \"One\"}"), 200);
        ok(owner.patch(campaign, "{\"name\": \"Two\"}"), 200);
        List<Event> received = new ArrayList<>();
        try (EventStream first = EventStream.open(owner, stream(""))) {
            received.addAll(first.next(3));
            // the client goes away in the middle of the history
        }
        ok(owner.patch(campaign, "{\"name\": \"Three\"}"), 200);
        ok(owner.post(campaign + "/daggerheart/countdowns", HIDDEN_COUNTDOWN), 201);
        String lastEventId = received.get(received.size() - 1).id();

        // as an EventSource reconnects: the same URL (after_seq=1 here) and the last id seen, which wins
        try (EventStream resumed = EventStream.open(owner, stream("?after_seq=1"),
                Map.of("Last-Event-ID", lastEventId))) {
            List<JsonNode> rest = timeline(owner, Long.parseLong(lastEventId));
            received.addAll(resumed.next(rest.size()));
            ok(owner.patch(campaign, "{\"name\": \"Four\"}"), 200);
            received.add(resumed.next());
        }

        List<Long> seqs = received.stream().map(Event::seq).toList();
        List<JsonNode> all = timeline(owner, 0);
        assertThat(new HashSet<>(seqs)).as("no duplicate").hasSameSizeAs(seqs);
        assertThat(seqs).as("no gap: every event of the campaign once, in order")
                .isEqualTo(LongStream.rangeClosed(1, all.size()).boxed().toList());
        assertThat(received).extracting(Event::json).isEqualTo(all);
    }

    @Test
    void aPlayerResumesPastWhatTheyMayNotSee() {
        long head = last(timeline(player, 0));
        List<Event> received = new ArrayList<>();
        try (EventStream first = EventStream.open(player, stream("?after_seq=" + head))) {
            ok(owner.patch(campaign, "{\"name\": \"Before\"}"), 200);
            received.add(first.next());
        }
        ok(owner.post(campaign + "/daggerheart/countdowns", HIDDEN_COUNTDOWN), 201);
        ok(owner.post(campaign + "/daggerheart/countdowns", VISIBLE_COUNTDOWN), 201);
        try (EventStream resumed = EventStream.open(player, stream(""),
                Map.of("Last-Event-ID", received.get(0).id()))) {
            received.add(resumed.next());
        }
        assertThat(received).extracting(Event::seq).containsExactly(head + 1, head + 3);
        assertThat(received).extracting(Event::json).isEqualTo(timeline(player, head));
    }

    @Test
    void heartbeatsKeepAnIdleStreamOpen() {
        long head = last(timeline(owner, 0));
        try (EventStream idle = EventStream.open(player, stream("?after_seq=" + head))) {
            assertThat(idle.nextComment()).isEqualTo("heartbeat");
            assertThat(idle.nextComment()).isEqualTo("heartbeat");
            ok(owner.patch(campaign, "{\"name\": \"Still here\"}"), 200);
            assertThat(idle.next().seq()).isEqualTo(head + 1);
        }
    }

    @Test
    void aParticipantWhoLeavesGetsNothingMoreAndTheStreamEnds() {
        long head = last(timeline(owner, 0));
        try (EventStream leaving = EventStream.open(player, stream("?after_seq=" + head))) {
            ok(player.delete(campaign + "/participants/" + playerId + "?reason=moved"), 204);
            assertThat(leaving.rest()).as("events after leaving, even their own leave").isEmpty();
        }
        assertThat(timeline(owner, head)).extracting(e -> e.path("event_type").asString())
                .containsExactly("participant.left");
    }

    @Test
    void anAcceptOfTheEventStreamAsBrowsersSendItOpensTheStream() {
        // EventSource and the web page send exactly this; the API's JSON-only Accept check once refused it with 406
        for (String accept : List.of("text/event-stream", "text/event-stream, */*;q=0.1", "*/*")) {
            try (EventStream stream = EventStream.open(owner, stream(""), Map.of("Accept", accept))) {
                assertThat(stream.status()).as(accept).isEqualTo(200);
                assertThat(stream.header("Content-Type")).as(accept).startsWith("text/event-stream");
                assertThat(stream.next().seq()).as(accept).isEqualTo(1);
            }
        }
    }

    @Test
    void strangersAndMalformedStartsAreRefused() {
        assertProblem(refusal(anonymous, stream(""), Map.of()), 401, "AUTH_TOKEN_MISSING");
        Api outsider = anonymous.as(ok(anonymous.createCampaign("Elsewhere"), 201).at("/access_token"));
        assertProblem(refusal(outsider, stream(""), Map.of()), 403, "AUTHZ_DENY_NOT_A_MEMBER");
        Api admin = anonymous.as(DualityIntegrationTest.ADMIN_TOKEN);
        assertProblem(refusal(admin, "/api/v1/campaigns/no-such-campaign/events/stream", Map.of()), 404,
                "CAMPAIGN_NOT_FOUND");

        assertProblem(refusal(owner, stream(""), Map.of("Last-Event-ID", "seven")), 400, "HEADER_INVALID",
                "Last-Event-ID");
        assertProblem(refusal(owner, stream(""), Map.of("Last-Event-ID", "-1")), 400, "HEADER_INVALID",
                "Last-Event-ID");
        assertProblem(refusal(owner, stream("?after_seq=-1"), Map.of()), 400, "VALUE_OUT_OF_RANGE", "after_seq");
        assertProblem(refusal(owner, stream("?after_seq=soon"), Map.of()), 400, "PARAMETER_INVALID", "after_seq");
        assertProblem(refusal(owner, stream(""), Map.of("Accept", "application/json")), 406, "NOT_ACCEPTABLE");
    }

    private String stream(String query) {
        return campaign + "/events/stream" + query;
    }

    private static Api.Response refusal(Api api, String path, Map<String, String> headers) {
        try (EventStream refused = EventStream.open(api, path, headers)) {
            return refused.refusal();
        }
    }

    /** The timeline after {@code afterSeq} as {@code api}'s caller reads it, every page. */
    private List<JsonNode> timeline(Api api, long afterSeq) {
        List<JsonNode> entries = new ArrayList<>();
        for (Long after = afterSeq; after != null; ) {
            JsonNode page = ok(api.get(campaign + "/timeline?limit=200&after_seq=" + after), 200).json();
            page.path("items").forEach(entries::add);
            after = page.path("next_after_seq").isNull() ? null : page.path("next_after_seq").asLong();
        }
        return entries;
    }

    private static long last(List<JsonNode> entries) {
        return entries.get(entries.size() - 1).path("seq").asLong();
    }
}
