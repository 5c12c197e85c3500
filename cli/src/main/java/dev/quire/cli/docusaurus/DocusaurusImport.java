package dev.quire.cli.docusaurus;

import dev.quire.cli.init.SiteValues;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Moves a Docusaurus blog into a new Quire site: the blog folder (posts, their pictures,
 * {@code authors.yml}, {@code tags.yml}), the authors and tags files the configuration names,
 * the static folders, and the Markdown pages of {@code src/pages}. The Docusaurus site is only
 * read: nothing is written into it, symbolic links are not followed, and a folder the
 * configuration names outside the site is refused.
 */
public final class DocusaurusImport {

    private static final String PAGES = "src/pages";

    private final Path source;
    private final DocusaurusConfig config;
    private final Path blog;
    private final List<String> notes = new ArrayList<>();
    private final Map<String, Integer> copied = new LinkedHashMap<>();

    private DocusaurusImport(Path source, DocusaurusConfig config, Path blog) {
        this.source = source;
        this.config = config;
        this.blog = blog;
    }

    /** A problem that stops the import before anything is written, in one sentence. */
    public static final class ImportException extends Exception {
        private static final long serialVersionUID = 1L;

        ImportException(String message) {
            super(message);
        }
    }

    /**
     * Reads the Docusaurus site at {@code folder} and finds its blog; nothing is written.
     *
     * @param configFile the configuration file, relative to the site; null for the one Docusaurus reads
     * @param blogId     the id of the blog to import; null for the preset's or the {@code default} one
     * @throws ImportException when it is not a Docusaurus site with a blog inside it
     */
    public static DocusaurusImport plan(Path folder, Path configFile, String blogId) throws ImportException, IOException {
        if (!Files.isDirectory(folder)) {
            throw new ImportException(folder + " is not a folder; name the folder of the Docusaurus site "
                    + "(the one with docusaurus.config.js)");
        }
        Path source = folder.toRealPath();
        DocusaurusConfig config = DocusaurusConfig.of(source, configFile, blogId);
        String path = config.blogPath().orElse("blog");
        Path blog = source.resolve(path).normalize();
        if (!Files.isDirectory(blog)) {
            throw new ImportException("no blog folder " + blog + (config.file() == null
                    ? "; is " + source + " the folder of the Docusaurus site?" : " (the blog path of " + config.file() + ")"));
        }
        Path realBlog = blog.toRealPath();
        if (!realBlog.startsWith(source) || realBlog.equals(source)) {
            throw new ImportException("the blog folder '" + path + "' is not inside " + source
                    + "; only a blog inside the Docusaurus site is imported");
        }
        return new DocusaurusImport(source, config, realBlog);
    }

    /** The Docusaurus site's real path: nothing may be written under it. */
    public Path source() {
        return source;
    }

    /** The configuration file read, or null when the site has none. */
    public String configFile() {
        return config.file();
    }

    /**
     * The new site's settings: what the configuration says, else {@code title} and {@code language}.
     */
    public SiteValues values(String title, String language) {
        Map<String, Object> blogKeys = new LinkedHashMap<>();
        config.routeBasePath().ifPresent(route -> blogKeys.put("route-base-path", route));
        config.postsPerPage().ifPresent(count -> blogKeys.put("posts-per-page", count));
        config.blogTitle().ifPresent(text -> blogKeys.put("title", text));
        config.blogDescription().ifPresent(text -> blogKeys.put("description", text));
        return new SiteValues(config.title().orElse(title), config.tagline().orElse(null), config.url().orElse(null),
                config.baseUrl().orElse(null), config.defaultLocale().orElse(language), blogKeys, config.feeds(),
                // Left out, Quire's default (true) would move every page of a site that never said.
                config.trailingSlash().map(String::valueOf).orElse("unset"), config.markdown());
    }

    /** The settings read from the configuration, as {@code quire.yml} keys with their values. */
    public Map<String, String> read() {
        return config.read();
    }

    /** What could not be read or was not copied, one sentence each. */
    public List<String> notes() {
        List<String> all = new ArrayList<>(config.notes());
        all.addAll(notes);
        return all;
    }

    /** What was copied: a line per source folder or file, with the number of files. */
    public Map<String, Integer> copied() {
        return copied;
    }

    /**
     * Copies the blog, its authors and tags, static files and Markdown pages into {@code site}.
     *
     * @param site a folder outside the Docusaurus site
     */
    public void copyInto(Path site) throws IOException {
        Path target = site.toAbsolutePath().normalize();
        if (target.startsWith(source)) {
            throw new IllegalArgumentException(site + " is inside the Docusaurus site");
        }
        copyTree(blog, target.resolve("blog"), file -> true);
        metadataFile("authors", config.authorsMapPath(), target.resolve("blog/authors.yml"));
        metadataFile("tags", config.tagsPath(), target.resolve("blog/tags.yml"));
        for (String folder : config.staticDirectories()) {
            inside(source.resolve(folder), "static folder '" + folder + "'").filter(Files::isDirectory)
                    .ifPresent(dir -> copyTree(dir, target.resolve("static"), file -> true));
        }
        Path pages = source.resolve(PAGES);
        if (Files.isDirectory(pages, LinkOption.NOFOLLOW_LINKS)) {
            int[] others = {0};
            copyTree(pages, target.resolve("pages"), file -> {
                String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
                boolean markdown = name.endsWith(".md") || name.endsWith(".mdx");
                others[0] += markdown ? 0 : 1;
                return markdown;
            });
            if (others[0] > 0) {
                notes.add(others[0] + (others[0] == 1 ? " file" : " files") + " of " + PAGES
                        + " not imported: only Markdown pages are; React pages and styles have no place in Quire");
            }
        }
    }

    /**
     * Copies the authors or tags file the configuration names to where Quire reads it, when it
     * is not already there.
     */
    private void metadataFile(String what, Optional<String> configured, Path target) throws IOException {
        if (configured.isEmpty()) {
            if (Files.deleteIfExists(target)) {
                notes.add("blog/" + target.getFileName() + " was left out: " + config.file()
                        + " turns the " + what + " file off, so Docusaurus does not read it either");
            }
            return;
        }
        Path named = blog.resolve(configured.get()).normalize();
        if (named.equals(blog.resolve(target.getFileName().toString()))) {
            return;
        }
        Optional<Path> file = inside(named, what + " file '" + configured.get() + "'");
        if (file.isPresent() && Files.isRegularFile(file.get(), LinkOption.NOFOLLOW_LINKS)) {
            Files.createDirectories(target.getParent());
            Files.copy(file.get(), target, StandardCopyOption.REPLACE_EXISTING);
            copied.merge(relative(file.get()), 1, Integer::sum);
        }
    }

    /** {@code path} when it lies inside the Docusaurus site; otherwise a note, and empty. */
    private Optional<Path> inside(Path path, String what) throws IOException {
        Path real = Files.exists(path, LinkOption.NOFOLLOW_LINKS) ? path.toRealPath() : path.normalize();
        if (!real.startsWith(source)) {
            notes.add("the " + what + " is outside the Docusaurus site; it was not copied");
            return Optional.empty();
        }
        return Files.exists(real) ? Optional.of(real) : Optional.empty();
    }

    /** Copies the files under {@code from} that {@code wanted} accepts; links are skipped, not followed. */
    private void copyTree(Path from, Path to, java.util.function.Predicate<Path> wanted) {
        String label = relative(from) + "/";
        try {
            Files.walkFileTree(from, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                    if (attributes.isSymbolicLink()) {
                        notes.add(relative(file) + " is a symbolic link; it was not followed or copied");
                    } else if (attributes.isRegularFile() && wanted.test(file)) {
                        Path target = to.resolve(from.relativize(file).toString());
                        Files.createDirectories(target.getParent());
                        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                            notes.add(relative(file) + " was not copied: " + to.getFileName() + "/"
                                    + from.relativize(file) + " came from another folder first");
                        } else {
                            Files.copy(file, target);
                            copied.merge(label, 1, Integer::sum);
                        }
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private String relative(Path path) {
        return source.relativize(path).toString().replace('\\', '/');
    }
}
