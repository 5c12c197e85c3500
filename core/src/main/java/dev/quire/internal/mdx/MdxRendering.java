package dev.quire.internal.mdx;

import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.NullableDataKey;
import dev.quire.diagnostics.Diagnostics;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * What {@link MdxHtmlRenderer} needs to know of the file a parsed MDX document came from, kept on
 * the document: its path and first body line for messages, the site's base URL for
 * {@code useBaseUrl('/x')}, the admonition titles of the site's language, and the components
 * already warned about (one warning per component per file, also when the excerpt is rendered again).
 */
public final class MdxRendering {

    private static final NullableDataKey<MdxRendering> KEY = new NullableDataKey<>("QUIRE_MDX_RENDERING");

    final String source;
    final int firstLine;
    final String baseUrl;
    final Map<String, String> admonitionTitles;
    final Diagnostics diagnostics;
    final Map<String, String> bindings = new LinkedHashMap<>();
    private final Set<String> warnedComponents = new HashSet<>();
    private final Document document;
    private int tabs;

    private MdxRendering(Document document, String source, int firstLine, String baseUrl,
            Map<String, String> admonitionTitles, Diagnostics diagnostics) {
        this.document = document;
        this.source = source;
        this.firstLine = firstLine;
        this.baseUrl = baseUrl;
        this.admonitionTitles = admonitionTitles;
        this.diagnostics = diagnostics;
        for (EsmImport binding : imports(document)) {
            bindings.put(binding.binding(), binding.from());
        }
    }

    /** The names the imports of a parsed MDX document bind, in order; side-effect imports bind none. */
    public static List<EsmImport> imports(Document document) {
        List<EsmImport> imports = new ArrayList<>();
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Esm esm) {
                esm.imports().stream().filter(i -> i.binding() != null).forEach(imports::add);
            }
        }
        return imports;
    }

    /**
     * Prepares {@code document} for rendering, and turns its HTML-like JSX elements into HTML nodes
     * (see {@link JsxHtml#lower}).
     *
     * @throws dev.quire.diagnostics.QuireException for a {@code {binding}} never imported
     *
     * @param source           the file's path in the site, for messages
     * @param firstLine        the line of the file where the parsed text starts
     * @param baseUrl          the site's base URL
     * @param admonitionTitles default admonition titles by type, in the site's language
     */
    public static void attach(Document document, String source, int firstLine, String baseUrl,
            Map<String, String> admonitionTitles, Diagnostics diagnostics) {
        MdxRendering rendering = new MdxRendering(document, source, firstLine, baseUrl, admonitionTitles, diagnostics);
        document.set(KEY, rendering);
        JsxHtml.lower(document, rendering);
    }

    static MdxRendering of(DataHolder options) {
        return KEY.get(options);
    }

    /** The line in the file of an offset in the parsed text. */
    int lineOf(int offset) {
        return firstLine + document.getLineNumber(offset);
    }

    /** True the first time a component is met in this file. */
    boolean firstUseOf(String component) {
        return warnedComponents.add(component);
    }

    /** A fresh id for a {@code <Tabs>} of this page. */
    String nextTabsId() {
        return "tabs-" + ++tabs;
    }
}
