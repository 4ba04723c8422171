package dev.duality.sys.daggerheart.gm.web;

import dev.duality.web.CampaignGuard;
import dev.duality.web.Gateway;
import dev.duality.web.SendsCommand;
import dev.duality.core.campaign.api.CampaignId;
import dev.duality.core.campaign.api.ShortCode;
import dev.duality.core.value.Values;
import dev.duality.sys.daggerheart.gm.readmodel.api.GmStateQueries.FindGmState;
import dev.duality.sys.daggerheart.gm.readmodel.api.GmStateView;
import dev.duality.sys.daggerheart.DaggerheartModule;
import dev.duality.sys.daggerheart.gm.api.GmFear;
import dev.duality.sys.daggerheart.gm.api.GainGmFear;
import dev.duality.sys.daggerheart.gm.api.SetGmFear;
import dev.duality.sys.daggerheart.gm.api.SpendGmFear;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;


import static dev.duality.core.campaign.api.CampaignRejection.CAMPAIGN_NOT_FOUND;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_GM_STATE_NOT_FOUND;

/**
 * The GM's Fear in a Daggerheart campaign. It exists once the campaign's first session has seeded it (1 per PC, at
 * most 12); until then both reading and setting it answer {@code DAGGERHEART_GM_STATE_NOT_FOUND}.
 */
@Tag(name = "Daggerheart", description = "The Daggerheart game system: character sheets and the GM's Fear.")
@RestController
@RequestMapping("/api/v1/campaigns/{campaignId}/daggerheart/gm-fear")
public class GmFearController {
    private final Gateway gateway;
    private final CampaignGuard guard;

    public GmFearController(Gateway gateway, CampaignGuard guard) {
        this.gateway = gateway;
        this.guard = guard;
    }

    /**
     * Body of a Fear change: {@code before} is the value the client last saw (a stale one is refused with
     * {@code DAGGERHEART_GM_FEAR_BEFORE_MISMATCH}), {@code after} the new value (0..12), {@code reason} an optional lowercase code.
     */
    public record SetGmFearRequest(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, minimum = "0", maximum = "12",
                                           description = "The Fear the client last saw") Integer before,
                                   @Schema(requiredMode = Schema.RequiredMode.REQUIRED, minimum = "0", maximum = "12",
                                           description = "The new Fear") Integer after,
                                   @Schema(description = "A short code, e.g. failed_roll") String reason) {
    }

    @Operation(operationId = "getGmFear", summary = "Read the GM's Fear",
            description = "The GM's Fear (0-12). It exists once the campaign's first session has seeded it (one per "
                    + "player character, at most 12); before that the answer is DAGGERHEART_GM_STATE_NOT_FOUND. **Who may "
                    + "call:** any participant of the campaign, or the admin.")
    @ApiResponse(responseCode = "200", description = "The GM state", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "404", description = "CAMPAIGN_NOT_FOUND, DAGGERHEART_GM_STATE_NOT_FOUND")
    @ApiResponse(responseCode = "422", description = "CAMPAIGN_SYSTEM_MISMATCH")
    @GetMapping
    public GmStateView get(@PathVariable String campaignId) {
        CampaignId id = CampaignId.of(campaignId);
        guard.requirePlays(id, DaggerheartModule.SYSTEM_ID);
        return find(id);
    }

    @Operation(operationId = "setGmFear", summary = "Change the GM's Fear",
            description = "A compare-and-set: `before` must be the current Fear (else DAGGERHEART_GM_FEAR_BEFORE_MISMATCH: re-read "
                    + "and retry) and `after` must differ from it (else DAGGERHEART_GM_FEAR_UNCHANGED). A repeated PUT is "
                    + "therefore refused, not ignored.")
    @SendsCommand(SetGmFear.class)
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
            mediaType = "application/json", examples = @ExampleObject(name = "gain", value = """
                    {"before": 1, "after": 2, "reason": "failed_roll"}""")))
    @ApiResponse(responseCode = "200", description = "The GM state after the change", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", description = "VALUE_REQUIRED, CODE_INVALID")
    @PutMapping
    public GmStateView set(@PathVariable String campaignId, @RequestBody SetGmFearRequest body) {
        CampaignId id = CampaignId.of(campaignId);
        GmFear before = GmFear.of(Values.required(body.before(), "before"), "before");
        GmFear after = GmFear.of(Values.required(body.after(), "after"), "after");
        ShortCode reason = body.reason() == null ? null : ShortCode.of(body.reason(), "reason");
        // no GM state yet is the aggregate's not-found, answered as DAGGERHEART_GM_STATE_NOT_FOUND
        gateway.send(new SetGmFear(id, before, after, reason), DAGGERHEART_GM_STATE_NOT_FOUND);
        return find(id);
    }

    /** An amount of Fear to gain or spend, and why. */
    public record FearAmountRequest(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, minimum = "1",
                                            maximum = "12", example = "1") Integer amount,
                                    @Schema(description = "A short code, e.g. interrupt") String reason) {
    }

    @Operation(operationId = "gainGmFear", summary = "The GM gains Fear",
            description = "Adds Fear to the pool. The pool holds at most 12: a gain past it is refused with "
                    + "DAGGERHEART_GM_FEAR_OUT_OF_RANGE (the rules' own gains, such as a roll with Fear, lose the "
                    + "excess instead).")
    @SendsCommand(GainGmFear.class)
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
            mediaType = "application/json", examples = @ExampleObject(name = "gain", value = """
                    {"amount": 1, "reason": "adversary_momentum"}""")))
    @ApiResponse(responseCode = "200", description = "The GM state after the change", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", description = "VALUE_REQUIRED, VALUE_OUT_OF_RANGE, CODE_INVALID")
    @PostMapping("/gain")
    public GmStateView gain(@PathVariable String campaignId, @RequestBody FearAmountRequest body) {
        CampaignId id = CampaignId.of(campaignId);
        gateway.send(new GainGmFear(id, Values.required(body.amount(), "amount"), false,
                body.reason() == null ? null : ShortCode.of(body.reason(), "reason"), null),
                DAGGERHEART_GM_STATE_NOT_FOUND);
        return find(id);
    }

    @Operation(operationId = "spendGmFear", summary = "The GM spends Fear",
            description = "Seizing the spotlight, an extra move, a Fear feature, an adversary's Experience. Spending "
                    + "more than the pool holds is refused.")
    @SendsCommand(SpendGmFear.class)
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
            mediaType = "application/json", examples = @ExampleObject(name = "interrupt", value = """
                    {"amount": 1, "reason": "interrupt"}""")))
    @ApiResponse(responseCode = "200", description = "The GM state after the change", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", description = "VALUE_REQUIRED, VALUE_OUT_OF_RANGE, CODE_INVALID")
    @PostMapping("/spend")
    public GmStateView spend(@PathVariable String campaignId, @RequestBody FearAmountRequest body) {
        CampaignId id = CampaignId.of(campaignId);
        gateway.send(new SpendGmFear(id, Values.required(body.amount(), "amount"),
                body.reason() == null ? null : ShortCode.of(body.reason(), "reason")), DAGGERHEART_GM_STATE_NOT_FOUND);
        return find(id);
    }

    private GmStateView find(CampaignId id) {
        return gateway.require(new FindGmState(id.value()), GmStateView.class, DAGGERHEART_GM_STATE_NOT_FOUND,
                "the Daggerheart GM state of campaign " + id);
    }
}
