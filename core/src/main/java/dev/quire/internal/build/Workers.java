package dev.quire.internal.build;

import dev.quire.diagnostics.QuireException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The threads that parse, transform and render posts and pages, one per processor. flexmark and
 * the visitors of plugins recurse once per level of nesting (emphasis in emphasis, images in
 * links), so these threads get a stack deep enough for thousands of levels; a JVM's default
 * thread overflows at a few hundred. Their context class loader is the one plugins were found
 * with, as on the Maven plugin's threads.
 */
final class Workers implements AutoCloseable {

    /** Reserved address space, not memory: the pages are only used as deep nesting needs them. */
    private static final long STACK_BYTES = 256L * 1024 * 1024;

    private final ExecutorService pool;

    Workers(ClassLoader loader) {
        AtomicInteger count = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(), work -> {
            Thread thread = new Thread(null, work, "quire-worker-" + count.incrementAndGet(), STACK_BYTES);
            thread.setDaemon(true);
            thread.setContextClassLoader(loader);
            return thread;
        });
    }

    /** Applies {@code work} to each item in parallel; the results keep the items' order. */
    <T, R> List<R> map(Collection<T> items, Function<T, R> work) {
        List<Future<R>> futures = new ArrayList<>(items.size());
        for (T item : items) {
            Callable<R> task = () -> work.apply(item);
            futures.add(pool.submit(task));
        }
        List<R> results = new ArrayList<>(items.size());
        for (Future<R> future : futures) {
            results.add(await(future));
        }
        return results;
    }

    /** Runs {@code work} on each item in parallel and waits for all of them. */
    <T> void forEach(Collection<T> items, Consumer<T> work) {
        map(items, item -> {
            work.accept(item);
            return null;
        });
    }

    /** The result of {@code future}, with the exception it failed with thrown again as it was. */
    static <R> R await(Future<R> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new QuireException(null, 0, "the build was interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
