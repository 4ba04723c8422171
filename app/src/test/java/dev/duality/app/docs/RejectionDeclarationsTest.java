package dev.duality.app.docs;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaFieldAccess;
import dev.duality.app.architecture.ProductionClasses;
import dev.duality.app.support.GameSystems;
import dev.duality.core.catalog.CatalogDocument;
import dev.duality.core.catalog.CommandDefinition;
import dev.duality.core.catalog.HandlerScan;
import dev.duality.core.catalog.MessageCatalog;
import dev.duality.core.rejection.RejectionCode;
import dev.duality.core.system.SystemModule;
import dev.duality.web.SendsCommand;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.axonframework.commandhandling.CommandHandler;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Rejection codes are declared beside their command in the catalog: docs/errors.md's rejections-by-command table is
 * generated from the declarations, every code a decider names is declared by a command it handles, and a game
 * system's codes carry its prefix.
 */
class RejectionDeclarationsTest {
    static final String START = "<!-- rejections-by-command:start -->";
    static final String END = "<!-- rejections-by-command:end -->";
    static final String HOW_TO_REGENERATE = "regenerate it with: ./mvnw -B -pl app -am test "
            + "-Dtest=RejectionDeclarationsTest -Dsurefire.failIfNoSpecifiedTests=false -D"
            + EventCatalogDocTest.REGENERATE_PROPERTY + "=true, then review and commit "
            + ErrorCodesDocumentedTest.ERRORS_DOC;

    private final MessageCatalog catalog = GameSystems.catalog();

    @Test
    void errorsDocCarriesTheCurrentRejectionsByCommandTable() throws IOException {
        Path file = RepoFiles.resolve(ErrorCodesDocumentedTest.ERRORS_DOC);
        String text = Files.readString(file).replace("\r\n", "\n");
        int start = text.indexOf(START);
        int end = text.indexOf(END);
        if (start < 0 || end < start) {
            fail(ErrorCodesDocumentedTest.ERRORS_DOC + " lacks the markers " + START + " and " + END);
        }
        String expected = "\n" + CatalogDocument.rejectionsByCommand(catalog);
        String current = text.substring(start + START.length(), end);
        if (Boolean.getBoolean(EventCatalogDocTest.REGENERATE_PROPERTY) && !current.equals(expected)) {
            Files.writeString(file, text.substring(0, start + START.length()) + expected + text.substring(end));
            current = expected;
        }
        if (!current.equals(expected)) {
            fail("the rejections-by-command table of " + ErrorCodesDocumentedTest.ERRORS_DOC + " is stale "
                    + EventCatalogDocTest.firstDifference(current, expected) + ".\n" + HOW_TO_REGENERATE);
        }
    }

    /**
     * A drift check on the declarations: a rejection code an aggregate (with its members) or a decision names in its
     * own code must be declared by a command it handles, or be one admission gives (the campaign admits every
     * command). Codes thrown by the rules and value types it calls are not seen here; the fixture tests cover those.
     */
    @Test
    void everyCodeADeciderNamesIsDeclaredByACommandItHandles() {
        Set<String> admission = catalog.commands().stream().flatMap(c -> c.admissionRejections().stream())
                .map(RejectionCode::name).collect(Collectors.toSet());
        List<String> undeclared = new ArrayList<>();
        for (Class<?> decider : deciders()) {
            List<Class<?>> parts = List.copyOf(HandlerScan.withMembers(List.of(decider)));
            Set<Class<?>> handled = HandlerScan.payloadsHandledBy(parts, CommandHandler.class);
            Set<String> declared = handled.stream().map(catalog::command).flatMap(java.util.Optional::stream)
                    .flatMap(c -> c.rejects().stream()).map(RejectionCode::name)
                    .collect(Collectors.toCollection(TreeSet::new));
            declared.addAll(admission);
            for (String named : codesNamedBy(parts)) {
                if (!declared.contains(named)) {
                    undeclared.add(decider.getSimpleName() + " names " + named);
                }
            }
        }
        assertThat(undeclared).as("codes a decider names that none of its commands declares").isEmpty();
    }

    @Test
    void aGameSystemsCodesCarryItsPrefix() {
        List<String> problems = new ArrayList<>();
        for (SystemModule system : catalog.systems()) {
            String prefix = system.systemId().toUpperCase(Locale.ROOT) + "_";
            ErrorCodesDocumentedTest.productionCodes().stream()
                    .filter(code -> code.getClass().getPackageName().startsWith("dev.duality.sys." + system.systemId()))
                    .filter(code -> !code.name().startsWith(prefix))
                    .forEach(code -> problems.add(code.name() + " lacks the prefix " + prefix));
        }
        assertThat(problems).isEmpty();
        assertThat(catalog.systems()).as("systems checked").isNotEmpty();
    }

    @Test
    void everyCommandDeclaresWhatItsDeciderRefusesWithOrNothingAtAll() {
        // a command that can never be refused by its decider is rare: list them, so a forgotten declaration shows.
        // Ending temporary armor or conditions, ending a scene and waking record nothing when there is nothing to end
        // or wake.
        assertThat(catalog.commands().stream().filter(c -> c.rejects().isEmpty()).map(CommandDefinition::type))
                .containsExactlyInAnyOrder("sys.daggerheart.campaign_settings.update",
                        // the roll's advance skips (and reports) what it cannot advance instead of refusing
                        "sys.daggerheart.countdown.roll_advance",
                        "sys.daggerheart.character_temporary_armor.end", "sys.daggerheart.condition.expire",
                        "sys.daggerheart.scene.end",
                        "sys.daggerheart.character.wake",
                        // an undo's restore of a sheet: the undo decided it against the journal, the sheet copies it
                        "sys.daggerheart.character_state.restore");
    }

    /**
     * One place for a command's codes: the OpenAPI document adds every code the catalog declares for an endpoint's
     * command, so an endpoint's own {@code @ApiResponse} lists name only the checks the endpoint makes itself (its
     * value parsing), never a code the command already declares, which could drift from it or sit under another status.
     */
    @Test
    void endpointsListOnlyTheCodesTheirCommandDoesNotDeclare() {
        List<String> repeated = new ArrayList<>();
        int endpoints = 0;
        for (JavaClass javaClass : ProductionClasses.get()) {
            for (Method method : javaClass.reflect().getDeclaredMethods()) {
                SendsCommand sends = method.getAnnotation(SendsCommand.class);
                if (sends == null) {
                    continue;
                }
                endpoints++;
                Set<String> declared = catalog.command(sends.value()).orElseThrow().allRejections().stream()
                        .map(RejectionCode::name).collect(Collectors.toSet());
                for (ApiResponse response : method.getAnnotationsByType(ApiResponse.class)) {
                    for (String named : response.description().split("[^A-Z_]+")) {
                        if (declared.contains(named)) {
                            repeated.add(javaClass.getSimpleName() + "." + method.getName() + " lists " + named
                                    + " under " + response.responseCode());
                        }
                    }
                }
            }
        }
        assertThat(endpoints).as("endpoints that send a command").isGreaterThan(30);
        assertThat(repeated).as("codes the command declares, listed again by hand").isEmpty();
    }

    /** The aggregates of every module, and every system's command handlers. */
    private List<Class<?>> deciders() {
        List<Class<?>> deciders = new ArrayList<>(catalog.aggregates());
        catalog.systems().forEach(system -> system.commandHandlers().forEach(h -> deciders.add(h.getClass())));
        return deciders;
    }

    /** Rejection codes the classes (and their nested classes) read as enum constants. */
    private static Set<String> codesNamedBy(List<Class<?>> parts) {
        Set<String> codes = new TreeSet<>();
        List<JavaClass> classes = new ArrayList<>();
        for (Class<?> part : parts) {
            classes.add(ProductionClasses.get().get(part));
            classes.addAll(ProductionClasses.get().stream()
                    .filter(c -> c.getName().startsWith(part.getName() + "$")).toList());
        }
        for (JavaClass c : classes) {
            for (JavaFieldAccess access : c.getFieldAccessesFromSelf()) {
                JavaClass owner = access.getTarget().getOwner();
                if (owner.isEnum() && owner.isAssignableTo(RejectionCode.class)) {
                    codes.add(access.getTarget().getName());
                }
            }
        }
        return codes;
    }
}
