package dev.quire.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class DiagnosticsTest {

    @Test
    void theListenerSeesOneDiagnosticAtATimeFromManyThreads() throws Exception {
        List<Diagnostic> seen = new ArrayList<>();
        Diagnostics diagnostics = new Diagnostics(seen::add);
        int threads = 8;
        int each = 20_000;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                done.add(pool.submit(() -> {
                    for (int i = 0; i < each; i++) {
                        diagnostics.warning("blog/a.md", i + 1, "w");
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(seen).hasSize(threads * each).doesNotContainNull();
        assertThat(diagnostics.size()).isEqualTo(threads * each);
    }
}
