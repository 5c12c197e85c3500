package dev.quire.internal.build;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Time spent per stage of a build. Work done in parallel adds up across threads, so a stage can
 * show more time than the wall clock: it is the cost of the stage, not its latency.
 */
final class Timings {

    private final Map<String, AtomicLong> nanos = new ConcurrentHashMap<>();
    private final Map<String, Integer> order = new ConcurrentHashMap<>();

    void add(String stage, long elapsedNanos) {
        order.putIfAbsent(stage, order.size());
        nanos.computeIfAbsent(stage, s -> new AtomicLong()).addAndGet(elapsedNanos);
    }

    /** Runs {@code body}, adding its time to {@code stage}. */
    <T> T time(String stage, java.util.function.Supplier<T> body) {
        long start = System.nanoTime();
        try {
            return body.get();
        } finally {
            add(stage, System.nanoTime() - start);
        }
    }

    void time(String stage, Runnable body) {
        time(stage, () -> {
            body.run();
            return null;
        });
    }

    /** Stages in the order they first ran. */
    Map<String, Duration> snapshot() {
        Map<String, Duration> out = new LinkedHashMap<>();
        order.entrySet().stream().sorted(Map.Entry.comparingByValue())
                .forEach(e -> out.put(e.getKey(), Duration.ofNanos(nanos.get(e.getKey()).get())));
        return out;
    }
}
