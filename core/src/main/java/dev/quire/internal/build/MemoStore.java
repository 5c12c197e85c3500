package dev.quire.internal.build;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * What plugins remember between the builds of one session ({@code PluginContext#memo}). Each
 * build keeps what it used and forgets the rest, so memory follows the site, not its history.
 */
final class MemoStore {

    private volatile Map<List<Object>, Object> previous = new ConcurrentHashMap<>();
    private volatile Map<List<Object>, Object> current = new ConcurrentHashMap<>();

    @SuppressWarnings("unchecked")
    <T> T get(String plugin, String name, Object key, Supplier<T> compute) {
        List<Object> id = List.of(plugin, name, key);
        Object found = current.get(id);
        if (found == null) {
            found = previous.get(id);
            if (found == null) {
                found = compute.get();
            }
            if (found != null) {
                current.put(id, found);
            }
        }
        return (T) found;
    }

    /** What the last finished build used: what the next build may find. */
    Map<List<Object>, Object> remembered() {
        return previous;
    }

    /** Adds what an earlier run remembered (see {@link #remembered}). */
    void restore(Map<List<Object>, Object> remembered) {
        previous.putAll(remembered);
    }

    /** Ends a build: what it did not use is forgotten. */
    void endBuild() {
        previous = current;
        current = new ConcurrentHashMap<>();
    }
}
