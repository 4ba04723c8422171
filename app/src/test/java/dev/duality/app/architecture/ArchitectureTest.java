package dev.duality.app.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import dev.duality.app.DualityApplication;
import dev.duality.app.web.Gateway;
import dev.duality.core.CoreMessages;
import dev.duality.core.system.SystemModule;
import dev.duality.projections.Wire;
import dev.duality.sys.daggerheart.DaggerheartModule;
import dev.duality.sys.daggerheart.character.DaggerheartCharacter;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Enforces the module table and write path of docs/architecture.md on the production classes of every module.
 * {@link ArchitectureRulesCanFailTest} runs the same rules on broken fixtures to prove each one can fail.
 */
class ArchitectureTest {
    private static final JavaClasses CLASSES = ProductionClasses.get();
    private static final DualityRules RULES = new DualityRules(DualityRules.PRODUCTION_ROOT, aggregates());

    /** The core's aggregates and those of every game system module on the class path. */
    static List<Class<?>> aggregates() {
        List<Class<?>> aggregates = new ArrayList<>(new CoreMessages().aggregates());
        ServiceLoader.load(SystemModule.class).forEach(system -> aggregates.addAll(system.aggregates()));
        return aggregates;
    }

    @Test
    void importSeesEveryModuleSoNoRulePassesVacuously() {
        assertThat(CLASSES.contain(CoreMessages.class)).as("campaign-domain imported").isTrue();
        assertThat(CLASSES.contain(DaggerheartModule.class)).as("daggerheart-system imported").isTrue();
        assertThat(CLASSES.contain(Wire.class)).as("projections imported").isTrue();
        assertThat(CLASSES.contain(DualityApplication.class)).as("app imported").isTrue();
        assertThat(CLASSES.contain(Gateway.class)).as("app web imported").isTrue();
        assertThat(CLASSES.stream().noneMatch(c -> c.getPackageName().startsWith("dev.duality.app.architecture")))
                .as("test classes are not production classes").isTrue();
        assertThat(aggregates()).as("Daggerheart's aggregates are found through ServiceLoader")
                .contains(DaggerheartCharacter.class).containsAll(new DaggerheartModule().aggregates());
    }

    @Test
    void campaignDomainDependsOnNoOtherModuleNorSpringNorPersistence() {
        RULES.campaignDomainDependsOnNoOtherModuleNorSpringNorPersistence().check(CLASSES);
    }

    @Test
    void coreNeverImportsDaggerheart() {
        RULES.coreNeverImportsDaggerheart().check(CLASSES);
    }

    @Test
    void gameSystemsDependOnNoReadModelAppSpringOrPersistence() {
        RULES.gameSystemsDependOnNoReadModelAppSpringOrPersistence().check(CLASSES);
    }

    @Test
    void gameSystemsAreIndependentOfEachOther() {
        RULES.gameSystemsAreIndependentOfEachOther().check(CLASSES);
    }

    @Test
    void projectionsDependOnNoApp() {
        RULES.projectionsDependOnNoApp().check(CLASSES);
    }

    @Test
    void httpHandlersNeverWriteTablesOrTheJournal() {
        RULES.httpHandlersNeverWriteTablesOrTheJournal().check(CLASSES);
    }

    @Test
    void httpHandlersUseOnlyTheGatewayForCommandsAndQueries() {
        RULES.httpHandlersUseOnlyTheGatewayForCommandsAndQueries().check(CLASSES);
    }

    @Test
    void aggregatesAreNotSpringComponents() {
        RULES.aggregatesAreNotSpringComponents().check(CLASSES);
    }
}
