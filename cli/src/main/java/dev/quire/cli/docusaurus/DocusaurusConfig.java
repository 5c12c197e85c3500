package dev.quire.cli.docusaurus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What Quire takes from a Docusaurus site's configuration: the site's title, tagline, url, base
 * URL and default locale, and the blog plugin's options (from the classic preset, or from
 * {@code @docusaurus/plugin-content-blog}). Each value is taken only when it is written as a
 * literal; a computed one is left out and noted, as is every blog option Quire has no use for.
 */
final class DocusaurusConfig {

    /** The names Docusaurus looks for, in its order. */
    static final List<String> FILES = List.of("docusaurus.config.js", "docusaurus.config.cjs", "docusaurus.config.mjs",
            "docusaurus.config.ts", "docusaurus.config.mts", "docusaurus.config.cts");

    /** Blog options Quire reads; the others are noted as not carried over. */
    private static final Set<String> BLOG_OPTIONS = Set.of("path", "routeBasePath", "postsPerPage", "blogTitle",
            "blogDescription", "authorsMapPath", "tags", "feedOptions", "id");

    private final String file;
    private final Map<String, String> read = new LinkedHashMap<>();
    private final List<String> notes = new ArrayList<>();
    private final JsValue.Obj root;
    private final JsValue.Obj blog;
    private final boolean blogDisabled;

    private DocusaurusConfig(String file, JsValue.Obj root) {
        this.file = file;
        this.root = root;
        JsValue blogOptions = root == null ? null : findBlogOptions(root);
        this.blogDisabled = blogOptions instanceof JsValue.Literal literal && Boolean.FALSE.equals(literal.value());
        this.blog = blogOptions instanceof JsValue.Obj obj ? obj : null;
        if (blog != null) {
            blog.entries().keySet().stream().filter(k -> !BLOG_OPTIONS.contains(k)).forEach(k ->
                    notes.add("blog option '" + k + "' (line " + blog.entries().get(k).line() + ") is not carried "
                            + "over: Quire has no such setting"));
        }
    }

    /** The configuration of the Docusaurus site in {@code site}; without a configuration file, every default. */
    static DocusaurusConfig of(Path site) throws IOException {
        for (String name : FILES) {
            Path file = site.resolve(name);
            if (Files.isRegularFile(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                return read(name, Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        DocusaurusConfig none = new DocusaurusConfig(null, null);
        none.notes.add("no docusaurus.config.js or .ts: the title, url and blog options are Quire's defaults");
        return none;
    }

    /** Reads the configuration file {@code name} whose text is {@code source}. */
    static DocusaurusConfig read(String name, String source) {
        try {
            Optional<JsValue.Obj> exported = JsObjectReader.exportedObject(source);
            DocusaurusConfig config = new DocusaurusConfig(name, exported.orElse(null));
            if (exported.isEmpty()) {
                config.notes.add(name + ": no exported object literal found (a config built by a function cannot be "
                        + "read without running it); set title, url and language in quire.yml yourself");
            }
            return config;
        } catch (JsSyntaxException e) {
            DocusaurusConfig config = new DocusaurusConfig(name, null);
            config.notes.add(name + ":" + e.line() + ": cannot read this file (" + e.getMessage()
                    + "); set title, url and language in quire.yml yourself");
            return config;
        }
    }

    /** The configuration file's name, or null when there is none. */
    String file() {
        return file;
    }

    /** True when the configuration turns the blog off ({@code blog: false}). */
    boolean blogDisabled() {
        return blogDisabled;
    }

    Optional<String> title() {
        return text(root, "title", "title");
    }

    Optional<String> tagline() {
        return text(root, "tagline", "description");
    }

    Optional<String> url() {
        return text(root, "url", "url");
    }

    Optional<String> baseUrl() {
        return text(root, "baseUrl", "base-url");
    }

    Optional<String> defaultLocale() {
        return object(root, "i18n").flatMap(i18n -> text(i18n, "defaultLocale", "language"));
    }

    /** The folders of static files, relative to the site; Docusaurus's default is {@code static}. */
    List<String> staticDirectories() {
        Optional<JsValue> value = entry(root, "staticDirectories");
        if (value.isEmpty()) {
            return List.of("static");
        }
        List<String> folders = new ArrayList<>();
        if (value.get() instanceof JsValue.Arr array) {
            for (JsValue item : array.items()) {
                if (item.text() != null) {
                    folders.add(item.text());
                } else {
                    unread("staticDirectories", item);
                }
            }
        } else {
            unread("staticDirectories", value.get());
        }
        return folders;
    }

    Optional<String> blogPath() {
        return text(blog, "path", null);
    }

    Optional<String> routeBasePath() {
        return text(blog, "routeBasePath", "blog.route-base-path");
    }

    Optional<Long> postsPerPage() {
        Optional<JsValue> value = entry(blog, "postsPerPage");
        if (value.isEmpty()) {
            return Optional.empty();
        }
        if (value.get() instanceof JsValue.Literal literal && literal.value() instanceof Long count) {
            read.put("blog.posts-per-page", String.valueOf(count));
            return Optional.of(count);
        }
        if ("ALL".equals(value.get().text())) {
            notes.add("blog option 'postsPerPage: \"ALL\"' (line " + value.get().line() + ") is not carried over: "
                    + "set blog.posts-per-page in quire.yml to a number");
        } else {
            unread("postsPerPage", value.get());
        }
        return Optional.empty();
    }

    Optional<String> blogTitle() {
        return text(blog, "blogTitle", "blog.title");
    }

    Optional<String> blogDescription() {
        return text(blog, "blogDescription", "blog.description");
    }

    /** The authors file, relative to the blog folder; Docusaurus's default is {@code authors.yml}. */
    Optional<String> authorsMapPath() {
        Optional<JsValue> value = entry(blog, "authorsMapPath");
        if (value.isEmpty()) {
            return Optional.of("authors.yml");
        }
        return text(blog, "authorsMapPath", null);
    }

    /**
     * The tags file, relative to the blog folder: Docusaurus's default is {@code tags.yml};
     * empty when the configuration has none ({@code tags: false} or {@code null}).
     */
    Optional<String> tagsPath() {
        Optional<JsValue> value = entry(blog, "tags");
        if (value.isEmpty()) {
            return Optional.of("tags.yml");
        }
        if (value.get() instanceof JsValue.Literal literal && !(literal.value() instanceof String)) {
            return Optional.empty();
        }
        return text(blog, "tags", null);
    }

    /** The feed options Quire's {@code feeds:} section can hold, under its own key names. */
    Map<String, Object> feeds() {
        Map<String, Object> feeds = new LinkedHashMap<>();
        Optional<JsValue.Obj> options = object(blog, "feedOptions");
        if (options.isEmpty()) {
            return feeds;
        }
        entry(options.get(), "type").ifPresent(type -> feedTypes(type).ifPresent(formats -> {
            feeds.put("formats", formats);
            read.put("feeds.formats", String.valueOf(formats));
        }));
        entry(options.get(), "limit").ifPresent(limit -> {
            if (limit instanceof JsValue.Literal literal && literal.value() instanceof Long count) {
                feeds.put("limit", count);
                read.put("feeds.limit", String.valueOf(count));
            } else if (!(limit instanceof JsValue.Literal literal && literal.value() == null)) {
                unread("feedOptions.limit", limit);
            }
        });
        for (String key : List.of("title", "description", "copyright")) {
            text(options.get(), key, "feeds." + key).ifPresent(value -> feeds.put(key, value));
        }
        options.get().entries().keySet().stream().filter(k -> !Set.of("type", "limit", "title", "description",
                "copyright").contains(k)).forEach(k -> notes.add("feed option '" + k + "' (line "
                + options.get().entries().get(k).line() + ") is not carried over: Quire has no such setting"));
        return feeds;
    }

    private Optional<List<String>> feedTypes(JsValue type) {
        if (type instanceof JsValue.Literal literal && literal.value() == null) {
            return Optional.of(List.of());
        }
        List<String> names = new ArrayList<>();
        if (type.text() != null) {
            names.add(type.text());
        } else if (type instanceof JsValue.Arr array && array.items().stream().allMatch(i -> i.text() != null)) {
            array.items().forEach(i -> names.add(i.text()));
        } else {
            unread("feedOptions.type", type);
            return Optional.empty();
        }
        if (names.contains("all")) {
            return Optional.of(List.of("rss", "atom", "json"));
        }
        return Optional.of(names);
    }

    /** The settings read, as {@code quire.yml} keys with their values, in the order they were read. */
    Map<String, String> read() {
        return read;
    }

    /** What could not be read or is not carried over, one sentence each. */
    List<String> notes() {
        return notes;
    }

    private JsValue findBlogOptions(JsValue.Obj config) {
        JsValue found = null;
        for (String list : List.of("presets", "plugins")) {
            Optional<JsValue> entries = entry(config, list);
            if (entries.isEmpty() || !(entries.get() instanceof JsValue.Arr array)) {
                continue;
            }
            for (JsValue item : array.items()) {
                JsValue options = blogOptionsOf(list, item);
                if (options == null) {
                    continue;
                }
                if (found == null) {
                    found = options;
                } else {
                    notes.add("a second blog (line " + options.line() + ") is not imported: Quire publishes one blog");
                }
            }
        }
        return found;
    }

    /** The blog options in one entry of {@code presets} or {@code plugins}, or null. */
    private static JsValue blogOptionsOf(String list, JsValue item) {
        if (!(item instanceof JsValue.Arr pair) || pair.items().size() < 2) {
            return null;
        }
        JsValue name = pair.items().get(0);
        JsValue options = pair.items().get(1);
        if (list.equals("presets") && options instanceof JsValue.Obj preset && preset.entries().containsKey("blog")) {
            return preset.entries().get("blog");
        }
        boolean blogPlugin = name.text() != null && name.text().contains("plugin-content-blog")
                || name instanceof JsValue.Unknown unknown && unknown.code().contains("plugin-content-blog");
        return list.equals("plugins") && blogPlugin ? options : null;
    }

    private Optional<JsValue> entry(JsValue.Obj object, String key) {
        return object == null ? Optional.empty() : Optional.ofNullable(object.entries().get(key));
    }

    private Optional<JsValue.Obj> object(JsValue.Obj object, String key) {
        Optional<JsValue> value = entry(object, key);
        if (value.isPresent() && !(value.get() instanceof JsValue.Obj)) {
            unread(key, value.get());
        }
        return value.filter(JsValue.Obj.class::isInstance).map(JsValue.Obj.class::cast);
    }

    /**
     * The text of {@code key}, when it is a literal string.
     *
     * @param setting the {@code quire.yml} key it becomes, to list what was read; null for none
     */
    private Optional<String> text(JsValue.Obj object, String key, String setting) {
        Optional<JsValue> value = entry(object, key);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        String text = value.get().text();
        if (text == null) {
            unread(key, value.get());
            return Optional.empty();
        }
        if (setting != null) {
            read.put(setting, text);
        }
        return Optional.of(text);
    }

    private void unread(String key, JsValue value) {
        String what = value instanceof JsValue.Unknown unknown ? "it is computed: " + unknown.code()
                : "it is not a value Quire can use";
        notes.add(file + ":" + value.line() + ": '" + key + "' could not be read (" + what + "); set it in "
                + "quire.yml yourself");
    }
}
