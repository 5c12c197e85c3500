package dev.quire.maven;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoFailureException;

/**
 * Finds the site of a project: the configured folder, or the project folder itself when the
 * default folder does not exist and the project folder holds a {@code quire.yml} (a site kept at
 * the root of its own repository, beside a {@code pom.xml} that only declares this plugin).
 */
final class SiteDirectory {

    /** Where a project keeps its site unless told otherwise, relative to the project folder. */
    static final String DEFAULT = "src/site/quire";

    private static final String CONFIG = "quire.yml";

    private SiteDirectory() {
    }

    /**
     * @param configured the {@code siteDirectory} parameter
     * @param project    the project folder
     * @throws MojoFailureException when there is no site where it was asked for
     */
    static Path resolve(Path configured, Path project) throws MojoFailureException {
        Path site = configured.toAbsolutePath().normalize();
        if (Files.isDirectory(site)) {
            return site;
        }
        Path base = project.toAbsolutePath().normalize();
        if (!site.equals(base.resolve(DEFAULT))) {
            throw new MojoFailureException("the site folder " + site + " does not exist; check <siteDirectory> "
                    + "(or -Dquire.siteDirectory)");
        }
        if (Files.isRegularFile(base.resolve(CONFIG))) {
            return base;
        }
        throw new MojoFailureException("no Quire site in " + base + ": put it in " + DEFAULT + "/ (with its " + CONFIG
                + "), or put " + CONFIG + " in the project folder, or set <siteDirectory> (or -Dquire.siteDirectory)");
    }
}
