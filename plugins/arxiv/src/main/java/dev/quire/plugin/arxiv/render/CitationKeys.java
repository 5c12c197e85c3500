package dev.quire.plugin.arxiv.render;

import dev.quire.plugin.arxiv.Paper;
import java.text.Normalizer;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * BibTeX keys for the papers of a site, in the usual {@code lastnameYEARword} form
 * ({@code mi2025video}), unique across the site so that a key means the same paper in every file:
 * when two papers would share a key, the one with the later id gets {@code b}, {@code c}, ….
 * ASCII letters and digits only.
 */
public final class CitationKeys {

    private static final Set<String> SMALL_WORDS = Set.of("a", "an", "the", "on", "of", "for", "and", "to", "in",
            "with", "is", "are", "via", "from", "by", "at", "as", "do", "does", "what", "how", "why", "we", "your");

    private final Map<String, String> keys;

    private CitationKeys(Map<String, String> keys) {
        this.keys = keys;
    }

    public static CitationKeys of(Collection<Paper> papers) {
        return of(papers, CitationKeys::base);
    }

    /**
     * Like {@link #of(Collection)}, with {@code baseKey} giving each paper's key before it is made
     * unique (e.g. one remembered per version of the paper); it must give what {@link #base} does.
     */
    public static CitationKeys of(Collection<Paper> papers, Function<Paper, String> baseKey) {
        List<Paper> byId = papers.stream().sorted(Comparator.comparing(Paper::id)).toList();
        Map<String, String> keys = new HashMap<>();
        Set<String> taken = new HashSet<>();
        for (Paper paper : byId) {
            String base = baseKey.apply(paper);
            String key = base;
            for (char suffix = 'b'; !taken.add(key); suffix++) {
                key = base + (suffix <= 'z' ? String.valueOf(suffix) : paper.id().replaceAll("[^0-9]", ""));
            }
            keys.put(paper.id(), key);
        }
        return new CitationKeys(keys);
    }

    /** The key of the paper {@code id}. */
    public String of(String id) {
        String key = keys.get(id);
        if (key == null) {
            throw new IllegalArgumentException("no key for " + id);
        }
        return key;
    }

    /** The paper's key when no other paper of the site has it: {@code lastnameYEARword}. */
    public static String base(Paper paper) {
        String author = paper.authors().isEmpty() ? "" : lastWord(paper.authors().get(0));
        String year = paper.published() == null ? "" : String.valueOf(paper.published().getYear());
        String word = firstWord(paper.title());
        String key = ascii(author) + year + word;
        return key.isEmpty() || !Character.isLetter(key.charAt(0)) ? "arxiv" + key : key;
    }

    private static String lastWord(String name) {
        String[] words = name.strip().split("\\s+");
        return words[words.length - 1];
    }

    private static String firstWord(String title) {
        for (String word : title.split("[^\\p{L}\\p{N}]+")) {
            String clean = ascii(word);
            if (clean.length() > 2 && !SMALL_WORDS.contains(clean)) {
                return clean;
            }
        }
        return "";
    }

    /** Lower-case ASCII letters and digits: accents dropped, everything else removed. */
    private static String ascii(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }
}
