package dev.quire.plugin.feeds;

import dev.quire.model.Post;
import dev.quire.model.Site;
import dev.quire.plugin.PluginContext;
import dev.quire.plugin.QuirePlugin;

/**
 * Describes covers the way the images plugin does, through {@code post.data().get("cover")}, so
 * the feeds are tested against that contract without depending on the images module: a post whose
 * front matter has {@code test-cover-length: 2048} gets a cover of its {@code image} with that size.
 */
public final class CoverFixturePlugin implements QuirePlugin {

    /** A cover as the images plugin models it: more fields than feeds read. */
    public record Cover(String url, Integer width, Integer height, Long length) {
    }

    @Override
    public String name() {
        return "test-cover";
    }

    @Override
    public void siteLoaded(Site site, PluginContext context) {
        for (Post post : site.posts()) {
            if (post.frontMatter().get("test-cover-length") instanceof Number length) {
                post.data().put("cover", new Cover(post.image(), 1200, 630, length.longValue()));
            }
        }
    }
}
