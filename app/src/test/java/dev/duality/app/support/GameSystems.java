package dev.duality.app.support;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import dev.duality.app.architecture.ProductionClasses;
import dev.duality.core.CoreMessages;
import dev.duality.core.catalog.MessageCatalog;
import dev.duality.core.system.SystemModule;

import java.lang.reflect.InvocationTargetException;
import java.util.Comparator;
import java.util.List;

/**
 * Every game system module among the production classes, for tests that need the catalog without starting the
 * service. The service itself takes the module beans its plug-ins declare; {@code GameSystemPluginIT} proves that
 * both ways find the same systems.
 */
public final class GameSystems {
    private GameSystems() {
    }

    public static List<SystemModule> onClassPath() {
        return ProductionClasses.get().stream()
                .filter(c -> c.isAssignableTo(SystemModule.class) && !c.isInterface()
                        && !c.getModifiers().contains(JavaModifier.ABSTRACT))
                .sorted(Comparator.comparing(JavaClass::getName))
                .<SystemModule>map(GameSystems::instantiate)
                .toList();
    }

    /** The catalog the service builds: the core and every game system on the class path. */
    public static MessageCatalog catalog() {
        return MessageCatalog.of(new CoreMessages(), onClassPath());
    }

    private static SystemModule instantiate(JavaClass type) {
        try {
            return (SystemModule) type.reflect().getConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("game system module " + type.getName()
                    + " needs a public no-argument constructor", e instanceof InvocationTargetException i ? i.getCause() : e);
        }
    }
}
