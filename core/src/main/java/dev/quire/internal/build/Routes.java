package dev.quire.internal.build;

import dev.quire.diagnostics.QuireException;
import dev.quire.model.Author;
import dev.quire.model.Content;
import dev.quire.model.Page;
import dev.quire.model.Post;
import dev.quire.model.Site;
import dev.quire.model.Tag;
import dev.quire.model.Urls;
import dev.quire.plugin.PageInfo;
import dev.quire.plugin.Paginator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Decides which pages the theme renders, where they go and what each template gets. The paths
 * follow Docusaurus: {@code /blog}, {@code /blog/page/2}, {@code /blog/tags}, {@code /blog/tags/x},
 * {@code /blog/archive}, {@code /blog/authors}; plus {@code /} and {@code /404.html}. Whether they
 * end with a slash, and the file each is written to, is the site's {@code trailing-slash}
 * ({@link dev.quire.model.SiteSettings#link}, {@link dev.quire.model.SiteSettings#outputFile}).
 *
 * <p>Templates, by name: {@code post}, {@code page}, {@code list} (and {@code home} for {@code /} if
 * the theme has it), {@code tags}, {@code tag}, {@code archive}, {@code authors}, {@code author},
 * {@code 404}. A theme without a template simply gets no such pages.
 */
final class Routes {

    /**
     * One page to render.
     *
     * @param path     the output file, relative to the output root, e.g. {@code blog/index.html}
     * @param template the theme template
     * @param info     what the page is, for its head
     * @param model    the template's variables besides {@code site} and {@code page}
     */
    record Route(String path, String template, PageInfo info, Map<String, Object> model) {
    }

    /** A tag and how many listed posts carry it. */
    record TagCount(Tag tag, int count) {
    }

    /** The listed posts of one year, newest first. */
    record Year(int year, List<Post> posts) {
    }

    /** An author of {@code authors.yml} with the URL of their page (null without one) and their listed posts. */
    record AuthorPosts(Author author, String url, List<Post> posts) {
    }

    private final Site site;
    private final Predicate<String> hasTemplate;
    private final String blogBase;

    Routes(Site site, Predicate<String> hasTemplate) {
        this.site = site;
        this.hasTemplate = hasTemplate;
        this.blogBase = Urls.join(site.settings().baseUrl(), site.settings().blog().routeBasePath());
    }

    List<Route> all() {
        List<Route> routes = new ArrayList<>();
        posts(routes);
        lists(routes);
        tags(routes);
        archive(routes);
        authors(routes);
        pages(routes);
        if (hasTemplate.test("404")) {
            routes.add(new Route("404.html", "404", new PageInfo("404", "404", site.settings().description(),
                    site.url("404.html"), null, true), Map.of()));
        }
        refuseClashes(routes);
        return routes;
    }

    /**
     * A post or page whose slug takes the address of a page Quire makes ({@code slug: /} is the
     * blog's list) would be written over it; Docusaurus only warns, and which one is served is luck.
     *
     * @throws QuireException naming the post or page
     */
    private static void refuseClashes(List<Route> routes) {
        Map<String, Route> byPath = new HashMap<>();
        for (Route route : routes) {
            Route other = byPath.putIfAbsent(route.path(), route);
            if (other == null) {
                continue;
            }
            Content content = contentOf(route) != null ? contentOf(route) : contentOf(other);
            Route made = content == contentOf(route) ? other : route;
            throw new QuireException(content == null ? null : content.source(), content == null ? 0 : 1,
                    "the URL " + route.info().url() + " is also the address of the " + made.info().kind()
                            + " page; choose another slug");
        }
    }

    private static Content contentOf(Route route) {
        return route.model().get("post") instanceof Content post ? post
                : route.model().get("content") instanceof Content page ? page : null;
    }

    private void posts(List<Route> routes) {
        if (!hasTemplate.test("post")) {
            return;
        }
        List<Post> listed = site.listedPosts();
        Map<Post, Integer> index = new java.util.IdentityHashMap<>();
        for (int i = 0; i < listed.size(); i++) {
            index.put(listed.get(i), i);
        }
        for (Post post : site.posts()) {
            Integer i = index.get(post);
            Map<String, Object> model = new LinkedHashMap<>();
            model.put("post", post);
            if (i != null) {
                putIfNotNull(model, "newer", i > 0 ? listed.get(i - 1) : null);
                putIfNotNull(model, "older", i + 1 < listed.size() ? listed.get(i + 1) : null);
            }
            routes.add(new Route(file(post.permalink()), "post", new PageInfo("post", post.title(), post.description(),
                    post.url(), post.image(), post.unlisted()), model));
        }
    }

    private void lists(List<Route> routes) {
        if (!hasTemplate.test("list")) {
            return;
        }
        var blog = site.settings().blog();
        String title = Objects.requireNonNullElse(blog.title(), site.settings().title());
        String description = Objects.requireNonNullElse(blog.description(), site.settings().description());
        paginate(routes, site.listedPosts(), blogBase, "list", "list", title, description, Map.of(), false);
        String home = site.settings().baseUrl();
        boolean rootTaken = site.pages().stream().anyMatch(p -> file(p.permalink()).equals(file(home)));
        if (!file(blogBase).equals(file(home)) && !rootTaken) {
            String template = hasTemplate.test("home") ? "home" : "list";
            List<Post> first = site.listedPosts().subList(0, Math.min(blog.postsPerPage(), site.listedPosts().size()));
            int total = Paginator.pageCount(site.listedPosts().size(), blog.postsPerPage());
            Paginator paginator = Paginator.of(1, Paginator.urls(site.settings(), blogBase, total));
            Map<String, Object> model = new LinkedHashMap<>();
            model.put("posts", first);
            model.put("paginator", paginator);
            routes.add(new Route(file(home), template, new PageInfo("home", site.settings().title(),
                    site.settings().description(), link(home), null, false), model));
        }
    }

    private void tags(List<Route> routes) {
        String tagsBase = Urls.join(blogBase, "tags");
        if (hasTemplate.test("tags") && !site.tags().isEmpty()) {
            List<TagCount> counts = site.tags().entrySet().stream()
                    .map(e -> new TagCount(e.getKey(), e.getValue().size())).toList();
            routes.add(new Route(file(tagsBase), "tags", new PageInfo("tags", "Tags", site.settings().description(),
                    link(tagsBase), null, false), Map.of("tags", counts)));
        }
        if (hasTemplate.test("tag")) {
            site.tags().forEach((tag, posts) -> paginate(routes, posts, tag.permalink(), "tag", "tag", tag.label(),
                    tag.description() != null ? tag.description() : site.settings().description(), Map.of("tag", tag),
                    false));
            unlistedTags().forEach((tag, posts) -> paginate(routes, posts, tag.permalink(), "tag", "tag", tag.label(),
                    site.settings().description(), Map.of("tag", tag), true));
        }
    }

    /**
     * Tags that only unlisted posts carry: their pages exist, so the posts' tag links work, but like
     * the posts they are hidden from lists and search engines (as Docusaurus does).
     */
    private Map<Tag, List<Post>> unlistedTags() {
        java.util.Set<String> listed = new java.util.HashSet<>();
        site.tags().keySet().forEach(t -> listed.add(t.key()));
        Map<String, Tag> first = new LinkedHashMap<>();
        Map<String, List<Post>> posts = new LinkedHashMap<>();
        for (Post post : site.posts()) {
            for (Tag tag : post.tags()) {
                if (post.unlisted() && !listed.contains(tag.key())) {
                    first.putIfAbsent(tag.key(), tag);
                    posts.computeIfAbsent(tag.key(), k -> new ArrayList<>()).add(post);
                }
            }
        }
        Map<Tag, List<Post>> hidden = new LinkedHashMap<>();
        first.forEach((key, tag) -> hidden.put(tag, posts.get(key)));
        return hidden;
    }

    private void archive(List<Route> routes) {
        if (!hasTemplate.test("archive") || site.listedPosts().isEmpty()) {
            return;
        }
        Map<Integer, List<Post>> byYear = new LinkedHashMap<>();
        site.listedPosts().forEach(p -> byYear.computeIfAbsent(p.date().getYear(), y -> new ArrayList<>()).add(p));
        List<Year> years = byYear.entrySet().stream().map(e -> new Year(e.getKey(), List.copyOf(e.getValue()))).toList();
        String archive = Urls.join(blogBase, "archive");
        routes.add(new Route(file(archive), "archive", new PageInfo("archive", "Archive", site.settings().description(),
                link(archive), null, false), Map.of("years", years)));
    }

    private void authors(List<Route> routes) {
        if (site.authors().isEmpty()) {
            return;
        }
        String authorsBase = Urls.join(blogBase, "authors");
        List<AuthorPosts> all = new ArrayList<>();
        site.authors().forEach((key, author) -> {
            List<Post> posts = site.listedPosts().stream()
                    .filter(p -> p.authors().stream().anyMatch(a -> key.equals(a.key()))).toList();
            all.add(new AuthorPosts(author, author.page() == null ? null : link(Urls.join(authorsBase, author.page())),
                    posts));
        });
        if (hasTemplate.test("authors")) {
            routes.add(new Route(file(authorsBase), "authors", new PageInfo("authors", "Authors",
                    site.settings().description(), link(authorsBase), null, false), Map.of("authors", all)));
        }
        if (hasTemplate.test("author")) {
            for (AuthorPosts entry : all.stream().filter(e -> e.url() != null).toList()) {
                String base = Urls.join(authorsBase, entry.author().page());
                paginate(routes, entry.posts(), base, "author", "author", entry.author().name(),
                        Objects.requireNonNullElse(entry.author().title(), site.settings().description()),
                        Map.of("author", entry), false);
            }
        }
    }

    private void pages(List<Route> routes) {
        if (!hasTemplate.test("page")) {
            return;
        }
        for (Page page : site.pages()) {
            Object custom = page.frontMatter().get("template");
            String template = custom instanceof String name && hasTemplate.test(name) ? name : "page";
            routes.add(new Route(file(page.permalink()), template, new PageInfo("page", page.title(), page.description(),
                    page.url(), page.image(), false), Map.of("content", page)));
        }
    }

    private void paginate(List<Route> routes, List<Post> posts, String base, String template, String kind, String title,
            String description, Map<String, Object> extra, boolean noindex) {
        int perPage = site.settings().blog().postsPerPage();
        int total = Paginator.pageCount(posts.size(), perPage);
        List<String> urls = Paginator.urls(site.settings(), base, total);
        List<String> head = site.listHead(base);
        for (int n = 1; n <= total; n++) {
            List<Post> slice = posts.subList((n - 1) * perPage, Math.min(posts.size(), n * perPage));
            Paginator paginator = Paginator.of(n, urls);
            Map<String, Object> model = new LinkedHashMap<>(extra);
            model.put("posts", slice);
            model.put("paginator", paginator);
            String url = urls.get(n - 1);
            routes.add(new Route(file(url), template, new PageInfo(kind, title, description, url, null, noindex, head), model));
        }
    }

    /** The URL pages link to for a permalink, e.g. {@code /blog/tags/} or {@code /blog/tags}. */
    private String link(String permalink) {
        return site.settings().link(permalink);
    }

    /** The output file of a permalink, e.g. {@code /base/blog/x} → {@code blog/x/index.html}. */
    private String file(String permalink) {
        return site.settings().outputFile(permalink);
    }

    private static void putIfNotNull(Map<String, Object> map, String key, Object value) {
        if (value != null) {
            map.put(key, value);
        }
    }
}
