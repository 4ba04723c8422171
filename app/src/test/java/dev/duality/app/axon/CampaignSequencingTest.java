package dev.duality.app.axon;

import dev.duality.app.support.GameSystems;
import dev.duality.core.action.api.StoryNoteAdded;
import dev.duality.core.campaign.api.CampaignId;
import dev.duality.core.campaign.api.FreeText;
import dev.duality.core.session.api.SessionId;
import dev.duality.core.session.api.SessionStreamId;
import dev.duality.sys.daggerheart.countdown.api.CountdownAdvanced;
import dev.duality.sys.daggerheart.countdown.api.CountdownBoardId;
import dev.duality.sys.daggerheart.countdown.api.CountdownId;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/** Streaming processors keep one campaign's events in one sequence, whichever aggregate's stream holds them. */
class CampaignSequencingTest {
    private static final CampaignId WITHERWILD = CampaignId.of("witherwild");
    private static final SessionId FIRST = SessionId.of("first");

    @Test
    void theCampaignsOwnStreamItsSessionsAndAGameSystemsAggregatesShareOneSequence() {
        StoryNoteAdded note = new StoryNoteAdded(WITHERWILD, FIRST, FreeText.of("A carved stone", "content"), null);
        CountdownAdvanced advanced = new CountdownAdvanced(WITHERWILD, CountdownId.of("tide"), 3, 2, 1, false, null,
                null, true);

        assertThat(sequenceOf(WITHERWILD.value(), note)).isEqualTo("witherwild");
        assertThat(sequenceOf(SessionStreamId.of(WITHERWILD, FIRST).value(), note)).isEqualTo("witherwild");
        assertThat(sequenceOf(CountdownBoardId.of(WITHERWILD).value(), advanced)).isEqualTo("witherwild");
    }

    @Test
    void campaignsAreSequencesOfTheirOwn() {
        CampaignId other = CampaignId.of("hollow-road");
        assertThat(sequenceOf(CountdownBoardId.of(other).value(), new CountdownAdvanced(other, CountdownId.of("tide"),
                3, 2, 1, false, null, null, true))).isEqualTo("hollow-road");
    }

    @Test
    void everyEventOfTheCoreAndOfEveryGameSystemNamesItsCampaign() {
        // else its events would keep only their aggregate's order and fall off the timeline
        assertThat(GameSystems.catalog().events()).isNotEmpty().allSatisfy(event -> assertThat(
                event.payload().isRecord() && Arrays.stream(event.payload().getRecordComponents()).anyMatch(
                        component -> component.getName().equals("campaignId")
                                && component.getType() == CampaignId.class)).as(event.type()).isTrue());
    }

    @Test
    void anEventNamingNoCampaignKeepsTheOrderOfItsAggregate() {
        assertThat(sequenceOf("fable:chronicle:witherwild", "a payload without a campaign"))
                .isEqualTo("fable:chronicle:witherwild");
    }

    private static Object sequenceOf(String aggregateId, Object payload) {
        return AxonWiring.sequenceOf(new GenericDomainEventMessage<>("test", aggregateId, 0, payload));
    }
}
