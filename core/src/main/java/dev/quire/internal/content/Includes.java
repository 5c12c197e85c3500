package dev.quire.internal.content;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import dev.quire.diagnostics.Diagnostic;
import dev.quire.diagnostics.Diagnostics;
import dev.quire.diagnostics.Severity;
import dev.quire.internal.markdown.Markdown;
import dev.quire.internal.mdx.Descendants;
import dev.quire.internal.mdx.EsmImport;
import dev.quire.internal.mdx.JsxElement;
import dev.quire.internal.mdx.JsxFlowElement;
import dev.quire.internal.mdx.JsxTag;
import dev.quire.internal.mdx.JsxTextElement;
import dev.quire.internal.mdx.MdxExpression;
import dev.quire.internal.mdx.MdxRendering;
import dev.quire.internal.mdx.MdxSyntaxException;
import dev.quire.model.MarkdownFormat;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a post's imports bring in from other files of the site, put into its tree when it is
 * loaded, as Docusaurus's bundler puts it into the page:
 * <ul>
 *   <li>an MDX partial used as a component ({@code import Intro from './_intro.mdx'} and
 *       {@code <Intro />} on a line of its own) is replaced by the partial's content;</li>
 *   <li>{@code <CodeBlock>} becomes a fenced code block, with its {@code language}, {@code title}
 *       and {@code showLineNumbers}, whose code is a raw import
 *       ({@code import src from '!!raw-loader!./train.py'} and {@code {src}}), a string, or text.</li>
 * </ul>
 * Files are read only inside the site folder; one that is missing or outside it is a warning.
 * The files read are {@linkplain #read() recorded}, for the build to know what a post depends on.
 */
final class Includes {

    /** Partials that include partials: deeper than this is a loop or a mistake. */
    private static final int MAX_DEPTH = 8;
    private static final Pattern LOADER_PREFIX = Pattern.compile("^!{0,2}raw-loader!");
    private static final Pattern RAW_QUERY = Pattern.compile("\\?raw(=true)?$");
    private static final String SITE_ALIAS = "@site/";
    private static final String MDX_CODE_BLOCK = "mdx-code-block";
    private static final String CODE_BLOCK = "CodeBlock";

    private final Path root;
    private final Markdown markdown;
    private final MarkdownFormat format;
    private final Diagnostics diagnostics;
    private final Set<Path> read = new LinkedHashSet<>();

    Includes(Path root, Markdown markdown, MarkdownFormat format, Diagnostics diagnostics) {
        this.root = root;
        this.markdown = markdown;
        this.format = format;
        this.diagnostics = diagnostics;
    }

    /** The files read besides the post, in order. */
    Set<Path> read() {
        return read;
    }

    /**
     * Puts partials and code blocks into {@code document}, parsed from {@code text} of {@code file}.
     *
     * @param lines the line of the file of each line of the parsed text
     */
    void resolve(Document document, String text, Path file, String source, int[] lines) {
        // Most posts have none of it: they are not walked.
        if (text.contains(CODE_BLOCK) || text.contains(MDX_CODE_BLOCK) || text.contains(".md'") || text.contains(".md\"")
                || text.contains(".mdx'") || text.contains(".mdx\"")) {
            resolve(document, file, source, lines, List.of(file));
        }
    }

    private void resolve(Document document, Path file, String source, int[] lines, List<Path> stack) {
        Map<String, EsmImport> imports = new HashMap<>();
        MdxRendering.imports(document).forEach(i -> imports.put(i.binding(), i));
        List<FencedCodeBlock> mdxFences = new ArrayList<>();
        List<Node> elements = includingElements(document, imports, mdxFences);
        if (!mdxFences.isEmpty()) {
            unwrap(mdxFences, document, source, lines);
            MdxRendering.imports(document).forEach(i -> imports.put(i.binding(), i));
            elements = includingElements(document, imports, new ArrayList<>());
        }
        for (Node node : elements) {
            JsxElement element = (JsxElement) node;
            EsmImport binding = imports.get(element.name());
            if (element.name().equals(CODE_BLOCK)) {
                codeBlock(node, element, imports, file, source, lines);
            } else if (binding != null && isPartial(binding.from()) && node instanceof JsxFlowElement) {
                partial(node, binding, file, source, lines, stack);
            }
        }
    }

    /**
     * In one pass over the tree: the elements that bring something in ({@code <CodeBlock>}, a
     * component bound to an import), and into {@code mdxFences} the fences to unwrap.
     */
    private static List<Node> includingElements(Document document, Map<String, EsmImport> imports,
            List<FencedCodeBlock> mdxFences) {
        return Descendants.matching(document, node -> {
            if (node instanceof FencedCodeBlock fence && fence.getInfo().toString().strip().equals(MDX_CODE_BLOCK)) {
                mdxFences.add(fence);
            }
            return node instanceof JsxElement element && element.name() != null
                    && (element.name().equals(CODE_BLOCK) || imports.containsKey(element.name()));
        });
    }

    /**
     * A fence of language {@code mdx-code-block} is MDX to show, not code: Docusaurus's docs use it
     * to keep MDX readable on GitHub.
     */
    private void unwrap(List<FencedCodeBlock> fences, Document document, String source, int[] lines) {
        for (FencedCodeBlock fence : fences) {
            String mdx = fence.getContentChars().toString();
            try {
                Document inner = markdown.parseMdx(mdx);
                List<Node> children = new ArrayList<>();
                inner.getChildren().forEach(children::add);
                children.forEach(fence::insertBefore);
                fence.unlink();
            } catch (MdxSyntaxException e) {
                diagnostics.warning(source, lineOf(document, fence.getStartOffset(), lines) + e.line(mdx),
                        e.getMessage() + "; the mdx-code-block is shown as code");
            }
        }
    }

    private static boolean isPartial(String from) {
        return !LOADER_PREFIX.matcher(from).find() && (from.endsWith(".mdx") || from.endsWith(".md"));
    }

    private void partial(Node element, EsmImport binding, Path file, String source, int[] lines, List<Path> stack) {
        int line = lineOf(element.getDocument(), binding.offset(), lines);
        Path partial = siteFile(binding.from(), file, source, line);
        if (partial == null) {
            return;
        }
        if (stack.contains(partial) || stack.size() > MAX_DEPTH) {
            diagnostics.warning(source, line, "'" + binding.from() + "' includes itself, directly or through other "
                    + "partials; <" + binding.binding() + " /> shows nothing");
            element.unlink();
            return;
        }
        String partialSource = ContentLoader.relative(root, partial);
        SourceText text = SourceText.read(partial, partialSource);
        Document content;
        try {
            content = format.readsAsMdx(partial.getFileName().toString())
                    ? markdown.parseMdx(text.body()) : markdown.parse(text.body());
        } catch (MdxSyntaxException e) {
            diagnostics.report(new Diagnostic(Severity.WARNING, partialSource, text.bodyFirstLine() + e.line(text.body()) - 1,
                    e.column(text.body()), e.getMessage() + "; <" + binding.binding() + " /> shows nothing"));
            element.unlink();
            return;
        }
        List<Path> deeper = new ArrayList<>(stack);
        deeper.add(partial);
        resolve(content, partial, partialSource, text.lineMap(), deeper);
        List<Node> children = new ArrayList<>();
        content.getChildren().forEach(children::add);
        children.forEach(element::insertBefore);
        element.unlink();
    }

    /** {@code <CodeBlock>} as the fenced code block it shows. */
    private void codeBlock(Node node, JsxElement element, Map<String, EsmImport> imports, Path file, String source,
            int[] lines) {
        String code = codeOf(node, imports, file, source, lines);
        if (code == null) {
            return;
        }
        StringBuilder info = new StringBuilder(prop(element, "language", ""));
        String title = prop(element, "title", null);
        if (title != null) {
            info.append(" title=\"").append(title.replace("\"", "'")).append('"');
        }
        String metastring = prop(element, "metastring", null);
        if (metastring != null) {
            info.append(' ').append(metastring);
        }
        if (element.attributes().stream().anyMatch(a -> "showLineNumbers".equals(a.name()))) {
            info.append(" showLineNumbers");
        }
        FencedCodeBlock block = fence(info.toString().replace('\n', ' '), code);
        Node replaced = node instanceof JsxTextElement && node.getParent() instanceof Paragraph paragraph
                && paragraph.getFirstChild() == node && paragraph.getLastChild() == node ? paragraph : node;
        if (replaced instanceof JsxTextElement) {
            return;
        }
        replaced.insertBefore(block);
        replaced.unlink();
    }

    /** The code: a raw import or a string in braces, or the element's text; null when it cannot be known. */
    private String codeOf(Node node, Map<String, EsmImport> imports, Path file, String source, int[] lines) {
        Node only = node.getFirstChild();
        if (only instanceof Paragraph && only.getNext() == null && only.getFirstChild() != null
                && only.getFirstChild().getNext() == null) {
            only = only.getFirstChild();
        }
        if (only instanceof MdxExpression expression && only.getNext() == null) {
            String value = expression.value().strip();
            EsmImport binding = imports.get(value);
            if (binding != null) {
                Path raw = siteFile(binding.from(), file, source, lineOf(node.getDocument(), binding.offset(), lines));
                return raw == null ? null : readRaw(raw, source, lineOf(node.getDocument(), node.getStartOffset(), lines));
            }
            String literal = expression.stringLiteral();
            return literal == null ? null : trimNewlines(literal);
        }
        return trimNewlines(Markdown.plainText(node));
    }

    private String readRaw(Path raw, String source, int line) {
        try {
            if (Files.size(raw) > SourceText.MAX_BYTES) {
                diagnostics.warning(source, line, ContentLoader.relative(root, raw) + " is too large to show as code");
                return null;
            }
            return trimNewlines(Files.readString(raw, StandardCharsets.UTF_8));
        } catch (IOException e) {
            diagnostics.warning(source, line, "cannot read " + ContentLoader.relative(root, raw) + ": " + e.getMessage());
            return null;
        }
    }

    /** The site file an import names, or null (with a warning when it should be one and is not). */
    private Path siteFile(String from, Path file, String source, int line) {
        String path = RAW_QUERY.matcher(LOADER_PREFIX.matcher(from).replaceFirst("")).replaceFirst("");
        Path target;
        if (path.startsWith(SITE_ALIAS)) {
            target = root.resolve(path.substring(SITE_ALIAS.length()));
        } else if (path.startsWith("./") || path.startsWith("../")) {
            target = file.getParent().resolve(path);
        } else {
            return null;
        }
        target = target.normalize();
        try {
            if (Files.isRegularFile(target) && target.toRealPath().startsWith(root)) {
                read.add(target);
                return target;
            }
        } catch (IOException e) {
            // Reported below as missing.
        }
        read.add(target);
        diagnostics.warning(source, line, "'" + from + "' is not a file of the site; what it imports is not shown");
        return null;
    }

    private static String prop(JsxElement element, String name, String otherwise) {
        for (JsxTag.Attribute attribute : element.attributes()) {
            if (name.equals(attribute.name()) && attribute.kind() == JsxTag.Kind.LITERAL) {
                return attribute.value();
            }
        }
        return otherwise;
    }

    private static FencedCodeBlock fence(String info, String code) {
        String text = "```" + info + "\n" + code + "\n```\n";
        BasedSequence chars = BasedSequence.of(text);
        int infoEnd = 3 + info.length();
        int codeEnd = infoEnd + 1 + code.length() + 1;
        FencedCodeBlock block = new FencedCodeBlock(chars);
        block.setOpeningMarker(chars.subSequence(0, 3));
        block.setInfo(chars.subSequence(3, infoEnd));
        List<BasedSequence> codeLines = new ArrayList<>();
        int start = infoEnd + 1;
        for (int i = start; i < codeEnd; i++) {
            if (text.charAt(i) == '\n') {
                codeLines.add(chars.subSequence(start, i + 1));
                start = i + 1;
            }
        }
        block.setContent(chars.subSequence(infoEnd + 1, codeEnd), codeLines);
        block.setClosingMarker(chars.subSequence(codeEnd, codeEnd + 3));
        return block;
    }

    private static String trimNewlines(String code) {
        String trimmed = code.startsWith("\n") ? code.substring(1) : code;
        return trimmed.stripTrailing();
    }

    private static int lineOf(Document document, int offset, int[] lines) {
        int line = document.getLineNumber(offset);
        return lines[Math.min(line, lines.length - 1)];
    }
}
