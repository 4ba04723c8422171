package dev.duality.app.projection;

import dev.duality.core.campaign.api.CampaignId;
import dev.duality.projections.timeline.TimelineProjection;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Tells this node, in-process, that the timeline has committed entries of a campaign: a {@link TimelineAdvanced}
 * application event per campaign, published once the unit of work that applied them has committed (inline: the
 * command's transaction; async: the processor's batch). Live event streams wake on it rather than on their next poll;
 * what another node writes they still find by polling.
 */
@Configuration(proxyBeanMethods = false)
public class TimelineProgress {
    private static final Logger LOG = LoggerFactory.getLogger(TimelineProgress.class);

    /** The timeline holds new, committed entries of this campaign. */
    public record TimelineAdvanced(String campaignId) {
    }

    @Bean
    ConfigurerModule timelineProgressModule(ApplicationEventPublisher events) {
        return configurer -> configurer.eventProcessing().registerHandlerInterceptor(TimelineProjection.GROUP,
                config -> new AfterCommit(events));
    }

    /** Notes each handled event's campaign in the unit of work, and publishes the campaigns after its commit. */
    static final class AfterCommit implements MessageHandlerInterceptor<EventMessage<?>> {
        private static final String RESOURCE = AfterCommit.class.getName();
        private final ApplicationEventPublisher events;

        AfterCommit(ApplicationEventPublisher events) {
            this.events = events;
        }

        @Override
        public Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain chain)
                throws Exception {
            Object result = chain.proceed();
            String campaignId = campaignOf(unitOfWork.getMessage().getPayload());
            if (campaignId != null) {
                campaignsOf(unitOfWork).add(campaignId);
            }
            return result;
        }

        private Set<String> campaignsOf(UnitOfWork<?> unitOfWork) {
            return unitOfWork.getOrComputeResource(RESOURCE, key -> {
                Set<String> campaigns = new LinkedHashSet<>();
                unitOfWork.afterCommit(done -> campaigns.forEach(this::publish));
                return campaigns;
            });
        }

        private void publish(String campaignId) {
            try {
                events.publishEvent(new TimelineAdvanced(campaignId));
            } catch (RuntimeException e) {
                // a listener's fault must not fail a committed batch; streams still poll
                LOG.warn("could not announce new timeline entries of campaign {}", campaignId, e);
            }
        }
    }

    /** The campaign an event is about: every core and system event payload names it as {@code campaignId}. */
    static String campaignOf(Object payload) {
        Method accessor = payload == null ? null : CAMPAIGN_ID.get(payload.getClass());
        if (accessor == null) {
            return null;
        }
        try {
            Object id = accessor.invoke(payload);
            return id == null ? null : ((CampaignId) id).value();
        } catch (ReflectiveOperationException e) {
            return null;
        }
    }

    private static final ClassValue<Method> CAMPAIGN_ID = new ClassValue<>() {
        @Override
        protected Method computeValue(Class<?> type) {
            if (!type.isRecord()) {
                return null;
            }
            for (RecordComponent component : type.getRecordComponents()) {
                if (component.getName().equals("campaignId") && component.getType() == CampaignId.class) {
                    Method accessor = component.getAccessor();
                    accessor.setAccessible(true);
                    return accessor;
                }
            }
            return null;
        }
    };
}
