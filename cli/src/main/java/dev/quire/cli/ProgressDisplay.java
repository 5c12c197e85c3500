package dev.quire.cli;

import dev.quire.BuildProgress;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import picocli.CommandLine.Help.Ansi.Style;

/**
 * Shows how far a build has got, on standard error, once it has taken longer than a second (a
 * quick build shows nothing). On an interactive terminal one line is redrawn: a bar, the stage
 * and its count. Elsewhere (a file, a pipe, a CI log) a plain line is written when a new stage is
 * seen, and again every ten seconds while one stage goes on.
 *
 * <p>The build's threads only update counters; a single timer thread draws, so drawing never
 * slows the build down or interleaves with itself.
 */
final class ProgressDisplay implements BuildProgress, AutoCloseable {

    static final long DELAY_NANOS = TimeUnit.SECONDS.toNanos(1);
    static final long REPEAT_NANOS = TimeUnit.SECONDS.toNanos(10);
    private static final long BAR_TICK_MILLIS = 100;
    private static final long LINE_TICK_MILLIS = 250;
    private static final String SPINNER = "|/-\\";
    private static final String CLEAR_LINE = "\r\u001b[2K";

    /** A stage, with the steps it announced and the steps done so far. */
    private record Stage(String name, int steps, AtomicInteger done) {
    }

    private final Terminal terminal;
    private final PrintWriter err;
    private final long start;
    private volatile Stage stage = new Stage("starting", 0, new AtomicInteger());
    private ScheduledExecutorService timer;

    // Drawing state, touched only under this object's lock.
    private boolean drawn;
    private Stage printed;
    private long printedAt;
    private int frame;

    ProgressDisplay(Terminal terminal, PrintWriter err, long startNanos) {
        this.terminal = terminal;
        this.err = err;
        this.start = startNanos;
    }

    /** A display that starts drawing by itself after a second. Close it when the build is done. */
    static ProgressDisplay start(Terminal terminal, PrintWriter err) {
        ProgressDisplay display = new ProgressDisplay(terminal, err, System.nanoTime());
        display.timer = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "quire-progress");
            thread.setDaemon(true);
            return thread;
        });
        long tick = terminal.interactive() ? BAR_TICK_MILLIS : LINE_TICK_MILLIS;
        display.timer.scheduleAtFixedRate(() -> display.tick(System.nanoTime()), tick, tick, TimeUnit.MILLISECONDS);
        return display;
    }

    @Override
    public void stage(String name, int steps) {
        stage = new Stage(name, steps, new AtomicInteger());
    }

    @Override
    public void step() {
        stage.done().incrementAndGet();
    }

    /** Draws what is due at {@code now} (nanoseconds on the clock the display started on). */
    synchronized void tick(long now) {
        long elapsed = now - start;
        if (elapsed < DELAY_NANOS) {
            return;
        }
        Stage current = stage;
        if (terminal.interactive()) {
            err.print(CLEAR_LINE + bar(current, elapsed));
            drawn = true;
            frame++;
        } else if (current != printed || now - printedAt >= REPEAT_NANOS) {
            err.println("[" + Report.seconds(java.time.Duration.ofNanos(elapsed)) + "] " + current.name()
                    + (current.steps() > 0 ? ": " + current.done().get() + "/" + current.steps() : ""));
            printed = current;
            printedAt = now;
        }
        err.flush();
    }

    private String bar(Stage current, long elapsed) {
        String time = String.format(Locale.ROOT, "%.1f s", elapsed / 1e9);
        String count = current.steps() > 0 ? current.done().get() + "/" + current.steps() : "";
        String name = current.name();
        int room = terminal.width() - 1 - time.length() - count.length() - 6;
        int barWidth = Math.max(0, Math.min(30, room - name.length()));
        if (barWidth < 10) {
            barWidth = 0;
            name = shorten(name, room);
        }
        String gauge;
        if (current.steps() > 0 && barWidth > 0) {
            int filled = (int) Math.min(barWidth, (long) barWidth * current.done().get() / current.steps());
            gauge = terminal.paint("#".repeat(filled), Style.fg_cyan) + "-".repeat(barWidth - filled) + " ";
        } else {
            gauge = terminal.paint(String.valueOf(SPINNER.charAt(frame % SPINNER.length())), Style.fg_cyan) + " ";
        }
        return gauge + terminal.paint(name, Style.bold) + (count.isEmpty() ? "" : " " + count) + "  "
                + terminal.paint(time, Style.faint);
    }

    private static String shorten(String text, int room) {
        if (text.length() <= room) {
            return text;
        }
        return room <= 1 ? "" : text.substring(0, room - 1) + "…";
    }

    /** Stops drawing and takes the bar off the screen, so what is printed next starts on a clean line. */
    @Override
    public void close() {
        if (timer != null) {
            timer.shutdownNow();
            try {
                timer.awaitTermination(1, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        synchronized (this) {
            if (drawn) {
                err.print(CLEAR_LINE);
                err.flush();
                drawn = false;
            }
        }
    }
}
