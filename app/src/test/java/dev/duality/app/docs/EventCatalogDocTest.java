package dev.duality.app.docs;

import dev.duality.core.catalog.CatalogDocument;
import dev.duality.app.support.GameSystems;
import dev.duality.core.catalog.MessageCatalog;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * docs/events/catalog.md is the generated catalog of every command and event; this test fails when it no longer
 * matches what the modules register. With {@code -Dduality.docs.regenerate=true} it rewrites the file instead.
 */
class EventCatalogDocTest {
    static final String CATALOG_DOC = "docs/events/catalog.md";
    static final String REGENERATE_PROPERTY = "duality.docs.regenerate";
    static final String HOW_TO_REGENERATE = "regenerate it with: ./mvnw -B -pl app -am test -Dtest=EventCatalogDocTest"
            + " -Dsurefire.failIfNoSpecifiedTests=false -D" + REGENERATE_PROPERTY + "=true, then review and commit "
            + CATALOG_DOC;


    @Test
    void committedCatalogMatchesTheRegisteredCommandsAndEvents() throws IOException {
        MessageCatalog catalog = GameSystems.catalog();
        // without this a scan that finds nothing would silently render (and regenerate) a catalog of the core alone
        assertThat(catalog.systems()).as("game systems on the class path").isNotEmpty();
        String rendered = CatalogDocument.render(catalog);
        Path file = RepoFiles.resolve(CATALOG_DOC);

        if (Boolean.getBoolean(REGENERATE_PROPERTY)) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, rendered);
        }

        if (!Files.isRegularFile(file)) {
            fail(CATALOG_DOC + " is missing; " + HOW_TO_REGENERATE);
        }
        // a checkout with CRLF line endings is not a stale document
        String committed = Files.readString(file).replace("\r\n", "\n");
        if (!committed.equals(rendered)) {
            fail(CATALOG_DOC + " is stale: it differs from the registered commands and events "
                    + firstDifference(committed, rendered) + ".\n" + HOW_TO_REGENERATE);
        }
    }

    @Test
    void staleDocumentIsReportedAtItsFirstChangedLine() {
        assertThat(firstDifference("a\nb\nc\n", "a\nB\nc\n")).isEqualTo("at line 2:\n  committed: b\n  expected:  B");
        assertThat(firstDifference("a\n", "a\nb\n")).isEqualTo("at line 2:\n  committed: \n  expected:  b");
        assertThat(firstDifference("a\n", "a\n")).isEmpty();
    }

    /** Where the two texts first differ, so the failure says what changed without printing both documents. */
    static String firstDifference(String committed, String rendered) {
        String[] a = committed.split("\n", -1);
        String[] b = rendered.split("\n", -1);
        for (int i = 0; i < Math.max(a.length, b.length); i++) {
            String was = i < a.length ? a[i] : "<end of file>";
            String now = i < b.length ? b[i] : "<end of file>";
            if (!was.equals(now)) {
                return "at line " + (i + 1) + ":\n  committed: " + was + "\n  expected:  " + now;
            }
        }
        return "";
    }
}
