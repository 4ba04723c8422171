package dev.duality.core.system;

import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A game system's rules version, {@code MAJOR.MINOR.PATCH}. Within one major version rules only grow compatibly, so a
 * module serves every campaign created with an equal or older version of its major; a breaking rules change is a new
 * major version, which campaigns of the old major never get without an explicit upgrade.
 */
public record SystemVersion(int major, int minor, int patch) implements Comparable<SystemVersion> {
    private static final Pattern FORM = Pattern.compile("(0|[1-9]\\d{0,8})\\.(0|[1-9]\\d{0,8})\\.(0|[1-9]\\d{0,8})");
    private static final Comparator<SystemVersion> ORDER = Comparator.comparingInt(SystemVersion::major)
            .thenComparingInt(SystemVersion::minor).thenComparingInt(SystemVersion::patch);

    public SystemVersion {
        if (major < 0 || minor < 0 || patch < 0) {
            throw new IllegalArgumentException("version parts are never negative");
        }
    }

    /** The version {@code text} spells, or empty when it is not {@code MAJOR.MINOR.PATCH} in plain numbers. */
    public static Optional<SystemVersion> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = FORM.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new SystemVersion(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(3))));
    }

    /** A module at this version serves {@code campaign}'s rules: same major, and not newer than this. */
    public boolean serves(SystemVersion campaign) {
        return campaign.major == major && compareTo(campaign) >= 0;
    }

    @Override
    public int compareTo(SystemVersion other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return major + "." + minor + "." + patch;
    }
}
