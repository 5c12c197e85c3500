package dev.quire.cli.init;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The Quire that writes a site, which the site's GitHub workflow gets again to build it.
 *
 * @param version its version, e.g. {@code 0.1.0} or {@code 0.1.0-SNAPSHOT}
 * @param commit  the full git commit it was built from, or anything else (such as {@code unknown})
 *                when its build did not record one
 */
public record QuireBuild(String version, String commit) {

    private static final Pattern FULL_COMMIT = Pattern.compile("[0-9a-f]{40}");

    public QuireBuild {
        Objects.requireNonNull(version, "version");
        commit = Objects.requireNonNullElse(commit, "unknown");
    }

    /** Whether this version is a release, published once and for good, rather than a snapshot of work in progress. */
    public boolean released() {
        return !version.endsWith("-SNAPSHOT");
    }

    /**
     * What to build this Quire from when no release has it: its commit; without one, the tag of a
     * released version, or else {@code main}, the closest a snapshot can be found again.
     */
    public String sourceRef() {
        if (FULL_COMMIT.matcher(commit).matches()) {
            return commit;
        }
        return released() ? "v" + version : "main";
    }
}
