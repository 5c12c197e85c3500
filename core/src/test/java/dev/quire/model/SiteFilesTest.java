package dev.quire.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How links written in content lead to files, with and without asking the file system. */
class SiteFilesTest {

    @TempDir
    Path dir;

    private Site site() throws IOException {
        return new Site(Files.createDirectories(dir.resolve("site")).toRealPath(), SiteSettings.defaults(), List.of(),
                List.of(), Map.of());
    }

    @Test
    void pathOfFollowsTheLinkWithoutLookingAtTheDisk() throws IOException {
        Site site = site();
        Path post = site.root().resolve("blog/2025-01-02-x");

        assertThat(site.pathOf(post, "./asset/a%20b.png?v=2#top")).contains(post.resolve("asset/a b.png"));
        assertThat(site.pathOf(post, "/img/logo.png")).contains(site.root().resolve("static/img/logo.png"));
        assertThat(site.pathOf(post, "../../../outside.png")).contains(dir.resolve("outside.png"));
        assertThat(site.pathOf(post, "a\0b.png")).isEmpty();
        assertThatThrownBy(() -> site.pathOf(post, "bad%zz.png")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void resolveFileIsPathOfInsideTheSiteOnly() throws IOException {
        Site site = site();
        Path post = Files.createDirectories(site.root().resolve("blog/post"));
        Files.createDirectories(dir.resolve("elsewhere"));
        Files.createSymbolicLink(post.resolve("away"), dir.resolve("elsewhere"));

        assertThat(site.resolveFile(post, "./fig.png")).isEqualTo(site.pathOf(post, "./fig.png"));
        assertThat(site.resolveFile(post, "../../../outside.png")).isEmpty();
        assertThat(site.pathOf(post, "./away/x.png")).contains(post.resolve("away/x.png"));
        Files.writeString(dir.resolve("elsewhere/x.png"), "x");
        assertThat(site.resolveFile(post, "./away/x.png")).as("through a link that leads out").isEmpty();
    }
}
