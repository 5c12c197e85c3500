package com.example.stamp;

import dev.quire.BuildOptions;
import dev.quire.model.Site;
import dev.quire.plugin.Output;
import dev.quire.plugin.PluginContext;
import dev.quire.plugin.QuirePlugin;

/**
 * Marks every page with a meta tag and writes stamp.txt with what the build told it, so the
 * tests can see that the plugin was found, read its settings and got the build's options.
 */
public final class StampPlugin implements QuirePlugin {

    /** The plugin's section of quire.yml. */
    public record Settings(String text) {
    }

    private Settings settings;

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
    public void write(Site site, Output output, PluginContext context) {
        BuildOptions options = context.options();
        output.write("stamp.txt", "text=" + settings.text() + "\n"
                + "offline=" + options.offline() + "\n"
                + "drafts=" + options.drafts() + "\n"
                + "posts=" + site.posts().size() + "\n");
    }

    private static String attribute(String text) {
        return String.valueOf(text).replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
    }
}
