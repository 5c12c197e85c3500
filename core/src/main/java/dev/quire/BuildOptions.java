package dev.quire;

import java.nio.file.Path;
import java.util.Objects;

/**
 * How to build a site: the same choices the CLI and the Maven plugin offer.
 *
 * @param site    the site folder
 * @param output  where the built site goes; {@code null} means {@code SITE/build}
 * @param drafts  build draft posts too
 * @param baseUrl overrides where the site is published: a path such as {@code /repo/}, or an
 *                absolute URL such as {@code https://user.github.io/repo/}; {@code null} keeps
 *                {@code quire.yml}'s
 * @param offline never use the network; plugins work from their caches
 * @param strict  treat warnings as errors
 * @param clean   build everything even when nothing changed since the last build (which is
 *                otherwise found up to date and left as it is)
 */
public record BuildOptions(Path site, Path output, boolean drafts, String baseUrl, boolean offline, boolean strict,
        boolean clean) {

    public BuildOptions {
        Objects.requireNonNull(site, "site");
        site = site.toAbsolutePath().normalize();
        output = output == null ? site.resolve("build") : output.toAbsolutePath().normalize();
    }

    /** Options that let a build be found up to date. */
    public BuildOptions(Path site, Path output, boolean drafts, String baseUrl, boolean offline, boolean strict) {
        this(site, output, drafts, baseUrl, offline, strict, false);
    }

    /** Options with every default for {@code site}. */
    public static BuildOptions of(Path site) {
        return new BuildOptions(site, null, false, null, false, false);
    }

    public BuildOptions withOutput(Path newOutput) {
        return new BuildOptions(site, newOutput, drafts, baseUrl, offline, strict, clean);
    }

    public BuildOptions withDrafts(boolean newDrafts) {
        return new BuildOptions(site, output, newDrafts, baseUrl, offline, strict, clean);
    }

    public BuildOptions withBaseUrl(String newBaseUrl) {
        return new BuildOptions(site, output, drafts, newBaseUrl, offline, strict, clean);
    }

    public BuildOptions withOffline(boolean newOffline) {
        return new BuildOptions(site, output, drafts, baseUrl, newOffline, strict, clean);
    }

    public BuildOptions withStrict(boolean newStrict) {
        return new BuildOptions(site, output, drafts, baseUrl, offline, newStrict, clean);
    }

    public BuildOptions withClean(boolean newClean) {
        return new BuildOptions(site, output, drafts, baseUrl, offline, strict, newClean);
    }
}
