package dev.quire.internal.markdown;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.emoji.EmojiExtension;
import com.vladsch.flexmark.ext.emoji.EmojiImageType;
import com.vladsch.flexmark.ext.emoji.EmojiShortcutType;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughSubscriptExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;
import dev.quire.internal.mdx.Admonition;
import dev.quire.internal.mdx.Descendants;
import dev.quire.internal.mdx.AdmonitionExtension;
import dev.quire.internal.mdx.Esm;
import dev.quire.internal.mdx.JsxFlowElement;
import dev.quire.internal.mdx.MdxExtension;
import dev.quire.internal.mdx.MdxHtmlRenderer;
import dev.quire.internal.mdx.MdxParser;
import dev.quire.internal.mdx.MdxSyntaxException;
import dev.quire.internal.text.Html;
import dev.quire.internal.text.Slugs;
import dev.quire.model.SiteSettings.MarkdownSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Markdown dialect of Quire on flexmark: CommonMark plus what remark-gfm and Docusaurus add
 * (tables, strikethrough with {@code ~one~} or {@code ~~two~~}, task lists, autolinks, footnotes,
 * emoji shortcodes, code blocks with titles and highlighted lines), math and diagrams when the site
 * has them on, heading anchors, and whatever extensions plugins add. One instance serves a whole
 * build; parsing and rendering are safe from many threads.
 */
public final class Markdown {

    private static final Pattern CUSTOM_ID = Pattern.compile("\\s*\\{#([\\w-]+)}\\s*$");
    private static final Pattern HTML_TAG = Pattern.compile("<[^>]*>");
    // An admonition's title is a label, not the start of the text (Docusaurus drops ':::note[Title]' lines too).
    private static final Pattern ADMONITION_TITLE = Pattern.compile(
            "<p class=\"" + MdxHtmlRenderer.ADMONITION_TITLE_CLASS + "\">.*?</p>", Pattern.DOTALL);

    /** remark-emoji's shortcodes are GitHub's; the output is the Unicode emoji, never a picture. */
    static final EmojiShortcutType EMOJI_SHORTCUTS = EmojiShortcutType.ANY_GITHUB_PREFERRED;
    static final EmojiImageType EMOJI_OUTPUT = EmojiImageType.UNICODE_ONLY;

    private final Parser parser;
    private final Parser mdxParser;
    private final HtmlRenderer renderer;

    /** Markdown with the default settings: math on, diagrams off. */
    public Markdown(List<Extension> pluginExtensions) {
        this(new MarkdownSettings(null, null, null), pluginExtensions);
    }

    /**
     * @param settings         the site's {@code markdown:} settings
     * @param pluginExtensions flexmark extensions of the build's plugins, added after Quire's own
     */
    public Markdown(MarkdownSettings settings, List<Extension> pluginExtensions) {
        List<Extension> extensions = new ArrayList<>(List.of(
                TablesExtension.create(), StrikethroughSubscriptExtension.create(), TaskListExtension.create(),
                new LinearLinkLabels(), new Autolinks(), FootnoteExtension.create(), EmojiExtension.create(), new HeadingExtension(),
                new CodeBlockExtension(settings.mermaid()), new AdmonitionExtension()));
        if (settings.math()) {
            extensions.add(new MathExtension());
        }
        extensions.addAll(pluginExtensions);
        MutableDataSet options = new MutableDataSet()
                .set(Parser.EXTENSIONS, extensions)
                // CommonMark (and so remark) allows spaces in a destination in angle brackets: [a](<b c>).
                .set(Parser.SPACE_IN_LINK_URLS, true)
                .set(TablesExtension.COLUMN_SPANS, false)
                .set(TablesExtension.APPEND_MISSING_COLUMNS, true)
                .set(TablesExtension.DISCARD_EXTRA_COLUMNS, true)
                .set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, true)
                // GFM needs one dash per column ("| | a |" over "|-|-|"); flexmark asks for three.
                .set(TablesExtension.MIN_SEPARATOR_DASHES, 1)
                // remark-gfm reads ~one~ as strikethrough too, where flexmark reads subscript.
                .set(StrikethroughSubscriptExtension.SUBSCRIPT_STYLE_HTML_OPEN, "<del>")
                .set(StrikethroughSubscriptExtension.SUBSCRIPT_STYLE_HTML_CLOSE, "</del>")
                // A name without a Unicode emoji stays text.
                .set(EmojiExtension.USE_SHORTCUT_TYPE, EMOJI_SHORTCUTS)
                .set(EmojiExtension.USE_IMAGE_TYPE, EMOJI_OUTPUT)
                .set(TaskListExtension.ITEM_DONE_MARKER,
                        "<input type=\"checkbox\" class=\"task-list-item-checkbox\" checked disabled aria-hidden=\"true\"> ")
                .set(TaskListExtension.ITEM_NOT_DONE_MARKER,
                        "<input type=\"checkbox\" class=\"task-list-item-checkbox\" disabled aria-hidden=\"true\"> ")
                // As remark: a link's address is written percent-encoded ('{', spaces and Korean too).
                .set(HtmlRenderer.PERCENT_ENCODE_URLS, true)
                .set(HtmlRenderer.GENERATE_HEADER_ID, false)
                .set(HtmlRenderer.RENDER_HEADER_ID, false)
                .set(HtmlRenderer.FENCED_CODE_NO_LANGUAGE_CLASS, "")
                .set(HtmlRenderer.FENCED_CODE_LANGUAGE_CLASS_PREFIX, "language-");
        options.toImmutable();
        this.parser = Parser.builder(options).build();
        List<Extension> mdxExtensions = new ArrayList<>(extensions);
        mdxExtensions.add(new MdxExtension());
        this.mdxParser = Parser.builder(new MutableDataSet(options).set(Parser.EXTENSIONS, mdxExtensions)).build();
        // The MDX nodes only occur in documents of parseMdx, which carry what their rendering needs.
        this.renderer = HtmlRenderer.builder(options).extensions(List.of(new MdxHtmlRenderer())).build();
    }

    /** Parses CommonMark with GFM and Docusaurus admonitions, as Docusaurus reads a file that is not MDX. */
    public Document parse(String markdown) {
        return repaired(parser.parse(markdown), markdown);
    }

    /**
     * Parses MDX, as Docusaurus reads an {@code .mdx} file (and a {@code .md} file, by default).
     *
     * @throws MdxSyntaxException where the MDX compiler would refuse the text
     */
    public Document parseMdx(String mdx) {
        return repaired(MdxParser.parse(mdxParser, mdx), mdx);
    }

    /**
     * Two repairs of flexmark's reading, where remark reads otherwise: flexmark drops the spaces
     * that end a link's text ({@code [Expo ](url)deploys}; without them two words run together), and
     * links an address written with an escape.
     */
    private static Document repaired(Document document, String text) {
        // A walk over every node of every post is not free: only texts that may need it get one.
        if (!text.contains(" ](") && !text.contains("\t](") && !text.contains("\\")) {
            return document;
        }
        List<Node> escapedAutolinks = new ArrayList<>();
        for (Node node : Descendants.matching(document, n -> n instanceof com.vladsch.flexmark.ast.Link
                || n instanceof com.vladsch.flexmark.ast.AutoLink)) {
            // GFM links 'www.x.org' as written; flexmark also links 'www\.x.org', read after its escapes.
            if (node instanceof com.vladsch.flexmark.ast.AutoLink autolink && autolink.getChars().indexOf('\\') >= 0) {
                escapedAutolinks.add(autolink);
            }
            if (node instanceof com.vladsch.flexmark.ast.Link link && link.getLastChild() instanceof Text last) {
                int textEnd = link.getTextClosingMarker().getStartOffset();
                if (last.getEndOffset() < textEnd
                        && last.getChars().baseSubSequence(last.getEndOffset(), textEnd).isBlank()) {
                    last.setChars(last.getChars().baseSubSequence(last.getStartOffset(), textEnd));
                }
            }
        }
        for (Node autolink : escapedAutolinks) {
            autolink.insertBefore(new Text(autolink.getChars()));
            autolink.unlink();
        }
        return document;
    }

    /**
     * Takes the title heading out of the document: a level-1 heading that is the first block, the
     * way Docusaurus finds a post's "content title". A trailing {@code {#custom-id}} is not part of it.
     */
    public static Optional<String> takeTitle(Document document) {
        Node first = document.getFirstChild();
        while (first instanceof Esm) {
            first = first.getNext();
        }
        if (first instanceof Heading heading && heading.getLevel() == 1) {
            takeCustomId(heading);
            String title = plainText(heading).strip();
            heading.unlink();
            return title.isEmpty() ? Optional.empty() : Optional.of(title);
        }
        // Docusaurus's page shows the title once: it also drops an h1 further down when it is the
        // first heading and above any thematic break, though only one at the top names the post.
        for (Node node : document.getDescendants()) {
            if (node instanceof ThematicBreak) {
                break;
            }
            if (node instanceof Heading heading) {
                if (heading.getLevel() == 1) {
                    heading.unlink();
                }
                break;
            }
        }
        return Optional.empty();
    }

    /**
     * The first line of text of the body, the way Docusaurus describes a post that has no
     * description: the first paragraph, heading or HTML block with text, as plain text.
     */
    public static String firstLine(Document document) {
        return firstLineIn(document).orElse("");
    }

    private static Optional<String> firstLineIn(Node parent) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            Optional<String> line = Optional.empty();
            if (node instanceof Paragraph || node instanceof Heading) {
                line = firstNonBlankLine(plainText(node));
            } else if (node instanceof HtmlBlock) {
                // Docusaurus strips the tags and keeps the words: <p align="center">Words</p> → Words.
                String html = ADMONITION_TITLE.matcher(node.getChars()).replaceAll("");
                line = firstNonBlankLine(HTML_TAG.matcher(html).replaceAll(""));
            } else if (node instanceof JsxFlowElement && !(node.getFirstChild() instanceof Block)) {
                // <p align="center">Words</p> in MDX: an element with the words as its children.
                line = firstNonBlankLine(plainText(node));
            } else if (node instanceof BlockQuote || node instanceof ListBlock || node instanceof ListItem
                    || node instanceof JsxFlowElement || node instanceof Admonition) {
                line = firstLineIn(node);
            }
            if (line.isPresent()) {
                return line;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> firstNonBlankLine(String text) {
        return text.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst();
    }

    /** A node's text without markup: link text, code, emphasis content, the TeX of math. */
    public static String plainText(Node node) {
        return PlainText.of(node);
    }

    /**
     * Gives every heading its anchor, renders the document, and cuts the excerpt.
     *
     * @param wantExcerpt whether to cut an excerpt (posts) or not (pages)
     */
    public Rendered render(Document document, boolean wantExcerpt) {
        List<dev.quire.model.Heading> toc = assignIds(document);
        String html = renderer.render(document);
        if (html.contains(MdxHtmlRenderer.TOC)) {
            html = html.replace(MdxHtmlRenderer.TOC, tocHtml(toc));
        }
        String excerpt = "";
        int marker = html.indexOf(MdxHtmlRenderer.TRUNCATE);
        if (marker >= 0) {
            excerpt = wantExcerpt ? html.substring(0, marker).strip() : "";
            html = html.substring(0, marker) + html.substring(marker + MdxHtmlRenderer.TRUNCATE.length());
        } else if (wantExcerpt) {
            Paragraph first = firstParagraph(document);
            excerpt = first == null ? "" : renderer.render(first).strip();
        }
        return new Rendered(html, toc, excerpt);
    }

    /**
     * A rendered body.
     *
     * @param html    the body
     * @param toc     its level-2 and level-3 headings
     * @param excerpt the part above the truncate marker, else the first paragraph; empty for pages
     */
    public record Rendered(String html, List<dev.quire.model.Heading> toc, String excerpt) {
    }

    /** The table of contents as a nested list, for {@code <TOCInline />}. */
    static String tocHtml(List<dev.quire.model.Heading> toc) {
        StringBuilder html = new StringBuilder("<nav class=\"toc-inline\"><ul>");
        int level = toc.isEmpty() ? 2 : toc.get(0).level();
        boolean open = false;
        for (dev.quire.model.Heading heading : toc) {
            if (heading.level() > level) {
                html.append("<ul>");
                level = heading.level();
            } else {
                if (heading.level() < level) {
                    html.append("</li></ul>");
                    level = heading.level();
                }
                if (open) {
                    html.append("</li>");
                }
            }
            html.append("<li><a href=\"#").append(Html.escapeAttribute(heading.id())).append("\">")
                    .append(Html.escape(heading.text())).append("</a>");
            open = true;
        }
        if (open) {
            html.append("</li>");
        }
        while (level > (toc.isEmpty() ? 2 : toc.get(0).level())) {
            html.append("</ul></li>");
            level--;
        }
        return html.append("</ul></nav>").toString();
    }

    private static Paragraph firstParagraph(Document document) {
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Paragraph paragraph) {
                return paragraph;
            }
        }
        return null;
    }

    private static List<dev.quire.model.Heading> assignIds(Document document) {
        Slugs.Slugger slugger = new Slugs.Slugger();
        List<dev.quire.model.Heading> toc = new ArrayList<>();
        for (Node node : document.getDescendants()) {
            if (!(node instanceof Heading heading)) {
                continue;
            }
            String custom = takeCustomId(heading);
            String text = plainText(heading).strip();
            String id = custom != null ? slugger.claim(custom) : slugger.slug(text);
            if (id.isEmpty()) {
                id = slugger.claim("section");
            }
            heading.setAnchorRefId(id);
            if (heading.getLevel() >= 2 && heading.getLevel() <= 3 && heading.getParent() instanceof Document) {
                toc.add(new dev.quire.model.Heading(heading.getLevel(), id, text));
            }
        }
        return toc;
    }

    /** Removes a trailing {@code {#custom-id}} from a heading's text and returns the id. */
    private static String takeCustomId(Heading heading) {
        if (!(heading.getLastChild() instanceof Text last)) {
            return null;
        }
        Matcher m = CUSTOM_ID.matcher(last.getChars());
        if (!m.find()) {
            return null;
        }
        last.setChars(last.getChars().subSequence(0, m.start()));
        if (last.getChars().isEmpty()) {
            last.unlink();
        }
        return m.group(1);
    }
}
