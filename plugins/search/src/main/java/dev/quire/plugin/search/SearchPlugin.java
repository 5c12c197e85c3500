package dev.quire.plugin.search;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.quire.model.Content;
import dev.quire.model.Post;
import dev.quire.model.Site;
import dev.quire.model.Tag;
import dev.quire.plugin.Output;
import dev.quire.plugin.PluginContext;
import dev.quire.plugin.QuirePlugin;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes {@code search-index.json}: every listed post (newest first) and every page, with title,
 * URL, day, tags, paper titles and text. Tells themes where it is through
 * {@code site.data.search.index}, so a theme shows its search box only when there is an index.
 */
public final class SearchPlugin implements QuirePlugin {

    /** The key of {@link Site#data()} themes read: a map with {@code index}, the index's URL. */
    public static final String DATA_KEY = "search";

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private SearchSettings settings = new SearchSettings(null, null, null);

    @Override
    public String name() {
        return "search";
    }

    @Override
    public Optional<Class<?>> settingsType() {
        return Optional.of(SearchSettings.class);
    }

    @Override
    public void init(PluginContext context) {
        settings = context.settings(SearchSettings.class);
        String path = settings.path();
        if (path.isBlank() || path.startsWith("/") || path.contains("..") || path.contains("\\")) {
            context.error("quire.yml", 0, "search.path must be a file path inside the site, like search-index.json");
        }
    }

    @Override
    public void siteLoaded(Site site, PluginContext context) {
        if (settings.enabled()) {
            site.data().put(DATA_KEY, Map.of("index", site.url(settings.path())));
        }
    }

    /**
     * Writes the index. In a session each entry is serialised once per version of what it shows
     * ({@link PluginContext#memo}); putting the entries together is a copy of their bytes, cheaper
     * than remembering the whole index between builds.
     */
    @Override
    public void write(Site site, Output output, PluginContext context) {
        if (!settings.enabled()) {
            return;
        }
        // Entries are made on every core, in the order of the site.
        List<IndexPart> parts = new ArrayList<>(
                site.listedPosts().parallelStream().map(post -> part(post, context)).toList());
        parts.addAll(site.pages().parallelStream().map(page -> part(page, context)).toList());
        output.write(settings.path(), IndexPart.bytesOf(parts));
    }

    /**
     * What one entry is made from: what it shows but its text, and what the text is made from,
     * the HTML. The HTML is named by the file's revision with its length and hash, a stand-in for
     * a digest that costs nothing for the HTML of an unchanged file (the very string of the last
     * build, whose hash Java keeps).
     */
    private record PartSource(SearchEntry shown, String revision, int htmlLength, int htmlHash, int maxTextLength)
            implements Serializable {
    }

    private IndexPart part(Content content, PluginContext context) {
        SearchEntry shown = entry(content);
        String html = content.html();
        PartSource key = new PartSource(shown, content.revision(), html.length(), html.hashCode(), settings.maxTextLength());
        return context.memo("entry", key, () -> IndexPart.of(JSON, shown.withText(shortened(content.text()))));
    }

    /** What the index shows of {@code content}, but its text. */
    private static SearchEntry entry(Content content) {
        String date = null;
        List<String> tags = List.of();
        if (content instanceof Post post) {
            date = post.day().toString();
            tags = post.tags().stream().map(Tag::label).toList();
        }
        return new SearchEntry(content.title(), content.url(), date, tags,
                PaperTitles.of(content.data().get(PaperTitles.KEY)), null);
    }

    private String shortened(String text) {
        if (text.length() <= settings.maxTextLength()) {
            return text;
        }
        int cut = settings.maxTextLength();
        if (Character.isHighSurrogate(text.charAt(cut - 1))) {
            cut--;
        }
        return text.substring(0, cut);
    }
}
