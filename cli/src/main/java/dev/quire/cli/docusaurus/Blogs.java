package dev.quire.cli.docusaurus;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The blogs a Docusaurus configuration sets up: the classic preset's (unless {@code blog: false})
 * and each {@code @docusaurus/plugin-content-blog} entry of {@code plugins}. Each has an id,
 * {@code default} unless its options name another, as in Docusaurus.
 */
final class Blogs {

    static final String DEFAULT_ID = "default";

    /**
     * One blog.
     *
     * @param options its options: an object, something computed, or null for Docusaurus's defaults
     */
    record Blog(String id, JsValue options, int line) {

        /** Its options as an object literal, or null. */
        JsValue.Obj object() {
            return options instanceof JsValue.Obj obj ? obj : null;
        }

        /** Where it is and is published, for messages: {@code path news, routeBasePath news}. */
        String where() {
            String path = option("path", "blog");
            String route = option("routeBasePath", "blog");
            return "path " + path + ", routeBasePath " + route;
        }

        private String option(String key, String fallback) {
            JsValue value = object() == null ? null : object().entries().get(key);
            return value != null && value.text() != null ? value.text() : fallback;
        }
    }

    private final List<Blog> all = new ArrayList<>();
    private boolean presetBlogOff;

    private Blogs() {
    }

    /** The blogs of {@code config} (may be null: no configuration, the defaults). */
    static Blogs of(JsValue.Obj config) {
        Blogs blogs = new Blogs();
        if (config == null) {
            blogs.all.add(new Blog(DEFAULT_ID, null, 0));
            return blogs;
        }
        blogs.entries(config, "presets").forEach(blogs::preset);
        blogs.entries(config, "plugins").forEach(blogs::plugin);
        return blogs;
    }

    /** Every blog, in the order the configuration names them. */
    List<Blog> all() {
        return all;
    }

    /** True when the classic preset turns its blog off ({@code blog: false}). */
    boolean presetBlogOff() {
        return presetBlogOff;
    }

    /** The blog with {@code id}. */
    Optional<Blog> byId(String id) {
        return all.stream().filter(b -> b.id().equals(id)).findFirst();
    }

    private List<JsValue> entries(JsValue.Obj config, String key) {
        return config.entries().get(key) instanceof JsValue.Arr array ? array.items() : List.of();
    }

    private void preset(JsValue entry) {
        JsValue name = entry instanceof JsValue.Arr pair && !pair.items().isEmpty() ? pair.items().get(0) : entry;
        JsValue options = entry instanceof JsValue.Arr pair && pair.items().size() > 1 ? pair.items().get(1) : null;
        if (options instanceof JsValue.Obj preset && preset.entries().containsKey("blog")) {
            JsValue blog = preset.entries().get("blog");
            if (blog instanceof JsValue.Literal literal && Boolean.FALSE.equals(literal.value())) {
                presetBlogOff = true;
            } else {
                add(blog, blog.line());
            }
        } else if (options instanceof JsValue.Unknown computed) {
            // The preset's options are computed: its blog may have any options, which must be said.
            all.add(new Blog(DEFAULT_ID, computed, computed.line()));
        } else if (names(name, "classic")) {
            all.add(new Blog(DEFAULT_ID, null, name.line()));
        }
    }

    private void plugin(JsValue entry) {
        JsValue name = entry instanceof JsValue.Arr pair && !pair.items().isEmpty() ? pair.items().get(0) : entry;
        if (!names(name, "content-blog")) {
            return;
        }
        JsValue options = entry instanceof JsValue.Arr pair && pair.items().size() > 1 ? pair.items().get(1) : null;
        add(options, name.line());
    }

    private void add(JsValue options, int line) {
        JsValue.Obj object = options instanceof JsValue.Obj obj ? obj : null;
        JsValue id = object == null ? null : object.entries().get("id");
        all.add(new Blog(id != null && id.text() != null ? id.text() : DEFAULT_ID, options, line));
    }

    /** True when a preset or plugin name, written as text or computed ({@code require.resolve(…)}), holds {@code part}. */
    private static boolean names(JsValue name, String part) {
        return name.text() != null && name.text().contains(part)
                || name instanceof JsValue.Unknown unknown && unknown.code().contains(part);
    }
}
