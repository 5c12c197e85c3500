package dev.quire.plugin.search;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The inverted index, cut into shards: every term of every document in {@link String#compareTo}
 * order, each with the documents it occurs in, cut into runs of about {@code targetBytes}. A shard
 * is named by its first term, so a reader finds a term's shard, and the shards of every term with
 * a prefix, from the list of first terms alone. Cutting by size rather than by a fixed prefix keeps
 * shards even: a prefix like {@code co} holds a hundred times more than {@code qx}.
 *
 * <p>A shard is a JSON object from term to numbers. Each number is a document with the best field
 * the term occurs in, {@code delta << 2 | field}, where {@code delta} is the document's number
 * minus the one before it (the first: the number itself): a term in most documents costs about two
 * bytes per document.
 */
final class TermShards {

    /** One shard: its first term, how many terms it holds and its JSON. */
    record Shard(String first, int terms, byte[] json) {
    }

    private TermShards() {
    }

    /** The shards of {@code documents}, numbered by their place in the list. */
    static List<Shard> of(List<IndexedDocument> documents, int targetBytes) {
        TermTable table = new TermTable(1 << 16);
        List<Postings> postings = new ArrayList<>();
        for (int number = 0; number < documents.size(); number++) {
            int document = number;
            documents.get(number).forEachTerm((chars, start, length, field) -> {
                int term = table.number(chars, start, length);
                if (term == postings.size()) {
                    postings.add(new Postings());
                }
                postings.get(term).add(document, field);
            });
        }
        record Term(String text, Postings postings) {
        }
        List<Term> terms = new ArrayList<>(table.size());
        for (int i = 0; i < table.size(); i++) {
            terms.add(new Term(table.term(i), postings.get(i)));
        }
        terms.sort(Comparator.comparing(Term::text));

        List<Shard> shards = new ArrayList<>();
        ByteArrayOutputStream shard = new ByteArrayOutputStream(targetBytes + 1024);
        String first = null;
        int count = 0;
        for (Term term : terms) {
            byte[] entry = term.postings().entry(term.text());
            if (first != null && shard.size() + entry.length + 1 > targetBytes) {
                shards.add(closed(first, count, shard));
                first = null;
            }
            shard.write(first == null ? '{' : ',');
            shard.writeBytes(entry);
            if (first == null) {
                first = term.text();
                count = 0;
            }
            count++;
        }
        if (first != null) {
            shards.add(closed(first, count, shard));
        }
        return List.copyOf(shards);
    }

    private static Shard closed(String first, int terms, ByteArrayOutputStream shard) {
        shard.write('}');
        Shard done = new Shard(first, terms, shard.toByteArray());
        shard.reset();
        return done;
    }

    /** The documents of one term, as the numbers a shard holds. */
    private static final class Postings {

        private int[] numbers = new int[4];
        private int size;
        private int lastDocument;

        void add(int document, int field) {
            if (size == numbers.length) {
                numbers = Arrays.copyOf(numbers, size * 2);
            }
            numbers[size++] = (document - lastDocument) << IndexedDocument.Field.BITS | field;
            lastDocument = document;
        }

        /** {@code "term":[n,n,…]} in UTF-8. */
        byte[] entry(String term) {
            byte[] key = JsonStringEncoder.getInstance().quoteAsUTF8(term);
            byte[] json = new byte[key.length + 5 + size * 11];
            json[0] = '"';
            System.arraycopy(key, 0, json, 1, key.length);
            int at = key.length + 1;
            json[at++] = '"';
            json[at++] = ':';
            json[at++] = '[';
            for (int i = 0; i < size; i++) {
                if (i > 0) {
                    json[at++] = ',';
                }
                at = digits(numbers[i], json, at);
            }
            json[at++] = ']';
            return Arrays.copyOf(json, at);
        }

        /** Writes the decimal digits of {@code n} (not negative) at {@code at}; returns where they end. */
        private static int digits(int n, byte[] to, int at) {
            int end = at + (n == 0 ? 1 : (int) Math.log10(n) + 1);
            int i = end;
            do {
                to[--i] = (byte) ('0' + n % 10);
                n /= 10;
            } while (n > 0);
            return end;
        }
    }
}
