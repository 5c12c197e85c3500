package dev.quire.plugin.math;

/**
 * One formula typeset by KaTeX: its MathML, or why KaTeX refused it. Plain strings, so that a
 * build remembers it on disk for the next one.
 *
 * @param mathml the {@code <math>} element, with the TeX as its annotation; null on error
 * @param error  KaTeX's message for TeX it cannot read, e.g. {@code KaTeX parse error: …}; null if none
 */
record Typeset(String mathml, String error) {

    static Typeset of(String mathml) {
        return new Typeset(mathml, null);
    }

    static Typeset failed(String error) {
        return new Typeset(null, error);
    }
}
