package dev.quire.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The options every command that works on a site shares. */
final class SiteArgument {

    @Parameters(index = "0", arity = "0..1", paramLabel = "SITE", defaultValue = ".",
            description = "The site folder (the one with quire.yml). Default: the current folder.")
    Path site;

    @Option(names = "--drafts", description = "Include posts and pages marked 'draft: true'.")
    boolean drafts;
}
