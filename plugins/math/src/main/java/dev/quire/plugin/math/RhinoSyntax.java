package dev.quire.plugin.math;

import dev.quire.plugin.math.ScriptTokens.Kind;
import dev.quire.plugin.math.ScriptTokens.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Rewrites the three forms of modern JavaScript that KaTeX's browser build uses and Rhino cannot
 * parse, into forms it runs:
 * <ul>
 *   <li>{@code const} becomes {@code let}: Rhino refuses a {@code const} in a block that shadows a
 *       parameter, and {@code for (const x of …)};</li>
 *   <li>a call with spread arguments, {@code a.push(...b)}, becomes {@code a.quire$apply("push", [...b])}
 *       ({@code f(...b)}: {@code f.apply(void 0, [...b])}); spread in an array Rhino reads;</li>
 *   <li>a class declaration becomes {@code let C = quire$class(Base, function C(…) {…}, {methods}, {statics});},
 *       and {@code super(…)} in its constructor {@code quire$super(this, Base, […])}.</li>
 * </ul>
 * The helpers are in {@code rhino-prelude.js}. Anything else of a class (fields, {@code super.x},
 * class expressions) is refused with an {@link IllegalStateException}: the KaTeX this plugin is
 * built with has none, and a newer one that has them must not run half-translated.
 */
final class RhinoSyntax {

    /** Names before {@code (} that do not call: statements and function definitions. */
    private static final Set<String> NOT_CALLED = Set.of("if", "for", "while", "switch", "catch", "with", "function",
            "return", "typeof", "void", "delete", "in", "of", "instanceof", "case", "throw", "new", "await", "yield");

    private record Edit(int start, int end, String text) {
    }

    private RhinoSyntax() {
    }

    static String lower(String source) {
        String lowered = apply(source, constants(ScriptTokens.of(source)));
        lowered = apply(lowered, spreadCalls(ScriptTokens.of(lowered)));
        for (ScriptTokens tokens = ScriptTokens.of(lowered); ; tokens = ScriptTokens.of(lowered)) {
            int last = lastClass(tokens);
            if (last < 0) {
                return lowered;
            }
            lowered = apply(lowered, List.of(classDeclaration(lowered, tokens, last)));
        }
    }

    private static List<Edit> constants(ScriptTokens tokens) {
        List<Edit> edits = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            Token before = tokens.get(i - 1);
            Token after = tokens.get(i + 1);
            if (token.is("const") && (before == null || !before.is(".")) && after != null && !after.is(":")) {
                edits.add(new Edit(token.start(), token.end(), "let"));
            }
        }
        return edits;
    }

    private static List<Edit> spreadCalls(ScriptTokens tokens) {
        List<Edit> edits = new ArrayList<>();
        for (int open = 1; open < tokens.size(); open++) {
            if (!tokens.get(open).is("(") || !isCall(tokens, open) || !hasSpreadArgument(tokens, open)) {
                continue;
            }
            Token callee = tokens.get(open - 1);
            Token close = tokens.get(tokens.partner(open));
            if (callee.is("super") || tokens.get(open - 2) != null && tokens.get(open - 2).is("new")) {
                throw unsupported("spread arguments of super or new", callee);
            }
            if (callee.kind() == Kind.NAME && tokens.get(open - 2) != null && tokens.get(open - 2).is(".")) {
                edits.add(new Edit(callee.start(), tokens.get(open).end(), "quire$apply(\"" + callee.text() + "\",["));
            } else if (callee.kind() == Kind.NAME || callee.is(")")) {
                edits.add(new Edit(tokens.get(open).start(), tokens.get(open).end(), ".apply(void 0,["));
            } else {
                throw unsupported("a spread call of a computed callee", callee);
            }
            edits.add(new Edit(close.start(), close.start(), "]"));
        }
        return edits;
    }

    private static boolean isCall(ScriptTokens tokens, int open) {
        Token before = tokens.get(open - 1);
        Token after = tokens.get(tokens.partner(open) + 1);
        boolean definition = after != null && (after.is("{") || after.is("=>"))
                || tokens.get(open - 2) != null && tokens.get(open - 2).is("function");
        boolean callee = before.kind() == Kind.NAME && !NOT_CALLED.contains(before.text()) || before.is(")") || before.is("]");
        return callee && !definition;
    }

    private static boolean hasSpreadArgument(ScriptTokens tokens, int open) {
        int close = tokens.partner(open);
        for (int i = open + 1; i < close; i++) {
            Token token = tokens.get(i);
            if (token.is("...") && (tokens.get(i - 1).is(",") || i == open + 1)) {
                return true;
            }
            if (token.is("(") || token.is("[") || token.is("{")) {
                i = tokens.partner(i);
            }
        }
        return false;
    }

    private static int lastClass(ScriptTokens tokens) {
        for (int i = tokens.size() - 1; i >= 0; i--) {
            Token token = tokens.get(i);
            Token before = tokens.get(i - 1);
            Token after = tokens.get(i + 1);
            if (token.is("class") && (before == null || !before.is(".")) && after != null && !after.is(":")) {
                return i;
            }
        }
        return -1;
    }

    /** One class declaration, whose body holds no class, as a {@code let} of what quire$class makes. */
    private static Edit classDeclaration(String source, ScriptTokens tokens, int at) {
        Token keyword = tokens.get(at);
        Token before = tokens.get(at - 1);
        if (before != null && !before.is(";") && !before.is("}") && !before.is("{")) {
            throw unsupported("a class expression", keyword);
        }
        int i = at + 1;
        Token name = tokens.get(i);
        if (name.kind() != Kind.NAME || name.is("extends")) {
            throw unsupported("an anonymous class", keyword);
        }
        i++;
        String base = "null";
        if (tokens.get(i).is("extends")) {
            int from = ++i;
            while (!tokens.get(i).is("{")) {
                if (tokens.get(i).is("(") || tokens.get(i).is("[")) {
                    throw unsupported("a computed base class", tokens.get(i));
                }
                i++;
            }
            base = source.substring(tokens.get(from).start(), tokens.get(i - 1).end());
        }
        int bodyClose = tokens.partner(i);
        String constructor = null;
        List<String> methods = new ArrayList<>();
        List<String> statics = new ArrayList<>();
        for (i++; i < bodyClose; i++) {
            if (tokens.get(i).is(";")) {
                continue;
            }
            boolean isStatic = tokens.get(i).is("static") && !tokens.get(i + 1).is("(");
            int start = isStatic ? i + 1 : i;
            int open = start + 1;
            if (tokens.get(start).is("get") || tokens.get(start).is("set")) {
                open = tokens.get(start + 1).is("(") ? start + 1 : start + 2;
            }
            if (tokens.get(start).is("[")) {
                open = tokens.partner(start) + 1;
            }
            if (!tokens.get(open).is("(") || !tokens.get(tokens.partner(open) + 1).is("{")) {
                throw unsupported("a class member other than a method", tokens.get(start));
            }
            int end = tokens.partner(tokens.partner(open) + 1);
            for (int j = start; j <= end; j++) {
                if (tokens.get(j).is("super") && !(j > start && tokens.get(start).is("constructor") && tokens.get(j + 1).is("("))) {
                    throw unsupported("super outside a constructor's super(…) call", tokens.get(j));
                }
            }
            if (!isStatic && tokens.get(start).is("constructor")) {
                constructor = "function " + name.text() + superCalls(source, tokens, open, end, base);
            } else {
                (isStatic ? statics : methods).add(source.substring(tokens.get(start).start(), tokens.get(end).end()));
            }
            i = end;
        }
        if (constructor == null) {
            constructor = "function " + name.text() + "(){"
                    + (base.equals("null") ? "" : "quire$super(this," + base + ",arguments)") + "}";
        }
        return new Edit(keyword.start(), tokens.get(bodyClose).end(), "let " + name.text() + "=quire$class(" + base + ","
                + constructor + ",{" + String.join(",", methods) + "},{" + String.join(",", statics) + "});");
    }

    /** The constructor's parameters and body, from token {@code from} to {@code to}, with each super(…) lowered. */
    private static String superCalls(String source, ScriptTokens tokens, int from, int to, String base) {
        List<Edit> edits = new ArrayList<>();
        for (int j = from; j <= to; j++) {
            if (tokens.get(j).is("super")) {
                edits.add(new Edit(tokens.get(j).start(), tokens.get(j + 1).end(), "quire$super(this," + base + ",["));
                Token close = tokens.get(tokens.partner(j + 1));
                edits.add(new Edit(close.start(), close.start(), "]"));
            }
        }
        int start = tokens.get(from).start();
        List<Edit> shifted = edits.stream().map(e -> new Edit(e.start() - start, e.end() - start, e.text())).toList();
        return apply(source.substring(start, tokens.get(to).end()), shifted);
    }

    private static String apply(String source, List<Edit> edits) {
        StringBuilder out = new StringBuilder(source.length() + edits.size() * 16);
        int last = 0;
        for (Edit edit : edits.stream().sorted(Comparator.comparingInt(Edit::start).thenComparingInt(Edit::end)).toList()) {
            out.append(source, last, edit.start()).append(edit.text());
            last = edit.end();
        }
        return out.append(source, last, source.length()).toString();
    }

    private static IllegalStateException unsupported(String what, Token at) {
        return new IllegalStateException("KaTeX uses " + what + " (at offset " + at.start() + "), which Quire cannot "
                + "yet rewrite for Rhino");
    }
}
