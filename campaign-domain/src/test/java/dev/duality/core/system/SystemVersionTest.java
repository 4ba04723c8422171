package dev.duality.core.system;

import dev.duality.core.CoreMessages;
import dev.duality.core.catalog.MessageCatalog;
import dev.duality.core.testing.FakeSystemModule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SystemVersionTest {
    @Test
    void parsesMajorMinorPatch() {
        assertThat(SystemVersion.parse("1.12.3")).contains(new SystemVersion(1, 12, 3));
        assertThat(SystemVersion.parse("0.1.0").map(SystemVersion::toString)).contains("0.1.0");
    }

    @ParameterizedTest(name = "\"{0}\" is no version")
    @ValueSource(strings = {"", "1", "1.0", "1.0.0.0", "1.0.0-rc1", "v1.0.0", "01.0.0", "1.-1.0", "1.0.x",
            "9999999999.0.0"})
    void refusesAnythingElse(String text) {
        assertThat(SystemVersion.parse(text)).isEmpty();
        assertThat(SystemVersion.parse(null)).isEmpty();
    }

    @ParameterizedTest(name = "a module at 1.2.0 serves a campaign of {0}: {1}")
    @CsvSource({
            "1.2.0, true",   // the same rules
            "1.0.0, true",   // created before rules that only grew
            "1.1.7, true",
            "1.2.1, false",  // newer than the module: rules it does not know
            "1.3.0, false",
            "2.0.0, false",  // another major: breaking rules
            "0.9.0, false"})
    void aModuleServesItsOwnMajorUpToItsVersion(String campaign, boolean served) {
        assertThat(new SystemVersion(1, 2, 0).serves(SystemVersion.parse(campaign).orElseThrow())).isEqualTo(served);
    }

    @Test
    void theCatalogSupportsWhatTheModuleServes() {
        MessageCatalog catalog = MessageCatalog.of(new CoreMessages(),
                List.of(FakeSystemModule.testsys().atVersion("1.2.0")));

        assertThat(catalog.supportsSystem("testsys", "1.0.0")).isTrue();
        assertThat(catalog.supportsSystem("testsys", "1.2.0")).isTrue();
        assertThat(catalog.supportsSystem("testsys", "1.3.0")).isFalse();
        assertThat(catalog.supportsSystem("testsys", "2.0.0")).isFalse();
        assertThat(catalog.supportsSystem("testsys", "1.0")).isFalse();
        assertThat(catalog.supportsSystem("testsys", null)).isFalse();
        assertThat(catalog.supportsSystem("othersys", "1.0.0")).isFalse();
    }

    @Test
    void aModuleThatKeepsAnOlderMajorServesItToo() {
        SystemModule keepsOne = new KeepsMajorOne(FakeSystemModule.testsys().atVersion("2.1.0"));
        MessageCatalog catalog = MessageCatalog.of(new CoreMessages(), List.of(keepsOne));

        assertThat(catalog.supportsSystem("testsys", "1.4.0")).isTrue();
        assertThat(catalog.supportsSystem("testsys", "2.0.0")).isTrue();
        assertThat(catalog.supportsSystem("testsys", "2.2.0")).isFalse();
        assertThat(catalog.supportsSystem("testsys", "0.1.0")).isFalse();
    }

    /** A release 2.x that still decides campaigns created under 1.x with the 1.x rules it kept. */
    private record KeepsMajorOne(FakeSystemModule module) implements SystemModule {
        @Override
        public boolean serves(SystemVersion version) {
            return version.major() == 1 || SystemModule.super.serves(version);
        }

        @Override
        public String systemId() {
            return module.systemId();
        }

        @Override
        public String systemVersion() {
            return module.systemVersion();
        }

        @Override
        public SessionReadinessHook sessionReadiness(AggregateLookup lookup) {
            return module.sessionReadiness(lookup);
        }

        @Override
        public List<Object> firstSessionCommands(FirstSession firstSession) {
            return module.firstSessionCommands(firstSession);
        }

        @Override
        public List<dev.duality.core.catalog.CommandDefinition> commands() {
            return module.commands();
        }

        @Override
        public List<dev.duality.core.catalog.EventDefinition> events() {
            return module.events();
        }

        @Override
        public List<Class<?>> aggregates() {
            return module.aggregates();
        }
    }
}
