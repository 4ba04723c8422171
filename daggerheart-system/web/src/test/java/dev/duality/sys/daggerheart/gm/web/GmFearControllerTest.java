package dev.duality.sys.daggerheart.gm.web;

import dev.duality.web.CampaignGuard;

import dev.duality.sys.daggerheart.gm.web.GmFearController.SetGmFearRequest;
import dev.duality.web.ApiRejection;
import dev.duality.web.Gateway;
import dev.duality.core.campaign.api.CampaignId;
import dev.duality.core.campaign.api.CampaignStatus;
import dev.duality.core.campaign.api.ShortCode;
import dev.duality.core.rejection.Rejected;
import dev.duality.core.rejection.RejectionCode;
import dev.duality.core.value.ValueRejection;
import dev.duality.projections.campaign.api.CampaignQueries.FindCampaign;
import dev.duality.projections.campaign.api.CampaignView;
import dev.duality.sys.daggerheart.gm.readmodel.api.GmStateQueries.FindGmState;
import dev.duality.sys.daggerheart.gm.readmodel.api.GmStateView;
import dev.duality.sys.daggerheart.gm.api.GmFear;
import dev.duality.sys.daggerheart.gm.api.SetGmFear;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static dev.duality.core.campaign.api.CampaignRejection.CAMPAIGN_NOT_FOUND;
import static dev.duality.sys.daggerheart.DaggerheartRejection.GM_FEAR_OUT_OF_RANGE;
import static dev.duality.sys.daggerheart.DaggerheartRejection.GM_STATE_NOT_FOUND;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What the controller sends and answers, against a gateway stub: no Spring context, no HTTP (the HTTP integration
 * tests wait for authentication).
 */
class GmFearControllerTest {
    private static final String CAMPAIGN = "campaign-1";
    private static final Instant AT = Instant.parse("2026-11-22T15:30:00Z");

    private final StubGateway gateway = new StubGateway();
    private final GmFearController controller = new GmFearController(gateway, new CampaignGuard(gateway));

    @Test
    void getAnswersTheGmState() {
        gateway.campaign = campaign("daggerheart");
        gateway.gmState = new GmStateView(CAMPAIGN, 4, AT);

        assertThat(controller.get(CAMPAIGN)).isEqualTo(new GmStateView(CAMPAIGN, 4, AT));
    }

    @Test
    void getBeforeTheFirstSessionIsGmStateNotFound() {
        gateway.campaign = campaign("daggerheart");

        assertRejected(() -> controller.get(CAMPAIGN), GM_STATE_NOT_FOUND, null);
    }

    @Test
    void anUnknownCampaignIsCampaignNotFound() {
        assertRejected(() -> controller.get(CAMPAIGN), CAMPAIGN_NOT_FOUND, null);
        assertRejected(() -> controller.set(CAMPAIGN, new SetGmFearRequest(0, 1, null)), CAMPAIGN_NOT_FOUND, null);
        assertThat(gateway.sent).isEmpty();
    }

    @Test
    void aCampaignOfAnotherSystemIsRefused() {
        gateway.campaign = campaign("other");

        assertRejected(() -> controller.get(CAMPAIGN), ApiRejection.CAMPAIGN_SYSTEM_MISMATCH, null);
        assertRejected(() -> controller.set(CAMPAIGN, new SetGmFearRequest(0, 1, null)),
                ApiRejection.CAMPAIGN_SYSTEM_MISMATCH, null);
        assertThat(gateway.sent).isEmpty();
    }

    @Test
    void putSendsTheSetCommandAndAnswersTheNewState() {
        gateway.campaign = campaign("daggerheart");
        gateway.gmState = new GmStateView(CAMPAIGN, 5, AT);

        GmStateView answer = controller.set(CAMPAIGN, new SetGmFearRequest(3, 5, "roll_with_fear"));

        assertThat(answer).isEqualTo(new GmStateView(CAMPAIGN, 5, AT));
        assertThat(gateway.sent).containsExactly(new SetGmFear(CampaignId.of(CAMPAIGN), GmFear.of(3, "before"),
                GmFear.of(5, "after"), ShortCode.of("roll_with_fear", "reason")));
        assertThat(gateway.notFoundCodes).containsExactly(GM_STATE_NOT_FOUND);
        assertThat(gateway.actors).containsOnlyNulls();
    }

    @Test
    void theReasonIsOptional() {
        gateway.campaign = campaign("daggerheart");
        gateway.gmState = new GmStateView(CAMPAIGN, 0, AT);

        controller.set(CAMPAIGN, new SetGmFearRequest(3, 0, null));

        assertThat(gateway.sent).containsExactly(
                new SetGmFear(CampaignId.of(CAMPAIGN), GmFear.of(3, "before"), GmFear.NONE, null));
    }

    @Test
    void badValuesAreRefusedNamingTheFieldBeforeAnythingIsSent() {
        gateway.campaign = campaign("daggerheart");

        assertRejected(() -> controller.set(CAMPAIGN, new SetGmFearRequest(null, 1, null)),
                ValueRejection.VALUE_REQUIRED, "before");
        assertRejected(() -> controller.set(CAMPAIGN, new SetGmFearRequest(0, null, null)),
                ValueRejection.VALUE_REQUIRED, "after");
        assertRejected(() -> controller.set(CAMPAIGN, new SetGmFearRequest(0, 13, null)), GM_FEAR_OUT_OF_RANGE, "after");
        assertRejected(() -> controller.set(CAMPAIGN, new SetGmFearRequest(-1, 1, null)), GM_FEAR_OUT_OF_RANGE,
                "before");
        assertRejected(() -> controller.set(CAMPAIGN, new SetGmFearRequest(0, 1, "Not A Code")),
                ValueRejection.CODE_INVALID, "reason");
        assertThat(gateway.sent).isEmpty();
    }

    private static CampaignView campaign(String systemId) {
        return new CampaignView(CAMPAIGN, "The Witherwild", "en-US", null, CampaignStatus.ACTIVE,
                new CampaignView.GameSystem(systemId, "1.0.0"), 2, AT, AT);
    }

    private static void assertRejected(ThrowingCallable action, RejectionCode code, String field) {
        assertThatThrownBy(action).isInstanceOfSatisfying(Rejected.class, rejected -> {
            assertThat(rejected.code()).as("rejection code").isEqualTo(code);
            assertThat(rejected.field()).as("rejected field").isEqualTo(field);
        });
    }

    /** Answers the two queries the controller asks and records every command it sends. */
    private static final class StubGateway extends Gateway {
        CampaignView campaign;
        GmStateView gmState;
        final List<Object> sent = new ArrayList<>();
        final List<RejectionCode> notFoundCodes = new ArrayList<>();
        final List<String> actors = new ArrayList<>();

        StubGateway() {
            super(null, null, null);
        }

        @Override
        public <T> Optional<T> find(Object query, Class<T> type) {
            Object answer;
            if (query instanceof FindCampaign find) {
                answer = find.campaignId().equals(CAMPAIGN) ? campaign : null;
            } else if (query instanceof FindGmState find) {
                answer = find.campaignId().equals(CAMPAIGN) ? gmState : null;
            } else {
                throw new AssertionError("unexpected query " + query);
            }
            return Optional.ofNullable(answer).map(type::cast);
        }

        @Override
        public <R> R send(Object command, RejectionCode notFound, String actor) {
            sent.add(command);
            notFoundCodes.add(notFound);
            actors.add(actor);
            return null;
        }
    }
}
