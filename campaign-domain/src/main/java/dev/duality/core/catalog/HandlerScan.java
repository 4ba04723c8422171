package dev.duality.core.catalog;

import org.axonframework.modelling.command.AggregateMember;

import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Finds which payload classes a set of handler classes handle, by the first parameter of their annotated methods and
 * constructors.
 */
public final class HandlerScan {
    private HandlerScan() {
    }

    public static Set<Class<?>> payloadsHandledBy(Collection<Class<?>> handlerClasses,
                                                  Class<? extends Annotation> annotation) {
        Set<Class<?>> payloads = new LinkedHashSet<>();
        for (Class<?> handlerClass : handlerClasses) {
            for (Class<?> c = handlerClass; c != null && c != Object.class; c = c.getSuperclass()) {
                for (Method method : c.getDeclaredMethods()) {
                    if (method.isAnnotationPresent(annotation) && method.getParameterCount() > 0) {
                        payloads.add(method.getParameterTypes()[0]);
                    }
                }
                // an aggregate's creating command is handled by a constructor
                for (java.lang.reflect.Constructor<?> constructor : c.getDeclaredConstructors()) {
                    if (constructor.isAnnotationPresent(annotation) && constructor.getParameterCount() > 0) {
                        payloads.add(constructor.getParameterTypes()[0]);
                    }
                }
            }
        }
        return payloads;
    }

    /**
     * The aggregate classes together with every entity class reachable through {@code @AggregateMember} fields (for
     * collections and maps, their element or value type): Axon folds events into all of them.
     */
    public static Set<Class<?>> withMembers(Collection<Class<?>> aggregates) {
        Set<Class<?>> all = new LinkedHashSet<>();
        Deque<Class<?>> pending = new ArrayDeque<>(aggregates);
        while (!pending.isEmpty()) {
            Class<?> type = pending.pop();
            if (!all.add(type)) {
                continue;
            }
            for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
                for (Field field : c.getDeclaredFields()) {
                    if (field.isAnnotationPresent(AggregateMember.class)) {
                        pending.add(memberType(field));
                    }
                }
            }
        }
        return all;
    }

    private static Class<?> memberType(Field field) {
        Type generic = field.getGenericType();
        boolean container = Collection.class.isAssignableFrom(field.getType())
                || Map.class.isAssignableFrom(field.getType());
        if (container && generic instanceof ParameterizedType parameterized) {
            Type[] arguments = parameterized.getActualTypeArguments();
            if (arguments[arguments.length - 1] instanceof Class<?> element) {
                return element;
            }
        }
        return field.getType();
    }
}
