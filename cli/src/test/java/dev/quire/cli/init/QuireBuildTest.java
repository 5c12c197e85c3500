package dev.quire.cli.init;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuireBuildTest {

    private static final String COMMIT = "0123456789abcdef0123456789abcdef01234567";

    @Test
    void theSourceIsTheCommitWhenTheBuildRecordedOne() {
        assertThat(new QuireBuild("0.1.0-SNAPSHOT", COMMIT).sourceRef()).isEqualTo(COMMIT);
        assertThat(new QuireBuild("0.1.0", COMMIT).sourceRef()).isEqualTo(COMMIT);
    }

    @Test
    void withoutACommitAReleaseIsBuiltFromItsTagAndASnapshotFromMain() {
        assertThat(new QuireBuild("0.1.0", "unknown").sourceRef()).isEqualTo("v0.1.0");
        assertThat(new QuireBuild("0.1.0-SNAPSHOT", "unknown").sourceRef()).isEqualTo("main");
        assertThat(new QuireBuild("0.1.0-SNAPSHOT", null).sourceRef()).isEqualTo("main");
        assertThat(new QuireBuild("0.1.0-SNAPSHOT", "${git.commit.id}").sourceRef())
                .as("an unfiltered placeholder is no commit").isEqualTo("main");
    }

    @Test
    void onlyASnapshotIsUnreleased() {
        assertThat(new QuireBuild("0.1.0", "unknown").released()).isTrue();
        assertThat(new QuireBuild("1.2.0-SNAPSHOT", "unknown").released()).isFalse();
    }
}
