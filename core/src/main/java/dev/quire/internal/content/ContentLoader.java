package dev.quire.internal.content;

import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import dev.quire.diagnostics.Diagnostics;
import dev.quire.diagnostics.QuireException;
import dev.quire.internal.markdown.Markdown;
import dev.quire.internal.markdown.NestingLimit;
import dev.quire.internal.mdx.MdxHtmlRenderer;
import dev.quire.internal.mdx.MdxRendering;
import dev.quire.internal.mdx.MdxSyntaxException;
import dev.quire.model.Author;
import dev.quire.model.Content;
import dev.quire.model.MdxImport;
import dev.quire.model.Page;
import dev.quire.model.Post;
import dev.quire.model.SiteSettings;
import dev.quire.model.Tag;
import dev.quire.model.Urls;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Reads one post or page file into the model: front matter, parsing (as MDX or CommonMark, by
 * the site's {@code markdown.format}; MDX partials and raw imports put in place), and the
 * Docusaurus rules for title, date, slug, permalink, tags, authors and description.
 * One loader serves a whole build and is safe to use from many threads.
 */
public final class ContentLoader {

    private final Path root;
    private final SiteSettings settings;
    private final Markdown markdown;
    private final Authors authors;
    private final Tags tags;
    private final Map<String, String> admonitionTitles;
    private final Diagnostics diagnostics;
    private final LongAdder parseNanos = new LongAdder();
    private final Map<Path, List<Path>> otherFilesRead = new ConcurrentHashMap<>();

    private ContentLoader(Path root, SiteSettings settings, Markdown markdown, Authors authors, Tags tags,
            Diagnostics diagnostics) {
        this.root = root;
        this.settings = settings;
        this.markdown = markdown;
        this.authors = authors;
        this.tags = tags;
        this.admonitionTitles = AdmonitionTitles.forLanguage(settings.language());
        this.diagnostics = diagnostics;
    }

    /**
     * Prepares loading for a site: reads {@code authors.yml} and {@code tags.yml} of its blog.
     *
     * @throws QuireException when one of those files is broken
     */
    public static ContentLoader forSite(Path root, SiteSettings settings, Markdown markdown, Diagnostics diagnostics) {
        Path blog = root.resolve(settings.blog().path());
        String blogSource = relative(root, blog);
        Authors authors = Authors.read(blog.resolve("authors.yml"), blogSource + "/authors.yml");
        String tagsPath = Urls.join(settings.baseUrl(), settings.blog().routeBasePath(), "tags");
        Tags tags = Tags.read(settings, tagsPath, blog.resolve("tags.yml"), blogSource + "/tags.yml");
        return new ContentLoader(root, settings, markdown, authors, tags, diagnostics);
    }

    /** The authors of {@code authors.yml} by key. */
    public Map<String, Author> authors() {
        return authors.byKey();
    }

    /**
     * Loads a post.
     *
     * @param includeDrafts whether a draft is loaded or skipped
     * @return the post, or empty for a draft that is skipped
     * @throws QuireException for content that cannot be published
     */
    public Optional<Post> loadPost(Path file, boolean includeDrafts) {
        String source = relative(root, file);
        SourceText text = SourceText.read(file, source);
        FrontMatter fm = FrontMatter.read(text.frontMatter(), source);
        boolean draft = fm.flag("draft");
        if (draft && !includeDrafts) {
            return Optional.empty();
        }
        Parsed parsed = parse(text, source, file);
        String blogRelative = relative(root.resolve(settings.blog().path()), file);
        BlogFileName name = BlogFileName.parse(blogRelative);
        String title = fm.text("title").or(() -> parsed.contentTitle).orElse(name.text());
        ZonedDateTime date = fm.date("date")
                .or(() -> Optional.ofNullable(name.date()).map(ContentLoader::startOfDay))
                .or(() -> Dates.atStartOf(title).map(ContentLoader::startOfDay))
                .orElseGet(() -> modified(file, source));
        String slug = fm.text("slug").filter(s -> !s.isBlank()).orElse(name.slug());
        String permalink = Urls.joinKeepingSlash(settings.baseUrl(), settings.blog().routeBasePath(), slug);
        List<Tag> postTags = tags.of(fm, diagnostics);
        List<Author> postAuthors = authors.of(fm);
        Content.Fields fields = fields(source, file, title, fm, parsed, permalink);
        Post.PostFields post = new Post.PostFields(date, slug, postTags, postAuthors, fm.texts("keywords"), draft,
                fm.flag("unlisted"), fm.flag("hide_table_of_contents"), parsed.truncated);
        return Optional.of(new Post(fields, post));
    }

    /**
     * Loads a standalone page: {@code pages/about.md} is published at {@code /about}, a front
     * matter {@code slug} is its path from the site root.
     *
     * @return the page, or empty for a draft that is skipped
     */
    public Optional<Page> loadPage(Path file, boolean includeDrafts) {
        String source = relative(root, file);
        SourceText text = SourceText.read(file, source);
        FrontMatter fm = FrontMatter.read(text.frontMatter(), source);
        if (fm.flag("draft") && !includeDrafts) {
            return Optional.empty();
        }
        Parsed parsed = parse(text, source, file);
        String withoutExtension = relative(root.resolve(settings.pages().path()), file).replaceFirst("\\.mdx?$", "");
        String pageRelative = withoutExtension.replaceFirst("(^|/)index$", "");
        String title = fm.text("title").or(() -> parsed.contentTitle)
                .orElse(pageRelative.isEmpty() ? settings.title() : pageRelative.replaceFirst(".*/", ""));
        Optional<String> slug = fm.text("slug").filter(s -> !s.isBlank());
        // As Docusaurus: pages/docs/index.md is /docs/, with the slash; pages/docs.md is /docs.
        String permalink = slug.isPresent() ? Urls.join(settings.baseUrl(), slug.get())
                : !pageRelative.equals(withoutExtension) ? Urls.joinKeepingSlash(settings.baseUrl(), pageRelative + "/")
                : Urls.join(settings.baseUrl(), pageRelative);
        return Optional.of(new Page(fields(source, file, title, fm, parsed, permalink), fm.flag("hide_table_of_contents")));
    }

    /**
     * A parsed body.
     *
     * @param lineMap   for each line of the parsed text (0-based), its line in the file
     * @param imports   the import bindings of its ESM
     * @param truncated whether it has a truncate marker
     */
    private record Parsed(int[] lineMap, List<MdxImport> imports, boolean truncated, Document document,
            Optional<String> contentTitle) {
    }

    /**
     * Parses {@code file} again for the AST only, reporting nothing: for a file an incremental build
     * took from its cache (which replays what its first load reported), when a plugin asks for its
     * AST.
     */
    public Document reparse(Path file) {
        String source = relative(root, file);
        return parse(SourceText.read(file, source), source, file, new Diagnostics()).document;
    }

    /**
     * The other files the last load of {@code file} read (MDX partials, raw imports, missing ones
     * included), so that the file alone does not say whether it would load the same again.
     */
    public List<Path> otherFilesRead(Path file) {
        return otherFilesRead.getOrDefault(file, List.of());
    }

    /** The path of {@code file} relative to the site folder, as diagnostics and the model name it. */
    public String source(Path file) {
        return relative(root, file);
    }

    /** Time spent so far in the MDX step and the Markdown parser, summed over threads. */
    public long parseNanos() {
        return parseNanos.sum();
    }

    private Parsed parse(SourceText text, String source, Path file) {
        return parse(text, source, file, diagnostics);
    }

    private Parsed parse(SourceText text, String source, Path file, Diagnostics report) {
        long start = System.nanoTime();
        try {
            return parseTimed(text, source, file, report);
        } finally {
            parseNanos.add(System.nanoTime() - start);
        }
    }

    private Parsed parseTimed(SourceText text, String source, Path file, Diagnostics report) {
        String body = text.body();
        int[] lineMap = text.lineMap();
        int tooDeep = NestingLimit.firstTooDeep(body);
        if (tooDeep >= 0) {
            throw tooDeepBlocks(source, lineOf(lineMap, tooDeep));
        }
        boolean mdx = settings.markdown().format().readsAsMdx(file.getFileName().toString());
        Document document;
        try {
            document = mdx ? markdown.parseMdx(body) : markdown.parse(body);
        } catch (MdxSyntaxException e) {
            String hint = file.getFileName().toString().endsWith(".mdx") ? ""
                    : " (this .md file is read as MDX; set 'markdown: {format: detect}' in quire.yml to read .md files as CommonMark)";
            throw new QuireException(source, lineOf(lineMap, e.line(body) - 1), e.column(body), e.getMessage() + hint, e);
        }
        if (mdx) {
            Includes includes = new Includes(root, markdown, settings.markdown().format(), report);
            includes.resolve(document, body, file, source, lineMap);
            if (includes.read().isEmpty()) {
                otherFilesRead.remove(file);
            } else {
                otherFilesRead.put(file, List.copyOf(includes.read()));
            }
        }
        MdxRendering.attach(document, source, text.bodyFirstLine(), settings.baseUrl(), admonitionTitles, report);
        List<MdxImport> imports = MdxRendering.imports(document).stream()
                .map(i -> new MdxImport(i.binding(), i.from(), lineOf(lineMap, document.getLineNumber(i.offset()))))
                .toList();
        boolean truncated = body.contains("truncate") && MdxHtmlRenderer.hasTruncateMarker(document);
        return parsed(source, lineMap, imports, truncated, document);
    }

    private Parsed parsed(String source, int[] lineMap, List<MdxImport> imports, boolean truncated, Document document) {
        Node deep = NestingLimit.firstTooDeep(document);
        if (deep != null) {
            throw new QuireException(source, lineOf(lineMap, deep.getStartLineNumber()), "emphasis, links or other markup are "
                    + "nested more than " + NestingLimit.MAX_DEPTH + " levels deep here; Quire refuses such deep nesting");
        }
        Optional<String> contentTitle = Markdown.takeTitle(document);
        return new Parsed(lineMap, imports, truncated, document, contentTitle);
    }

    private static QuireException tooDeepBlocks(String source, int line) {
        return new QuireException(source, line, "lists or block quotes are nested more than "
                + NestingLimit.MAX_DEPTH + " levels deep here; Quire refuses such deep nesting");
    }

    private static int lineOf(int[] lineMap, int parsedLine) {
        return lineMap[Math.min(parsedLine, lineMap.length - 1)];
    }

    private Content.Fields fields(String source, Path file, String title, FrontMatter fm, Parsed parsed, String permalink) {
        String description = fm.text("description").orElseGet(() -> Markdown.firstLine(parsed.document));
        return new Content.Fields(source, file, title, description, permalink, settings.link(permalink), fm.asMap(),
                parsed.imports, parsed.lineMap, fm.text("image").orElse(null),
                parsed.document);
    }

    private ZonedDateTime modified(Path file, String source) {
        diagnostics.warning(source, 1, "no date in the front matter, the file name or the title; "
                + "using the file's modification time (add 'date: YYYY-MM-DD' to fix it)");
        try {
            Instant time = Files.getLastModifiedTime(file).toInstant();
            return time.atZone(ZoneOffset.UTC);
        } catch (IOException e) {
            throw new QuireException(source, 0, "cannot read the file's modification time: " + e.getMessage(), e);
        }
    }

    private static ZonedDateTime startOfDay(LocalDate date) {
        return date.atStartOfDay(ZoneOffset.UTC);
    }

    /** {@code file}'s path relative to {@code base}, with {@code /} separators. */
    public static String relative(Path base, Path file) {
        return base.relativize(file).toString().replace(java.io.File.separatorChar, '/');
    }
}
