package dev.duality.sys.daggerheart;

import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.annotation.ClasspathParameterResolverFactory;
import org.axonframework.messaging.annotation.MultiParameterResolverFactory;
import org.axonframework.messaging.annotation.SimpleResourceParameterResolverFactory;
import org.axonframework.modelling.command.inspection.AggregateModel;
import org.axonframework.modelling.command.inspection.AnnotatedAggregateMetaModelFactory;

import java.lang.reflect.Constructor;
import java.util.Set;

/**
 * Aggregate state as the runtime's repository would load it: a fresh instance (through its no-argument constructor)
 * with each event handed to its {@code @EventSourcingHandler}s by Axon's own aggregate model. For readers of state
 * outside a fixture: the module's readiness hook, and the lookup a command handler reads another aggregate through.
 */
public final class Aggregates {
    private Aggregates() {
    }

    public static <T> T folded(Class<T> type, Object... events) {
        // the model also inspects the command handlers, so resources they take must resolve
        AggregateModel<T> model = AnnotatedAggregateMetaModelFactory.inspectAggregate(type,
                MultiParameterResolverFactory.ordered(ClasspathParameterResolverFactory.forClass(type),
                        new SimpleResourceParameterResolverFactory(Set.of(new FakeAggregateLookup()))));
        T aggregate = instantiate(type);
        for (Object event : events) {
            model.publish(GenericEventMessage.asEventMessage(event), aggregate);
        }
        return aggregate;
    }

    private static <T> T instantiate(Class<T> type) {
        try {
            Constructor<T> constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
            return constructor.newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot instantiate " + type, e);
        }
    }
}
