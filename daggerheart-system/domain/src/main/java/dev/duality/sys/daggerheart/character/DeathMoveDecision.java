package dev.duality.sys.daggerheart.character;

import dev.duality.core.action.api.ResolveRoll;
import dev.duality.core.action.api.RollResolved;
import dev.duality.core.campaign.Campaign;
import dev.duality.core.campaign.api.ShortCode;
import dev.duality.core.dice.DiceGroup;
import dev.duality.core.dice.DiceSpec;
import dev.duality.core.dice.RolledDie;
import dev.duality.core.system.AggregateLookup;
import dev.duality.core.system.NestedCommands;
import dev.duality.sys.daggerheart.character.api.ApplyDeathMove;
import dev.duality.sys.daggerheart.character.api.DeathMoveResolved;
import dev.duality.sys.daggerheart.character.api.DeathMoveResult;
import dev.duality.sys.daggerheart.character.api.RecordDeathMove;
import dev.duality.sys.daggerheart.rules.DeathMove;
import dev.duality.sys.daggerheart.rules.DualityRoll;
import org.axonframework.commandhandling.CommandHandler;

import java.util.List;

/**
 * Decides a death move as one unit, like a Duality roll: the session rolls the move's dice (Avoid Death the Hope d12,
 * Risk It All the Hope and Fear d12s) from its seeded generator, or records the table's physical dice, under its
 * campaign-wide roll number; then the fallen character's sheet records the move and what it did. If the sheet refuses
 * (the character has not fallen), the roll is not recorded either. Blaze of Glory rolls nothing, but is still made in
 * the active session.
 */
public final class DeathMoveDecision {
    /** The session roll's label. */
    static final ShortCode DEATH_MOVE = new ShortCode("death_move");

    @CommandHandler
    public DeathMoveResult handle(ApplyDeathMove command, NestedCommands nested, AggregateLookup lookup) {
        DeathMove move = command.move();
        RollResolved rolled = null;
        Integer hopeDie = null;
        Integer fearDie = null;
        if (move.dice() > 0) {
            rolled = nested.send(new ResolveRoll(command.campaignId(), command.sessionId(), command.characterId(),
                    DEATH_MOVE, new DiceSpec(List.of(new DiceGroup(move.dice(), DualityRoll.DUALITY_DIE_SIDES)), 0),
                    command.physicalResults()));
            // dice come back in spec order: the Hope die, then the Fear die
            List<RolledDie> dice = rolled.roll().results();
            hopeDie = dice.get(0).value();
            fearDie = move.dice() > 1 ? dice.get(1).value() : null;
        } else {
            lookup.read(Campaign.class, command.campaignId().value(), campaign -> {
                campaign.sessions().requireActive(command.sessionId());
                return campaign;
            });
        }
        DeathMoveResolved resolved = nested.send(new RecordDeathMove(command.campaignId(), command.characterId(),
                command.sessionId(), rolled == null ? null : rolled.rollSeq(), move, hopeDie, fearDie,
                command.split()));
        return new DeathMoveResult(rolled, resolved);
    }
}
