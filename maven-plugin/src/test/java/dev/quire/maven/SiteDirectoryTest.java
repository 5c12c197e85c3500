package dev.quire.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteDirectoryTest {

    @TempDir
    Path project;

    @Test
    void usesTheDefaultFolderWhenItExists() throws Exception {
        Path site = Files.createDirectories(project.resolve("src/site/quire"));
        Files.writeString(project.resolve("quire.yml"), "title: Root\n");

        assertThat(SiteDirectory.resolve(site, project)).isEqualTo(site);
    }

    @Test
    void fallsBackToTheProjectFolderWhenItHoldsQuireYml() throws Exception {
        Files.writeString(project.resolve("quire.yml"), "title: Root\n");

        assertThat(SiteDirectory.resolve(project.resolve("src/site/quire"), project)).isEqualTo(project);
    }

    @Test
    void saysWhereToPutTheSiteWhenThereIsNone() {
        assertThatThrownBy(() -> SiteDirectory.resolve(project.resolve("src/site/quire"), project))
                .isInstanceOf(MojoFailureException.class)
                .hasMessage("no Quire site in " + project + ": put it in src/site/quire/ (with its quire.yml), or put "
                        + "quire.yml in the project folder, or set <siteDirectory> (or -Dquire.siteDirectory)");
    }

    @Test
    void neverFallsBackFromAFolderTheUserChose() throws IOException {
        Files.writeString(project.resolve("quire.yml"), "title: Root\n");
        Path chosen = project.resolve("docs");

        assertThatThrownBy(() -> SiteDirectory.resolve(chosen, project))
                .isInstanceOf(MojoFailureException.class)
                .hasMessage("the site folder " + chosen + " does not exist; check <siteDirectory> (or -Dquire.siteDirectory)");
    }

    @Test
    void normalizesThePath() throws Exception {
        Path site = Files.createDirectories(project.resolve("site"));

        assertThat(SiteDirectory.resolve(project.resolve("x/../site"), project)).isEqualTo(site);
    }
}
