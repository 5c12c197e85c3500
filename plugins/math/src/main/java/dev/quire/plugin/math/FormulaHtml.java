package dev.quire.plugin.math;

import com.vladsch.flexmark.util.ast.Block;
import dev.quire.model.TexMath;
import org.jsoup.nodes.Entities;

/**
 * The HTML a typeset formula takes in a page: inline, KaTeX's alone; displayed, inside an element
 * of class {@code math-block} (a {@code div}, or a {@code span} within a paragraph) that a wide
 * formula scrolls in. TeX KaTeX refused shows as
 * {@code <code class="math-error">}.
 */
final class FormulaHtml {

    private FormulaHtml() {
    }

    static String of(TexMath formula, Typeset typeset) {
        String inner = typeset.html() != null ? typeset.html()
                : "<code class=\"math-error\">" + Entities.escape(formula.tex()) + "</code>";
        if (!formula.display()) {
            return inner;
        }
        return formula.node() instanceof Block ? "<div class=\"math-block\">" + inner + "</div>\n"
                : "<span class=\"math-block\">" + inner + "</span>";
    }
}
