package dev.duality.app.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import dev.duality.app.architecture.fixture.app.AppSetting;
import dev.duality.app.architecture.fixture.app.axon.JournalWiring;
import dev.duality.app.architecture.fixture.app.campaign.BypassingController;
import dev.duality.app.architecture.fixture.app.campaign.ReadingController;
import dev.duality.app.architecture.fixture.app.campaign.SystemAwareSetting;
import dev.duality.app.architecture.fixture.app.campaign.TableWriter;
import dev.duality.app.architecture.fixture.app.persistence.Store;
import dev.duality.app.architecture.fixture.web.FixtureGateway;
import dev.duality.app.architecture.fixture.web.WebController;
import dev.duality.app.architecture.fixture.web.WebSupportReachingIn;
import dev.duality.app.architecture.fixture.core.ComponentAggregate;
import dev.duality.app.architecture.fixture.core.CoreTouchesEverything;
import dev.duality.app.architecture.fixture.core.PlainAggregate;
import dev.duality.app.architecture.fixture.projections.ProjectionEngine;
import dev.duality.app.architecture.fixture.projections.ProjectionRow;
import dev.duality.app.architecture.fixture.projections.campaign.CoreRow;
import dev.duality.app.architecture.fixture.projections.api.SheetView;
import dev.duality.app.architecture.fixture.sys.daggerheart.SheetRules;
import dev.duality.app.architecture.fixture.sys.daggerheart.StereotypeAggregate;
import dev.duality.app.architecture.fixture.sys.daggerheart.readmodel.SheetRow;
import dev.duality.app.architecture.fixture.sys.daggerheart.readmodel.api.SheetRowView;
import dev.duality.app.architecture.fixture.sys.daggerheart.web.SheetController;
import dev.duality.app.architecture.fixture.sys.other.OtherSystemRule;
import dev.duality.app.architecture.fixture.stray.StrayController;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Runs every rule of {@link ArchitectureTest} on the deliberately broken fixture tree and checks that it fails for
 * the right reasons and only those: a rule that cannot fail (a typo in a package pattern, a predicate that matches
 * nothing) would otherwise pass on production code forever.
 */
class ArchitectureRulesCanFailTest {
    private static final String ROOT = "dev.duality.app.architecture.fixture";
    private static final JavaClasses FIXTURES = new ClassFileImporter().importPackages(ROOT);
    private static final DualityRules RULES = new DualityRules(ROOT,
            List.of(PlainAggregate.class, ComponentAggregate.class, StereotypeAggregate.class));

    /**
     * The violations a rule that must fail reports on the fixtures, without the report's header line: that line
     * repeats the rule's description, which may name classes that do not violate it.
     */
    private static String failureOf(ArchRule rule) {
        Throwable failure = catchThrowable(() -> rule.check(FIXTURES));
        assertThat(failure).as("expected to fail on the fixtures: %s", rule.getDescription())
                .isInstanceOf(AssertionError.class);
        String report = failure.getMessage();
        return report.substring(report.indexOf('\n') + 1);
    }

    private static String[] names(Class<?>... classes) {
        return java.util.Arrays.stream(classes).map(Class::getName).toArray(String[]::new);
    }

    @Test
    void campaignDomainRuleCatchesEveryForbiddenDependency() {
        String report = failureOf(RULES.campaignDomainDependsOnNoOtherModuleNorSpringNorPersistence());

        assertThat(report).contains(names(SheetRules.class, ProjectionRow.class, AppSetting.class))
                .contains("org.springframework.context.ApplicationContext", "jakarta.persistence.EntityManager",
                        "java.sql.Connection");
    }

    @Test
    void coreDaggerheartRuleCatchesTheImport() {
        String report = failureOf(RULES.coreNeverImportsDaggerheart());

        assertThat(report).contains(CoreTouchesEverything.class.getName() + ".daggerheart")
                .contains(SheetRules.class.getName())
                .doesNotContain(ProjectionRow.class.getName());
    }

    @Test
    void gameSystemDomainRuleCatchesReadModelWebAppSpringAndPersistence() {
        String report = failureOf(RULES.gameSystemDomainsDependOnTheCoreOnly());

        assertThat(report).contains(SheetRules.class.getName())
                .contains(names(ProjectionRow.class, AppSetting.class))
                .contains("org.springframework.context.ApplicationContext", "jakarta.persistence.EntityManager",
                        "java.sql.Connection")
                // a read model and an endpoint of a game system are not its domain
                .doesNotContain(names(SheetRow.class, SheetController.class));
    }

    @Test
    void gameSystemIndependenceRuleCatchesOneSystemUsingAnother() {
        String report = failureOf(RULES.gameSystemsAreIndependentOfEachOther());

        assertThat(report).contains("game system daggerheart", "game system other", OtherSystemRule.class.getName());
    }

    @Test
    void gameSystemReadModelRuleCatchesCoreReadModelsWebAndAppButAllowsTheEngine() {
        String report = failureOf(RULES.gameSystemReadModelsUseTheProjectionEngineOnly());

        assertThat(report).contains(SheetRow.class.getName())
                .contains(names(CoreRow.class, FixtureGateway.class, AppSetting.class))
                .doesNotContain(ProjectionEngine.class.getName(), "jakarta.persistence.EntityManager",
                        SheetRules.class.getName() + ">");
    }

    @Test
    void gameSystemAppRuleCatchesEndpointsAndReadModelsReachingIntoTheApp() {
        String report = failureOf(RULES.gameSystemsDependOnNoApp());

        assertThat(report).contains(names(SheetController.class, SheetRow.class, SheetRules.class))
                .contains(AppSetting.class.getName());
    }

    @Test
    void projectionsRuleCatchesAppDependency() {
        String report = failureOf(RULES.projectionsDependOnNoAppNorGameSystem());

        assertThat(report).contains(ProjectionRow.class.getName() + ".app").contains(AppSetting.class.getName());
    }

    @Test
    void webSupportRuleCatchesTheAppAndGameSystems() {
        String report = failureOf(RULES.webSupportDependsOnNoAppNorGameSystem());

        assertThat(report).contains(WebSupportReachingIn.class.getName())
                .contains(names(AppSetting.class, SheetRules.class))
                .doesNotContain(FixtureGateway.class.getName() + ".");
    }

    @Test
    void appRuleCatchesAGameSystemType() {
        String report = failureOf(RULES.appNamesNoGameSystem());

        assertThat(report).contains(SystemAwareSetting.class.getName(), SheetRules.class.getName());
    }

    @Test
    void writePathRuleCatchesEveryBypassButAllowsPersistenceAxonAndQueryViews() {
        String report = failureOf(RULES.httpHandlersNeverWriteTablesOrTheJournal());

        assertThat(report).contains(names(BypassingController.class, TableWriter.class, StrayController.class,
                        SheetController.class))
                .contains("jakarta.persistence.EntityManager", "jakarta.persistence.EntityManagerFactory",
                        "org.springframework.jdbc.core.JdbcTemplate", "java.sql.Connection", "javax.sql.DataSource",
                        "org.springframework.data.repository.CrudRepository",
                        "org.axonframework.eventsourcing.eventstore.EventStore",
                        "org.axonframework.eventhandling.EventBus",
                        "org.axonframework.eventhandling.gateway.EventGateway", ProjectionRow.class.getName(),
                        SheetRow.class.getName())
                .doesNotContain(names(Store.class, JournalWiring.class, ReadingController.class, FixtureGateway.class,
                        SheetView.class, SheetRowView.class));
    }

    @Test
    void gatewayRuleCatchesDirectCommandAndQueryUseButAllowsTheGatewayAndAxonWiring() {
        String report = failureOf(RULES.httpHandlersUseOnlyTheGatewayForCommandsAndQueries());

        assertThat(report).contains(names(BypassingController.class, TableWriter.class, StrayController.class,
                        WebController.class, SheetController.class))
                .contains("org.axonframework.commandhandling.gateway.CommandGateway",
                        "org.axonframework.queryhandling.QueryGateway",
                        "org.axonframework.modelling.command.Repository",
                        "org.axonframework.commandhandling.CommandBus")
                .doesNotContain(names(FixtureGateway.class, JournalWiring.class, ReadingController.class));
    }

    @Test
    void aggregateRuleCatchesComponentAndAxonSpringStereotype() {
        String report = failureOf(RULES.aggregatesAreNotSpringComponents());

        assertThat(report).contains(names(ComponentAggregate.class, StereotypeAggregate.class))
                .doesNotContain(PlainAggregate.class.getName());
    }

    @Test
    void fixturesAreInvisibleToSpringComponentScanning() {
        // the app scans its own packages, test classes included: a fixture bean would join every integration test's context
        assertThat(new ClassPathScanningCandidateComponentProvider(true).findCandidateComponents(ROOT)).isEmpty();
    }

    @Test
    void rulesPassOnAFixtureWithoutViolations() {
        // guards against a rule that fails on anything: the clean classes alone satisfy the rules that apply to them
        JavaClasses clean = new ClassFileImporter().importClasses(PlainAggregate.class, ReadingController.class,
                FixtureGateway.class, SheetView.class, AppSetting.class, Store.class, JournalWiring.class);
        DualityRules rules = new DualityRules(ROOT, List.of(PlainAggregate.class));

        rules.campaignDomainDependsOnNoOtherModuleNorSpringNorPersistence().check(clean);
        rules.coreNeverImportsDaggerheart().check(clean);
        rules.httpHandlersNeverWriteTablesOrTheJournal().check(clean);
        rules.httpHandlersUseOnlyTheGatewayForCommandsAndQueries().check(clean);
        rules.aggregatesAreNotSpringComponents().check(clean);
    }
}
