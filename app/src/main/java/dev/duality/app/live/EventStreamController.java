package dev.duality.app.live;

import dev.duality.core.campaign.api.CampaignId;
import dev.duality.core.rejection.Rejected;
import dev.duality.core.value.ValueRejection;
import dev.duality.web.ApiRejection;
import dev.duality.web.CampaignGuard;
import dev.duality.web.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.util.regex.Pattern;

/** Live updates: the campaign timeline as Server-Sent Events, resumable with {@code Last-Event-ID}. */
@Tag(name = "Timeline")
@RestController
public class EventStreamController {
    static final String LAST_EVENT_ID = "Last-Event-ID";
    /** What a refused client should wait before trying again (a full node, or one that is stopping). */
    static final String RETRY_AFTER_SECONDS = "5";
    private static final Pattern SEQ = Pattern.compile("[0-9]{1,18}");
    private static final String EXAMPLE = """
            id:17
            event:action.roll_resolved
            data:{"seq":17,"event_type":"action.roll_resolved","actor_id":"0c2d7e9f-1a3b-4c5d-8e6f-7a8b9c0d1e2f",\
            "occurred_at":"2025-03-01T18:40:00Z","summary":"action.roll_resolved: roll_seq=1, …"}

            :heartbeat

            """;

    private final LiveStreams streams;
    private final CampaignGuard reads;

    public EventStreamController(LiveStreams streams, CampaignGuard reads) {
        this.streams = streams;
        this.reads = reads;
    }

    @Operation(operationId = "streamEvents", summary = "Follow the campaign's events live (Server-Sent Events)",
            description = "A `text/event-stream` of the campaign's timeline: every event after the start position, "
                    + "then each new one as it happens, in order. Each SSE event has `id` the entry's `seq`, `event` "
                    + "its event type and `data` the timeline entry as JSON (as `GET …/timeline` lists it). Starts "
                    + "after the `Last-Event-ID` header (which an EventSource sends when it reconnects), else after "
                    + "`after_seq`, else at the first event; resuming so gives every later event exactly once. A "
                    + "comment line (`:heartbeat`) comes every `duality.live.heartbeat` (15 s by default) so proxies "
                    + "keep the connection. Events players may not see (a hidden countdown, an adversary's stat "
                    + "block) are sent to GMs and the admin only; a participant who leaves gets nothing more and the "
                    + "stream ends. A node serves at most `duality.live.max-streams` streams; beyond that, and while it "
                    + "stops, it refuses with 503 and `Retry-After`. **Who may call:** any participant of the "
                    + "campaign, or the admin.")
    @ApiResponse(responseCode = "200", description = "The event stream; it stays open until either side ends it",
            content = @Content(mediaType = MediaType.TEXT_EVENT_STREAM_VALUE,
                    schema = @Schema(type = "string", description = "SSE events and heartbeat comments",
                            example = EXAMPLE)))
    @ApiResponse(responseCode = "400", description = "VALUE_OUT_OF_RANGE")
    @ApiResponse(responseCode = "404", description = "CAMPAIGN_NOT_FOUND")
    @ApiResponse(responseCode = "503", description = "LIVE_STREAM_LIMIT_REACHED")
    @GetMapping(path = "/api/v1/campaigns/{campaignId}/events/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    public SseEmitter stream(@PathVariable String campaignId,
                             @Parameter(description = "The `id` of the last event received: the stream resumes "
                                     + "after it. Wins over `after_seq`.",
                                     schema = @Schema(type = "string", pattern = "^[0-9]{1,18}$", example = "17"))
                             @RequestHeader(name = LAST_EVENT_ID, required = false) String lastEventId,
                             @Parameter(description = "Start after this seq when no Last-Event-ID is sent; 0 (the "
                                     + "default) sends the whole history first", schema = @Schema(type = "integer",
                                     format = "int64", minimum = "0", defaultValue = "0"))
                             @RequestParam(name = "after_seq", required = false) Long afterSeq,
                             HttpServletResponse response) {
        CampaignId id = CampaignId.of(campaignId);
        long start = start(lastEventId, afterSeq);
        reads.requireCampaign(id);
        Caller caller = Caller.current().orElseThrow(() -> new IllegalStateException("an authenticated request"));
        try {
            SseEmitter emitter = streams.open(id, caller, start);
            // no cache may keep it, and a buffering proxy (nginx) passes each event on at once
            response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
            response.setHeader("X-Accel-Buffering", "no");
            return emitter;
        } catch (Rejected refused) {
            if (refused.code() == LiveRejection.LIVE_STREAM_LIMIT_REACHED) {
                response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
            }
            throw refused;
        }
    }

    /** The start position: Last-Event-ID, else after_seq, else 0; a malformed one is refused naming it. */
    static long start(String lastEventId, Long afterSeq) {
        Rejected.unless(afterSeq == null || afterSeq >= 0, ValueRejection.VALUE_OUT_OF_RANGE, "after_seq",
                "after_seq must be 0 or more");
        if (lastEventId != null) {
            String id = lastEventId.strip();
            Rejected.unless(SEQ.matcher(id).matches(), ApiRejection.HEADER_INVALID, LAST_EVENT_ID,
                    "Last-Event-ID must be the id of an event this stream sent (a seq: digits only)");
            return Long.parseLong(id);
        }
        return afterSeq == null ? 0 : afterSeq;
    }
}
