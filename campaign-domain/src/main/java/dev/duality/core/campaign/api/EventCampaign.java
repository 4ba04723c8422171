package dev.duality.core.campaign.api;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Optional;

/**
 * The campaign an event belongs to: every core and game-system event payload names it as its {@code campaignId}
 * record component, whichever aggregate's stream the event is in. The timeline files events under it, and streaming
 * processors keep one campaign's events in one sequence by it.
 */
public final class EventCampaign {
    /** Each payload type's {@code campaignId} accessor, or none, looked up once per class. */
    private static final ClassValue<Optional<Method>> ACCESSORS = new ClassValue<>() {
        @Override
        protected Optional<Method> computeValue(Class<?> type) {
            if (!type.isRecord()) {
                return Optional.empty();
            }
            for (RecordComponent component : type.getRecordComponents()) {
                if (component.getName().equals("campaignId") && component.getType() == CampaignId.class) {
                    Method accessor = component.getAccessor();
                    accessor.setAccessible(true);
                    return Optional.of(accessor);
                }
            }
            return Optional.empty();
        }
    };

    private EventCampaign() {
    }

    /** The campaign the payload names; empty for a payload that names none. */
    public static Optional<CampaignId> of(Object payload) {
        if (payload == null) {
            return Optional.empty();
        }
        return ACCESSORS.get(payload.getClass()).map(accessor -> {
            try {
                return (CampaignId) accessor.invoke(payload);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read campaignId of " + payload.getClass(), e);
            }
        });
    }
}
