package dev.duality.core.catalog;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/** Finds which payload classes a set of handler classes handle, by their annotated methods' first parameter. */
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
            }
        }
        return payloads;
    }
}
