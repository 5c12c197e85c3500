package dev.quire.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SlugsTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "Machine Learning | machine-learning",
        "machine learning | machine-learning",
        "LLM              | llm",
        "arXiv            | ar-xiv",
        "GPT-4            | gpt-4",
        "fooBar           | foo-bar",
        "__FOO_BAR__      | foo-bar",
        "논문 리뷰          | 논문-리뷰",
        "논문             | 논문",
        "café             | cafe",
        "don't stop       | dont-stop",
        "C++ & Rust       | c-rust",
        "v2.0 release     | v-2-0-release",
    })
    void kebabFollowsLodashAsDocusaurusUsesIt(String label, String expected) {
        assertThat(Slugs.kebab(label)).isEqualTo(expected);
    }

    @Test
    void sluggerMakesGithubStyleUniqueAnchors() {
        Slugs.Slugger slugger = new Slugs.Slugger();
        assertThat(slugger.slug("1. Video Generation Models Are Good Latent Reward Models"))
                .isEqualTo("1-video-generation-models-are-good-latent-reward-models");
        assertThat(slugger.slug("2단계: 방법 이해하기")).isEqualTo("2단계-방법-이해하기");
        assertThat(slugger.slug("Intro")).isEqualTo("intro");
        assertThat(slugger.slug("Intro")).isEqualTo("intro-1");
        assertThat(slugger.slug("Intro")).isEqualTo("intro-2");
        assertThat(slugger.claim("intro-1")).isEqualTo("intro-1-1");
    }

    @Test
    void fileNameSlugsKeepKoreanAndDropPunctuation() {
        assertThat(Slugs.forFileName("Hello, World!")).isEqualTo("hello-world");
        assertThat(Slugs.forFileName("논문 읽는 밤: 1회")).isEqualTo("논문-읽는-밤-1회");
        assertThat(Slugs.forFileName("!!!")).isEqualTo("post");
    }
}
