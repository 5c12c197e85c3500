package dev.quire.maven;

import dev.quire.BuildOptions;
import dev.quire.BuildResult;
import dev.quire.Quire;
import java.io.File;
import java.nio.file.Path;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/** What both goals share: where the site is, how to build it, and the build itself. */
public abstract class AbstractQuireMojo extends AbstractMojo {

    /**
     * The site folder: the one with {@code quire.yml}. When this folder is left at its default and
     * does not exist, but the project folder holds a {@code quire.yml}, the project folder is the
     * site.
     */
    @Parameter(property = "quire.siteDirectory", defaultValue = "${project.basedir}/" + SiteDirectory.DEFAULT,
            required = true)
    File siteDirectory;

    /** The project folder, where the site may be kept instead of {@code src/site/quire}. */
    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    File projectDirectory;

    /**
     * Where the site is published, overriding {@code base-url} (and {@code url}) of
     * {@code quire.yml}: a path such as {@code /repo/}, or an absolute address such as
     * {@code https://user.github.io/repo/}.
     */
    @Parameter(property = "quire.baseUrl")
    String baseUrl;

    /** Build posts and pages marked {@code draft: true} too. */
    @Parameter(property = "quire.drafts", defaultValue = "false")
    boolean drafts;

    /**
     * Never use the network: plugins work from their caches, such as the arXiv metadata in
     * {@code papers.json}. Defaults to Maven's own offline mode ({@code mvn -o}).
     */
    @Parameter(property = "quire.offline", defaultValue = "${settings.offline}")
    boolean offline;

    /** Treat warnings as errors: any warning fails the goal. */
    @Parameter(property = "quire.strict", defaultValue = "false")
    boolean strict;

    /** Skip this goal, e.g. {@code -Dquire.skip} for a build that should not touch the site. */
    @Parameter(property = "quire.skip", defaultValue = "false")
    boolean skip;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping Quire (quire.skip)");
            return;
        }
        Path site = SiteDirectory.resolve(siteDirectory.toPath(), projectDirectory.toPath());
        run(new BuildOptions(site, null, drafts, baseUrl, offline, strict));
    }

    /** Does the goal's work with the options of its parameters; the output is the goal's to choose. */
    abstract void run(BuildOptions options) throws MojoExecutionException, MojoFailureException;

    /**
     * Builds with the Quire plugins, theme engines and themes of this plugin's class realm: the
     * bundled ones and those the user declared as {@code <dependencies>} of the plugin.
     *
     * @param outcome what became of the output if the build fails, for the failure's message
     * @throws MojoFailureException   when the site has errors (or warnings, when strict)
     * @throws MojoExecutionException when Maven was interrupted
     */
    final BuildResult build(BuildOptions options, String outcome) throws MojoFailureException, MojoExecutionException {
        return invoke(options, outcome, false);
    }

    /**
     * Like {@link #build}, but only checks the site ({@link Quire#check}): nothing is put in place,
     * broken links are errors, and every link of every built page is checked.
     */
    final BuildResult check(BuildOptions options, String outcome) throws MojoFailureException, MojoExecutionException {
        return invoke(options, outcome, true);
    }

    private BuildResult invoke(BuildOptions options, String outcome, boolean check)
            throws MojoFailureException, MojoExecutionException {
        DiagnosticLog log = new DiagnosticLog(getLog());
        ClassLoader realm = getClass().getClassLoader();
        BuildResult result;
        try {
            result = RealmPool.run(realm, () -> check ? Quire.check(options, realm, log::report)
                    : Quire.build(options, realm, log::report));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MojoExecutionException("interrupted while building the site", e);
        }
        if (getLog().isDebugEnabled()) {
            result.causes().forEach(cause -> getLog().debug("Internal error in the build", cause));
        }
        if (!result.success()) {
            throw BuildFailure.of(result, options.strict(), outcome);
        }
        return result;
    }
}
