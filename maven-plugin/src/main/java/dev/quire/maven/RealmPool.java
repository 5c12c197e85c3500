package dev.quire.maven;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.function.Supplier;

/**
 * Runs a build on its own threads whose context class loader is the Maven plugin's class realm.
 *
 * <p>A build's parallel stages run on the fork-join pool of the thread that started them. Maven
 * sets the realm as the context class loader of the goal's thread only, so on the shared common
 * pool a plugin or library that loads classes or resources through the context class loader
 * (ServiceLoader without a loader, Rome's rome.properties, ...) would find them in the command
 * line but not in Maven. On these threads it finds them in both.
 */
final class RealmPool {

    private RealmPool() {
    }

    /**
     * Runs {@code work} on a new pool with as many threads as processors, and waits for it.
     *
     * @throws InterruptedException when Maven is interrupted while waiting
     */
    static <T> T run(ClassLoader realm, Supplier<T> work) throws InterruptedException {
        ForkJoinPool pool = new ForkJoinPool(Runtime.getRuntime().availableProcessors(), owner -> {
            ForkJoinWorkerThread thread = ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(owner);
            thread.setContextClassLoader(realm);
            return thread;
        }, null, false);
        try {
            return CompletableFuture.supplyAsync(work, pool).get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        } finally {
            pool.shutdownNow();
        }
    }
}
