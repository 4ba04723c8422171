package dev.duality.app.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** Every production class of every module (from the test class path), imported once and shared by the tests. */
public final class ProductionClasses {
    private static JavaClasses classes;

    private ProductionClasses() {
    }

    public static synchronized JavaClasses get() {
        if (classes == null) {
            classes = new ClassFileImporter()
                    .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                    .importPackages(DualityRules.PRODUCTION_ROOT);
        }
        return classes;
    }
}
