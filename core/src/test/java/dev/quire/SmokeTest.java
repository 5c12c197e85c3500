package dev.quire;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.testing.TestSite;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SmokeTest {

    @Test
    void buildsTheSeedPostAtItsDocusaurusUrl(@TempDir Path dir) {
        TestSite site = TestSite.in(dir).post("blog/2025-11-28-papers-review/index.mdx", """
                import blog_20251127_img1 from './asset/blog_20251127_img1.png';

                # 2025-11-28 papers review

                ## 1. [Video Generation Models Are Good Latent Reward Models](https://huggingface.co/papers/2511.21541)

                Reward Feedback learning 방식은 human preference에 큰 도움이 됨.
                """);
        BuildResult result = site.build();
        assertThat(result.success()).as(result.diagnostics().toString()).isTrue();
        String page = site.output("blog/2025/11/28/papers-review/index.html");
        assertThat(page).contains("title: 2025-11-28 papers review")
                .contains("방식은 human preference에")
                .doesNotContain("import blog_20251127_img1")
                .doesNotContain("<h1");
    }
}
