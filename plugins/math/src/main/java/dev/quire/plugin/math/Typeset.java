package dev.quire.plugin.math;

/**
 * One formula typeset by KaTeX: its HTML, or why KaTeX refused it. Plain strings, so that a
 * build remembers it on disk for the next one.
 *
 * @param html   KaTeX's HTML (an element of class {@code katex}, or {@code katex-display}), with the
 *               formula as MathML and the TeX as its annotation for screen readers; null on error
 * @param error  KaTeX's message for TeX it cannot read, e.g. {@code KaTeX parse error: …}; null if none
 */
record Typeset(String html, String error) {

    static Typeset of(String html) {
        return new Typeset(html, null);
    }

    static Typeset failed(String error) {
        return new Typeset(null, error);
    }
}
