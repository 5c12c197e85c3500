package dev.quire.plugin.search;

import dev.quire.model.Site;
import dev.quire.plugin.Output;
import dev.quire.plugin.PluginContext;
import dev.quire.plugin.QuirePlugin;

/** Writes what themes read of the search in {@code site-data.txt}: {@code site.data.search}, or null. */
public final class SiteDataFixture implements QuirePlugin {

    @Override
    public String name() {
        return "site-data-fixture";
    }

    @Override
    public void write(Site site, Output output, PluginContext context) {
        output.write("site-data.txt", String.valueOf(site.data().get(SearchPlugin.DATA_KEY)));
    }
}
