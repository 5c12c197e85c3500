package dev.quire.plugin.arxiv.http;

import java.time.Duration;

/** Waits; tests pass one that moves a fake clock instead of sleeping. */
@FunctionalInterface
public interface Sleeper {

    /** Sleeps on the calling thread. */
    Sleeper SYSTEM = duration -> Thread.sleep(duration.toMillis());

    void sleep(Duration duration) throws InterruptedException;
}
