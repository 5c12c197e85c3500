package dev.quire.plugin.search;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.quire.model.Content;
import dev.quire.model.Post;
import dev.quire.model.Site;
import dev.quire.model.Tag;
import dev.quire.plugin.Output;
import dev.quire.plugin.PluginContext;
import dev.quire.plugin.PluginData;
import dev.quire.plugin.QuirePlugin;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes the search index ({@link SearchIndex}) of every listed post and every page into the folder
 * {@code search.path}, and tells themes where its manifest is through
 * {@code site.data.search.index}, so a theme shows its search box only when there is an index.
 */
public final class SearchPlugin implements QuirePlugin {

    /** The key of {@link Site#data()} themes read: a map with {@code index}, the manifest's URL. */
    public static final String DATA_KEY = "search";

    /** Where posts carry the papers they discuss (the arXiv plugin's), read by name: see {@link PluginData}. */
    private static final String PAPERS_KEY = "papers";

    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final String OLD_FILE_SUFFIX = ".json";

    private SearchSettings settings = new SearchSettings(null, null, null);
    private String folder;

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
        String path = settings.path().strip();
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        if (path.endsWith(OLD_FILE_SUFFIX)) {
            String old = path;
            path = path.substring(0, path.length() - OLD_FILE_SUFFIX.length());
            context.warning("quire.yml", 0, "search.path names a folder now (the index is many small files): '" + old
                    + "' is read as '" + path + "'; write search.path: " + path);
        }
        if (path.isBlank() || path.startsWith("/") || path.contains("..") || path.contains("\\")) {
            context.error("quire.yml", 0, "search.path must be a folder inside the site, like search");
        }
        folder = path;
    }

    @Override
    public void siteLoaded(Site site, PluginContext context) {
        if (settings.enabled()) {
            site.data().put(DATA_KEY, Map.of("index", site.url(folder + "/" + SearchIndex.MANIFEST)));
        }
    }

    /**
     * Writes the index. In a session each document is tokenized once per version of what it shows
     * ({@link PluginContext#memo}); gathering the documents' terms into shards is done in every build.
     *
     * <p>Documents are numbered from the end of the site's order (pages, then posts from the oldest
     * on), so a new post takes the next number and the chunks of the others keep their bytes, their
     * names and their places in caches. Results of equal rank come highest number first: newest
     * post first, pages last, as the site lists them.
     */
    @Override
    public void write(Site site, Output output, PluginContext context) {
        if (!settings.enabled()) {
            return;
        }
        List<Content> contents = new ArrayList<>(site.listedPosts());
        contents.addAll(site.pages());
        Collections.reverse(contents);
        // Documents are made on every core, in the order of their numbers.
        List<IndexedDocument> documents = contents.parallelStream().map(content -> document(content, context)).toList();
        SearchIndex.files(JSON, documents).entrySet().parallelStream()
                .forEach(file -> output.write(folder + "/" + file.getKey(), file.getValue()));
    }

    /**
     * What one document is made from: its entry but the text, and what the text is made from,
     * the HTML. The HTML is named by the file's revision with its length and hash, a stand-in for
     * a digest that costs nothing for the HTML of an unchanged file (the very string of the last
     * build, whose hash Java keeps).
     */
    private record DocumentSource(SearchEntry entry, String revision, int htmlLength, int htmlHash,
            int maxTextLength) implements Serializable {
    }

    private IndexedDocument document(Content content, PluginContext context) {
        SearchEntry entry = entry(content);
        String html = content.html();
        DocumentSource key = new DocumentSource(entry, content.revision(), html.length(), html.hashCode(),
                settings.maxTextLength());
        return context.memo("document", key, () -> IndexedDocument.of(JSON, entry.withText(shortened(content.text()))));
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
                PluginData.texts(content.data().get(PAPERS_KEY), "title"), null);
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
