package dev.quire.plugin.images.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SuggestionsTest {

    @TempDir
    Path site;

    private Path file(String path) throws IOException {
        Path file = site.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "x");
        return file;
    }

    @Test
    void findsTheClosestNameInTheSameFolder() throws IOException {
        Path wanted = file("blog/post/asset/blog_20251127_img1.png");
        file("blog/post/asset/other-picture.png");
        assertThat(Suggestions.closest(site.resolve("blog/post/asset/blog_20251127_img.png"), site, p -> true)).contains(wanted);
    }

    @Test
    void climbsToTheNearestFolderThatExistsAndMatchesCaseInsensitively() throws IOException {
        Path wanted = file("blog/post/asset/Figure.PNG");
        assertThat(Suggestions.closest(site.resolve("blog/post/assets/figure.png"), site, p -> true)).contains(wanted);
    }

    @Test
    void guessesNothingWhenNothingIsClose() throws IOException {
        file("blog/post/asset/completely-different-name.jpg");
        assertThat(Suggestions.closest(site.resolve("blog/post/asset/x.png"), site, p -> true)).isEmpty();
    }

    @Test
    void neverSuggestsWhatIsNotInside() throws IOException {
        file("blog/post/asset/fig1.png");
        assertThat(Suggestions.closest(site.resolve("blog/post/asset/fig.png"), site, p -> false)).isEmpty();
    }
}
