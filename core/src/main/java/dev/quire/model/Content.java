package dev.quire.model;

import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

/**
 * A Markdown or MDX file of the site that becomes one HTML page: a {@link Post} or a {@link Page}.
 *
 * <p>The loader fills what the file says; the pipeline adds the parsed {@link #document()} and
 * later the rendered {@link #html()}. Plugins may change the AST, the cover {@link #image()},
 * and add to {@link #data()} and {@link #head()}; everything else is read-only for them.
 *
 * <p>Serializing a content keeps it as the loader made it ({@link #copyAsLoaded}), so that a later
 * build can take an unchanged file from disk instead of reading it again.
 */
public abstract class Content implements java.io.Serializable {

    private final String source;
    private final Path file;
    private final String title;
    private final String description;
    private final String permalink;
    private final String url;
    private final Map<String, Object> frontMatter;
    private final List<MdxImport> imports;
    private final int[] lineMap;
    private final Fields fields;
    /** Where each line of the parsed Markdown starts; found on first use, from the AST the node is in. */
    private volatile int[] parsedLineStarts;
    private final Map<String, Object> data = new ConcurrentHashMap<>();
    private final List<String> head = new CopyOnWriteArrayList<>();
    private volatile String image;
    private volatile Document document;
    private Supplier<Document> parser;
    private volatile String revision;
    private volatile String html = "";
    private volatile TextOfHtml text;
    private volatile List<Heading> toc = List.of();

    protected Content(Fields fields) {
        this.source = fields.source();
        this.file = fields.file();
        this.title = fields.title();
        this.description = fields.description();
        this.permalink = fields.permalink();
        this.url = Urls.encodeForHtml(fields.link());
        this.frontMatter = Map.copyOf(fields.frontMatter());
        this.imports = List.copyOf(fields.imports());
        this.lineMap = fields.lineMap();
        this.fields = new Fields(source, file, title, description, permalink, fields.link(), frontMatter, imports,
                lineMap, fields.image(), null);
        this.image = fields.image();
        this.document = fields.document();
    }

    /**
     * What every content file has, gathered by the loader.
     *
     * @param link    the URL path pages link to, as {@link SiteSettings#link} makes it of the permalink
     * @param lineMap for each line of the Markdown the parser saw (0-based), its line in the file
     */
    public record Fields(String source, Path file, String title, String description, String permalink, String link,
            Map<String, Object> frontMatter, List<MdxImport> imports, int[] lineMap, String image,
            Document document) {
    }

    /** What the loader read from the file, without the AST: for {@link #copyAsLoaded}. */
    protected Fields fields() {
        return fields;
    }

    /**
     * A new instance as the loader made it, without the AST and without what the build added
     * (HTML, plugin data, head entries, a changed cover): an incremental build uses it for a file
     * that did not change instead of reading it again.
     */
    public abstract Content copyAsLoaded();

    /** What only this kind of content keeps of its loading, for {@link SavedContent}. */
    abstract java.io.Serializable loadedKind();

    Object writeReplace() {
        return new SavedContent(source, file.toString(), title, description, permalink, fields.link(), frontMatter,
                imports, lineMap,
                fields.image(), loadedKind());
    }

    /** The file's path relative to the site folder, with {@code /} separators. */
    public String source() {
        return source;
    }

    /** The file itself. */
    public Path file() {
        return file;
    }

    /** The folder the file is in; relative links and images are resolved against it. */
    public Path directory() {
        return file.getParent();
    }

    public String title() {
        return title;
    }

    /** A sentence for search engines and link previews: front matter, or the start of the text. */
    public String description() {
        return description;
    }

    /**
     * The page's path from the site root including the base URL, the way Docusaurus prints it:
     * {@code /blog/2025/11/28/papers-review}. It ends with a slash only when the slug does
     * ({@code slug: notes/}, a file named {@code 2025-11-28.md}). The site root is {@code /}.
     */
    public String permalink() {
        return permalink;
    }

    /**
     * The page's path as links give it, ready for an {@code href}: the permalink with or without a
     * trailing slash as the site's {@code trailing-slash} says ({@link SiteSettings#link}). Korean
     * and other letters stay readable; spaces, quotes and the like are percent-encoded.
     */
    public String url() {
        return url;
    }

    /** The front matter as plain maps, lists, strings, numbers and booleans. */
    public Map<String, Object> frontMatter() {
        return frontMatter;
    }

    /** The MDX import bindings of the file, in order. */
    public List<MdxImport> imports() {
        return imports;
    }

    /** The cover image: a URL, a site path, or a path relative to the file; {@code null} if none. */
    public String image() {
        return image;
    }

    public void setImage(String image) {
        this.image = image;
    }

    /** The Markdown AST; plugins transform it before it is rendered. {@code null} after rendering. */
    public Document document() {
        Document parsed = document;
        if (parsed != null) {
            return parsed;
        }
        synchronized (this) {
            if (document == null && parser != null) {
                document = parser.get();
                parser = null;
            }
            return document;
        }
    }

    /**
     * Called by the pipeline for a file that an incremental build did not parse again: the AST is
     * made from the file's Markdown only if something asks for it.
     */
    public synchronized void parseOnDemand(Supplier<Document> onDemand) {
        this.document = null;
        this.parsedLineStarts = null;
        this.parser = onDemand;
    }

    /**
     * Names this version of the file: equal revisions mean the same bytes read with the same site
     * settings. Plugins key what they remember between builds with it (see
     * {@code PluginContext#memo}).
     */
    public String revision() {
        return revision;
    }

    /** Called by the pipeline when it loads the file. */
    public void setRevision(String newRevision) {
        this.revision = newRevision;
    }

    /** The line in {@link #source()} where {@code node} starts. */
    public int lineOf(Node node) {
        // flexmark's own getStartLineNumber() counts lines from the start of the text on every
        // call, which made a build of a long post take quadratic time.
        int[] starts = parsedLineStarts;
        if (starts == null) {
            if (node.getDocument() == null) {
                return lineOfParsedLine(0);
            }
            starts = lineStarts(node.getDocument());
            parsedLineStarts = starts;
        }
        int found = Arrays.binarySearch(starts, node.getStartOffset());
        return lineOfParsedLine(found >= 0 ? found : -found - 2);
    }

    private static int[] lineStarts(Document document) {
        if (document == null) {
            return new int[] {0};
        }
        CharSequence text = document.getChars();
        int[] starts = new int[16];
        int count = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        return Arrays.copyOf(starts, count);
    }

    /** The line in {@link #source()} of a 0-based line of the Markdown the parser saw. */
    public int lineOfParsedLine(int parsedLine) {
        if (lineMap.length == 0) {
            return 1;
        }
        return lineMap[Math.max(0, Math.min(parsedLine, lineMap.length - 1))];
    }

    /** The body as HTML, without the title heading. Empty until rendered. */
    public String html() {
        return html;
    }

    /**
     * The body as plain text (see {@link PlainText}): made from {@link #html()} on first use and
     * kept, so the theme's reading time and the search index parse the HTML once between them.
     */
    public String text() {
        String current = html();
        TextOfHtml known = text;
        if (known == null || known.html() != current) {
            known = new TextOfHtml(current, PlainText.of(current));
            text = known;
        }
        return known.text();
    }

    /** The text of one version of the HTML: a cached text is used only with the HTML it came from. */
    private record TextOfHtml(String html, String text) {
    }

    /** The headings of the body (levels 2 and 3), for a table of contents. */
    public List<Heading> toc() {
        return toc;
    }

    /** Data that plugins attach for templates, e.g. {@code papers}; safe to use from many threads. */
    public Map<String, Object> data() {
        return data;
    }

    /** Extra HTML for the page's {@code <head>}, e.g. JSON-LD; added by plugins, printed by themes. */
    public List<String> head() {
        return head;
    }

    /** Called by the pipeline once the AST is rendered; frees the AST. */
    public void rendered(String renderedHtml, List<Heading> headings) {
        this.html = renderedHtml;
        this.toc = List.copyOf(headings);
        synchronized (this) {
            this.document = null;
            this.parser = null;
        }
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + source + " → " + permalink + "]";
    }
}
