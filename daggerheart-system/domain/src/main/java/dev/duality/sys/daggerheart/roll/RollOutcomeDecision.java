package dev.duality.sys.daggerheart.roll;

import dev.duality.core.action.api.ApplyOutcome;
import dev.duality.core.campaign.api.CharacterId;
import dev.duality.core.campaign.api.ShortCode;
import dev.duality.core.rejection.Rejected;
import dev.duality.core.session.Session;
import dev.duality.core.session.api.GateId;
import dev.duality.core.session.api.SessionStreamId;
import dev.duality.core.system.AggregateLookup;
import dev.duality.core.system.NestedCommands;
import dev.duality.sys.daggerheart.character.DaggerheartCharacter;
import dev.duality.sys.daggerheart.character.api.DaggerheartCharacterId;
import dev.duality.sys.daggerheart.character.api.PatchCharacterState;
import dev.duality.sys.daggerheart.countdown.DaggerheartCountdowns;
import dev.duality.sys.daggerheart.countdown.api.AdvanceCountdownsForRoll;
import dev.duality.sys.daggerheart.countdown.api.CountdownBoardId;
import dev.duality.sys.daggerheart.countdown.api.CountdownsAdvancedByRoll;
import dev.duality.sys.daggerheart.gm.api.GainGmFear;
import dev.duality.sys.daggerheart.gm.api.GmFearChanged;
import dev.duality.sys.daggerheart.roll.api.ActionRollResolved;
import dev.duality.sys.daggerheart.roll.api.ApplyRollOutcome;
import dev.duality.sys.daggerheart.roll.api.RecordRollOutcome;
import dev.duality.sys.daggerheart.roll.api.RollOutcomeResult;
import org.axonframework.commandhandling.CommandHandler;

import java.util.List;

import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_ROLL_NOT_FOUND;

/**
 * Applies what a Duality roll's result sets in motion, exactly once and all in one unit of work, in the order the
 * timeline contract gives: the GM's Fear first (with Fear, capped at 12: Fear past it is lost and the outcome still
 * applies), then the roller's Hope and Stress (with Hope +1 up to the maximum; a critical also clears 1 Stress, which
 * ends Vulnerable from a full Stress track), then the campaign's countdowns (an action roll advances its standard
 * countdowns by 1 and its dynamic ones by the dynamic table; a reaction roll advances none, and a campaign without a
 * countdown that rolls drive is not written to), then the roll marked done on the sheet, and the session's
 * {@code action.outcome.apply} last, as the completion marker, opening a GM-consequence gate after a result with Fear
 * and giving the GM the spotlight after a failure or a result with Fear. A second application is refused and, the
 * whole decision being one transaction, changes nothing (the countdowns included, so each roll advances them once).
 */
public final class RollOutcomeDecision {
    static final ShortCode ROLL_WITH_FEAR = new ShortCode("roll_with_fear");
    static final ShortCode ROLL_OUTCOME = new ShortCode("roll_outcome");

    @CommandHandler
    public RollOutcomeResult handle(ApplyRollOutcome command, NestedCommands nested, AggregateLookup lookup) {
        CharacterId roller = lookup.read(Session.class,
                        SessionStreamId.of(command.campaignId(), command.sessionId()).value(),
                        session -> session.rollerOf(command.rollSeq()))
                .flatMap(found -> found)
                .orElseThrow(() -> notADualityRoll(command));
        String sheetId = DaggerheartCharacterId.of(command.campaignId(), roller).value();
        ActionRollResolved roll = lookup.read(DaggerheartCharacter.class, sheetId, sheet -> sheet.roll(command.rollSeq()))
                .flatMap(found -> found)
                .orElseThrow(() -> notADualityRoll(command));

        int fearGained = 0;
        if (roll.fearGained() > 0) {
            GmFearChanged changed = nested.send(new GainGmFear(command.campaignId(), roll.fearGained(), true,
                    ROLL_WITH_FEAR, command.rollSeq()));
            fearGained = changed == null ? 0 : changed.after() - changed.before();
        }
        int hope = lookup.read(DaggerheartCharacter.class, sheetId, DaggerheartCharacter::hope).orElseThrow();
        int hopeMax = lookup.read(DaggerheartCharacter.class, sheetId, DaggerheartCharacter::hopeMax).orElseThrow();
        int stress = lookup.read(DaggerheartCharacter.class, sheetId, DaggerheartCharacter::stressMarked).orElseThrow();
        int hopeAfter = Math.min(hopeMax, hope + roll.hopeGained());
        int stressAfter = Math.max(0, stress - roll.stressCleared());
        if (hopeAfter != hope || stressAfter != stress) {
            nested.send(new PatchCharacterState(command.campaignId(), roller, null, stressAfter, hopeAfter, null, null,
                    new PatchCharacterState.Before(null, stress, hope, null, null), ROLL_OUTCOME, command.rollSeq()));
        }
        CountdownsAdvancedByRoll countdowns = CountdownsAdvancedByRoll.NONE;
        boolean countdownsToAdvance = !roll.reaction() && lookup.read(DaggerheartCountdowns.class,
                CountdownBoardId.of(command.campaignId()).value(), DaggerheartCountdowns::drivenByRolls).orElse(false);
        if (countdownsToAdvance) {
            countdowns = nested.send(new AdvanceCountdownsForRoll(command.campaignId(), command.rollSeq(),
                    roll.result()));
        }
        nested.send(new RecordRollOutcome(command.campaignId(), roller, command.rollSeq(), command.requestId()));
        GateId consequence = roll.fearGained() > 0 ? GateId.generate() : null;
        nested.send(new ApplyOutcome(command.campaignId(), command.sessionId(), command.rollSeq(), command.requestId(),
                List.of(roller), consequence != null, null, consequence, roll.spotlightToGm()));
        return new RollOutcomeResult(command.rollSeq(), roller, roll.result(), fearGained,
                roll.fearGained() - fearGained, hopeAfter - hope, stress - stressAfter, consequence,
                roll.spotlightToGm(), countdowns);
    }

    private static Rejected notADualityRoll(ApplyRollOutcome command) {
        return new Rejected(DAGGERHEART_ROLL_NOT_FOUND, "roll_seq",
                "session " + command.sessionId() + " has no Duality roll " + command.rollSeq());
    }
}
