package dev.quire.internal.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class BackgroundTest {

    private final List<String> ran = new CopyOnWriteArrayList<>();

    private Runnable task(String name, CountDownLatch release) {
        return () -> {
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            ran.add(name);
        };
    }

    @Test
    void ofTheTasksOfOneKindWaitingOnlyTheLatestRunsAndAnEqualKeyIsNotAskedTwice() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch none = new CountDownLatch(0);
        try (Background.OfSession background = new Background.OfSession()) {
            assertThat(background.submit("arxiv", "fetch", List.of("a", "b"), task("first", release))).isTrue();
            assertThat(background.awaitIdle(Duration.ofMillis(50))).as("the first task is running").isFalse();
            background.submit("arxiv", "fetch", List.of("b"), task("second", none));
            background.submit("arxiv", "fetch", List.of("c"), task("third", none));
            background.submit("arxiv", "fetch", List.of("a", "b"), task("first again", none));
            background.submit("other", "fetch", List.of("b"), task("another plugin's", none));
            release.countDown();
            assertThat(background.awaitIdle(Duration.ofSeconds(30))).isTrue();
        }
        assertThat(ran).containsExactly("first", "third", "another plugin's");
    }

    @Test
    void aBuildOutsideASessionHasNoBackground() {
        assertThat(Background.NONE.submit("arxiv", "fetch", List.of(), task("never", new CountDownLatch(0)))).isFalse();
        assertThat(ran).isEmpty();
    }
}
