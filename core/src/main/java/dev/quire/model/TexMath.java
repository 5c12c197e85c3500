package dev.quire.model;

import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import dev.quire.internal.markdown.MathFormulas;
import java.util.List;

/**
 * A formula written in TeX in a post or page: {@code $…$} in the text, {@code $$…$$} (a block of
 * its own or inside a paragraph) or a {@code ```math} fence. Left alone, it is written as its TeX
 * in an element of class {@code math}, for the theme to typeset in the browser; a plugin that
 * typesets it at build time puts its own HTML in place of the {@link #node()}.
 *
 * @param node    the node of the AST that holds the formula
 * @param tex     the TeX between the delimiters
 * @param display whether it is shown on its own line ({@code $$…$$}, a fence) rather than in the text
 */
public record TexMath(Node node, String tex, boolean display) {

    /**
     * The formulas of a parsed document, in the order they are written; none when the site's
     * {@code markdown.math} is off.
     */
    public static List<TexMath> in(Document document) {
        return MathFormulas.in(document);
    }
}
