package dev.quire.internal.build;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

/**
 * What plugins remember between the builds of one session ({@code PluginContext#memo}). Each
 * build keeps what it used and forgets the rest, so memory follows the site, not its history.
 *
 * <p>It also measures what each kind of result costs to make, so that {@link SavedBuild} keeps on
 * disk only the kinds that are dearer to make again than to write and read back.
 */
final class MemoStore {

    /**
     * What writing a byte of the build record and reading it back costs, about (measured at 10,000
     * posts: a record of 268 MB took 2.4 s to read and 3.2 s to write).
     */
    static final long NANOS_PER_BYTE = 20;

    private volatile Map<List<Object>, Object> previous = new ConcurrentHashMap<>();
    private volatile Map<List<Object>, Object> current = new ConcurrentHashMap<>();
    /** What making one result of each kind took, on average, when it was last measured. */
    private final Map<String, Long> nanosPerResult = new ConcurrentHashMap<>();
    /** What one result of each kind took on disk, on average, when it was last written. */
    private final Map<String, Long> bytesPerResult = new ConcurrentHashMap<>();
    private volatile Map<String, LongAdder[]> measuring = new ConcurrentHashMap<>();

    @SuppressWarnings("unchecked")
    <T> T get(String plugin, String name, Object key, Supplier<T> compute) {
        List<Object> id = List.of(plugin, name, key);
        Object found = current.get(id);
        if (found == null) {
            found = previous.get(id);
            if (found == null) {
                long start = System.nanoTime();
                found = compute.get();
                LongAdder[] cost = measuring.computeIfAbsent(kind(id), k -> new LongAdder[] {new LongAdder(),
                    new LongAdder()});
                cost[0].add(System.nanoTime() - start);
                cost[1].increment();
            }
            if (found != null) {
                current.put(id, found);
            }
        }
        return (T) found;
    }

    /** The kind of a remembered result: its plugin and the name it is remembered under. */
    static String kind(List<Object> id) {
        return id.get(0) + "/" + id.get(1);
    }

    /**
     * True when results of {@code kind} are worth keeping on disk: making one again costs more than
     * writing and reading it, or that is not known yet.
     */
    boolean worthKeeping(String kind) {
        Long nanos = nanosPerResult.get(kind);
        Long bytes = bytesPerResult.get(kind);
        return nanos == null || bytes == null || nanos >= bytes * NANOS_PER_BYTE;
    }

    /** Notes what one result of {@code kind} took on disk, on average, in the record just written. */
    void written(String kind, long bytes) {
        bytesPerResult.put(kind, bytes);
    }

    /** What is known of each kind's cost: kind → [nanoseconds to make one, bytes of one on disk]. */
    Map<String, long[]> costs() {
        Map<String, long[]> costs = new java.util.TreeMap<>();
        nanosPerResult.forEach((kind, nanos) -> costs.put(kind, new long[] {nanos, bytesPerResult.getOrDefault(kind, -1L)}));
        bytesPerResult.forEach((kind, bytes) -> costs.putIfAbsent(kind, new long[] {-1, bytes}));
        return costs;
    }

    /** What the last finished build used: what the next build may find. */
    Map<List<Object>, Object> remembered() {
        return previous;
    }

    /** Adds what an earlier run remembered (see {@link #remembered}) and what its kinds cost (see {@link #costs}). */
    void restore(Map<List<Object>, Object> remembered, Map<String, long[]> costs) {
        previous.putAll(remembered);
        costs.forEach((kind, cost) -> {
            if (cost[0] >= 0) {
                nanosPerResult.putIfAbsent(kind, cost[0]);
            }
            if (cost[1] >= 0) {
                bytesPerResult.putIfAbsent(kind, cost[1]);
            }
        });
    }

    /** Ends a build: what it did not use is forgotten, and what it made is measured. */
    void endBuild() {
        previous = current;
        current = new ConcurrentHashMap<>(previous.size());
        Map<String, LongAdder[]> measured = measuring;
        measuring = new ConcurrentHashMap<>();
        measured.forEach((kind, cost) -> nanosPerResult.put(kind, cost[0].sum() / Math.max(1, cost[1].sum())));
    }
}
