package dev.quire.internal.build;

import dev.quire.BuildProgress;
import dev.quire.BuildResult.TemplateTime;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

/**
 * Where the time of a build goes: the wall-clock time of each stage, the time of each plugin
 * hook, of steps that run on many threads, and of each theme template. Stages also tell the build's {@link BuildProgress} that they begin, so progress and
 * metrics name the same stages.
 */
final class Timings {

    private final BuildProgress progress;
    private final Ordered stages = new Ordered();
    private final Map<String, Ordered> plugins = new LinkedHashMap<>();
    private final Ordered work = new Ordered();
    private final Map<String, LongAdder[]> templates = new ConcurrentHashMap<>();

    Timings(BuildProgress progress) {
        this.progress = progress;
    }

    /** Runs the stage {@code name}, which makes {@code steps} calls to {@link #step()} (0: unknown). */
    <T> T stage(String name, int steps, Supplier<T> body) {
        progress.stage(name, steps);
        long start = System.nanoTime();
        try {
            return body.get();
        } finally {
            stages.add(name, System.nanoTime() - start);
        }
    }

    <T> T stage(String name, Supplier<T> body) {
        return stage(name, 0, body);
    }

    void stage(String name, int steps, Runnable body) {
        stage(name, steps, () -> {
            body.run();
            return null;
        });
    }

    void stage(String name, Runnable body) {
        stage(name, 0, body);
    }

    /** One step of the current stage is done; safe from many threads. */
    void step() {
        progress.step();
    }

    /** Adds time a plugin spent in a hook; safe from many threads. */
    void plugin(String plugin, String hook, long elapsedNanos) {
        Ordered hooks;
        synchronized (plugins) {
            hooks = plugins.computeIfAbsent(plugin, p -> new Ordered());
        }
        hooks.add(hook, elapsedNanos);
    }

    /** Adds time spent in a step that runs on many threads (e.g. parsing); safe from many threads. */
    void work(String step, long elapsedNanos) {
        work.add(step, elapsedNanos);
    }

    /** Adds the time of one page rendered with {@code template}; safe from many threads. */
    void template(String template, long elapsedNanos) {
        LongAdder[] sums = templates.computeIfAbsent(template, t -> new LongAdder[] {new LongAdder(), new LongAdder()});
        sums[0].increment();
        sums[1].add(elapsedNanos);
    }

    Map<String, Duration> stages() {
        return stages.snapshot();
    }

    /** Plugins in the order they first ran, each with its hooks in the order they ran. */
    Map<String, Map<String, Duration>> plugins() {
        Map<String, Map<String, Duration>> out = new LinkedHashMap<>();
        synchronized (plugins) {
            plugins.forEach((plugin, hooks) -> out.put(plugin, hooks.snapshot()));
        }
        return out;
    }

    Map<String, Duration> work() {
        return work.snapshot();
    }

    /** Templates, slowest first. */
    List<TemplateTime> templates() {
        return templates.entrySet().stream()
                .map(e -> new TemplateTime(e.getKey(), e.getValue()[0].sum(), Duration.ofNanos(e.getValue()[1].sum())))
                .sorted(Comparator.comparing(TemplateTime::total).reversed().thenComparing(TemplateTime::template))
                .toList();
    }

    /** Sums of nanoseconds by name, kept in the order the names first appeared. */
    private static final class Ordered {
        private final Map<String, Long> nanos = new LinkedHashMap<>();

        synchronized void add(String name, long elapsedNanos) {
            nanos.merge(name, elapsedNanos, Long::sum);
        }

        synchronized Map<String, Duration> snapshot() {
            Map<String, Duration> out = new LinkedHashMap<>();
            nanos.forEach((name, sum) -> out.put(name, Duration.ofNanos(sum)));
            return out;
        }
    }
}
