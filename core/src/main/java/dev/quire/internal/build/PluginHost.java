package dev.quire.internal.build;

import com.vladsch.flexmark.util.misc.Extension;
import dev.quire.BuildOptions;
import dev.quire.diagnostics.Diagnostics;
import dev.quire.diagnostics.QuireException;
import dev.quire.model.Content;
import dev.quire.model.Site;
import dev.quire.plugin.Output;
import dev.quire.plugin.PluginContext;
import dev.quire.plugin.PluginSession;
import dev.quire.plugin.QuirePlugin;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.function.Consumer;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * The plugins of one build, found with {@link ServiceLoader}, and the hooks run on them. A plugin
 * that throws is reported by name with the file it was working on; the build goes on to report
 * more, and fails at the end.
 */
final class PluginHost {

    private final List<QuirePlugin> plugins;
    private final Diagnostics diagnostics;
    private final Timings timings;
    private List<Context> contexts = List.of();

    private PluginHost(List<QuirePlugin> plugins, Diagnostics diagnostics, Timings timings) {
        this.plugins = plugins;
        this.diagnostics = diagnostics;
        this.timings = timings;
    }

    static PluginHost load(ClassLoader loader, Diagnostics diagnostics, Timings timings) {
        List<QuirePlugin> found = new ArrayList<>();
        ServiceLoader.load(QuirePlugin.class, loader).forEach(found::add);
        found.sort(Comparator.comparingInt(QuirePlugin::order).thenComparing(QuirePlugin::name));
        return new PluginHost(List.copyOf(found), diagnostics, timings);
    }

    /** The plugins' names: their sections of {@code quire.yml}. */
    Set<String> names() {
        Set<String> names = new LinkedHashSet<>();
        plugins.forEach(p -> names.add(p.name()));
        return names;
    }

    List<QuirePlugin> plugins() {
        return plugins;
    }

    /** The plugin named {@code name} with the context {@link #init} made for it, and the site. */
    Optional<PluginSession> session(String name, Site site) {
        for (int i = 0; i < plugins.size() && i < contexts.size(); i++) {
            if (plugins.get(i).name().equals(name)) {
                return Optional.of(new PluginSession(site, plugins.get(i), contexts.get(i)));
            }
        }
        return Optional.empty();
    }

    /**
     * @param reuse      where {@link PluginContext#memo} remembers results
     * @param background where {@link PluginContext#inBackground} work runs
     * @param theme      the build's theme, for {@link PluginContext#themeText}
     */
    void init(SiteConfig config, BuildOptions options, Reuse reuse, Background background, BuildTheme theme) {
        contexts = new ArrayList<>();
        for (QuirePlugin plugin : plugins) {
            Context context = new Context(plugin.name(), config, options, diagnostics, reuse, background, theme);
            contexts.add(context);
            run(plugin, null, "init", () -> plugin.init(context));
        }
    }

    List<Extension> markdownExtensions() {
        List<Extension> extensions = new ArrayList<>();
        for (QuirePlugin plugin : plugins) {
            run(plugin, null, "markdownExtensions", () -> extensions.addAll(plugin.markdownExtensions()));
        }
        return extensions;
    }

    void siteLoaded(Site site) {
        each("siteLoaded", (plugin, context) -> plugin.siteLoaded(site, context));
    }

    /** Runs every plugin's {@code transform} on one file; called from many threads. */
    void transform(Content content) {
        for (int i = 0; i < plugins.size(); i++) {
            QuirePlugin plugin = plugins.get(i);
            Context context = contexts.get(i);
            run(plugin, content, "transform", () -> plugin.transform(content, context));
        }
    }

    /**
     * What each plugin that transforms says its transform of {@code content} reads, in plugin
     * order; {@link QuirePlugin#UNKNOWN_INPUTS} for a plugin that fails to say.
     */
    List<Object> transformInputs(Content content) {
        List<Object> inputs = new ArrayList<>();
        for (int i = 0; i < plugins.size(); i++) {
            QuirePlugin plugin = plugins.get(i);
            if (transforms(plugin)) {
                Object[] input = {QuirePlugin.UNKNOWN_INPUTS};
                Context context = contexts.get(i);
                run(plugin, content, "transformInputs", () -> input[0] = plugin.transformInputs(content, context));
                inputs.add(input[0]);
            }
        }
        return inputs;
    }

    /** True when the plugin has a transform of its own (one that does nothing reads nothing). */
    private static boolean transforms(QuirePlugin plugin) {
        try {
            return plugin.getClass().getMethod("transform", Content.class, PluginContext.class).getDeclaringClass()
                    != QuirePlugin.class;
        } catch (NoSuchMethodException e) {
            return true;
        }
    }

    void siteRendered(Site site) {
        each("siteRendered", (plugin, context) -> plugin.siteRendered(site, context));
    }

    void write(Site site, Output output) {
        each("write", (plugin, context) -> plugin.write(site, output, context));
    }

    private void each(String hook, PluginCall call) {
        for (int i = 0; i < plugins.size(); i++) {
            QuirePlugin plugin = plugins.get(i);
            Context context = contexts.get(i);
            run(plugin, null, hook, () -> call.run(plugin, context));
        }
    }

    /**
     * What the plugins counted with {@link PluginContext#count}: plugins in their order, each
     * plugin's counts by name, so the summary reads the same on every run.
     */
    Map<String, Long> counts() {
        Map<String, Long> all = new LinkedHashMap<>();
        for (Context context : contexts) {
            new TreeMap<>(context.counts).forEach((what, count) -> all.merge(what, count.sum(), Long::sum));
        }
        return all;
    }

    private interface PluginCall {
        void run(QuirePlugin plugin, Context context);
    }

    /** Runs one hook of one plugin, timing it and turning what it throws into an error. */
    private void run(QuirePlugin plugin, Content content, String hook, Runnable body) {
        long start = System.nanoTime();
        try {
            body.run();
        } catch (QuireException e) {
            diagnostics.report(e.toDiagnostic());
        } catch (RuntimeException | LinkageError | StackOverflowError e) {
            String where = content == null ? null : content.source();
            diagnostics.error(where, 0, "plugin '" + plugin.name() + "' failed in " + hook
                    + (where == null ? "" : " while working on this file") + ": " + describe(e), e);
        } finally {
            timings.plugin(plugin.name(), hook, System.nanoTime() - start);
        }
    }

    private static String describe(Throwable e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    /** What one plugin sees of the build. */
    private static final class Context implements PluginContext {
        private final String name;
        private final SiteConfig config;
        private final BuildOptions options;
        private final Diagnostics diagnostics;
        private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();
        private final Reuse reuse;
        private final Background background;
        private final BuildTheme theme;

        Context(String name, SiteConfig config, BuildOptions options, Diagnostics diagnostics, Reuse reuse,
                Background background, BuildTheme theme) {
            this.name = name;
            this.config = config;
            this.options = options;
            this.diagnostics = diagnostics;
            this.reuse = reuse;
            this.background = background;
            this.theme = theme;
        }

        /**
         * The task gets a context of its own: the build that asked for it may be over, so it
         * remembers nothing and hands nothing further to the background, and what it reports goes
         * to whoever listened to that build.
         */
        @Override
        public boolean inBackground(String what, Object key, Consumer<PluginContext> task) {
            Context own = new Context(name, config, options, diagnostics, Reuse.NONE, Background.NONE, theme.alone());
            return background.submit(name, what, key, () -> {
                try {
                    task.accept(own);
                } catch (RuntimeException | LinkageError e) {
                    diagnostics.error(null, 0, "plugin '" + name + "' failed in its background work (" + what
                            + "): " + e, e);
                }
            });
        }

        @Override
        public <T> T memo(String what, Object key, java.util.function.Supplier<T> compute) {
            return reuse.memo(name, what, key, compute);
        }

        @Override
        public <T> T settings(Class<T> type) {
            return config.section(name, type, diagnostics);
        }

        @Override
        public BuildOptions options() {
            return options;
        }

        @Override
        public String themeText(String key, Number n) {
            return theme.get().text(key, n);
        }

        @Override
        public Path cacheDirectory() {
            return options.site().resolve(".quire").resolve("cache").resolve(name);
        }

        @Override
        public void error(String file, int line, String message) {
            diagnostics.error(file, line, message);
        }

        @Override
        public void warning(String file, int line, String message) {
            diagnostics.warning(file, line, message);
        }

        @Override
        public void info(String file, int line, String message) {
            diagnostics.info(file, line, message);
        }

        @Override
        public void count(String what, long amount) {
            counts.computeIfAbsent(what, w -> new LongAdder()).add(amount);
        }
    }

}
