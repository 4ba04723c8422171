package dev.duality.sys.daggerheart.character;

import dev.duality.core.campaign.api.CampaignId;
import dev.duality.core.campaign.api.CharacterId;
import dev.duality.core.testing.FakeAggregateLookup;
import dev.duality.core.testing.Folded;
import dev.duality.core.testing.History;
import dev.duality.core.testing.RecordingNestedCommands;
import dev.duality.sys.daggerheart.character.api.DaggerheartCharacterCreated;
import dev.duality.sys.daggerheart.character.api.DaggerheartCharacterId;
import dev.duality.sys.daggerheart.character.api.DaggerheartClass;
import dev.duality.sys.daggerheart.character.api.EndScene;
import dev.duality.sys.daggerheart.character.api.EndTemporaryArmor;
import dev.duality.sys.daggerheart.character.api.ExpireConditions;
import dev.duality.sys.daggerheart.character.api.TemporaryArmorEnded;
import dev.duality.sys.daggerheart.rules.EffectDuration;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code sys.daggerheart.scene.end}: every live character with a sheet is told the scene ended, in the order of their
 * sheets' ids; what each sheet ends is {@link TemporaryArmorTest}'s.
 */
class SceneEndDecisionTest {
    private static final CampaignId CAMPAIGN = History.CAMPAIGN;
    private static final CharacterId ZARA = CharacterId.of("zara");
    private static final CharacterId ABEL = CharacterId.of("abel");
    private static final CharacterId NO_SHEET = CharacterId.of("milo");
    private static final CharacterId GONE = CharacterId.of("gone");

    private final FakeAggregateLookup lookup = new FakeAggregateLookup();

    private void sheetFor(CharacterId character) {
        lookup.with(DaggerheartCharacterId.of(CAMPAIGN, character).value(), Folded.of(DaggerheartCharacter.class,
                new DaggerheartCharacterCreated(CAMPAIGN, character, DaggerheartClass.BARD, null, 1, 5, 6, 2, 6, 10, 1,
                        0, 1, 2, List.of())));
    }

    @Test
    void everyLiveCharacterWithASheetEndsItsSceneArmorInSheetOrder() {
        lookup.with(CAMPAIGN.value(), Folded.campaign(History.draft().pc(ZARA, History.OWNER)
                .pc(NO_SHEET, History.OWNER).npc(ABEL, History.OWNER).npc(GONE, History.OWNER).delete(GONE)));
        sheetFor(ZARA);
        sheetFor(ABEL);
        sheetFor(GONE);
        TemporaryArmorEnded abelsEnded = new TemporaryArmorEnded(CAMPAIGN, ABEL, EffectDuration.SCENE, List.of(),
                List.of(), 0, 0, 0);
        // Abel had scene armor; Zara had none, so her sheet recorded nothing
        RecordingNestedCommands nested = new RecordingNestedCommands(command ->
                command instanceof EndTemporaryArmor end && end.characterId().equals(ABEL) ? abelsEnded : null);

        List<TemporaryArmorEnded> ended = new SceneEndDecision().handle(new EndScene(CAMPAIGN), nested, lookup);

        // with its armor, each character's conditions lasting until the scene's end run out
        assertThat(nested.sent()).containsExactly(new EndTemporaryArmor(CAMPAIGN, ABEL, EffectDuration.SCENE),
                new ExpireConditions(CAMPAIGN, ABEL, EffectDuration.SCENE),
                new EndTemporaryArmor(CAMPAIGN, ZARA, EffectDuration.SCENE),
                new ExpireConditions(CAMPAIGN, ZARA, EffectDuration.SCENE));
        assertThat(ended).containsExactly(abelsEnded);
    }
}
