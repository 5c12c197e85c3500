package dev.quire.cli;

import dev.quire.BuildOptions;
import dev.quire.command.SiteOptions;
import java.nio.file.Path;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The choices of how to build that {@code build} and {@code check} share: the site, where it is published, and how strict. */
final class BuildChoices {

    @Mixin
    SiteOptions site;

    @Option(names = "--base-url", paramLabel = "URL",
            description = "Build for publishing under this path (/repo/) or at this address (https://user.github.io/repo/).")
    String baseUrl;

    @Option(names = "--offline", description = "Never use the network; plugins use their caches (e.g. papers.json).")
    boolean offline;

    @Option(names = "--strict", description = "Treat warnings as errors.")
    boolean strict;

    /** These choices, building into {@code output} ({@code null}: the site's {@code build} folder). */
    BuildOptions options(Path output, boolean clean) {
        return new BuildOptions(site.site, output, site.drafts, baseUrl, offline, strict, clean);
    }
}
