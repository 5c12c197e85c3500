package com.example.stamp;

import dev.quire.BuildOptions;
import dev.quire.model.Content;
import dev.quire.model.Site;
import dev.quire.plugin.Output;
import dev.quire.plugin.PluginContext;
import dev.quire.plugin.QuirePlugin;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Marks every page with a meta tag and writes stamp.txt with what the build told it, so the
 * tests can see that the plugin was found, read its settings and got the build's options, and
 * that its own resources were visible through the context class loader on every thread that
 * transformed a post (as libraries that look things up that way expect).
 */
public final class StampPlugin implements QuirePlugin {

    /** The plugin's section of quire.yml. */
    public record Settings(String text) {
    }

    private static final String OWN_RESOURCE = "META-INF/quire/themes/stamped/theme.yml";

    private Settings settings;
    private final AtomicBoolean contextLoaderSeesPlugin = new AtomicBoolean(true);

    @Override
    public String name() {
        return "stamp";
    }

    @Override
    public void init(PluginContext context) {
        settings = context.settings(Settings.class);
    }

    @Override
    public void siteLoaded(Site site, PluginContext context) {
        site.head().add("<meta name=\"stamp\" content=\"" + attribute(settings.text()) + "\">");
    }

    @Override
    public void transform(Content content, PluginContext context) {
        if (Thread.currentThread().getContextClassLoader().getResource(OWN_RESOURCE) == null) {
            contextLoaderSeesPlugin.set(false);
        }
    }

    @Override
    public void write(Site site, Output output, PluginContext context) {
        BuildOptions options = context.options();
        output.write("stamp.txt", "text=" + settings.text() + "\n"
                + "offline=" + options.offline() + "\n"
                + "drafts=" + options.drafts() + "\n"
                + "posts=" + site.posts().size() + "\n"
                + "context-class-loader-sees-plugin=" + contextLoaderSeesPlugin.get() + "\n");
    }

    private static String attribute(String text) {
        return String.valueOf(text).replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
    }
}
