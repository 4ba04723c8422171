package dev.duality.app.docs;

import java.nio.file.Files;
import java.nio.file.Path;

/** Files of the repository, found from the test's working directory (surefire runs in {@code app/}). */
final class RepoFiles {
    private RepoFiles() {
    }

    /** The repository root: the working directory's nearest ancestor that holds the parent pom and the app module. */
    static Path root() {
        Path start = Path.of("").toAbsolutePath();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("pom.xml")) && Files.isRegularFile(dir.resolve("app/pom.xml"))) {
                return dir;
            }
        }
        throw new IllegalStateException("no repository root (pom.xml beside app/pom.xml) above " + start);
    }

    static Path resolve(String relative) {
        return root().resolve(relative);
    }
}
