package dev.duality.sys.daggerheart.roll;

import dev.duality.core.action.api.ResolveRoll;
import dev.duality.core.action.api.RollResolved;
import dev.duality.core.campaign.api.ShortCode;
import dev.duality.core.dice.DiceGroup;
import dev.duality.core.dice.DiceSpec;
import dev.duality.core.dice.RolledDie;
import dev.duality.core.system.NestedCommands;
import dev.duality.sys.daggerheart.roll.api.ActionRollResolved;
import dev.duality.sys.daggerheart.roll.api.DualityRollResult;
import dev.duality.sys.daggerheart.roll.api.RecordActionRoll;
import dev.duality.sys.daggerheart.roll.api.ResolveActionRoll;
import dev.duality.sys.daggerheart.rules.DualityRoll;
import org.axonframework.commandhandling.CommandHandler;

import java.util.ArrayList;
import java.util.List;

/**
 * Decides a Duality roll as one unit: the session rolls the Duality Dice (2d12, plus the d6 left after advantage and
 * disadvantage cancel) with its seeded generator, or records the table's physical dice, under its campaign-wide roll
 * number; then the roller's sheet reads the dice and pays for Experiences. If the sheet refuses (not enough Hope, an
 * unknown Experience, a character who cannot act), the roll is not recorded either.
 */
public final class DualityRollDecision {
    /** The session roll's label: what kind of Duality roll it was. */
    static final ShortCode ACTION = new ShortCode("action_roll");
    static final ShortCode REACTION = new ShortCode("reaction_roll");

    @CommandHandler
    public DualityRollResult handle(ResolveActionRoll command, NestedCommands nested) {
        int net = command.netAdvantage();
        List<DiceGroup> dice = new ArrayList<>(List.of(new DiceGroup(2, DualityRoll.DUALITY_DIE_SIDES)));
        if (net != 0) {
            dice.add(new DiceGroup(1, DualityRoll.ADVANTAGE_DIE_SIDES));
        }
        RollResolved rolled = nested.send(new ResolveRoll(command.campaignId(), command.sessionId(),
                command.characterId(), command.reaction() ? REACTION : ACTION, new DiceSpec(dice, 0),
                command.physicalResults()));
        // dice come back in spec order: the Hope die, the Fear die, then the d6
        List<RolledDie> results = rolled.roll().results();
        ActionRollResolved duality = nested.send(new RecordActionRoll(command.campaignId(), command.characterId(),
                command.sessionId(), rolled.rollSeq(), command.trait(), command.modifier(), command.experiences(),
                results.get(0).value(), results.get(1).value(), net, net != 0 ? results.get(2).value() : null,
                command.difficulty(), command.reaction()));
        return new DualityRollResult(rolled, duality);
    }
}
