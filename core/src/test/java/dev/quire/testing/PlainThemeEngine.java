package dev.quire.testing;

import dev.quire.model.Content;
import dev.quire.model.Post;
import dev.quire.plugin.PageInfo;
import dev.quire.theme.ModelReads;
import dev.quire.theme.Theme;
import dev.quire.theme.ThemeContext;
import dev.quire.theme.ThemeEngine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A theme engine for the core's own tests, which run without Pebble: each page is a few lines
 * that name the template and the page, so tests can see which pages were made and with what.
 * Registered only for quire-core's tests (the test jar leaves its service file out).
 */
public final class PlainThemeEngine implements ThemeEngine {

    /** How many themes it has loaded, for tests that count them. */
    public static final AtomicInteger LOADS = new AtomicInteger();

    @Override
    public Theme load(ThemeContext context) {
        LOADS.incrementAndGet();
        return new Theme() {
            @Override
            public boolean hasTemplate(String name) {
                return !name.equals("home");
            }

            @Override
            public java.util.Set<String> render(String template, Map<String, Object> model, Writer out) {
                PageInfo page = (PageInfo) model.get("page");
                StringBuilder text = new StringBuilder();
                text.append("template: ").append(template).append('\n');
                text.append("title: ").append(page.title()).append('\n');
                text.append("url: ").append(page.url()).append('\n');
                if (model.get("posts") instanceof List<?> posts) {
                    posts.forEach(p -> text.append("item: ").append(permalink((Post) p)).append('\n'));
                }
                for (String key : List.of("newer", "older")) {
                    if (model.get(key) instanceof Post neighbour) {
                        text.append(key).append(": ").append(permalink(neighbour)).append('\n');
                    }
                }
                Object content = model.containsKey("post") ? model.get("post") : model.get("content");
                if (content instanceof Content c) {
                    // What an engine reads of the model it reports, as Pebble's attribute resolver does.
                    ModelReads.read(c, "html");
                    text.append("html:\n").append(c.html());
                }
                try {
                    out.write(text.toString());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return java.util.Set.of();
            }

            /** Words that say what was asked: {@code plain post_count 2}. */
            @Override
            public String text(String key, Number n) {
                return "plain " + key + (n == null ? "" : " " + n);
            }

            private static String permalink(Post post) {
                ModelReads.read(post, "permalink");
                return post.permalink();
            }

            @Override
            public Map<String, byte[]> assets(java.util.Set<String> used) {
                return Map.of("assets/plain.css", "body{}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
        };
    }
}
