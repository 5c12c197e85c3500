package dev.quire.internal.build;

import dev.quire.BuildOptions;
import dev.quire.BuildProgress;
import dev.quire.BuildResult;
import dev.quire.diagnostics.Diagnostic;
import dev.quire.diagnostics.Diagnostics;
import dev.quire.diagnostics.QuireException;
import dev.quire.diagnostics.Severity;
import dev.quire.model.Content;
import dev.quire.model.Site;
import dev.quire.plugin.PluginSession;
import dev.quire.plugin.WholeFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * One build, stage by stage: load ({@link SiteLoading}), the plugins' view of the whole site,
 * transform and render ({@link ContentRendering}), write ({@link SiteWriting}), and putting the
 * output in place. Each stage reports every problem it finds, and the build stops before the next
 * stage when there are errors, so nothing half-made is published. What the build takes over from
 * earlier ones is its {@link BuildState}'s business, asked through {@link Reuse}.
 */
public final class Pipeline {

    private final BuildOptions options;
    private final ClassLoader loader;
    private final Diagnostics diagnostics;
    private final Timings timings;
    private final BuildState state;

    /**
     * @param loader   where plugins and theme engines are looked up (the Maven plugin passes its realm)
     * @param progress hears each stage begin and each file or page done
     */
    public Pipeline(BuildOptions options, ClassLoader loader, Diagnostics diagnostics, BuildProgress progress,
            BuildState state) {
        this.options = options;
        this.loader = loader;
        this.diagnostics = diagnostics;
        this.timings = new Timings(progress);
        this.state = state;
    }

    /** Loads, renders and writes the site; when checking, the written site is thrown away. */
    public BuildResult build() {
        long start = System.nanoTime();
        SiteLoading.Loaded loaded = null;
        SiteWriting.Written written = null;
        Reuse reuse = Reuse.NONE;
        boolean published = false;
        OutputLock lock = null;
        try (Workers workers = new Workers(loader)) {
            LastBuild last = null;
            BuildCache saved = null;
            Path root = BuildRun.rootOf(options);
            lock = OutputLock.of(root, options.output());
            if (!(state instanceof BuildState.Check)) {
                StagedOutput.recover(options.output());
                sweepHalfWrittenFiles(root);
                if (state instanceof BuildState.Session session) {
                    reuse = session.cache();
                } else {
                    LastBuild before = timings.stage("look for changes", () -> LastBuild.before(root, options, loader));
                    Optional<LastBuild.Fingerprint> same = options.clean() ? Optional.empty() : before.unchanged();
                    if (same.isPresent()) {
                        return upToDate(same.get(), start);
                    }
                    last = before;
                    saved = options.clean() ? new BuildCache() : timings.stage("read the last build", () ->
                            SavedBuild.read(root, before.buildKey(), before.outputBefore(), loader, workers));
                    reuse = saved;
                }
            }
            BuildRun run = run(workers, reuse, root);
            loaded = new SiteLoading(run).load();
            if (loaded == null || !run.proceed()) {
                return result(false, options.output(), loaded, null, start);
            }
            SiteLoading.Loaded site = loaded;
            timings.stage("plugins: site loaded", () -> site.plugins().siteLoaded(site.site()));
            if (!run.proceed()) {
                return result(false, options.output(), loaded, null, start);
            }
            Map<Content, List<ContentLinks.Ref>> links = new ContentRendering(run, loaded).renderAll();
            timings.stage("plugins: site rendered", () -> site.plugins().siteRendered(site.site()));
            if (!run.proceed()) {
                return result(false, options.output(), loaded, null, start);
            }
            written = new SiteWriting(run, loaded).write(links);
            if (!run.proceed()) {
                return result(false, options.output(), loaded, null, start);
            }
            StagedOutput staged = written.staged();
            if (!run.check()) {
                Consumer<Runnable> moving = state instanceof BuildState.Session session ? session.moving() : Runnable::run;
                timings.stage("replace the output", () -> staged.commit(moving));
                published = true;
                reuse.published(staged.target(), staged.manifest());
                written.pages().finish();
                if (last != null) {
                    remember(last, loaded.site(), staged, saved, workers);
                }
            }
            return result(true, staged.target(), loaded, staged, start);
        } catch (QuireException e) {
            diagnostics.report(e.toDiagnostic());
        } catch (RuntimeException | StackOverflowError e) {
            diagnostics.error(null, 0, "internal error: " + e, e);
        } finally {
            if (written != null && !published) {
                written.staged().abandon();
            }
            if (!published) {
                reuse.failed();
            }
            if (lock != null) {
                lock.close();
            }
        }
        return result(false, options.output(), loaded, null, start);
    }

    private BuildRun run(Workers workers, Reuse reuse, Path root) {
        return new BuildRun(options, root, loader, diagnostics, timings, workers, reuse,
                state instanceof BuildState.Session session ? session.background() : Background.NONE,
                state instanceof BuildState.Check);
    }

    /** Leaves what the next {@code quire build} needs to tell whether it can skip work, and which. */
    private void remember(LastBuild last, Site site, StagedOutput done, BuildCache cache, Workers workers) {
        String output = last.outputAfter();
        boolean warned = diagnostics.all().stream().anyMatch(d -> d.severity() != Severity.INFO);
        last.remember(!warned, output, site.posts().size(), site.pages().size(), filesWritten(done),
                done.bytesWritten());
        timings.stage("save for the next build", () -> {
            try {
                SavedBuild.write(site.root(), last.buildKey(), output, cache, workers);
            } catch (IOException | RuntimeException | OutOfMemoryError e) {
                // The site is built and in place; only the next build's head start is lost.
                diagnostics.info(null, 0, "cannot keep this build's work for the next one: " + e);
            }
        });
    }

    /** Loads the site without rendering it: for listing posts. Empty when loading failed. */
    public Optional<Site> loadOnly() {
        try (Workers workers = new Workers(loader)) {
            SiteLoading.Loaded loaded = new SiteLoading(run(workers, Reuse.NONE, BuildRun.rootOf(options))).load();
            return loaded == null || diagnostics.hasErrors() ? Optional.empty() : Optional.of(loaded.site());
        } catch (QuireException e) {
            diagnostics.report(e.toDiagnostic());
            return Optional.empty();
        }
    }

    /** Loads the site and finds one plugin and its context, for commands that do that plugin's work. */
    public Optional<PluginSession> loadFor(String plugin) {
        try (Workers workers = new Workers(loader)) {
            SiteLoading.Loaded loaded = new SiteLoading(run(workers, Reuse.NONE, BuildRun.rootOf(options))).load();
            if (loaded == null || diagnostics.hasErrors()) {
                return Optional.empty();
            }
            Optional<PluginSession> session = loaded.plugins().session(plugin, loaded.site());
            if (session.isEmpty()) {
                diagnostics.error(null, 0, "no plugin named '" + plugin + "' is on the class path");
            }
            return session;
        } catch (QuireException e) {
            diagnostics.report(e.toDiagnostic());
            return Optional.empty();
        }
    }

    /** Removes what writes of caches and data files left when an earlier build was killed. */
    private void sweepHalfWrittenFiles(Path root) {
        try {
            WholeFiles.sweep(root, 1);
            WholeFiles.sweep(root.resolve(".quire").resolve("cache"), 4);
        } catch (IOException e) {
            diagnostics.warning(null, 0, "cannot remove temporary files an interrupted build left: " + e.getMessage());
        }
    }

    private BuildResult upToDate(LastBuild.Fingerprint last, long start) {
        return new BuildResult(true, options.output(), last.posts(), last.pages(), last.files(), last.bytes(),
                Duration.ofNanos(System.nanoTime() - start), timings.stages(), Map.of(), Map.of(), Map.of(), List.of(),
                diagnostics.all(), diagnostics.causes(), true);
    }

    private BuildResult result(boolean success, Path target, SiteLoading.Loaded loaded, StagedOutput output,
            long start) {
        List<Diagnostic> all = diagnostics.all();
        int posts = loaded == null ? 0 : loaded.site().posts().size();
        int pages = loaded == null ? 0 : loaded.site().pages().size();
        int files = output == null ? 0 : filesWritten(output);
        long bytes = output == null ? 0 : output.bytesWritten();
        Map<String, Long> counts = loaded == null ? Map.of() : loaded.plugins().counts();
        return new BuildResult(success, target, posts, pages, files, bytes, Duration.ofNanos(System.nanoTime() - start),
                timings.stages(), timings.plugins(), counts, timings.work(), timings.templates(), all, diagnostics.causes(),
                false);
    }

    /** The files a build left in its output: what it wrote or kept, and the marker. */
    private static int filesWritten(StagedOutput output) {
        return output.written().size() + 1;
    }
}
