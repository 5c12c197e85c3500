package dev.quire.cli;

import dev.quire.model.Post;
import dev.quire.model.Site;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.regex.Pattern;

/**
 * The file a new post starts from, written the way the site's newest post is written: a
 * {@code # YYYY-MM-DD …} heading and no front matter when that is the site's habit (a daily paper
 * review), else front matter; {@code .md} or {@code .mdx}, in a folder or not, as that post is; and
 * its placeholders in the site's language. It names no real paper.
 */
final class NewPost {

    private static final Pattern DATED_TITLE = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}\\b.*");

    /** How the site's posts are written; {@link #DEFAULT} for a site without posts. */
    record Style(boolean datedHeading, boolean mdx, boolean inFolder) {
        static final Style DEFAULT = new Style(false, true, true);

        /** The style of the newest post of {@code site}. */
        static Style of(Site site) {
            Optional<Post> newest = site.posts().stream().max(Comparator.comparing(Post::date));
            return newest.map(post -> {
                String source = post.source();
                boolean datedHeading = post.frontMatter().isEmpty() && DATED_TITLE.matcher(post.title()).matches();
                return new Style(datedHeading, source.endsWith(".mdx"),
                        source.endsWith("/index.mdx") || source.endsWith("/index.md"));
            }).orElse(DEFAULT);
        }
    }

    private NewPost() {
    }

    /** A readable slug for the folder name: lower case, dashes, Korean kept. */
    static String slug(String title) {
        String slug = title.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{M}\\p{N}]+", "-").replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "post" : slug;
    }

    /** The post's file, relative to the blog folder. */
    static String fileName(String title, LocalDate day, Style style) {
        String base = day + "-" + slug(title);
        String extension = style.mdx() ? ".mdx" : ".md";
        return style.inFolder() ? base + "/index" + extension : base + extension;
    }

    /**
     * @param language the site's {@code language}, for the placeholder text
     */
    static String text(String title, LocalDate day, Style style, String language) {
        ResourceBundle words = ResourceBundle.getBundle("dev.quire.cli.new-post", Locale.forLanguageTag(language),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        StringBuilder text = new StringBuilder();
        if (style.datedHeading()) {
            text.append("# ").append(DATED_TITLE.matcher(title).matches() ? title : day + " " + title).append("\n\n");
        } else {
            text.append("---\ntitle: \"").append(title.replace("\\", "\\\\").replace("\"", "\\\"")).append("\"\n")
                    .append("tags: []\n---\n\n");
        }
        String paperLink = words.getString("paper_link");
        text.append(words.getString("intro")).append("\n\n")
                .append(style.mdx() ? "{/* truncate */}" : "<!-- truncate -->").append("\n\n")
                .append(style.mdx() ? "{/* " + paperLink + " */}" : "<!-- " + paperLink + " -->").append("\n")
                .append("## 1. ").append(words.getString("paper")).append("\n\n")
                .append(words.getString("notes")).append('\n');
        return text.toString();
    }
}
