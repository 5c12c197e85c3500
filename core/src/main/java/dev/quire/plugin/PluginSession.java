package dev.quire.plugin;

import dev.quire.model.Site;

/**
 * A loaded site and the context one plugin has in a build of it, for a command that does that
 * plugin's work without building the site (e.g. {@code quire papers fetch}).
 *
 * @param site    the site, loaded and parsed (ASTs available), not rendered
 * @param plugin  the plugin, after {@link QuirePlugin#init}: a command may ask it what it read
 * @param context the plugin's context: its settings, the options, reporting
 */
public record PluginSession(Site site, QuirePlugin plugin, PluginContext context) {
}
