package dev.quire.maven;

import dev.quire.BuildOptions;
import dev.quire.BuildResult;
import java.io.File;
import java.io.IOException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Checks the site: builds it into a temporary folder, which is then deleted, and fails on any
 * error (broken internal links and images, invalid front matter, papers missing from the cache
 * when offline, ...) or, with {@code strict}, on any warning. Every {@code href}, {@code src},
 * {@code srcset} and {@code #fragment} of every built page, from templates and plugins too, must
 * lead to a page, a file and an element of the site. The published output is never
 * touched, so it suits pull-request builds. Run it as {@code mvn quire:check}, or bind it in
 * {@code <executions>}, where it runs in the {@code verify} phase.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class CheckMojo extends AbstractQuireMojo {

    /** The project's build folder; the temporary build goes inside it. */
    @Parameter(defaultValue = "${project.build.directory}", readonly = true, required = true)
    File buildDirectory;

    @Override
    void run(BuildOptions options) throws MojoExecutionException, MojoFailureException {
        getLog().info("Checking the site in " + options.site());
        try (TemporaryDirectory scratch = TemporaryDirectory.in(buildDirectory.toPath(), "quire-check-")) {
            BuildResult result = check(options.withOutput(scratch.path().resolve("site")), "nothing was published");
            getLog().info("No errors in " + Summary.contents(result));
        } catch (IOException e) {
            throw new MojoExecutionException("cannot use a temporary folder in " + buildDirectory + ": " + e.getMessage(), e);
        }
    }
}
