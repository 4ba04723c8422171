package dev.duality.app.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Controller;

import java.util.Arrays;
import java.util.List;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.metaAnnotatedWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The module table and write path of docs/architecture.md as ArchUnit rules. The package root is a parameter so the
 * very same rules run on production code ({@code dev.duality}) and on deliberately broken fixtures
 * ({@link ArchitectureRulesCanFailTest}), which proves that every rule can fail.
 * <p>
 * Packages under the root: {@code core} (campaign-domain), {@code projections} (the projection engine in its root
 * package, the core's read models below it), {@code web} (the web support every endpoint uses), {@code app} (the
 * service) and {@code sys.<id>} (one game system: its domain, and per feature its {@code readmodel} and {@code web}
 * packages, plus its {@code plugin} wiring).
 */
final class DualityRules {
    static final String PRODUCTION_ROOT = "dev.duality";
    /** Inside a game system, the packages of its read models ({@code sys.<id>.<feature>.readmodel}). */
    static final String READ_MODEL = "readmodel";
    /** Inside a game system, the packages of its endpoints ({@code sys.<id>.<feature>.web}). */
    static final String WEB = "web";
    /** Inside a game system, the Spring wiring that plugs it into the service ({@code sys.<id>.plugin}). */
    static final String PLUGIN = "plugin";

    private final String root;
    private final List<Class<?>> aggregates;

    /**
     * @param root       the package holding {@code core}, {@code sys}, {@code projections}, {@code web} and {@code app}
     * @param aggregates every aggregate class the modules register
     */
    DualityRules(String root, List<Class<?>> aggregates) {
        this.root = root;
        this.aggregates = List.copyOf(aggregates);
    }

    private String pkg(String relative) {
        return root + "." + relative;
    }

    /** campaign-domain: Axon modelling/messaging only; no game system, read model, web, app, Spring or JPA. */
    ArchRule campaignDomainDependsOnNoOtherModuleNorSpringNorPersistence() {
        return noClasses().that().resideInAPackage(pkg("core.."))
                .should().dependOnClassesThat().resideInAnyPackage(pkg("sys.."), pkg("projections.."), pkg("web.."),
                        pkg("app.."), "org.springframework..", "jakarta.persistence..", "java.sql..")
                .because("campaign-domain may depend on Axon modelling/messaging only (architecture.md, Modules)");
    }

    /** Said explicitly by the contract, so it gets its own rule even though the one above implies it. */
    ArchRule coreNeverImportsDaggerheart() {
        return noClasses().that().resideInAPackage(pkg("core.."))
                .should().dependOnClassesThat().resideInAPackage(pkg("sys.daggerheart.."))
                .because("the core knows nothing about Daggerheart; a second game system is one more folder");
    }

    /**
     * A game system's domain (every package of {@code sys.<id>} but its read models, endpoints and plug-in wiring):
     * campaign-domain only, rules as pure functions.
     */
    ArchRule gameSystemDomainsDependOnTheCoreOnly() {
        return noClasses().that(gameSystemDomain())
                .should().dependOnClassesThat().resideInAnyPackage(pkg("projections.."), pkg("web.."), pkg("app.."),
                        pkg("sys.*.." + READ_MODEL + ".."), pkg("sys.*.." + WEB + ".."), pkg("sys.*.." + PLUGIN + ".."),
                        "org.springframework..", "jakarta.persistence..", "java.sql..")
                .because("a game system's domain may depend on campaign-domain only (architecture.md, Modules)");
    }

    /** Each game system may depend on campaign-domain only, so never on another game system. */
    ArchRule gameSystemsAreIndependentOfEachOther() {
        return slices().matching(pkg("sys.(*)..")).namingSlices("game system $1")
                .should().notDependOnEachOther()
                .because("a game system must be addable and removable as one folder");
    }

    /**
     * A game system's read models build on their own domain and the projection engine (the {@code projections} root
     * package): never on the core's read models, the web support, the app or the system's own endpoints.
     */
    ArchRule gameSystemReadModelsUseTheProjectionEngineOnly() {
        return noClasses().that().resideInAPackage(pkg("sys.*.." + READ_MODEL + ".."))
                .should().dependOnClassesThat().resideInAnyPackage(pkg("projections.*.."), pkg("web.."), pkg("app.."),
                        pkg("sys.*.." + WEB + ".."))
                .because("a game system's read models depend on its domain and the projection engine only");
    }

    /** A game system never depends on the app: what its endpoints need lives in the web support, below the app. */
    ArchRule gameSystemsDependOnNoApp() {
        return noClasses().that().resideInAPackage(pkg("sys.."))
                .should().dependOnClassesThat().resideInAPackage(pkg("app.."))
                .because("a plug-in never depends on the app; the gateway, guard and problem mapping are web support");
    }

    /** The core's projections know no game system, no web support and no app. */
    ArchRule projectionsDependOnNoAppNorGameSystem() {
        return noClasses().that().resideInAPackage(pkg("projections.."))
                .should().dependOnClassesThat().resideInAnyPackage(pkg("app.."), pkg("web.."), pkg("sys.."))
                .because("projections depend on campaign-domain only; game systems bring their own read models");
    }

    /** The web support serves the core's and every game system's endpoints alike: it names neither the app nor one. */
    ArchRule webSupportDependsOnNoAppNorGameSystem() {
        return noClasses().that().resideInAPackage(pkg("web.."))
                .should().dependOnClassesThat().resideInAnyPackage(pkg("app.."), pkg("sys.."))
                .because("plug-ins depend on the web support, which lives below the app");
    }

    /** The app finds game systems at start-up from their dependency alone, so it names none of their types. */
    ArchRule appNamesNoGameSystem() {
        return noClasses().that().resideInAPackage(pkg("app.."))
                .should().dependOnClassesThat().resideInAPackage(pkg("sys.."))
                .because("a second game system is one more folder and a dependency, with no other edit");
    }

    /**
     * HTTP handlers never write read-model tables and never append to the event store: they send commands and read
     * through {@code web.Gateway}. Only {@code app.persistence} (the database), {@code app.axon} (the event store
     * wiring) and {@code app.projection} (the processors, their tokens and positions) may touch persistence, their
     * controllers excepted; beyond the contract's list, EntityManagerFactory, DataSource, Spring Data and
     * Axon's EventGateway are forbidden too, as they give the same power to write. Read models are used through their
     * {@code api} packages (queries and views) only, the core's and the game systems' alike.
     */
    ArchRule httpHandlersNeverWriteTablesOrTheJournal() {
        DescribedPredicate<JavaClass> readModelInternals = resideInAnyPackage(pkg("projections.."),
                        pkg("sys.*.." + READ_MODEL + ".."))
                .and(DescribedPredicate.not(resideInAnyPackage(pkg("projections..api.."), pkg("sys..api.."))))
                .as("read-model classes outside ..api.. (rows, projections, query handlers)");
        return noClasses().that(httpLayer())
                .should().dependOnClassesThat(belongToAnyOf(jakarta.persistence.EntityManager.class,
                        jakarta.persistence.EntityManagerFactory.class,
                        org.axonframework.eventhandling.EventBus.class,
                        org.axonframework.eventhandling.gateway.EventGateway.class)
                        .or(resideInAnyPackage("org.springframework.jdbc..", "org.springframework.data..", "java.sql..",
                                "javax.sql..", "org.axonframework.eventsourcing.eventstore.."))
                        .or(readModelInternals))
                .because("HTTP handlers send commands through the Gateway and read through queries (architecture.md, "
                        + "Write path)");
    }

    /**
     * The Gateway adds the request's envelope metadata and maps failures to rejection codes: nobody goes around it.
     * Only the web support's non-controller classes (the Gateway itself) and app.axon may use Axon's buses directly.
     */
    ArchRule httpHandlersUseOnlyTheGatewayForCommandsAndQueries() {
        return noClasses().that(controllers()
                        .or(appClassesOutside("app.persistence..", "app.axon..", "app.projection.."))
                        .or(resideInAPackage(pkg("sys.*.." + WEB + "..")))
                        .as("HTTP handlers (controllers, game systems' endpoints, and app classes outside "
                                + "app.persistence, app.axon and app.projection)"))
                .should().dependOnClassesThat().resideInAnyPackage("org.axonframework.commandhandling..",
                        "org.axonframework.queryhandling..", "org.axonframework.modelling..")
                .because("commands and queries from HTTP go through web.Gateway, which adds the envelope");
    }

    /**
     * Aggregates are plain objects that Axon rebuilds from the journal and that the message catalog registers; a
     * Spring component (Axon's {@code @Aggregate} stereotype is one) would be a second registration outside it.
     */
    ArchRule aggregatesAreNotSpringComponents() {
        return noClasses().that(belongToAnyOf(aggregates.toArray(Class<?>[]::new)))
                .should().beMetaAnnotatedWith(Component.class)
                .because("aggregates are registered with Axon by the message catalog, never as Spring beans");
    }

    /** Controllers anywhere, the web support, game systems' endpoints, and app classes outside the infrastructure. */
    private DescribedPredicate<JavaClass> httpLayer() {
        return controllers().or(appClassesOutside("app.persistence..", "app.axon..", "app.projection.."))
                .or(resideInAnyPackage(pkg("web.."), pkg("sys.*.." + WEB + "..")))
                .as("HTTP handlers (controllers, the web support, game systems' endpoints, and app classes outside "
                        + "app.persistence, app.axon and app.projection)");
    }

    /** A game system's domain: its packages other than its read models, endpoints and plug-in wiring. */
    private DescribedPredicate<JavaClass> gameSystemDomain() {
        return resideInAPackage(pkg("sys.."))
                .and(DescribedPredicate.not(resideInAnyPackage(pkg("sys.*.." + READ_MODEL + ".."),
                        pkg("sys.*.." + WEB + ".."), pkg("sys.*.." + PLUGIN + ".."))))
                .as("game system domain classes");
    }

    /**
     * {@code forSubtype()} matters: without it {@code .or(...)} on this {@code CanBeAnnotated} predicate compiles to
     * the static varargs {@code DescribedPredicate.or} and silently drops the controller clause.
     */
    private static DescribedPredicate<JavaClass> controllers() {
        return metaAnnotatedWith(Controller.class).<JavaClass>forSubtype().as("controllers");
    }

    private DescribedPredicate<JavaClass> appClassesOutside(String... relativePackages) {
        String[] excluded = Arrays.stream(relativePackages).map(this::pkg).toArray(String[]::new);
        return resideInAPackage(pkg("app..")).and(DescribedPredicate.not(resideInAnyPackage(excluded)));
    }
}
