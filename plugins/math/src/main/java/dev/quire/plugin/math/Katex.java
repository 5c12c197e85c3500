package dev.quire.plugin.math;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.ContextFactory;
import org.mozilla.javascript.Function;
import org.mozilla.javascript.RhinoException;
import org.mozilla.javascript.Script;
import org.mozilla.javascript.Scriptable;

/**
 * KaTeX run by Rhino, typesetting TeX as KaTeX typesets it in the browser: HTML drawn with KaTeX's
 * stylesheet and fonts, and MathML for screen readers. Started on first use and kept for the life of the
 * process ({@code quire serve} builds many times): a site without math never loads Rhino.
 *
 * <p>KaTeX is compiled once. A Rhino scope is not safe for two threads at once, and KaTeX keeps
 * state in its scope, so each thread that typesets takes a scope of its own from a pool, made when
 * none is free: there are never more than the threads that typeset at the same time.
 */
final class Katex {

    private static final ContextFactory CONTEXTS = new ContextFactory() {
        @Override
        protected Context makeContext() {
            Context context = super.makeContext();
            context.setLanguageVersion(Context.VERSION_ECMASCRIPT);
            // Compiling KaTeX to Java classes takes seconds longer than interpreting it saves.
            context.setInterpretedMode(true);
            return context;
        }
    };

    /** The HTML of a formula, or for TeX KaTeX cannot read, its message and where in the TeX it stopped. */
    private static final String RENDER = """
            (function (tex, display) {
              try {
                return katex.renderToString(tex, { displayMode: display, output: "htmlAndMathml", throwOnError: true });
              } catch (e) {
                if (e instanceof katex.ParseError) {
                  return e.rawMessage + (e.position === undefined ? "" : " (at character " + (e.position + 1) + ")");
                }
                throw e;
              }
            })""";
    /** What RENDER returns starts so when it is HTML, and else is KaTeX's message. */
    private static final String HTML = "<";

    private final Script katex;
    private final Queue<Engine> idle = new ConcurrentLinkedQueue<>();

    private Katex(Script katex) {
        this.katex = katex;
    }

    /** The process's KaTeX, started now if it was not. */
    static Katex shared() {
        return Shared.KATEX;
    }

    private static final class Shared {
        static final Katex KATEX = start();
    }

    private static Katex start() {
        String source = KatexScript.prelude() + RhinoSyntax.lower(KatexScript.source());
        try (Context context = CONTEXTS.enterContext()) {
            return new Katex(context.compileString(source, "katex.min.js", 1, null));
        }
    }

    Typeset typeset(String tex, boolean display) {
        Engine engine = idle.poll();
        if (engine == null) {
            engine = new Engine();
        }
        try {
            return engine.typeset(tex, display);
        } finally {
            idle.add(engine);
        }
    }

    /** One scope with KaTeX loaded, used by one thread at a time. */
    private final class Engine {
        private final Scriptable scope;
        private final Function render;

        Engine() {
            try (Context context = CONTEXTS.enterContext()) {
                scope = context.initStandardObjects();
                katex.exec(context, scope);
                render = (Function) context.evaluateString(scope, RENDER, "render", 1, null);
            }
        }

        Typeset typeset(String tex, boolean display) {
            try (Context context = CONTEXTS.enterContext()) {
                String made = Context.toString(render.call(context, scope, scope, new Object[] {tex, display}));
                return made.startsWith(HTML) ? Typeset.of(made) : Typeset.failed(made);
            } catch (RhinoException e) {
                return Typeset.failed("KaTeX failed: " + e.details());
            }
        }
    }
}
