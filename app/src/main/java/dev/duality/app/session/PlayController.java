package dev.duality.app.session;

import dev.duality.app.web.ApiRejection;
import dev.duality.app.web.Gateway;
import dev.duality.app.web.RequestEnvelope;
import dev.duality.core.action.api.AddStoryNote;
import dev.duality.core.action.api.ApplyOutcome;
import dev.duality.core.action.api.RejectOutcome;
import dev.duality.core.action.api.ResolveRoll;
import dev.duality.core.action.api.RollResolved;
import dev.duality.core.campaign.api.CampaignId;
import dev.duality.core.campaign.api.CharacterId;
import dev.duality.core.campaign.api.FreeText;
import dev.duality.core.campaign.api.ShortCode;
import dev.duality.core.dice.DiceGroup;
import dev.duality.core.dice.DiceRoll;
import dev.duality.core.dice.DiceSpec;
import dev.duality.core.session.api.SessionId;
import dev.duality.core.value.Values;
import dev.duality.projections.Wire;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import static dev.duality.core.value.Values.optional;
import static dev.duality.core.campaign.api.CampaignRejection.CAMPAIGN_NOT_FOUND;

/**
 * Play: rolls (server dice, seeded and recorded, or physical dice reported by the client), their outcomes (applied
 * exactly once, keyed by Idempotency-Key) and story notes. Rolls, outcomes and notes live in the journal and the
 * timeline, not in read models, so these endpoints answer from the command's own result.
 */
@RestController
public class PlayController {
    private static final String SESSION = "/api/v1/campaigns/{campaignId}/sessions/{sessionId}";
    private final Gateway gateway;

    public PlayController(Gateway gateway) {
        this.gateway = gateway;
    }

    public record DiceBody(Integer count, Integer sides) {
    }

    /** Server dice unless {@code physical_results} lists the values the table rolled by hand, die by die. */
    public record RollRequest(String characterId, String label, List<DiceBody> dice, Integer modifier,
                              List<Integer> physicalResults) {
    }

    /** The seed is a string: it is a full 64-bit number, beyond what JavaScript numbers hold exactly. */
    public record RollView(long rollSeq, String sessionId, String characterId, String label, String mode,
                           String algorithm, String seed, String notation, List<Die> results, int modifier,
                           int total) {
        public record Die(int sides, int value) {
        }
    }

    public record OutcomeRequest(List<String> targets, Boolean requiresComplication, String summary) {
    }

    public record OutcomeView(long rollSeq, String requestId, List<String> targets, boolean requiresComplication,
                              String status) {
    }

    public record RejectOutcomeRequest(String reasonCode, String message) {
    }

    public record NoteRequest(String content, String characterId) {
    }

    @PostMapping(SESSION + "/rolls")
    public ResponseEntity<RollView> roll(@PathVariable String campaignId, @PathVariable String sessionId,
                                         @RequestBody RollRequest body) {
        CampaignId id = CampaignId.of(campaignId);
        List<DiceBody> groups = Values.required(body.dice(), "dice");
        List<DiceGroup> dice = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            DiceBody group = Values.required(groups.get(i), "dice[" + i + "]");
            dice.add(new DiceGroup(Values.required(group.count(), "dice[" + i + "].count"),
                    Values.required(group.sides(), "dice[" + i + "].sides")));
        }
        DiceSpec spec = new DiceSpec(dice, body.modifier() == null ? 0 : body.modifier());
        RollResolved resolved = gateway.send(new ResolveRoll(id, SessionId.of(sessionId),
                optional(body.characterId(), v -> CharacterId.of(Values.id(v, "character_id"))),
                optional(body.label(), v -> ShortCode.of(v, "label")), spec, body.physicalResults()),
                CAMPAIGN_NOT_FOUND);
        return ResponseEntity.created(URI.create("/api/v1/campaigns/" + id + "/timeline"))
                .body(view(resolved));
    }

    /** Needs an Idempotency-Key: it is the outcome's request id, and a repeat answers the first result. */
    @PostMapping(SESSION + "/rolls/{rollSeq}/outcome")
    public OutcomeView applyOutcome(@PathVariable String campaignId, @PathVariable String sessionId,
                                    @PathVariable long rollSeq, @RequestBody OutcomeRequest body,
                                    HttpServletRequest request) {
        String requestId = request.getHeader(RequestEnvelope.IDEMPOTENCY_HEADER);
        dev.duality.core.rejection.Rejected.unless(requestId != null,
                dev.duality.core.action.api.ActionRejection.OUTCOME_REQUEST_ID_REQUIRED, RequestEnvelope.IDEMPOTENCY_HEADER,
                "applying an outcome needs an Idempotency-Key header");
        List<String> targets = body.targets() == null ? List.of() : body.targets();
        List<CharacterId> targetIds = new ArrayList<>();
        for (int i = 0; i < targets.size(); i++) {
            targetIds.add(CharacterId.of(Values.id(targets.get(i), "targets[" + i + "]")));
        }
        boolean complication = Boolean.TRUE.equals(body.requiresComplication());
        gateway.send(new ApplyOutcome(CampaignId.of(campaignId), SessionId.of(sessionId), rollSeq, requestId,
                targetIds, complication, optional(body.summary(), v -> FreeText.of(v, "summary"))),
                CAMPAIGN_NOT_FOUND);
        return new OutcomeView(rollSeq, requestId, targets, complication, "applied");
    }

    @PostMapping(SESSION + "/rolls/{rollSeq}/outcome/reject")
    public OutcomeView rejectOutcome(@PathVariable String campaignId, @PathVariable String sessionId,
                                     @PathVariable long rollSeq, @RequestBody RejectOutcomeRequest body) {
        gateway.send(new RejectOutcome(CampaignId.of(campaignId), SessionId.of(sessionId), rollSeq,
                ShortCode.of(body.reasonCode(), "reason_code"),
                optional(body.message(), v -> FreeText.of(v, "message"))), CAMPAIGN_NOT_FOUND);
        return new OutcomeView(rollSeq, null, List.of(), false, "rejected");
    }

    @PostMapping("/api/v1/campaigns/{campaignId}/notes")
    public ResponseEntity<Void> addNote(@PathVariable String campaignId, @RequestBody NoteRequest body) {
        CampaignId id = CampaignId.of(campaignId);
        gateway.send(new AddStoryNote(id, FreeText.of(body.content(), "content"),
                optional(body.characterId(), v -> CharacterId.of(Values.id(v, "character_id")))), CAMPAIGN_NOT_FOUND);
        return ResponseEntity.noContent().build();
    }

    private static RollView view(RollResolved resolved) {
        DiceRoll roll = resolved.roll();
        return new RollView(resolved.rollSeq(), resolved.sessionId().value(), Wire.text(resolved.characterId()),
                Wire.text(resolved.label()), Wire.name(roll.mode()), roll.algorithm(),
                roll.seed() == null ? null : Long.toUnsignedString(roll.seed()), roll.spec().notation(),
                roll.results().stream().map(d -> new RollView.Die(d.sides(), d.value())).toList(), roll.modifier(),
                roll.total());
    }
}
