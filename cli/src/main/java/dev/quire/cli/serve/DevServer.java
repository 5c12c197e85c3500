package dev.quire.cli.serve;

import dev.quire.BuildOptions;
import dev.quire.BuildResult;
import dev.quire.BuildSession;
import dev.quire.command.Console;
import dev.quire.diagnostics.Diagnostic;
import dev.quire.diagnostics.Severity;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * The parts of {@code quire serve} put together: a build session, the server of its output, and a
 * watcher whose events start a rebuild once the files have been quiet for {@link #QUIET_MILLIS}
 * (an editor's save is often several events). One rebuild runs at a time; changes made during a
 * rebuild start another one after it.
 */
public final class DevServer implements AutoCloseable {

    /** How long after the last file event a rebuild starts. */
    static final long QUIET_MILLIS = 10;

    private final BuildSession session;
    private final LiveReload reload = new LiveReload();
    private final SiteServer server;
    private final SiteWatcher watcher;
    private final ScheduledExecutorService builder = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "quire-rebuild");
        thread.setDaemon(true);
        return thread;
    });
    private final Consumer<Diagnostic> report;
    private final Consumer<String> say;
    private final Consumer<BuildResult> built;
    private final AtomicLong builds = new AtomicLong();
    /** The warnings said so far: a rebuild repeats those of files it did not touch, and saying them again buries the new ones. */
    private final java.util.Set<String> warned = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private ScheduledFuture<?> pending;

    /**
     * @param options what to build; the output folder is what is served
     * @param report  sees each error of each build, and each warning once per session
     * @param say     one line per build, for the terminal
     * @param built   sees each build's result after its line was said, e.g. to print where its time went
     */
    public DevServer(BuildOptions options, InetSocketAddress address, Consumer<Diagnostic> report, Consumer<String> say,
            Consumer<BuildResult> built) throws IOException {
        this.session = BuildSession.open(options);
        this.report = report;
        this.say = say;
        this.built = built;
        this.server = new SiteServer(options.output(), reload, address);
        this.watcher = new SiteWatcher(options.site(), this::changed);
    }

    /**
     * Watches the site, builds it once, then serves it. The watch comes first: a large site takes
     * seconds to watch (a watch per folder), and a file saved meanwhile, or while the first build
     * reads it, must still start a build.
     */
    public BuildResult start() {
        watcher.start();
        BuildResult first = build();
        server.start();
        return first;
    }

    public InetSocketAddress address() {
        return server.address();
    }

    /** How many builds finished, the first one included. */
    public long builds() {
        return builds.get();
    }

    private synchronized void changed(Path path) {
        if (pending != null) {
            pending.cancel(false);
        }
        pending = builder.schedule(this::build, QUIET_MILLIS, TimeUnit.MILLISECONDS);
    }

    private BuildResult build() {
        java.util.concurrent.atomic.AtomicInteger repeated = new java.util.concurrent.atomic.AtomicInteger();
        BuildResult result = session.build(diagnostic -> {
            if (diagnostic.severity() == Severity.ERROR || warned.add(diagnostic.toString())) {
                report.accept(diagnostic);
            } else if (diagnostic.severity() == Severity.WARNING) {
                repeated.incrementAndGet();
            }
        }, server::whileMoving);
        reload.built(result.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR).toList());
        builds.incrementAndGet();
        String said = repeated.get() == 0 ? "" : " (" + Console.plural(repeated.get(), "warning") + " said before)";
        say.accept(result.success()
                ? "Built " + Console.plural(result.posts(), "post") + " and "
                        + Console.plural(result.pages(), "page") + " in " + result.elapsed().toMillis() + " ms" + said
                : "Build failed; still serving the last good site (the errors are above and on every page)");
        built.accept(result);
        return result;
    }

    @Override
    public void close() throws IOException {
        watcher.close();
        builder.shutdownNow();
        session.close();
        server.close();
    }
}
