package dev.duality.app.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import dev.duality.app.DualityApplication;
import dev.duality.app.support.GameSystems;
import dev.duality.web.Gateway;
import dev.duality.core.CoreMessages;
import dev.duality.core.value.Wire;
import dev.duality.sys.daggerheart.DaggerheartModule;
import dev.duality.sys.daggerheart.character.DaggerheartCharacter;
import dev.duality.sys.daggerheart.character.readmodel.CharacterSheetProjection;
import dev.duality.sys.daggerheart.gm.web.GmFearController;
import org.junit.jupiter.api.Test;

import java.util.List;

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
        return GameSystems.catalog().aggregates();
    }

    @Test
    void importSeesEveryModuleSoNoRulePassesVacuously() {
        assertThat(CLASSES.contain(CoreMessages.class)).as("campaign-domain imported").isTrue();
        assertThat(CLASSES.contain(DaggerheartModule.class)).as("daggerheart-system imported").isTrue();
        assertThat(CLASSES.contain(Wire.class)).as("projections imported").isTrue();
        assertThat(CLASSES.contain(DualityApplication.class)).as("app imported").isTrue();
        assertThat(CLASSES.contain(Gateway.class)).as("web support imported").isTrue();
        assertThat(CLASSES.contain(CharacterSheetProjection.class)).as("Daggerheart's read models imported").isTrue();
        assertThat(CLASSES.contain(GmFearController.class)).as("Daggerheart's endpoints imported").isTrue();
        assertThat(CLASSES.stream().noneMatch(c -> c.getPackageName().startsWith("dev.duality.app.architecture")))
                .as("test classes are not production classes").isTrue();
        assertThat(aggregates()).as("Daggerheart's aggregates are found on the class path")
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
    void gameSystemDomainsDependOnTheCoreOnly() {
        RULES.gameSystemDomainsDependOnTheCoreOnly().check(CLASSES);
    }

    @Test
    void gameSystemsAreIndependentOfEachOther() {
        RULES.gameSystemsAreIndependentOfEachOther().check(CLASSES);
    }

    @Test
    void gameSystemReadModelsUseTheProjectionEngineOnly() {
        RULES.gameSystemReadModelsUseTheProjectionEngineOnly().check(CLASSES);
    }

    @Test
    void gameSystemsDependOnNoApp() {
        RULES.gameSystemsDependOnNoApp().check(CLASSES);
    }

    @Test
    void projectionsDependOnNoAppNorGameSystem() {
        RULES.projectionsDependOnNoAppNorGameSystem().check(CLASSES);
    }

    @Test
    void webSupportDependsOnNoAppNorGameSystem() {
        RULES.webSupportDependsOnNoAppNorGameSystem().check(CLASSES);
    }

    @Test
    void appNamesNoGameSystem() {
        RULES.appNamesNoGameSystem().check(CLASSES);
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
