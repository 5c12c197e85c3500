package dev.quire.model;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;

/** A blog post: dated, tagged, listed (unless unlisted), in feeds. */
public final class Post extends Content {

    private final ZonedDateTime date;
    private final String slug;
    private final List<Tag> tags;
    private final List<Author> authors;
    private final List<String> keywords;
    private final boolean draft;
    private final boolean unlisted;
    private final boolean hideTableOfContents;
    private final boolean truncated;
    private volatile String excerptHtml = "";
    private final PostFields postFields;

    public Post(Fields fields, PostFields post) {
        super(fields);
        this.date = post.date();
        this.slug = post.slug();
        this.tags = List.copyOf(post.tags());
        this.authors = List.copyOf(post.authors());
        this.keywords = List.copyOf(post.keywords());
        this.draft = post.draft();
        this.unlisted = post.unlisted();
        this.hideTableOfContents = post.hideTableOfContents();
        this.truncated = post.truncated();
        this.postFields = post;
    }

    @Override
    public Post copyAsLoaded() {
        return new Post(fields(), postFields);
    }

    @Override
    java.io.Serializable loadedKind() {
        return postFields;
    }

    /** What only posts have, gathered by the loader. */
    public record PostFields(ZonedDateTime date, String slug, List<Tag> tags, List<Author> authors,
            List<String> keywords, boolean draft, boolean unlisted, boolean hideTableOfContents,
            boolean truncated) implements java.io.Serializable {
    }

    /** When the post was published, in UTC. */
    public ZonedDateTime date() {
        return date;
    }

    /** The publication day (UTC). */
    public LocalDate day() {
        return date.toLocalDate();
    }

    /** The part of the permalink after the blog's route, e.g. {@code /2025/11/28/papers-review}. */
    public String slug() {
        return slug;
    }

    public List<Tag> tags() {
        return tags;
    }

    public List<Author> authors() {
        return authors;
    }

    public List<String> keywords() {
        return keywords;
    }

    public boolean draft() {
        return draft;
    }

    /** Built and reachable by its URL, but left out of lists, feeds and the sitemap. */
    public boolean unlisted() {
        return unlisted;
    }

    public boolean hideTableOfContents() {
        return hideTableOfContents;
    }

    /** True when the author marked where the excerpt ends ({@code <!-- truncate -->}). */
    public boolean truncated() {
        return truncated;
    }

    /** The start of the post as HTML, for list pages and feed summaries. */
    public String excerptHtml() {
        return excerptHtml;
    }

    /** Called by the pipeline together with {@link #rendered}. */
    public void excerptRendered(String html) {
        this.excerptHtml = html;
    }
}
