package dev.duality.app.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Controller;

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
 */
final class DualityRules {
    static final String PRODUCTION_ROOT = "dev.duality";

    private final String root;
    private final List<Class<?>> aggregates;

    /**
     * @param root       the package holding {@code core}, {@code sys}, {@code projections} and {@code app}
     * @param aggregates every aggregate class the modules register
     */
    DualityRules(String root, List<Class<?>> aggregates) {
        this.root = root;
        this.aggregates = List.copyOf(aggregates);
    }

    private String pkg(String relative) {
        return root + "." + relative;
    }

    /** campaign-domain: Axon modelling/messaging only; no game system, read model, app, Spring web or JPA. */
    ArchRule campaignDomainDependsOnNoOtherModuleNorSpringNorPersistence() {
        return noClasses().that().resideInAPackage(pkg("core.."))
                .should().dependOnClassesThat().resideInAnyPackage(pkg("sys.."), pkg("projections.."), pkg("app.."),
                        "org.springframework..", "jakarta.persistence..", "java.sql..")
                .because("campaign-domain may depend on Axon modelling/messaging only (architecture.md, Modules)");
    }

    /** Said explicitly by the contract, so it gets its own rule even though the one above implies it. */
    ArchRule coreNeverImportsDaggerheart() {
        return noClasses().that().resideInAPackage(pkg("core.."))
                .should().dependOnClassesThat().resideInAPackage(pkg("sys.daggerheart.."))
                .because("the core knows nothing about Daggerheart; a second game system is one more module");
    }

    /** daggerheart-system (and any game system module): campaign-domain only, rules as pure functions. */
    ArchRule gameSystemsDependOnNoReadModelAppSpringOrPersistence() {
        return noClasses().that().resideInAPackage(pkg("sys.."))
                .should().dependOnClassesThat().resideInAnyPackage(pkg("projections.."), pkg("app.."),
                        "org.springframework..", "jakarta.persistence..", "java.sql..")
                .because("a game system module may depend on campaign-domain only (architecture.md, Modules)");
    }

    /** Each game system may depend on campaign-domain only, so never on another game system. */
    ArchRule gameSystemsAreIndependentOfEachOther() {
        return slices().matching(pkg("sys.(*)..")).namingSlices("game system $1")
                .should().notDependOnEachOther()
                .because("a game system must be addable and removable as one module");
    }

    ArchRule projectionsDependOnNoApp() {
        return noClasses().that().resideInAPackage(pkg("projections.."))
                .should().dependOnClassesThat().resideInAPackage(pkg("app.."))
                .because("projections may depend on campaign-domain and daggerheart-system only");
    }

    /**
     * HTTP handlers never write projection tables and never append to the event store: they send commands and read
     * through {@code app.web.Gateway}. Only {@code app.persistence} (the database) and {@code app.axon} (the event
     * store wiring) may touch persistence; beyond the contract's list, EntityManagerFactory, DataSource, Spring Data
     * and Axon's EventGateway are forbidden too, as they give the same power to write.
     */
    ArchRule httpHandlersNeverWriteTablesOrTheJournal() {
        DescribedPredicate<JavaClass> projectionInternals = resideInAPackage(pkg("projections.."))
                .and(DescribedPredicate.not(resideInAPackage(pkg("projections..api.."))))
                .as("projection classes outside ..api.. (rows, projections, query handlers)");
        return noClasses().that(httpLayer())
                .should().dependOnClassesThat(belongToAnyOf(jakarta.persistence.EntityManager.class,
                        jakarta.persistence.EntityManagerFactory.class,
                        org.axonframework.eventhandling.EventBus.class,
                        org.axonframework.eventhandling.gateway.EventGateway.class)
                        .or(resideInAnyPackage("org.springframework.jdbc..", "org.springframework.data..", "java.sql..",
                                "javax.sql..", "org.axonframework.eventsourcing.eventstore.."))
                        .or(projectionInternals))
                .because("HTTP handlers send commands through the Gateway and read through queries (architecture.md, "
                        + "Write path)");
    }

    /**
     * The Gateway adds the request's envelope metadata and maps failures to rejection codes: nobody goes around it.
     * Only app.web's own non-controller classes (the Gateway itself) and app.axon may use Axon's buses directly.
     */
    ArchRule httpHandlersUseOnlyTheGatewayForCommandsAndQueries() {
        return noClasses().that(controllers().or(appClassesOutside("app.web..", "app.persistence..", "app.axon.."))
                        .as("HTTP handlers (controllers, and app classes outside app.web, app.persistence, app.axon)"))
                .should().dependOnClassesThat().resideInAnyPackage("org.axonframework.commandhandling..",
                        "org.axonframework.queryhandling..", "org.axonframework.modelling..")
                .because("commands and queries from HTTP go through app.web.Gateway, which adds the envelope");
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

    /** Controllers anywhere, and every app class outside app.persistence and app.axon. */
    private DescribedPredicate<JavaClass> httpLayer() {
        return controllers().or(appClassesOutside("app.persistence..", "app.axon.."))
                .as("HTTP handlers (controllers, and app classes outside app.persistence and app.axon)");
    }

    /**
     * {@code forSubtype()} matters: without it {@code .or(...)} on this {@code CanBeAnnotated} predicate compiles to
     * the static varargs {@code DescribedPredicate.or} and silently drops the controller clause.
     */
    private static DescribedPredicate<JavaClass> controllers() {
        return metaAnnotatedWith(Controller.class).<JavaClass>forSubtype().as("controllers");
    }

    private DescribedPredicate<JavaClass> appClassesOutside(String... relativePackages) {
        String[] excluded = java.util.Arrays.stream(relativePackages).map(this::pkg).toArray(String[]::new);
        return resideInAPackage(pkg("app..")).and(DescribedPredicate.not(resideInAnyPackage(excluded)));
    }
}
