package dev.quire.internal.build;

import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The work plugins hand a session to do beside its builds ({@link dev.quire.plugin.PluginContext#inBackground}):
 * one task at a time, on a thread of its own, and each kind of task for one key once per session.
 * A build that is not one of a session's has none ({@link #NONE}): its plugins do the work then
 * and there.
 */
public interface Background {

    /** No background: every task is refused, so the plugin does its work in the build. */
    Background NONE = (plugin, what, key, task) -> false;

    /**
     * Runs {@code task} soon, unless the plugin already asked for {@code what} with an equal
     * {@code key} in this session.
     *
     * @return false when this build has no background and {@code task} will not run
     */
    boolean submit(String plugin, String what, Object key, Runnable task);

    /**
     * The background of a session: its thread lives as long as the session. Of the tasks of one
     * kind (plugin and {@code what}) that have not started, only the latest is kept: each build
     * asks for what is left to do then, so the latest request covers the earlier ones.
     */
    final class OfSession implements Background, AutoCloseable {

        private final ExecutorService thread = Executors.newSingleThreadExecutor(runnable -> {
            Thread worker = new Thread(runnable, "quire-background");
            worker.setDaemon(true);
            return worker;
        });
        private final Set<List<Object>> asked = new HashSet<>();
        private final Map<List<Object>, Runnable> waiting = new HashMap<>();

        @Override
        public synchronized boolean submit(String plugin, String what, Object key, Runnable task) {
            if (!asked.add(List.of(plugin, what, key))) {
                return true;
            }
            List<Object> kind = List.of(plugin, what);
            if (waiting.put(kind, task) == null) {
                thread.execute(() -> {
                    Runnable latest;
                    synchronized (this) {
                        latest = waiting.remove(kind);
                    }
                    latest.run();
                });
            }
            return true;
        }

        /** Waits until the tasks submitted so far have run; false when {@code timeout} passed first. */
        public boolean awaitIdle(Duration timeout) throws InterruptedException {
            Future<?> marker = thread.submit(() -> { });
            try {
                marker.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
                return true;
            } catch (TimeoutException e) {
                return false;
            } catch (ExecutionException e) {
                throw new IllegalStateException("an empty task cannot fail", e);
            }
        }

        /** Stops the running task (by interrupting it) and drops those waiting. */
        @Override
        public void close() {
            thread.shutdownNow();
        }
    }
}
