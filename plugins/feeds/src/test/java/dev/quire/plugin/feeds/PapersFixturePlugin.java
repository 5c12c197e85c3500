package dev.quire.plugin.feeds;

import dev.quire.model.Post;
import dev.quire.model.Site;
import dev.quire.plugin.PluginContext;
import dev.quire.plugin.QuirePlugin;
import java.util.List;

/**
 * Attaches papers to posts the way the arXiv plugin does, through {@code post.data()}, so the
 * feeds are tested against that contract without depending on the arXiv module: a post whose
 * front matter lists {@code test-papers: [2511.21541]} gets one {@link Paper} record per id.
 */
public final class PapersFixturePlugin implements QuirePlugin {

    /** A paper as a plugin of its own would model it: more fields than feeds read. */
    public record Paper(String id, String title, List<String> authors, String absUrl) {
    }

    @Override
    public String name() {
        return "test-papers";
    }

    @Override
    public void siteLoaded(Site site, PluginContext context) {
        for (Post post : site.posts()) {
            if (post.frontMatter().get("test-papers") instanceof List<?> ids) {
                post.data().put("papers", ids.stream()
                        .map(id -> new Paper(id.toString(), "Paper " + id + " <on> reward & latents", List.of("A. Author"),
                                "https://arxiv.org/abs/" + id))
                        .toList());
            }
        }
    }
}
