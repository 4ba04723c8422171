package dev.duality.core.catalog;

import dev.duality.core.testing.FakeCoreModule;
import dev.duality.core.testing.FakeSystemModule;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

import static dev.duality.core.catalog.EventDefinition.event;
import static dev.duality.core.testing.Generated.between;
import static dev.duality.core.testing.Generated.forAll;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Properties of the catalog over generated type names: a name is accepted exactly when it is lowercase dot-separated
 * words under its owner's namespace, and an accepted one maps to its payload and back.
 */
class CatalogPropertiesTest {
    private static final Pattern CORE_NAME = Pattern.compile("[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)+");
    /** One or more words: what follows {@code sys.<id>.} ({@code sys.daggerheart.gm_fear_changed}). */
    private static final Pattern WORDS = Pattern.compile("[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)*");
    private static final String ALPHABET = "abz09_.A-";

    record Thing() {
    }

    @Test
    void aCoreTypeNameIsAcceptedExactlyWhenItIsLowercaseDottedWordsOutsideSys() {
        forAll(31, CatalogPropertiesTest::name, name -> {
            Throwable refused = catchThrowable(() -> MessageCatalog.of(FakeCoreModule.empty()
                    .withEvents(event(name, Thing.class)), List.of()));
            boolean valid = CORE_NAME.matcher(name).matches() && !name.startsWith("sys.");
            assertThat(refused == null).as("%s accepted", name).isEqualTo(valid);
            if (refused != null) {
                assertThat(refused).isInstanceOfSatisfying(CatalogException.class,
                        e -> assertThat(e.type()).isEqualTo(name));
            } else {
                MessageCatalog catalog = MessageCatalog.of(FakeCoreModule.empty()
                        .withEvents(event(name, Thing.class)), List.of());
                assertThat(catalog.typeName(Thing.class)).contains(name);
                assertThat(catalog.payloadClass(name)).contains(Thing.class);
            }
        });
    }

    @Test
    void aGameSystemsTypeNameIsAcceptedOnlyUnderItsOwnNamespace() {
        forAll(32, random -> (random.nextBoolean() ? "sys.testsys." : random.nextBoolean() ? "sys.other." : "")
                + name(random), name -> {
            Throwable refused = catchThrowable(() -> MessageCatalog.of(FakeCoreModule.empty(),
                    List.of(FakeSystemModule.testsys().withEvents(event(name, Thing.class)))));
            boolean valid = name.startsWith("sys.testsys.")
                    && WORDS.matcher(name.substring("sys.testsys.".length())).matches();
            assertThat(refused == null).as("%s accepted", name).isEqualTo(valid);
        });
    }

    /** Mostly near-valid names: words of the alphabet joined by dots, now and then broken. */
    private static String name(Random random) {
        StringBuilder name = new StringBuilder();
        for (int word = between(random, 1, 3); word > 0; word--) {
            for (int c = between(random, 0, 5); c > 0; c--) {
                name.append(ALPHABET.charAt(random.nextInt(random.nextInt(4) == 0 ? ALPHABET.length() : 3)));
            }
            if (word > 1) {
                name.append('.');
            }
        }
        return name.toString();
    }
}
