package dev.duality.sys.daggerheart.countdown.web;

import dev.duality.core.campaign.api.CampaignId;
import dev.duality.core.campaign.api.Name;
import dev.duality.core.campaign.api.ShortCode;
import dev.duality.core.rejection.Rejected;
import dev.duality.core.value.Values;
import dev.duality.sys.daggerheart.DaggerheartModule;
import dev.duality.sys.daggerheart.countdown.api.AdvanceCountdown;
import dev.duality.sys.daggerheart.countdown.api.CountdownId;
import dev.duality.sys.daggerheart.countdown.api.CreateCountdown;
import dev.duality.sys.daggerheart.countdown.api.DeleteCountdown;
import dev.duality.sys.daggerheart.countdown.api.ResolveCountdownTrigger;
import dev.duality.sys.daggerheart.countdown.api.UpdateCountdown;
import dev.duality.sys.daggerheart.countdown.readmodel.api.CountdownQueries.FindCountdown;
import dev.duality.sys.daggerheart.countdown.readmodel.api.CountdownQueries.ListCountdowns;
import dev.duality.sys.daggerheart.countdown.readmodel.api.CountdownView;
import dev.duality.sys.daggerheart.rules.CountdownLoop;
import dev.duality.sys.daggerheart.rules.CountdownPolicy;
import dev.duality.sys.daggerheart.rules.CountdownTone;
import dev.duality.web.CampaignGuard;
import dev.duality.web.Gateway;
import dev.duality.web.SendsCommand;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.List;

import static dev.duality.core.value.Values.optional;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_COUNTDOWN_NOT_FOUND;

/**
 * A campaign's countdowns: the GM creates, renames, shows or hides, advances, resolves and deletes them; everyone
 * reads them, players only those the GM made visible. Action rolls advance the standard and dynamic ones when their
 * outcome is applied ({@code …/action-rolls/{seq}/outcome}).
 */
@Tag(name = "Daggerheart")
@RestController
@RequestMapping("/api/v1/campaigns/{campaignId}/daggerheart/countdowns")
public class CountdownController {
    private final Gateway gateway;
    private final CampaignGuard guard;

    public CountdownController(Gateway gateway, CampaignGuard guard) {
        this.gateway = gateway;
        this.guard = guard;
    }

    public record CreateCountdownRequest(
            @Schema(description = "1-64 letters, digits, '-' or '_'; generated when absent", example = "ritual")
            String countdownId,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "The ritual completes") String name,
            @Schema(description = "Default neutral; a dynamic countdown is progress or consequence")
            CountdownTone tone,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) CountdownPolicy policy,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, minimum = "1", maximum = "100", example = "4")
            Integer startingValue,
            @Schema(description = "Where it starts counting, 1..starting_value; default starting_value",
                    example = "4") Integer remaining,
            @Schema(description = "Default none") CountdownLoop loop,
            @Schema(description = "Whether players may read it; default false (the GM's alone)", example = "true")
            Boolean visibleToPlayers) {
    }

    /** Every part is optional; what is given replaces what the countdown had. */
    public record UpdateCountdownRequest(@Schema(example = "The ritual nears its end") String name,
                                         @Schema(example = "true") Boolean visibleToPlayers) {
    }

    public record AdvanceCountdownRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, minimum = "1", maximum = "100", example = "1")
            Integer amount,
            @Schema(description = "The remaining value last read: a stale one is refused", minimum = "0",
                    maximum = "100", example = "3") Integer before,
            @Schema(description = "A short code, e.g. feature_tick", example = "feature_tick") String reason) {
    }

    public record CountdownList(List<CountdownView> items) {
    }

    @Operation(operationId = "createDaggerheartCountdown", summary = "Create a countdown",
            description = "In play or between sessions (a GM prepares countdowns before the session). `policy` says "
                    + "what advances it on its own: `manual` (only the GM), `action_standard` (1 per action roll "
                    + "whose outcome is applied), `action_dynamic` (by the roll's result: a `progress` countdown 0, 0, "
                    + "1, 2 or 3 and a `consequence` one 3, 2, 1, 0 or 0 for a failure with Fear, a failure with Hope, "
                    + "a success with Fear, a success with Hope and a critical) or `long_term` (after rests, never "
                    + "by rolls). `loop` says what resolving its trigger does: `none` (it stays at 0, finished), "
                    + "`reset`, `reset_increase_start` or `reset_decrease_start` (it starts again, from a starting "
                    + "value 1 higher or lower, never below 1). Hidden from players unless `visible_to_players`.")
    @SendsCommand(CreateCountdown.class)
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
            mediaType = "application/json", examples = {
                    @ExampleObject(name = "consequence", summary = "A visible dynamic consequence countdown",
                            value = """
                                    {"countdown_id": "ritual", "name": "The ritual completes", "tone": "consequence",
                                     "policy": "action_dynamic", "starting_value": 4, "visible_to_players": true}"""),
                    @ExampleObject(name = "standard", summary = "A hidden standard countdown that loops",
                            value = """
                                    {"name": "Reinforcements arrive", "policy": "action_standard",
                                     "starting_value": 3, "loop": "reset"}""")}))
    @ApiResponse(responseCode = "201", description = "Created; Location names the countdown",
            useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", description = "VALUE_REQUIRED, ID_INVALID, NAME_INVALID")
    @PostMapping
    public ResponseEntity<CountdownView> create(@PathVariable String campaignId,
                                                @RequestBody CreateCountdownRequest body) {
        CampaignId id = CampaignId.of(campaignId);
        CountdownId countdownId = body.countdownId() == null ? CountdownId.generate()
                : CountdownId.of(body.countdownId());
        int startingValue = Values.required(body.startingValue(), "starting_value");
        gateway.send(new CreateCountdown(id, countdownId, Name.of(body.name(), "name"),
                body.tone() == null ? CountdownTone.NEUTRAL : body.tone(), Values.required(body.policy(), "policy"),
                startingValue, body.remaining() == null ? startingValue : body.remaining(),
                body.loop() == null ? CountdownLoop.NONE : body.loop(), Boolean.TRUE.equals(body.visibleToPlayers())),
                DAGGERHEART_COUNTDOWN_NOT_FOUND);
        return ResponseEntity.created(URI.create("/api/v1/campaigns/" + id + "/daggerheart/countdowns/"
                + countdownId)).body(find(id, countdownId));
    }

    @Operation(operationId = "listDaggerheartCountdowns", summary = "The campaign's countdowns",
            description = "In the order they were created. A GM (or the admin) sees every countdown; a player sees "
                    + "only those the GM made visible. **Who may call:** any participant of the campaign, or the "
                    + "admin.")
    @ApiResponse(responseCode = "200", description = "The countdowns the caller may see", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "404", description = "CAMPAIGN_NOT_FOUND")
    @ApiResponse(responseCode = "422", description = "CAMPAIGN_SYSTEM_MISMATCH")
    @GetMapping
    public CountdownList list(@PathVariable String campaignId) {
        CampaignId id = CampaignId.of(campaignId);
        guard.requirePlays(id, DaggerheartModule.SYSTEM_ID);
        boolean seesHidden = guard.callerActsAsGm(id);
        return new CountdownList(gateway.list(new ListCountdowns(id.value()), CountdownView.class).stream()
                .filter(countdown -> seesHidden || countdown.visibleToPlayers()).toList());
    }

    @Operation(operationId = "getDaggerheartCountdown", summary = "One countdown",
            description = "A countdown hidden from players is not found for a player. **Who may call:** any "
                    + "participant of the campaign, or the admin.")
    @ApiResponse(responseCode = "200", description = "The countdown", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", description = "ID_INVALID")
    @ApiResponse(responseCode = "404", description = "CAMPAIGN_NOT_FOUND, DAGGERHEART_COUNTDOWN_NOT_FOUND")
    @ApiResponse(responseCode = "422", description = "CAMPAIGN_SYSTEM_MISMATCH")
    @GetMapping("/{countdownId}")
    public CountdownView get(@PathVariable String campaignId, @PathVariable String countdownId) {
        CampaignId id = CampaignId.of(campaignId);
        guard.requirePlays(id, DaggerheartModule.SYSTEM_ID);
        CountdownView countdown = find(id, CountdownId.of(countdownId));
        // a hidden countdown does not exist for a player: "not allowed" would tell them it does
        Rejected.unless(countdown.visibleToPlayers() || guard.callerActsAsGm(id), DAGGERHEART_COUNTDOWN_NOT_FOUND,
                "countdown_id", "campaign " + id + " has no countdown " + countdownId);
        return countdown;
    }

    @Operation(operationId = "updateDaggerheartCountdown", summary = "Rename a countdown, or show or hide it",
            description = "An update that changes nothing is refused.")
    @SendsCommand(UpdateCountdown.class)
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
            mediaType = "application/json", examples = @ExampleObject(name = "reveal", value = """
                    {"visible_to_players": true}""")))
    @ApiResponse(responseCode = "200", description = "The countdown after the change", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", description = "ID_INVALID, NAME_INVALID")
    @PatchMapping("/{countdownId}")
    public CountdownView update(@PathVariable String campaignId, @PathVariable String countdownId,
                                @RequestBody UpdateCountdownRequest body) {
        CampaignId id = CampaignId.of(campaignId);
        CountdownId cid = CountdownId.of(countdownId);
        gateway.send(new UpdateCountdown(id, cid, optional(body.name(), v -> Name.of(v, "name")),
                body.visibleToPlayers()), DAGGERHEART_COUNTDOWN_NOT_FOUND);
        return find(id, cid);
    }

    @Operation(operationId = "advanceDaggerheartCountdown", summary = "Advance a countdown",
            description = "By `amount` (each advance lowers it; past 0 it stops at 0), whatever its policy: a "
                    + "feature's own trigger, a GM move. With `before`, a compare-and-set: a stale value is refused. "
                    + "Reaching 0 triggers the countdown (`status` `trigger_pending`): it does not advance again "
                    + "until its trigger is resolved.")
    @SendsCommand(AdvanceCountdown.class)
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
            mediaType = "application/json", examples = @ExampleObject(name = "tick", value = """
                    {"amount": 1, "before": 3, "reason": "feature_tick"}""")))
    @ApiResponse(responseCode = "200", description = "The countdown after the advance", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", description = "VALUE_REQUIRED, CODE_INVALID, ID_INVALID")
    @PostMapping("/{countdownId}/advance")
    public CountdownView advance(@PathVariable String campaignId, @PathVariable String countdownId,
                                 @RequestBody AdvanceCountdownRequest body) {
        CampaignId id = CampaignId.of(campaignId);
        CountdownId cid = CountdownId.of(countdownId);
        gateway.send(new AdvanceCountdown(id, cid, Values.required(body.amount(), "amount"), body.before(),
                optional(body.reason(), v -> ShortCode.of(v, "reason"))), DAGGERHEART_COUNTDOWN_NOT_FOUND);
        return find(id, cid);
    }

    @Operation(operationId = "resolveDaggerheartCountdownTrigger", summary = "Resolve a countdown's trigger",
            description = "The GM has played out what the countdown triggered. Its loop applies: `none` leaves it at 0 "
                    + "(`status` `finished`); the others start it again from its starting value, which "
                    + "`reset_increase_start` first raises by 1 and `reset_decrease_start` lowers by 1 (never below "
                    + "1).")
    @SendsCommand(ResolveCountdownTrigger.class)
    @ApiResponse(responseCode = "200", description = "The countdown after its loop", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", description = "ID_INVALID")
    @PostMapping("/{countdownId}/resolve-trigger")
    public CountdownView resolveTrigger(@PathVariable String campaignId, @PathVariable String countdownId) {
        CampaignId id = CampaignId.of(campaignId);
        CountdownId cid = CountdownId.of(countdownId);
        gateway.send(new ResolveCountdownTrigger(id, cid), DAGGERHEART_COUNTDOWN_NOT_FOUND);
        return find(id, cid);
    }

    @Operation(operationId = "deleteDaggerheartCountdown", summary = "Delete a countdown",
            description = "Whatever state it is in; its id may be used again.")
    @SendsCommand(DeleteCountdown.class)
    @ApiResponse(responseCode = "204", description = "Deleted")
    @ApiResponse(responseCode = "400", description = "ID_INVALID")
    @DeleteMapping("/{countdownId}")
    public ResponseEntity<Void> delete(@PathVariable String campaignId, @PathVariable String countdownId) {
        gateway.send(new DeleteCountdown(CampaignId.of(campaignId), CountdownId.of(countdownId)),
                DAGGERHEART_COUNTDOWN_NOT_FOUND);
        return ResponseEntity.noContent().build();
    }

    private CountdownView find(CampaignId campaignId, CountdownId countdownId) {
        return gateway.find(new FindCountdown(campaignId.value(), countdownId.value()), CountdownView.class)
                .orElseThrow(() -> new Rejected(DAGGERHEART_COUNTDOWN_NOT_FOUND, "countdown_id",
                        "campaign " + campaignId + " has no countdown " + countdownId));
    }
}
