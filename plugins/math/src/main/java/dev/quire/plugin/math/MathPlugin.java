package dev.quire.plugin.math;

import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import dev.quire.model.Content;
import dev.quire.model.TexMath;
import dev.quire.plugin.PluginContext;
import dev.quire.plugin.QuirePlugin;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The {@code math} plugin: typesets every formula of a post or page with KaTeX when the site is
 * built, in place of the TeX, as KaTeX typesets it in the browser (HTML for KaTeX's stylesheet, with
 * MathML for screen readers). Pages then carry no element of class {@code math}, which is how the
 * default theme knows to load KaTeX's stylesheet and fonts for them but not its script. TeX that KaTeX cannot read is reported
 * with its file and line, and shown as code.
 */
public final class MathPlugin implements QuirePlugin {

    private MathSettings settings = new MathSettings(null);
    /** Set when KaTeX could not be started in this build: the formulas are left for the browser. */
    private final AtomicBoolean unavailable = new AtomicBoolean();

    @Override
    public String name() {
        return "math";
    }

    @Override
    public Optional<Class<?>> settingsType() {
        return Optional.of(MathSettings.class);
    }

    @Override
    public void init(PluginContext context) {
        settings = context.settings(MathSettings.class);
    }

    @Override
    public void transform(Content content, PluginContext context) {
        if (!settings.enabled() || content.document() == null || unavailable.get()) {
            return;
        }
        List<TexMath> formulas = TexMath.in(content.document());
        for (TexMath formula : formulas) {
            Typeset typeset;
            try {
                // Remembered by what decides the result, so that KaTeX starts only for new formulas.
                typeset = context.memo("formula", new Formula(formula.tex(), formula.display(), KatexScript.VERSION),
                        () -> Katex.shared().typeset(formula.tex(), formula.display()));
            } catch (RuntimeException | LinkageError e) {
                if (!unavailable.getAndSet(true)) {
                    context.warning(content, formula.node(), "KaTeX could not be started (" + reason(e)
                            + "); formulas are left for the browser to typeset");
                }
                return;
            }
            if (typeset.error() != null) {
                context.warning(content, formula.node(), "cannot typeset " + (formula.display() ? "$$" : "$")
                        + formula.tex() + (formula.display() ? "$$" : "$") + ": " + typeset.error());
            }
            replace(formula, FormulaHtml.of(formula, typeset));
        }
        if (!formulas.isEmpty()) {
            context.count("formulas typeset", formulas.size());
        }
    }

    private static String reason(Throwable problem) {
        Throwable root = problem;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }

    /** What a formula's typesetting depends on: the TeX, the mode and KaTeX. */
    private record Formula(String tex, boolean display, String katexVersion) {
    }

    /** Transform reads the file's formulas and nothing else, but the KaTeX it typesets them with. */
    @Override
    public Object transformInputs(Content content, PluginContext context) {
        return List.of(settings.enabled(), KatexScript.VERSION);
    }

    private static void replace(TexMath formula, String html) {
        Node node = formula.node();
        BasedSequence chars = BasedSequence.of(html);
        Node replacement;
        if (node instanceof Block) {
            HtmlBlock block = new HtmlBlock(chars);
            block.setContent(chars, List.of(chars));
            replacement = block;
        } else {
            replacement = new HtmlInline(chars);
        }
        node.insertBefore(replacement);
        node.unlink();
    }
}
