package dev.quire.plugin.search;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the index keeps of one post or page: its terms, each with the most telling field it occurs
 * in, and the JSON a search result shows. Made once per version of the entry, so that an
 * incremental build only gathers what was made before.
 */
final class IndexedDocument implements Serializable {

    /** Where a term occurs, from least to most telling: a result ranks by the best one. */
    enum Field {
        TEXT, PAPER_TITLE, TAG, TITLE;

        /** The number of bits a field takes next to a document number in a shard. */
        static final int BITS = 2;
    }

    private final String[] terms;
    private final byte[] fields;
    private final byte[] shown;

    private IndexedDocument(String[] terms, byte[] fields, byte[] shown) {
        this.terms = terms;
        this.fields = fields;
        this.shown = shown;
    }

    /** What a search result shows: the JSON of one document in a chunk. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    private record Shown(String title, String url, String date, List<String> tags, String excerpt) {
    }

    static IndexedDocument of(ObjectMapper json, SearchEntry entry) {
        // About one distinct term for every eight characters of text: sized so the map never grows.
        Map<String, Field> best = new HashMap<>(Math.max(64, entry.text().length() / 4));
        Terms.forEach(entry.text(), term -> best.putIfAbsent(term, Field.TEXT));
        entry.papers().forEach(paper -> Terms.forEach(paper, term -> best.put(term, Field.PAPER_TITLE)));
        entry.tags().forEach(tag -> Terms.forEach(tag, term -> best.put(term, Field.TAG)));
        Terms.forEach(entry.title(), term -> best.put(term, Field.TITLE));
        String[] terms = best.keySet().toArray(String[]::new);
        byte[] fields = new byte[terms.length];
        for (int i = 0; i < terms.length; i++) {
            fields[i] = (byte) best.get(terms[i]).ordinal();
        }
        Shown shown = new Shown(entry.title(), entry.url(), entry.date(), entry.tags(), entry.excerpt());
        try {
            return new IndexedDocument(terms, fields, json.writeValueAsBytes(shown));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a record of strings always serializes", e);
        }
    }

    /** The distinct terms, in no particular order (the shards sort them all at once). */
    String[] terms() {
        return terms;
    }

    /** The {@link Field#ordinal()} of the best field of {@code terms()[i]}. */
    int field(int i) {
        return fields[i];
    }

    /** The JSON object a search result shows: title, URL, day, tags and excerpt. */
    byte[] shown() {
        return shown;
    }
}
