package dev.quire.plugin.arxiv;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An arXiv identifier in its canonical form, with the version a link asked for, if any.
 *
 * <p>Both schemes are accepted: the new one ({@code 2511.21541}, {@code 0704.0001}: four digits
 * after the dot until December 2014, five since) and the old one ({@code hep-th/9901001},
 * {@code math.GT/0309136}). An old id's subject class is not part of the paper's identity, so
 * {@code math.GT/0309136} is canonically {@code math/0309136}, as arXiv itself cites it.
 *
 * @param id      the canonical id without version, e.g. {@code 2511.21541} or {@code math/0309136}
 * @param version the version a link named ({@code 2} for {@code …v2}), or {@code null} for the latest
 */
public record ArxivId(String id, Integer version) {

    private static final Pattern NEW = Pattern.compile("(\\d{2})(\\d{2})\\.(\\d{4,5})(?:v([1-9]\\d{0,2}))?");
    private static final Pattern OLD = Pattern.compile(
            "([a-z]+(?:-[a-z]+)*)(?:\\.[A-Z]{2})?/(\\d{2})(\\d{2})(\\d{3})(?:v([1-9]\\d{0,2}))?");
    /** The first month of the new scheme (April 2007) and of five-digit sequence numbers (2015). */
    private static final int NEW_SCHEME_START = 704;
    private static final int FIVE_DIGITS_START = 1501;

    public ArxivId {
        Objects.requireNonNull(id, "id");
        if (version != null && version < 1) {
            throw new IllegalArgumentException("versions start at 1: " + version);
        }
    }

    /**
     * Reads an identifier written exactly as {@code text} (no prefix, no surrounding text),
     * with an optional version suffix.
     */
    public static Optional<ArxivId> parse(String text) {
        Matcher m = NEW.matcher(text);
        if (m.matches()) {
            return newScheme(m);
        }
        m = OLD.matcher(text);
        if (m.matches()) {
            return oldScheme(m);
        }
        return Optional.empty();
    }

    private static Optional<ArxivId> newScheme(Matcher m) {
        int yymm = Integer.parseInt(m.group(1) + m.group(2));
        int month = Integer.parseInt(m.group(2));
        int digits = m.group(3).length();
        boolean validMonth = month >= 1 && month <= 12 && yymm >= NEW_SCHEME_START;
        boolean validLength = digits == (yymm >= FIVE_DIGITS_START ? 5 : 4);
        if (!validMonth || !validLength) {
            return Optional.empty();
        }
        return Optional.of(new ArxivId(m.group(1) + m.group(2) + "." + m.group(3), version(m.group(4))));
    }

    private static Optional<ArxivId> oldScheme(Matcher m) {
        int year = Integer.parseInt(m.group(2));
        int month = Integer.parseInt(m.group(3));
        // The old scheme ran from August 1991 to March 2007.
        boolean inRange = (year >= 91 || year <= 7) && month >= 1 && month <= 12 && !(year == 7 && month > 3);
        if (!inRange) {
            return Optional.empty();
        }
        return Optional.of(new ArxivId(m.group(1) + "/" + m.group(2) + m.group(3) + m.group(4), version(m.group(5))));
    }

    private static Integer version(String digits) {
        return digits == null ? null : Integer.valueOf(digits);
    }

    /** True for identifiers of the scheme used since April 2007. */
    public boolean isNewScheme() {
        return id.indexOf('/') < 0;
    }

    /** The id with its version, as written in citations: {@code 2511.21541v2}. */
    public String versioned() {
        return version == null ? id : id + "v" + version;
    }

    @Override
    public String toString() {
        return "arXiv:" + versioned();
    }
}
