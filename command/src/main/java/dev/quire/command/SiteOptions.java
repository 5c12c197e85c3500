package dev.quire.command;

import dev.quire.BuildOptions;
import java.nio.file.Path;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The options every command that works on a site shares: the site folder and {@code --drafts}; a picocli mixin. */
public final class SiteOptions {

    @Parameters(index = "0", arity = "0..1", paramLabel = "SITE", defaultValue = ".",
            description = "The site folder (the one with quire.yml). Default: the current folder.")
    public Path site;

    @Option(names = "--drafts", description = "Include posts and pages marked 'draft: true'.")
    public boolean drafts;

    /** The build options these stand for: the site, with drafts when asked for. */
    public BuildOptions options() {
        return BuildOptions.of(site).withDrafts(drafts);
    }
}
