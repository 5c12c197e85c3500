package dev.quire.theme.defaults;

import dev.quire.model.Content;
import dev.quire.model.Site;
import dev.quire.plugin.PluginContext;
import dev.quire.plugin.QuirePlugin;
import java.util.List;
import java.util.Map;

/**
 * Puts into the model what the image and paper plugins put there, taken from front matter
 * ({@code test-cover}, {@code test-papers}), so the theme's handling of that data can be tested
 * without those plugins: {@code post.image} and {@code post.data.cover}, {@code post.data.papers}
 * and {@code site.data.papers}.
 */
public final class PluginDataFixture implements QuirePlugin {

    @Override
    public String name() {
        return "plugin-data-fixture";
    }

    @Override
    public void siteLoaded(Site site, PluginContext context) {
        for (Content content : site.contents()) {
            if (content.frontMatter().get("test-cover") instanceof Map<?, ?> cover) {
                content.data().put("cover", cover);
                content.setImage(cover.get("url").toString());
            }
            if (content.frontMatter().get("test-papers") instanceof List<?> papers) {
                content.data().put("papers", papers);
                site.data().put("papers", papers);
            }
        }
    }
}
