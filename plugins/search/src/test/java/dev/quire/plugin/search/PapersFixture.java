package dev.quire.plugin.search;

import dev.quire.model.Content;
import dev.quire.plugin.PluginContext;
import dev.quire.plugin.QuirePlugin;
import java.util.List;
import java.util.Map;

/**
 * Attaches papers to posts the way a paper plugin would, from the front matter key
 * {@code test-papers}: records for one post, plain maps for another, to show both are read.
 */
public final class PapersFixture implements QuirePlugin {

    /** A paper as a plugin might model it. */
    public record Paper(String id, String title) {
    }

    @Override
    public String name() {
        return "papers-fixture";
    }

    @Override
    public void transform(Content content, PluginContext context) {
        if (content.frontMatter().get("test-papers") instanceof List<?> titles) {
            boolean asMaps = Boolean.TRUE.equals(content.frontMatter().get("test-papers-as-maps"));
            content.data().put("papers", titles.stream()
                    .map(t -> asMaps ? (Object) Map.of("title", t) : new Paper("x", t.toString())).toList());
        }
    }
}
