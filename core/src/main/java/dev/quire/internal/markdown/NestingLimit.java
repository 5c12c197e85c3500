package dev.quire.internal.markdown;

import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;

/**
 * Refuses Markdown nested more deeply than anyone writes, before flexmark sees it. flexmark
 * recurses once per level of lists and block quotes when it post-processes and renders a
 * document, and the JDK's regex engine once per marker when it tests a line of repeated markers
 * for a thematic break, so a few thousand levels overflow a thread's stack. The depth of a line is
 * estimated from its container markers ({@code >}, {@code -}, {@code *}, {@code +}, {@code 1.})
 * and its indentation (two columns per level, the least a nested list needs); lines of fenced code
 * are not counted. The estimate never falls short of the real depth.
 */
public final class NestingLimit {

    /** The deepest nesting accepted: far beyond real posts, far below what overflows a stack. */
    public static final int MAX_DEPTH = 100;

    private NestingLimit() {
    }

    /**
     * The first node of a parsed document nested deeper than {@link #MAX_DEPTH}, or null. This
     * catches inline nesting (emphasis in emphasis, images in links) that no line's markers show,
     * before the renderer and the plugins' visitors recurse through it. The walk is iterative.
     */
    public static Node firstTooDeep(Document document) {
        Node node = document.getFirstChild();
        int depth = 1;
        while (node != null) {
            if (depth > MAX_DEPTH) {
                return node;
            }
            if (node.getFirstChild() != null) {
                node = node.getFirstChild();
                depth++;
                continue;
            }
            while (node != null && node.getNext() == null) {
                node = node.getParent();
                depth--;
                if (node == document) {
                    return null;
                }
            }
            node = node == null ? null : node.getNext();
        }
        return null;
    }

    /** The 0-based line of {@code markdown} first nested deeper than {@link #MAX_DEPTH}, or -1. */
    public static int firstTooDeep(String markdown) {
        String fence = null;
        int line = 0;
        int start = 0;
        while (start <= markdown.length()) {
            int end = markdown.indexOf('\n', start);
            if (end < 0) {
                end = markdown.length();
            }
            int contentStart = afterContainers(markdown, start, end);
            String rest = markdown.substring(contentStart, Math.min(end, contentStart + 3));
            if (fence == null && (rest.equals("```") || rest.equals("~~~"))) {
                fence = rest;
            } else if (fence != null && rest.equals(fence)) {
                fence = null;
            } else if (fence == null && depth(markdown, start, end) > MAX_DEPTH) {
                return line;
            }
            start = end + 1;
            line++;
        }
        return -1;
    }

    /** The estimated nesting of the line between {@code start} and {@code end}. */
    private static int depth(String text, int start, int end) {
        int markers = 0;
        int indent = 0;
        int i = start;
        while (i < end) {
            char c = text.charAt(i);
            if (c == ' ') {
                indent++;
                i++;
            } else if (c == '\t') {
                indent += 4;
                i++;
            } else if (c == '>' || isListMarker(text, i, end)) {
                markers++;
                i = c == '>' ? i + 1 : markerEnd(text, i);
                // The blank after a marker belongs to it, not to the indentation of what follows.
                if (i < end && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
                    i++;
                }
            } else {
                break;
            }
        }
        return markers + indent / 2;
    }

    private static int afterContainers(String text, int start, int end) {
        int i = start;
        while (i < end) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t' || c == '>') {
                i++;
            } else if (isListMarker(text, i, end)) {
                i = markerEnd(text, i);
            } else {
                break;
            }
        }
        return i;
    }

    /** A bullet ({@code - * +}) or an ordered marker ({@code 12.} or {@code 12)}) followed by a blank or the line's end. */
    private static boolean isListMarker(String text, int at, int end) {
        int after = markerEnd(text, at);
        return after > at && (after == end || text.charAt(after) == ' ' || text.charAt(after) == '\t');
    }

    private static int markerEnd(String text, int at) {
        char c = text.charAt(at);
        if (c == '-' || c == '*' || c == '+') {
            return at + 1;
        }
        int i = at;
        while (i < text.length() && i - at < 9 && Character.isDigit(text.charAt(i)) && text.charAt(i) < 128) {
            i++;
        }
        if (i > at && i < text.length() && (text.charAt(i) == '.' || text.charAt(i) == ')')) {
            return i + 1;
        }
        return at;
    }
}
