package dev.quire.plugin.arxiv.http;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Keeps requests to one service at least {@code interval} apart, measured from the start of one
 * request to the start of the next (arXiv asks for three seconds). Safe to share between threads.
 */
public final class Pacer {

    private final Duration interval;
    private final Clock clock;
    private final Sleeper sleeper;
    private Instant next;

    public Pacer(Duration interval, Clock clock, Sleeper sleeper) {
        this.interval = interval;
        this.clock = clock;
        this.sleeper = sleeper;
    }

    /** Returns when the next request may start, sleeping until then if needed. */
    public synchronized void await() throws InterruptedException {
        Instant now = clock.instant();
        if (next != null && now.isBefore(next)) {
            sleeper.sleep(Duration.between(now, next));
            now = clock.instant();
        }
        next = now.plus(interval);
    }
}
