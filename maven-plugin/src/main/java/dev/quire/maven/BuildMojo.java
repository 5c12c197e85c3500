package dev.quire.maven;

import dev.quire.BuildOptions;
import dev.quire.BuildResult;
import java.io.File;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Builds the site into {@code outputDirectory}, ready to be published as it is (for example to
 * GitHub Pages). The previous output is replaced only when the build succeeds; a site with errors
 * fails the Maven build and leaves it untouched. Run it as {@code mvn quire:build}, or bind it in
 * {@code <executions>}, where it runs in the {@code package} phase.
 */
@Mojo(name = "build", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public class BuildMojo extends AbstractQuireMojo {

    /**
     * Where the built site goes. Quire replaces this folder as a whole, so it must be empty or
     * hold an earlier Quire build.
     */
    @Parameter(property = "quire.outputDirectory", defaultValue = "${project.build.directory}/quire", required = true)
    File outputDirectory;

    /**
     * Build everything from nothing; without it, a build does only what changed since the last one
     * (kept in the site's {@code .quire} folder), and leaves the output as it is when nothing did.
     */
    @Parameter(property = "quire.clean", defaultValue = "false")
    boolean clean;

    @Override
    void run(BuildOptions options) throws MojoExecutionException, MojoFailureException {
        BuildOptions target = options.withOutput(outputDirectory.toPath()).withClean(clean);
        getLog().info("Building the site in " + target.site());
        BuildResult result = build(target, target.output() + " was left as it was");
        if (result.upToDate()) {
            getLog().info(result.output() + " is up to date: nothing changed since the last build (-Dquire.clean to build"
                    + " it all again)");
            return;
        }
        getLog().info("Built " + Summary.contents(result) + " into " + result.output() + ": " + Summary.output(result));
    }
}
