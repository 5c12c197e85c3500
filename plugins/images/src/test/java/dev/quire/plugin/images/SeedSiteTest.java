package dev.quire.plugin.images;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.BuildResult;
import dev.quire.diagnostics.Severity;
import dev.quire.testing.TestSite;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SeedSiteTest {

    private static final String POST = "blog/2025-11-28-papers-review/";

    static TestSite seedSite(Path dir) throws IOException {
        TestSite site = TestSite.in(dir);
        for (String file : new String[] {"quire.yml", POST + "index.mdx", POST + "asset/blog_20251127_img1.png"}) {
            try (InputStream in = SeedSiteTest.class.getResourceAsStream("/seed-site/" + file)) {
                site.file(file, in.readAllBytes());
            }
        }
        return site;
    }

    @Test
    void publishesTheSeedImageUnderAHashedNameAsThePostsCover(@TempDir Path dir) throws IOException {
        TestSite site = seedSite(dir);
        BuildResult result = site.build();
        System.out.println(TestSite.messages(result, Severity.INFO));
        assertThat(result.success()).isTrue();
        String html = site.output("blog/2025/11/28/papers-review/index.html");
        System.out.println(html);
        try (var files = Files.walk(site.out().resolve("assets"))) {
            files.forEach(System.out::println);
        }
    }
}
