package dev.quire.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** Everything a build knows about the site: settings, posts, pages, tags and plugin data. */
public final class Site {

    /** Newest first; equal dates by permalink, so the order never depends on the file system. */
    public static final Comparator<Post> NEWEST_FIRST = Comparator.comparing(Post::date).reversed()
            .thenComparing(Post::permalink);

    private final Path root;
    private final SiteSettings settings;
    private final List<Post> posts;
    private final List<Post> listedPosts;
    private final List<Page> pages;
    private final Map<String, Author> authors;
    private final Map<Tag, List<Post>> postsByTag;
    private final Map<String, Object> data = new ConcurrentHashMap<>();
    private final List<String> head = new CopyOnWriteArrayList<>();
    private final Map<String, List<String>> listHeads = new ConcurrentHashMap<>();

    /**
     * @param root     the site folder, absolute and real (symbolic links resolved)
     * @param posts    every post that is built, in any order
     * @param authors  the authors of {@code authors.yml} by key
     */
    public Site(Path root, SiteSettings settings, List<Post> posts, List<Page> pages, Map<String, Author> authors) {
        this.root = root;
        this.settings = settings;
        List<Post> sorted = new ArrayList<>(posts);
        sorted.sort(NEWEST_FIRST);
        this.posts = List.copyOf(sorted);
        this.listedPosts = sorted.stream().filter(p -> !p.unlisted()).toList();
        List<Page> sortedPages = new ArrayList<>(pages);
        sortedPages.sort(Comparator.comparing(Page::permalink));
        this.pages = List.copyOf(sortedPages);
        this.authors = Collections.unmodifiableMap(new LinkedHashMap<>(authors));
        this.postsByTag = groupByTag(listedPosts);
    }

    /** Groups by tag key, as Docusaurus groups by permalink; the newest post's label names the group. */
    private static Map<Tag, List<Post>> groupByTag(List<Post> listed) {
        Map<String, Tag> firstByKey = new LinkedHashMap<>();
        Map<String, List<Post>> byKey = new LinkedHashMap<>();
        for (Post post : listed) {
            for (Tag tag : post.tags()) {
                firstByKey.putIfAbsent(tag.key(), tag);
                byKey.computeIfAbsent(tag.key(), k -> new ArrayList<>()).add(post);
            }
        }
        Map<Tag, List<Post>> sorted = new LinkedHashMap<>();
        firstByKey.values().stream()
                .sorted(Comparator.comparing((Tag t) -> t.label().toLowerCase(java.util.Locale.ROOT)).thenComparing(Tag::key))
                .forEach(tag -> sorted.put(tag, List.copyOf(byKey.get(tag.key()))));
        return Collections.unmodifiableMap(sorted);
    }

    /** The site folder (absolute, symbolic links resolved). */
    public Path root() {
        return root;
    }

    public SiteSettings settings() {
        return settings;
    }

    /** Every post that is built, unlisted ones included, newest first. */
    public List<Post> posts() {
        return posts;
    }

    /** The posts that lists, feeds and sitemaps show, newest first. */
    public List<Post> listedPosts() {
        return listedPosts;
    }

    /** Standalone pages, by permalink. */
    public List<Page> pages() {
        return pages;
    }

    /** Posts and pages together. */
    public List<Content> contents() {
        List<Content> all = new ArrayList<>(posts);
        all.addAll(pages);
        return all;
    }

    /** The authors of {@code authors.yml}, by key, in file order. */
    public Map<String, Author> authors() {
        return authors;
    }

    /** Every tag of a listed post with its listed posts (newest first), ordered by label. */
    public Map<Tag, List<Post>> tags() {
        return postsByTag;
    }

    /** Site-wide data that plugins attach for templates, e.g. {@code papers}. */
    public Map<String, Object> data() {
        return data;
    }

    /** Extra HTML for every page's {@code <head>}, e.g. feed links; added by plugins. */
    public List<String> head() {
        return head;
    }

    /**
     * Extra HTML for the {@code <head>} of the list pages at {@code permalink}, e.g. a tag's feed
     * links for {@code tag.permalink()}; added by plugins before pages are rendered. Every page of
     * the list (its {@code page/2/} too) gets it, as {@link dev.quire.plugin.PageInfo#head()}. The
     * blog's, a tag's and an author's lists are list pages; posts and pages have {@link Content#head()}.
     */
    public List<String> listHead(String permalink) {
        return listHeads.computeIfAbsent(settings.link(permalink), p -> new CopyOnWriteArrayList<>());
    }

    /** A path under the site's base URL: {@code url("papers/")} is {@code /base/papers/}. */
    public String url(String path) {
        String rel = path.startsWith("/") ? path.substring(1) : path;
        return settings.baseUrl() + rel;
    }

    /**
     * The absolute, ASCII-only URL of a path that already includes the base URL (a permalink).
     *
     * @throws IllegalStateException when the site has no {@code url}
     */
    public String absoluteUrl(String rootedPath) {
        if (settings.url() == null) {
            throw new IllegalStateException("the site has no url");
        }
        return settings.url() + Urls.encodePath(rootedPath.startsWith("/") ? rootedPath : "/" + rootedPath);
    }

    /**
     * Resolves a link written in content to a file of the site. Relative links resolve against
     * {@code directory}; links starting with {@code /} resolve against the {@code static/} folder.
     *
     * @return the file (which may not exist), or empty when the link leads outside the site
     *         folder, directly or through a symbolic link
     */
    public Optional<Path> resolveFile(Path directory, String link) {
        return pathOf(directory, link).filter(this::isInside);
    }

    /**
     * Where a link written in content leads, as {@link #resolveFile} finds it, but without asking
     * the file system whether that is inside the site folder: the same for the same link, so a
     * plugin can tell which files a post's links name before it checks them.
     *
     * @return the path (normalized, symbolic links not followed), or empty when the link is no path
     * @throws IllegalArgumentException when the link has a malformed {@code %} escape
     */
    public Optional<Path> pathOf(Path directory, String link) {
        String clean = link;
        int cut = indexOfAny(clean, '?', '#');
        if (cut >= 0) {
            clean = clean.substring(0, cut);
        }
        clean = java.net.URLDecoder.decode(clean.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
        try {
            return Optional.of(clean.startsWith("/")
                    ? root.resolve("static").resolve(clean.substring(1)).normalize()
                    : directory.resolve(clean).normalize());
        } catch (java.nio.file.InvalidPathException e) {
            return Optional.empty();
        }
    }

    /** True when {@code path} is inside the site folder, also after following symbolic links. */
    public boolean isInside(Path path) {
        Path normal = path.toAbsolutePath().normalize();
        if (!normal.startsWith(root)) {
            return false;
        }
        if (!Files.exists(normal)) {
            return true;
        }
        try {
            return normal.toRealPath().startsWith(root);
        } catch (IOException e) {
            return false;
        }
    }

    private static int indexOfAny(String text, char a, char b) {
        int ia = text.indexOf(a);
        int ib = text.indexOf(b);
        if (ia < 0) {
            return ib;
        }
        return ib < 0 ? ia : Math.min(ia, ib);
    }
}
