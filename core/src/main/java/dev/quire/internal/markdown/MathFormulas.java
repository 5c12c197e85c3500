package dev.quire.internal.markdown;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import dev.quire.internal.mdx.Descendants;
import dev.quire.model.TexMath;
import java.util.ArrayList;
import java.util.List;

/** Finds the formulas of a document for {@link TexMath#in}: the nodes {@link MathExtension} parses and renders. */
public final class MathFormulas {

    private MathFormulas() {
    }

    public static List<TexMath> in(Document document) {
        // Most posts have no math: the walk over their nodes is skipped.
        BasedSequence text = document.getChars();
        if (text.indexOf('$') < 0 && text.indexOf("math") < 0
                || Parser.EXTENSIONS.get(document).stream().noneMatch(MathExtension.class::isInstance)) {
            return List.of();
        }
        List<TexMath> formulas = new ArrayList<>();
        for (Node node : Descendants.matching(document, MathFormulas::isFormula)) {
            formulas.add(formula(node));
        }
        return formulas;
    }

    private static TexMath formula(Node node) {
        if (node instanceof MathInline inline) {
            return new TexMath(node, inline.tex(), false);
        }
        if (node instanceof MathBlock block) {
            return new TexMath(node, block.tex(), true);
        }
        if (node instanceof MathExtension.DisplayInline display) {
            return new TexMath(node, display.tex(), true);
        }
        return new TexMath(node, MathExtension.fenceTex((FencedCodeBlock) node), true);
    }

    private static boolean isFormula(Node node) {
        return node instanceof MathInline || node instanceof MathBlock || node instanceof MathExtension.DisplayInline
                || node instanceof FencedCodeBlock fence && MathExtension.isMathFence(fence);
    }
}
