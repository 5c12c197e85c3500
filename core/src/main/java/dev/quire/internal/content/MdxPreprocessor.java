package dev.quire.internal.content;

import dev.quire.diagnostics.Diagnostics;
import dev.quire.diagnostics.QuireException;
import dev.quire.internal.text.Html;
import dev.quire.model.MdxImport;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the MDX that Docusaurus blogs are written in into Markdown with plain HTML, which flexmark
 * parses. flexmark knows nothing of MDX: it would print {@code import} lines as text and escape
 * {@code <img src={x} />}.
 *
 * <p>What it does, never inside fenced code, inline code or math:
 * <ul>
 *   <li>takes {@code import}/{@code export} statements out and keeps the import bindings;</li>
 *   <li>drops {@code {/* comments *&#47;}} and turns both truncate markers into {@link Preprocessed#TRUNCATE};</li>
 *   <li>rewrites JSX tags as HTML: {@code className} → {@code class}, {@code {binding}} → the imported
 *       path, {@code require('./x.png')} → {@code ./x.png}, {@code style={{…}}} → CSS,
 *       {@code width={400}} → {@code width="400"}, {@code <div />} → {@code <div></div>};</li>
 *   <li>drops the tags of React components it cannot run, keeping their children, with a warning
 *       (an imported SVG used as a component becomes an {@code <img>});</li>
 *   <li>turns Docusaurus admonitions ({@code :::tip[Title]} … {@code :::}) into {@code <div>}s.</li>
 * </ul>
 * Line numbers of the source are kept in a line map, so later messages point at the right line.
 */
public final class MdxPreprocessor {

    private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,})(.*)$");
    private static final Pattern IMPORT = Pattern.compile(
            "^import\\s+(?:type\\s+)?(?<clause>[\\s\\S]+?)\\s*from\\s*(?<q>['\"])(?<from>[^'\"]+)\\k<q>\\s*;?\\s*$");
    private static final Pattern SIDE_EFFECT_IMPORT = Pattern.compile("^import\\s*(['\"])[^'\"]+\\1\\s*;?\\s*$");
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_$][\\w$]*");
    private static final Pattern ADMONITION = Pattern.compile(
            "^ {0,3}(?<colons>:{3,})(?<type>[A-Za-z]+)?(?:\\[(?<bracket>[^\\]]*)]|\\{title=\"(?<braced>[^\"]*)\"}|[ \\t]+(?<spaced>.*?))?\\s*$");
    private static final Pattern TRUNCATE_LINE = Pattern.compile(
            "^\\s*(?:<!--\\s*truncate\\s*-->|\\{/\\*\\s*truncate\\s*\\*/})\\s*$");
    private static final Pattern TAG_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9._:-]*");
    private static final Pattern ATTRIBUTE_NAME = Pattern.compile("[A-Za-z_:@][A-Za-z0-9_:.@-]*");
    private static final Pattern REQUIRE = Pattern.compile(
            "^require\\(\\s*(['\"])(?<path>[^'\"]+)\\1\\s*\\)(?:\\.default)?$");
    private static final Pattern USE_BASE_URL = Pattern.compile(
            "^useBaseUrl\\(\\s*(['\"])(?<path>[^'\"]+)\\1\\s*\\)$");
    private static final Pattern NUMBER = Pattern.compile("^-?\\d+(?:\\.\\d+)?$");
    private static final Set<String> VOID_ELEMENTS = Set.of("area", "base", "br", "col", "embed", "hr", "img",
            "input", "link", "meta", "source", "track", "wbr");
    private static final Set<String> DROPPED_PROPS = Set.of("key", "ref", "dangerouslySetInnerHTML");
    private static final Map<String, String> ADMONITION_TYPES = Map.of(
            "note", "note", "tip", "tip", "info", "info", "warning", "warning", "danger", "danger",
            "caution", "caution", "important", "important", "success", "tip", "secondary", "note");
    private static final int MAX_STATEMENT_LINES = 40;
    private static final int MAX_TAG_LENGTH = 20_000;
    /** Real import and export statements are short; the regexes that read them take time in the square of the length. */
    private static final int MAX_STATEMENT_CHARS = 4_000;

    private final String source;
    private final boolean mdx;
    private final String baseUrl;
    private final Map<String, String> admonitionTitles;
    private final Diagnostics diagnostics;

    /**
     * @param source      the file's path in the site, for messages
     * @param mdx         true for {@code .mdx}: then {@code {expressions}} in text are MDX too
     * @param baseUrl     the site's base URL, for {@code useBaseUrl('/x')}
     * @param admonitionTitles default titles of admonitions by type, in the site's language
     */
    public MdxPreprocessor(String source, boolean mdx, String baseUrl, Map<String, String> admonitionTitles,
            Diagnostics diagnostics) {
        this.source = source;
        this.mdx = mdx;
        this.baseUrl = baseUrl;
        this.admonitionTitles = admonitionTitles;
        this.diagnostics = diagnostics;
    }

    /**
     * @param body      the text after the front matter
     * @param firstLine the line of the file where {@code body} starts
     * @throws QuireException for what cannot be published, e.g. a {@code {binding}} never imported
     */
    public Preprocessed process(String body, int firstLine) {
        return new Run(body, firstLine).run();
    }

    /** The state of one pass over one body. */
    private final class Run {
        private final String s;
        private final StringBuilder out;
        private final List<Integer> lineMap = new ArrayList<>();
        private final List<MdxImport> imports = new ArrayList<>();
        private final Map<String, String> bindings = new LinkedHashMap<>();
        private final Set<String> warnedComponents = new HashSet<>();
        private final List<Integer> admonitions = new ArrayList<>();
        private int pos;
        private int line;
        private boolean truncated;
        private String fence;
        private boolean inMathBlock;
        private boolean previousLineBlank = true;
        private int knownParagraphEnd = -1;
        private int noCommentCloseFrom = Integer.MAX_VALUE;
        /** A {@code {} before this index lies inside an expression known to close. */
        private int knownClosedUntil;

        Run(String body, int firstLine) {
            this.s = body;
            this.out = new StringBuilder(body.length() + 64);
            this.line = firstLine;
            lineMap.add(firstLine);
            collectImports();
        }

        /** Imports may come after their first use (MDX hoists them), so they are read first. */
        private void collectImports() {
            String[] lines = s.split("\n", -1);
            String openFence = null;
            for (int i = 0; i < lines.length; i++) {
                String text = lines[i];
                Matcher f = FENCE.matcher(text);
                if (openFence != null) {
                    if (f.matches() && f.group(1).charAt(0) == openFence.charAt(0)
                            && f.group(1).length() >= openFence.length() && f.group(2).isBlank()) {
                        openFence = null;
                    }
                } else if (f.matches()) {
                    openFence = f.group(1);
                } else if (text.startsWith("import")) {
                    int end = statementEnd(lines, i, true);
                    if (end >= 0) {
                        parseImport(String.join("\n", Arrays.asList(lines).subList(i, end + 1)), line + i);
                        i = end;
                    }
                }
            }
        }

        Preprocessed run() {
            while (pos < s.length()) {
                if (pos == 0 || s.charAt(pos - 1) == '\n') {
                    if (handleLineStart()) {
                        continue;
                    }
                }
                scanInline();
            }
            if (fence == null) {
                for (int i = 0; i < admonitions.size(); i++) {
                    emit("\n\n</div>\n");
                }
            }
            int[] map = lineMap.stream().mapToInt(Integer::intValue).toArray();
            return new Preprocessed(out.toString(), map, List.copyOf(imports), truncated);
        }

        // ---- line-level constructs -------------------------------------------------------

        /** Handles what only counts at the start of a line; true when the whole line was consumed. */
        private boolean handleLineStart() {
            int end = lineEnd(pos);
            String text = s.substring(pos, end);
            boolean blank = text.isBlank();
            try {
                if (fence != null) {
                    Matcher f = FENCE.matcher(text);
                    if (f.matches() && f.group(1).charAt(0) == fence.charAt(0)
                            && f.group(1).length() >= fence.length() && f.group(2).isBlank()) {
                        fence = null;
                    }
                    copyLine(end);
                    return true;
                }
                Matcher f = FENCE.matcher(text);
                if (f.matches() && !(f.group(1).charAt(0) == '`' && f.group(2).contains("`"))) {
                    fence = f.group(1);
                    copyLine(end);
                    return true;
                }
                if (inMathBlock || text.strip().equals("$$")) {
                    if (text.strip().equals("$$") || text.strip().endsWith("$$") && inMathBlock) {
                        inMathBlock = !inMathBlock;
                    }
                    copyLine(end);
                    return true;
                }
                if ((text.startsWith("import") || text.startsWith("export")) && previousLineBlankOrStart()) {
                    if (skipStatement()) {
                        return true;
                    }
                }
                if (TRUNCATE_LINE.matcher(text).matches()) {
                    truncated = true;
                    skipTo(end);
                    emit("\n" + Preprocessed.TRUNCATE + "\n");
                    return true;
                }
                Matcher a = ADMONITION.matcher(text);
                if (a.matches() && handleAdmonition(a, end)) {
                    return true;
                }
                return false;
            } finally {
                previousLineBlank = blank;
            }
        }

        private boolean previousLineBlankOrStart() {
            return previousLineBlank || out.length() == 0;
        }

        private boolean handleAdmonition(Matcher a, int end) {
            String type = a.group("type");
            int colons = a.group("colons").length();
            if (type == null) {
                if (admonitions.isEmpty() || (a.group("spaced") != null && !a.group("spaced").isBlank())) {
                    return false;
                }
                admonitions.remove(admonitions.size() - 1);
                skipTo(end);
                emit("\n\n</div>\n");
                return true;
            }
            String kind = ADMONITION_TYPES.get(type.toLowerCase(Locale.ROOT));
            if (kind == null) {
                return false;
            }
            admonitions.add(colons);
            skipTo(end);
            emit(admonitionOpening(kind, firstNonNull(a.group("bracket"), a.group("braced"), a.group("spaced"))));
            return true;
        }

        /** Skips an import or export statement; false when the line is prose that starts so. */
        private boolean skipStatement() {
            // Only the lines a statement may span: copying the rest of the body for every line that
            // starts with 'import' made a body of many such lines take quadratic time.
            int windowEnd = pos;
            for (int i = 0; i < MAX_STATEMENT_LINES && windowEnd < s.length(); i++) {
                windowEnd = lineEnd(windowEnd) + 1;
            }
            String[] rest = s.substring(pos, Math.min(windowEnd, s.length())).split("\n", MAX_STATEMENT_LINES + 1);
            int end = statementEnd(rest, 0, rest[0].startsWith("import"));
            if (end < 0) {
                return false;
            }
            int consumed = 0;
            for (int i = 0; i <= end; i++) {
                consumed += rest[i].length() + (i < rest.length - 1 ? 1 : 0);
            }
            int target = Math.min(s.length(), pos + consumed);
            skipTo(target);
            if (!out.isEmpty() && out.charAt(out.length() - 1) != '\n') {
                emit("\n");
            }
            return true;
        }

        // ---- inline scanning -------------------------------------------------------------

        /** Copies or rewrites the current line from {@code pos}, up to and including its newline. */
        private void scanInline() {
            while (pos < s.length()) {
                char c = s.charAt(pos);
                if (c == '\n') {
                    newline();
                    return;
                }
                if (c == '`') {
                    copyCodeSpan();
                } else if (c == '$') {
                    copyMath();
                } else if (c == '<') {
                    handleAngle();
                } else if (c == '{') {
                    handleBrace();
                } else if (c == '\\' && pos + 1 < s.length() && s.charAt(pos + 1) != '\n') {
                    emit(s.substring(pos, pos + 2));
                    pos += 2;
                } else {
                    out.append(c);
                    pos++;
                }
            }
        }

        private void copyCodeSpan() {
            int run = 0;
            while (pos + run < s.length() && s.charAt(pos + run) == '`') {
                run++;
            }
            String ticks = "`".repeat(run);
            int search = pos + run;
            int limit = paragraphEnd(search);
            while (true) {
                int close = JsxTag.indexOf(s, ticks, search, limit);
                if (close < 0) {
                    emit(ticks);
                    pos += run;
                    return;
                }
                int after = close + run;
                if (after < s.length() && s.charAt(after) == '`') {
                    search = after;
                    while (search < s.length() && s.charAt(search) == '`') {
                        search++;
                    }
                    continue;
                }
                copyTo(after);
                return;
            }
        }

        /** Copies {@code $…$} math as is, so its braces and brackets are not taken for JSX. */
        private void copyMath() {
            int le = lineEnd(pos);
            if (pos + 1 < le && s.charAt(pos + 1) == '$') {
                int close = JsxTag.indexOf(s, "$$", pos + 2, le);
                if (close > 0) {
                    copyTo(close + 2);
                    return;
                }
                emit("$$");
                pos += 2;
                return;
            }
            if (pos + 1 < le && !Character.isWhitespace(s.charAt(pos + 1))) {
                for (int i = pos + 1; i < le; i++) {
                    char c = s.charAt(i);
                    if (c == '\\') {
                        i++;
                        continue;
                    }
                    if (c == '$' && !Character.isWhitespace(s.charAt(i - 1))
                            && (i + 1 >= le || !Character.isDigit(s.charAt(i + 1)))) {
                        copyTo(i + 1);
                        return;
                    }
                }
            }
            out.append('$');
            pos++;
        }

        private void handleAngle() {
            if (s.startsWith("<!--", pos)) {
                int close = commentClose(pos + 4);
                if (close >= 0) {
                    String comment = s.substring(pos, close + 3);
                    if (comment.matches("<!--\\s*truncate\\s*-->")) {
                        truncated = true;
                        skipTo(close + 3);
                        emit(Preprocessed.TRUNCATE);
                    } else {
                        copyTo(close + 3);
                    }
                    return;
                }
            }
            JsxTag tag = JsxTag.parse(s, pos, MAX_TAG_LENGTH);
            if (tag == null) {
                if (mdx && pos + 1 < s.length() && isAsciiLetter(s.charAt(pos + 1))) {
                    requireAttributeExpressionsClosed();
                    // MDX reads '<' before a letter as a tag: this one is broken or never closed.
                    diagnostics.warning(source, line, "the tag " + abbreviate(tagStart()) + " is never closed "
                            + "or is not valid JSX; it is shown as text");
                }
                out.append('<');
                pos++;
                return;
            }
            int tagLine = line;
            String html = convert(tag, tagLine);
            if (html == null) {
                copyTo(tag.end());
            } else {
                skipTo(tag.end());
                emit(html);
            }
        }

        /** The opening of the tag at {@code pos}: the '<' and its name. */
        private String tagStart() {
            int end = pos + 1;
            while (end < s.length() && (Character.isLetterOrDigit(s.charAt(end)) || s.charAt(end) == '.')) {
                end++;
            }
            return s.substring(pos, end);
        }

        /**
         * A tag that failed to parse because an attribute's {@code {} never closes ({@code <img src={x />})
         * is that unclosed expression, not a tag to show as text: its attributes run to the first {@code >}.
         */
        private void requireAttributeExpressionsClosed() {
            int tagLine = line;
            for (int i = pos + 1; i < Math.min(s.length(), pos + MAX_TAG_LENGTH); i++) {
                char c = s.charAt(i);
                if (c == '>') {
                    return;
                } else if (c == '\n') {
                    tagLine++;
                } else if (c == '{') {
                    requireClosed(i, tagLine);
                    return;
                }
            }
        }

        /**
         * MDX reads every {@code {} in the text of an {@code .mdx} file as the start of a JavaScript
         * expression and refuses the file when no {@code }} closes it, so Docusaurus would not build it.
         * Printing the brace as text instead would publish a post that only Quire accepts.
         */
        private void requireClosed(int brace, int braceLine) {
            if (brace < knownClosedUntil) {
                // Inside an expression already seen to close: scanning again would take time in the
                // square of its length, and a quote inside it may only look open from here.
                return;
            }
            int end = JsxTag.balancedEnd(s, brace, s.length());
            if (end >= 0) {
                knownClosedUntil = end;
                return;
            }
            String why = bracesClose(s, brace)
                    ? "a quote or comment inside it is never closed (MDX reads what is between braces as JavaScript)"
                    : "no '}' closes it";
            String opening = s.substring(brace, Math.min(lineEnd(brace), brace + 24)).stripTrailing();
            throw new QuireException(source, braceLine, "'" + opening + "' starts an MDX expression, but " + why
                    + "; close it, or write '\\{' for a brace shown as text");
        }

        private void handleBrace() {
            if (!mdx && !s.startsWith("{/*", pos)) {
                out.append('{');
                pos++;
                return;
            }
            int end = JsxTag.balancedEnd(s, pos, Math.min(s.length(), pos + MAX_TAG_LENGTH));
            if (end < 0) {
                if (mdx) {
                    requireClosed(pos, line);
                }
                out.append('{');
                pos++;
                return;
            }
            String expression = s.substring(pos + 1, end - 1).strip();
            if (expression.startsWith("/*") && expression.endsWith("*/")) {
                if (expression.substring(2, expression.length() - 2).strip().equals("truncate")) {
                    truncated = true;
                    skipTo(end);
                    emit(Preprocessed.TRUNCATE);
                } else {
                    skipTo(end);
                }
                return;
            }
            String literal = JsxTag.stringLiteral(expression);
            if (literal != null) {
                skipTo(end);
                emit(Html.escape(literal));
                return;
            }
            diagnostics.warning(source, line, "the expression {" + abbreviate(expression)
                    + "} cannot run outside React; it is shown as written");
            copyTo(end);
        }

        // ---- JSX to HTML -----------------------------------------------------------------

        /** The HTML for a JSX tag, or null when the tag is plain HTML that can stay as written. */
        private String convert(JsxTag tag, int tagLine) {
            String name = tag.name();
            boolean component = Character.isUpperCase(name.charAt(0)) || name.contains(".");
            if (component) {
                return convertComponent(tag, tagLine);
            }
            boolean plainHtml = tag.attributes().stream().allMatch(JsxTag.Attribute::isPlainHtml)
                    && !(tag.selfClosing() && !VOID_ELEMENTS.contains(name.toLowerCase(Locale.ROOT)));
            if (plainHtml) {
                return null;
            }
            return html(tag, name, tagLine);
        }

        private String convertComponent(JsxTag tag, int tagLine) {
            String from = bindings.get(tag.name());
            if (from != null && from.toLowerCase(Locale.ROOT).endsWith(".svg")) {
                if (tag.closing()) {
                    return "";
                }
                String img = html(tag, "img", tagLine);
                return img.contains(" src=\"") ? img : img.replaceFirst("^<img", "<img src=\"" + Html.escape(from) + "\"");
            }
            switch (tag.name()) {
                // The names of MdxImport.BUILT_IN_COMPONENTS.
                case "TOCInline":
                    return tag.closing() ? "" : "\n\n" + Preprocessed.TOC + "\n\n";
                case "Admonition":
                    return admonitionComponent(tag);
                default:
                    break;
            }
            if (warnedComponents.add(tag.name())) {
                String origin = from == null ? "" : " (imported from '" + from + "')";
                diagnostics.warning(source, tagLine, "<" + tag.name() + ">" + origin
                        + " is a React component that cannot run outside React; its content is shown without it");
            }
            return "";
        }

        /** Docusaurus's {@code <Admonition type="tip" title="…">}: the same HTML as {@code :::tip[…]}. */
        private String admonitionComponent(JsxTag tag) {
            if (tag.closing()) {
                return "\n\n</div>\n\n";
            }
            String type = "note";
            String title = null;
            for (JsxTag.Attribute attribute : tag.attributes()) {
                String value = attribute.kind() == JsxTag.ValueKind.STRING ? attribute.value()
                        : attribute.kind() == JsxTag.ValueKind.EXPRESSION ? JsxTag.stringLiteral(attribute.value()) : null;
                if ("type".equals(attribute.name()) && value != null) {
                    type = ADMONITION_TYPES.getOrDefault(value.toLowerCase(Locale.ROOT), "note");
                } else if ("title".equals(attribute.name())) {
                    title = value;
                }
            }
            String open = admonitionOpening(type, title);
            return tag.selfClosing() ? open + "\n\n</div>\n\n" : "\n\n" + open;
        }

        private String admonitionOpening(String kind, String title) {
            String shown = title == null || title.isBlank() ? admonitionTitles.getOrDefault(kind, capitalize(kind)) : title;
            return "<div class=\"admonition admonition-" + kind + "\"><p class=\"" + Preprocessed.ADMONITION_TITLE_CLASS
                    + "\">" + Html.escape(shown.strip()) + "</p>\n\n";
        }

        private String html(JsxTag tag, String name, int tagLine) {
            if (tag.closing()) {
                return "</" + name + ">";
            }
            StringBuilder html = new StringBuilder("<").append(name);
            boolean isImg = name.equals("img");
            for (JsxTag.Attribute attribute : tag.attributes()) {
                appendAttribute(html, attribute, tagLine, isImg);
            }
            if (tag.selfClosing()) {
                html.append(VOID_ELEMENTS.contains(name.toLowerCase(Locale.ROOT)) ? " />" : "></" + name + ">");
            } else {
                html.append('>');
            }
            return html.toString();
        }

        private void appendAttribute(StringBuilder html, JsxTag.Attribute attribute, int tagLine, boolean isImg) {
            String name = attribute.name();
            if (name == null || DROPPED_PROPS.contains(name) || name.matches("on[A-Z].*")) {
                return;
            }
            String htmlName = switch (name) {
                case "className" -> "class";
                case "htmlFor" -> "for";
                default -> name.startsWith("aria-") || name.startsWith("data-") ? name : name.toLowerCase(Locale.ROOT);
            };
            if (attribute.kind() == JsxTag.ValueKind.NONE) {
                html.append(' ').append(htmlName);
                return;
            }
            String value = attribute.kind() == JsxTag.ValueKind.STRING ? attribute.value()
                    : evaluate(attribute.value(), htmlName, tagLine);
            if (value == null) {
                return;
            }
            if (value.equals(JsxTag.TRUE)) {
                html.append(' ').append(htmlName);
                return;
            }
            html.append(' ').append(htmlName).append("=\"").append(Html.escapeAttribute(value)).append('"');
        }

        /** The value of a JSX {@code {expression}} attribute, or null to leave the attribute out. */
        private String evaluate(String expression, String attribute, int tagLine) {
            String e = expression.strip();
            if (attribute.equals("style") && e.startsWith("{") && e.endsWith("}")) {
                return JsxStyle.toCss(e.substring(1, e.length() - 1));
            }
            String literal = JsxTag.stringLiteral(e);
            if (literal != null) {
                return literal;
            }
            if (NUMBER.matcher(e).matches()) {
                return e;
            }
            switch (e) {
                case "true":
                    return JsxTag.TRUE;
                case "false", "null", "undefined":
                    return null;
                default:
                    break;
            }
            Matcher require = REQUIRE.matcher(e);
            if (require.matches()) {
                return require.group("path");
            }
            Matcher base = USE_BASE_URL.matcher(e);
            if (base.matches()) {
                String path = base.group("path");
                return path.startsWith("/") ? baseUrl + path.substring(1) : path;
            }
            String binding = e.endsWith(".default") ? e.substring(0, e.length() - ".default".length()) : e;
            if (IDENTIFIER.matcher(binding).matches()) {
                String from = bindings.get(binding);
                if (from == null) {
                    throw new QuireException(source, tagLine, "{" + binding + "} is used but never imported; add "
                            + "`import " + binding + " from './file.png';` or fix the name");
                }
                return from;
            }
            diagnostics.warning(source, tagLine, "the expression {" + abbreviate(e)
                    + "} cannot run outside React; the attribute '" + attribute + "' is left out");
            return null;
        }

        private void parseImport(String statement, int statementLine) {
            Matcher m = IMPORT.matcher(statement.strip());
            if (!m.matches()) {
                return;
            }
            String from = m.group("from");
            String clause = m.group("clause").strip();
            List<String> names = new ArrayList<>();
            int brace = clause.indexOf('{');
            String head = brace >= 0 ? clause.substring(0, brace) : clause;
            if (brace >= 0) {
                int close = clause.indexOf('}', brace);
                String named = clause.substring(brace + 1, close < 0 ? clause.length() : close);
                for (String part : named.split(",")) {
                    String[] as = part.strip().split("\\s+as\\s+");
                    String local = as[as.length - 1].strip();
                    if (IDENTIFIER.matcher(local).matches()) {
                        names.add(local);
                    }
                }
            }
            for (String part : head.split(",")) {
                String p = part.strip();
                if (p.startsWith("*")) {
                    p = p.replaceFirst("^\\*\\s*as\\s+", "");
                }
                if (IDENTIFIER.matcher(p).matches()) {
                    names.add(0, p);
                }
            }
            for (String name : names) {
                bindings.put(name, from);
                imports.add(new MdxImport(name, from, statementLine));
            }
        }

        // ---- output bookkeeping ----------------------------------------------------------

        private void emit(String text) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                out.append(c);
                if (c == '\n') {
                    lineMap.add(line);
                }
            }
        }

        /** Appends the source up to {@code target} unchanged, keeping lines in step. */
        private void copyTo(int target) {
            while (pos < target) {
                char c = s.charAt(pos++);
                out.append(c);
                if (c == '\n') {
                    line++;
                    lineMap.add(line);
                }
            }
        }

        /** Moves past the source up to {@code target} without output, keeping the line count. */
        private void skipTo(int target) {
            while (pos < target) {
                if (s.charAt(pos++) == '\n') {
                    line++;
                }
            }
        }

        private void copyLine(int end) {
            copyTo(end);
            if (pos < s.length()) {
                newline();
            }
        }

        private void newline() {
            pos++;
            line++;
            out.append('\n');
            lineMap.add(line);
        }

        private int lineEnd(int from) {
            int end = s.indexOf('\n', from);
            return end < 0 ? s.length() : end;
        }

        /** The end of the paragraph around {@code from}; positions only move forward, so the last answer is kept. */
        private int paragraphEnd(int from) {
            if (from <= knownParagraphEnd) {
                return knownParagraphEnd;
            }
            int end = s.indexOf("\n\n", from);
            knownParagraphEnd = end < 0 ? s.length() : end;
            return knownParagraphEnd;
        }

        /** Where the HTML comment opened before {@code from} closes, or -1; an unclosed one is searched for once. */
        private int commentClose(int from) {
            if (from >= noCommentCloseFrom) {
                return -1;
            }
            int close = s.indexOf("-->", from);
            if (close < 0) {
                noCommentCloseFrom = from;
            }
            return close;
        }
    }

    /**
     * The index of the last line of an import/export statement starting at {@code lines[first]},
     * or -1 when those lines are prose rather than a statement.
     */
    private static int statementEnd(String[] lines, int first, boolean isImport) {
        StringBuilder statement = new StringBuilder();
        int limit = Math.min(lines.length, first + MAX_STATEMENT_LINES);
        for (int i = first; i < limit; i++) {
            if (i > first && lines[i].isBlank() && isImport) {
                return -1;
            }
            statement.append(lines[i]).append('\n');
            if (statement.length() > MAX_STATEMENT_CHARS) {
                return -1;
            }
            String text = statement.toString().strip();
            if (isImport ? isImport(text) : isCompleteExport(text)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isImport(String text) {
        String statement = text.strip();
        // Every import ends with its quoted module name: a cheap test that spares the regexes,
        // whose time grows with the square of the text, on every line that only starts like one.
        String end = statement.endsWith(";") ? statement.substring(0, statement.length() - 1).stripTrailing() : statement;
        if (!end.endsWith("'") && !end.endsWith("\"")) {
            return false;
        }
        return IMPORT.matcher(statement).matches() || SIDE_EFFECT_IMPORT.matcher(statement).matches();
    }

    private static boolean isCompleteExport(String text) {
        if (!text.matches("(?s)^export\\s+(default\\s+|const\\s+|let\\s+|var\\s+|function\\s+|class\\s+|async\\s+|\\{|\\*).*")) {
            return false;
        }
        String trimmed = text.stripTrailing();
        return JsSource.balanced(text) && !trimmed.endsWith("=") && !trimmed.endsWith(",")
                && !trimmed.endsWith("=>");
    }

    /** Whether the {@code {} at {@code brace} closes when braces are only counted, as MDX counts them. */
    private static boolean bracesClose(String s, int brace) {
        int depth = 0;
        for (int i = brace; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return true;
            }
        }
        return false;
    }

    private static String firstNonNull(String... values) {
        for (String v : values) {
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    private static String capitalize(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static String abbreviate(String text) {
        String one = text.replaceAll("\\s+", " ");
        return one.length() > 40 ? one.substring(0, 37) + "..." : one;
    }
}
