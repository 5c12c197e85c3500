package dev.quire.plugin.feeds;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.jsoup.Jsoup;

/**
 * JSON Feed 1.1 with Jackson. The papers of a post go in the extension {@code _papers} (the spec
 * lets publishers add keys that start with an underscore); readers that do not know it skip it.
 */
final class JsonFeedWriter implements FeedWriter {

    static final String VERSION = "https://jsonfeed.org/version/1.1";

    private static final ObjectWriter WRITER = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .build()
            .writer(new DefaultPrettyPrinter()
                    .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n")));

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record JsonFeed(String version, String title, String homePageUrl, String feedUrl, String description,
            String language, List<JsonAuthor> authors, List<JsonItem> items) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record JsonAuthor(String name, String url, String avatar) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record JsonItem(String id, String url, String title, String contentHtml, String summary, String image,
            String datePublished, String dateModified, List<JsonAuthor> authors, List<String> tags,
            @JsonProperty("_papers") List<JsonPaper> papers) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record JsonPaper(String title, String url) {
    }

    @Override
    public String write(FeedDocument feed, String selfUrl) {
        JsonFeed json = new JsonFeed(VERSION, feed.title(), feed.homeUrl(), selfUrl, feed.description(),
                feed.language(), List.of(new JsonAuthor(feed.author(), null, null)),
                feed.items().stream().map(JsonFeedWriter::item).toList());
        try {
            return WRITER.writeValueAsString(json) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the JSON feed: " + e.getMessage(), e);
        }
    }

    private static JsonItem item(FeedItem item) {
        // JSON Feed requires content_html or content_text; an excerpt-only feed carries the excerpt.
        String html = item.contentHtml() != null ? item.contentHtml() : item.summaryHtml();
        String summary = Jsoup.parseBodyFragment(item.summaryHtml()).text();
        return new JsonItem(item.id(), item.url(), item.title(), html, summary,
                item.image() == null ? null : item.image().url(),
                date(item.published()), item.updated() == null ? null : date(item.updated()),
                item.authors().stream().map(a -> new JsonAuthor(a.name(), a.url(), a.imageUrl())).toList(),
                item.categories(),
                item.papers().stream().map(p -> new JsonPaper(p.title(), p.url())).toList());
    }

    /** RFC 3339 in UTC, as JSON Feed asks. */
    private static String date(ZonedDateTime time) {
        return DateTimeFormatter.ISO_INSTANT.format(time.toInstant());
    }
}
