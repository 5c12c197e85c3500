package dev.quire.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URL;
import java.net.URLClassLoader;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RealmPoolTest {

    private final ClassLoader realm = new URLClassLoader(new URL[0], getClass().getClassLoader());

    @Test
    void parallelWorkSeesTheRealmOnEveryThread() throws Exception {
        Set<String> threads = ConcurrentHashMap.newKeySet();

        Set<ClassLoader> seen = RealmPool.run(realm, () -> IntStream.range(0, 200).parallel()
                .mapToObj(i -> {
                    threads.add(Thread.currentThread().getName());
                    busy();
                    return Thread.currentThread().getContextClassLoader();
                })
                .collect(Collectors.toSet()));

        assertThat(seen).containsExactly(realm);
        if (Runtime.getRuntime().availableProcessors() > 1) {
            assertThat(threads).hasSizeGreaterThan(1);
        }
    }

    @Test
    void returnsTheResultAndRethrowsFailures() throws Exception {
        assertThat(RealmPool.run(realm, () -> "built")).isEqualTo("built");
        assertThatThrownBy(() -> RealmPool.run(realm, () -> {
            throw new IllegalStateException("boom");
        })).isInstanceOf(IllegalStateException.class).hasMessage("boom");
    }

    /** Keeps a thread busy for a moment, so the stream's work spreads over the pool. */
    private static void busy() {
        long until = System.nanoTime() + 200_000;
        while (System.nanoTime() < until) {
            Thread.onSpinWait();
        }
    }
}
