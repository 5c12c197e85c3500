package dev.quire.plugin.search;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

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

    /**
     * The distinct terms, each followed by a space (no term holds one), in no particular order:
     * the shards sort them all at once. One string rather than hundreds keeps the documents of a
     * large site, which a session remembers between builds, cheap to hold and to save.
     */
    private final String terms;
    private final byte[] fields;
    private final byte[] shown;

    private IndexedDocument(String terms, byte[] fields, byte[] shown) {
        this.terms = terms;
        this.fields = fields;
        this.shown = shown;
    }

    /** What is given each term of a document with the {@link Field#ordinal()} of its best field. */
    interface TermVisitor {
        /** The term is {@code length} characters of {@code chars} from {@code start}. */
        void visit(char[] chars, int start, int length, int field);
    }

    /** What a search result shows: the JSON of one document in a chunk. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    private record Shown(String title, String url, String date, List<String> tags, String excerpt) {
    }

    static IndexedDocument of(ObjectMapper json, SearchEntry entry) {
        // A post has about one distinct term for every eight characters of text.
        Collector terms = new Collector(entry.text().length() / 8);
        terms.add(entry.text(), Field.TEXT);
        entry.papers().forEach(paper -> terms.add(paper, Field.PAPER_TITLE));
        entry.tags().forEach(tag -> terms.add(tag, Field.TAG));
        terms.add(entry.title(), Field.TITLE);
        Shown shown = new Shown(entry.title(), entry.url(), entry.date(), entry.tags(), entry.excerpt());
        try {
            return new IndexedDocument(terms.table.joined(), Arrays.copyOf(terms.fields, terms.table.size()),
                    json.writeValueAsBytes(shown));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a record of strings always serializes", e);
        }
    }

    /** The distinct terms of a document's parts, each with the best field it is in. */
    private static final class Collector implements Terms.Sink {

        final TermTable table;
        byte[] fields;
        private Field field;

        Collector(int expected) {
            table = new TermTable(expected);
            fields = new byte[Math.max(16, expected)];
        }

        void add(String text, Field in) {
            field = in;
            Terms.forEach(text, this);
        }

        @Override
        public void term(char[] chars, int start, int length) {
            int number = table.number(chars, start, length);
            if (number == fields.length) {
                fields = Arrays.copyOf(fields, fields.length * 2);
            }
            fields[number] = (byte) Math.max(fields[number], field.ordinal());
        }
    }

    /** Gives {@code visitor} each distinct term with its best field. */
    void forEachTerm(TermVisitor visitor) {
        char[] chars = terms.toCharArray();
        int start = 0;
        for (int field : fields) {
            int end = start;
            while (chars[end] != ' ') {
                end++;
            }
            visitor.visit(chars, start, end - start, field);
            start = end + 1;
        }
    }

    /** The JSON object a search result shows: title, URL, day, tags and excerpt. */
    byte[] shown() {
        return shown;
    }
}
