package dev.quire.cli.docusaurus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What Quire takes from a Docusaurus site's configuration: the site's title, tagline, url, base
 * URL, default locale, {@code trailingSlash} and {@code markdown} options, and the options of one
 * blog (the classic preset's, or an {@code @docusaurus/plugin-content-blog} entry). Each value is
 * taken only when it is written as a literal; a computed one is left out and noted, as is every
 * option Quire has no use for, with what leaving it out does to the site.
 */
final class DocusaurusConfig {

    /** The names Docusaurus looks for, in its order. */
    static final List<String> FILES = List.of("docusaurus.config.ts", "docusaurus.config.mts", "docusaurus.config.cts",
            "docusaurus.config.js", "docusaurus.config.mjs", "docusaurus.config.cjs");

    /** Blog options Quire reads, or that say which blog it is; the others are noted. */
    private static final Set<String> BLOG_OPTIONS = Set.of("path", "routeBasePath", "postsPerPage", "blogTitle",
            "blogDescription", "authorsMapPath", "tags", "feedOptions", "id", "showReadingTime", "remarkPlugins",
            "rehypePlugins");

    private final String file;
    private final Map<String, String> read = new LinkedHashMap<>();
    private final List<String> notes = new ArrayList<>();
    private final JsValue.Obj root;
    private final JsValue.Obj blog;
    private final Map<String, Object> markdown;

    private DocusaurusConfig(String file, JsValue.Obj root, String blogId) throws DocusaurusImport.ImportException {
        this.file = file;
        this.root = root;
        this.blog = chooseBlog(Blogs.of(root), blogId);
        if (blog != null) {
            showReadingTime();
            blog.entries().forEach((key, value) -> {
                if (Unsupported.FIXED_PATHS.containsKey(key)) {
                    fixedPath(key, value);
                } else if (!BLOG_OPTIONS.contains(key)) {
                    notes.add(Unsupported.note("blog", key + " " + shown(value), value.line(), Unsupported.BLOG.get(key)));
                }
            });
        }
        if (root != null) {
            root.entries().forEach((key, value) -> {
                if (!Unsupported.SITE_READ.contains(key)) {
                    notes.add(Unsupported.note("site", key, value.line(), Unsupported.SITE.get(key)));
                }
            });
            presetOptions();
        }
        this.markdown = readMarkdown();
    }

    /** Notes the classic preset's options other than the blog's: docs, theme, analytics and the like. */
    private void presetOptions() {
        if (!(root.entries().get("presets") instanceof JsValue.Arr presets)) {
            return;
        }
        for (JsValue preset : presets.items()) {
            if (preset instanceof JsValue.Arr pair && pair.items().size() > 1
                    && pair.items().get(1) instanceof JsValue.Obj options) {
                options.entries().forEach((key, value) -> {
                    boolean off = value instanceof JsValue.Literal literal && Boolean.FALSE.equals(literal.value());
                    if (!key.equals("blog") && !off) {
                        notes.add(Unsupported.note("preset", key, value.line(), Unsupported.PRESET.get(key)));
                    }
                });
            }
        }
    }

    /**
     * The configuration of the Docusaurus site in {@code site}: the file {@code named} (relative to
     * the site), else the first Docusaurus looks for; without one, every default.
     *
     * @param blogId the blog to import; null for the preset's or the one with id {@code default}
     */
    static DocusaurusConfig of(Path site, Path named, String blogId) throws IOException, DocusaurusImport.ImportException {
        List<String> found = FILES.stream()
                .filter(name -> Files.isRegularFile(site.resolve(name), LinkOption.NOFOLLOW_LINKS)).toList();
        if (named != null) {
            Path file = site.resolve(named).normalize();
            if (!Files.isRegularFile(file)) {
                throw new DocusaurusImport.ImportException("no configuration file " + file);
            }
            if (!file.toRealPath().startsWith(site)) {
                throw new DocusaurusImport.ImportException(named + " is outside the Docusaurus site " + site
                        + "; only a configuration inside it is read");
            }
            String name = site.relativize(file.toRealPath()).toString().replace('\\', '/');
            return read(name, Files.readString(file, StandardCharsets.UTF_8), blogId);
        }
        if (found.isEmpty()) {
            DocusaurusConfig none = new DocusaurusConfig(null, null, blogId);
            none.notes.add("no docusaurus.config.js or .ts: the title, url and blog options are Quire's defaults");
            return none;
        }
        DocusaurusConfig config = read(found.get(0), Files.readString(site.resolve(found.get(0)),
                StandardCharsets.UTF_8), blogId);
        if (found.size() > 1) {
            config.notes.add(0, found.get(0) + " was read, as Docusaurus does; " + String.join(", ",
                    found.subList(1, found.size())) + " is there too: name it with --config FILE to read it instead");
        }
        return config;
    }

    /** Reads the configuration file {@code name} whose text is {@code source}. */
    static DocusaurusConfig read(String name, String source, String blogId) throws DocusaurusImport.ImportException {
        JsValue.Obj exported;
        String problem;
        try {
            exported = JsObjectReader.exportedObject(source).orElse(null);
            problem = exported != null ? null : name + ": no exported object literal found (a config built by code "
                    + "cannot be read without running it); set title, url and language in quire.yml yourself";
        } catch (JsSyntaxException e) {
            exported = null;
            problem = name + ":" + e.line() + ": cannot read this file (" + e.getMessage()
                    + "); set title, url and language in quire.yml yourself";
        }
        if (exported == null && blogId != null) {
            throw new DocusaurusImport.ImportException("--blog " + blogId + " names a blog of " + name
                    + ", but its blogs cannot be read: " + problem);
        }
        DocusaurusConfig config = new DocusaurusConfig(name, exported, blogId);
        if (problem != null) {
            config.notes.add(problem);
        }
        return config;
    }

    /**
     * The options of the blog to import: the one named {@code id}, else the one with id
     * {@code default}, else the only one; each other blog is noted as not carried over.
     */
    private JsValue.Obj chooseBlog(Blogs blogs, String id) throws DocusaurusImport.ImportException {
        List<String> ids = blogs.all().stream().map(Blogs.Blog::id).toList();
        Blogs.Blog chosen;
        if (id != null) {
            chosen = blogs.byId(id).orElseThrow(() -> new DocusaurusImport.ImportException("--blog " + id + ": "
                    + (file != null ? file : "the site, without a configuration,") + " has no blog with that id"
                    + (ids.isEmpty() ? "" : " (its blogs: " + String.join(", ", ids) + ")")));
        } else if (blogs.all().isEmpty()) {
            if (blogs.presetBlogOff()) {
                throw new DocusaurusImport.ImportException(file + " turns the blog off (blog: false); there are no "
                        + "posts to import");
            }
            return null;
        } else if (blogs.all().size() == 1) {
            chosen = blogs.all().get(0);
        } else {
            chosen = blogs.byId(Blogs.DEFAULT_ID).orElseThrow(() -> new DocusaurusImport.ImportException(file
                    + " sets up " + ids.size() + " blogs (" + String.join(", ", ids) + "); Quire publishes one blog per "
                    + "site: name the one to import with --blog ID"));
        }
        if (chosen.options() != null && chosen.object() == null) {
            unread("the options of blog '" + chosen.id() + "'", chosen.options());
        }
        for (Blogs.Blog other : blogs.all()) {
            if (other != chosen) {
                notes.add("blog '" + other.id() + "' (line " + other.line() + ": " + other.where() + ") is not carried "
                        + "over: Quire publishes one blog per site; move it into a site of its own with --blog "
                        + other.id());
            }
        }
        if (blogs.all().size() > 1) {
            read.put("(blog)", "'" + chosen.id() + "' (" + chosen.where() + ")");
        }
        return chosen.object();
    }

    /** A path Quire does not change: another value than Docusaurus's default moves pages, so it is noted. */
    private void fixedPath(String key, JsValue value) {
        String quire = Unsupported.FIXED_PATHS.get(key);
        if (!quire.equals(value.text())) {
            notes.add(Unsupported.note("blog", key + " " + shown(value), value.line(), "these pages MOVE: Quire "
                    + "publishes them under " + blogRoute() + quire + "/"));
        }
    }

    /** The blog's address under the base URL, with slashes around it: {@code /blog/}, or {@code /}. */
    private String blogRoute() {
        JsValue route = blog.entries().get("routeBasePath");
        String path = route != null && route.text() != null ? route.text().replaceAll("^/+|/+$", "") : "blog";
        return path.isEmpty() ? "/" : "/" + path + "/";
    }

    /** The configuration file's name, or null when there is none. */
    String file() {
        return file;
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

    /** The default locale; the other locales are noted, as their translated posts are not moved. */
    Optional<String> defaultLocale() {
        Optional<JsValue.Obj> i18n = object(root, "i18n");
        Optional<String> locale = i18n.flatMap(o -> text(o, "defaultLocale", "language"));
        i18n.flatMap(o -> entry(o, "locales")).filter(JsValue.Arr.class::isInstance).map(JsValue.Arr.class::cast)
                .ifPresent(locales -> {
                    List<String> others = locales.items().stream().map(JsValue::text)
                            .filter(l -> l != null && !locale.orElse("en").equals(l)).toList();
                    if (!others.isEmpty()) {
                        notes.add(Unsupported.note("i18n", "locales " + shown(locales), locales.line(), "only the "
                                + "posts in " + locale.orElse("en") + " are moved; the translations under i18n/"
                                + others.get(0) + "/ and their pages (/" + others.get(0) + "/…) are not"));
                    }
                });
        return locale;
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

    /** Docusaurus's {@code trailingSlash}: true, false, or empty for undefined. */
    Optional<Boolean> trailingSlash() {
        Optional<JsValue> value = entry(root, "trailingSlash");
        if (value.isEmpty() || value.get() instanceof JsValue.Literal literal && literal.value() == null) {
            return Optional.empty();
        }
        if (value.get() instanceof JsValue.Literal literal && literal.value() instanceof Boolean slash) {
            read.put("trailing-slash", slash.toString());
            return Optional.of(slash);
        }
        unread("trailingSlash", value.get());
        return Optional.empty();
    }

    /**
     * The {@code markdown:} section: {@code format} and {@code mermaid} of the site's
     * {@code markdown} options, and {@code math} when the blog runs remark-math. Options Quire has
     * no setting for are noted.
     */
    Map<String, Object> markdown() {
        return markdown;
    }

    private Map<String, Object> readMarkdown() {
        Map<String, Object> markdown = new LinkedHashMap<>();
        Optional<JsValue.Obj> options = object(root, "markdown");
        options.flatMap(o -> text(o, "format", "markdown.format")).ifPresent(format -> markdown.put("format", format));
        boolean math = plugins("remarkPlugins", "math") | plugins("rehypePlugins", "katex", "mathjax");
        markdown.put("math", math);
        read.put("markdown.math", math + (math ? " (the blog runs remark-math)" : " (the blog runs no remark-math)"));
        options.flatMap(o -> entry(o, "mermaid")).ifPresent(mermaid -> {
            if (mermaid instanceof JsValue.Literal literal && literal.value() instanceof Boolean on) {
                markdown.put("mermaid", on);
                read.put("markdown.mermaid", on.toString());
            } else {
                unread("markdown.mermaid", mermaid);
            }
        });
        options.ifPresent(o -> o.entries().forEach((key, value) -> {
            if (!key.equals("format") && !key.equals("mermaid")) {
                notes.add(Unsupported.note("markdown", key, value.line(), Unsupported.MARKDOWN.get(key)));
            }
        }));
        return markdown;
    }

    /**
     * Whether the blog's plugin list {@code key} holds one whose code names one of {@code carried}
     * (Quire does that itself); every other plugin is noted as not run.
     */
    private boolean plugins(String key, String... carried) {
        Optional<JsValue> value = entry(blog, key);
        if (value.isEmpty()) {
            return false;
        }
        List<JsValue> items = value.get() instanceof JsValue.Arr array ? array.items() : List.of(value.get());
        boolean found = false;
        List<String> others = new ArrayList<>();
        for (JsValue item : items) {
            String code = shown(item).toLowerCase(java.util.Locale.ROOT);
            if (java.util.Arrays.stream(carried).anyMatch(code::contains)) {
                found = true;
            } else {
                others.add(shown(item));
            }
        }
        if (!others.isEmpty()) {
            notes.add(Unsupported.note("blog", key + " " + others, value.get().line(), Unsupported.BLOG.get(key)));
        }
        return found;
    }

    /** Docusaurus shows reading time unless {@code showReadingTime: false}; Quire's theme always does. */
    private void showReadingTime() {
        entry(blog, "showReadingTime").filter(v -> !(v instanceof JsValue.Literal l && Boolean.TRUE.equals(l.value())))
                .ifPresent(v -> notes.add(Unsupported.note("blog", "showReadingTime " + shown(v), v.line(),
                        "Quire's theme shows the reading time of every post; remove it from templates/ if you "
                                + "do not want it")));
    }

    /** A value as written, shortened: {@code 'news'}, {@code [remarkMath]}, {@code {…}}. */
    private static String shown(JsValue value) {
        if (value instanceof JsValue.Arr array) {
            return array.items().stream().map(DocusaurusConfig::shown)
                    .collect(java.util.stream.Collectors.joining(", ", "[", "]"));
        }
        if (value instanceof JsValue.Unknown unknown) {
            return unknown.code();
        }
        if (value instanceof JsValue.Obj) {
            return "{…}";
        }
        return value.text() != null ? "'" + value.text() + "'" : String.valueOf(((JsValue.Literal) value).value());
    }

    /** The settings read, as {@code quire.yml} keys with their values, in the order they were read. */
    Map<String, String> read() {
        return read;
    }

    /** What could not be read or is not carried over, one sentence each. */
    List<String> notes() {
        return notes;
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
