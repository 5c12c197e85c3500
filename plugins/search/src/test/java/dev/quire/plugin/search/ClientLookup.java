package dev.quire.plugin.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * A search the way the default theme's script does it (quire.js, "Search"), reading the index's
 * files through {@code files} and noting each one it reads: the manifest, the shards of the
 * query's terms, then the chunks of the first page of results.
 */
final class ClientLookup {

    static final int RESULTS = 20;
    static final int MAX_PREFIX_SHARDS = 4;
    /** Points for a query term by the best field it matched in: text, paper title, tag, title. */
    static final int[] WEIGHTS = {1, 6, 8, 10};

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Function<String, byte[]> files;
    private final Set<String> read = new TreeSet<>();
    private final JsonNode manifest;

    /** A ranked result: document number and score. */
    record Hit(int document, int score) {
    }

    ClientLookup(Function<String, byte[]> files) {
        this.files = files;
        this.manifest = json(SearchIndex.MANIFEST);
    }

    /** Every path read so far. */
    Set<String> read() {
        return read;
    }

    /** The documents matching every term of {@code query}, best first. */
    List<Hit> search(String query) {
        List<String> terms = new ArrayList<>(new LinkedHashSet<>(Terms.of(query)));
        if (terms.isEmpty()) {
            return List.of();
        }
        String last = terms.get(terms.size() - 1);
        boolean prefix = !Character.isWhitespace(query.charAt(query.length() - 1)) && isPrefixable(last);
        Map<Integer, Integer> scores = null;
        for (String term : terms) {
            Map<Integer, Integer> matches = matches(term, prefix && term.equals(last));
            if (scores == null) {
                scores = matches;
            } else {
                Map<Integer, Integer> both = new HashMap<>();
                for (Map.Entry<Integer, Integer> e : scores.entrySet()) {
                    Integer more = matches.get(e.getKey());
                    if (more != null) {
                        both.put(e.getKey(), e.getValue() + more);
                    }
                }
                scores = both;
            }
        }
        return scores.entrySet().stream().map(e -> new Hit(e.getKey(), e.getValue()))
                .sorted(Comparator.comparingInt(Hit::score).reversed().thenComparing(Hit::document, Comparator.reverseOrder()))
                .toList();
    }

    /** What the first page of {@code hits} shows, reading the chunks it needs. */
    List<JsonNode> shown(List<Hit> hits) {
        int perChunk = manifest.get("documentsPerChunk").asInt();
        List<JsonNode> shown = new ArrayList<>();
        for (Hit hit : hits.subList(0, Math.min(RESULTS, hits.size()))) {
            JsonNode chunk = json(SearchIndex.CHUNKS + manifest.get("chunks").get(hit.document() / perChunk).asText() + ".json");
            shown.add(chunk.get(hit.document() % perChunk));
        }
        return shown;
    }

    static boolean isPrefixable(String term) {
        return term.codePointCount(0, term.length()) >= 2 || Terms.isPaired(term.codePointAt(0));
    }

    /** Document → points for one query term: exact matches count twice what prefix matches do. */
    private Map<Integer, Integer> matches(String term, boolean prefix) {
        JsonNode shards = manifest.get("shards");
        if (shards.isEmpty()) {
            return Map.of();
        }
        int first = shardOf(term);
        int last = first;
        if (prefix) {
            while (last + 1 < shards.size() && shards.get(last + 1).get(0).asText().startsWith(term)) {
                last++;
            }
            last = Math.min(last, first + MAX_PREFIX_SHARDS - 1);
        }
        Map<Integer, Integer> points = new HashMap<>();
        for (int s = first; s <= last; s++) {
            JsonNode shard = json(SearchIndex.SHARDS + shards.get(s).get(1).asText() + ".json");
            for (Iterator<Map.Entry<String, JsonNode>> it = shard.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = it.next();
                boolean exact = entry.getKey().equals(term);
                if (exact || prefix && entry.getKey().startsWith(term)) {
                    int document = 0;
                    for (JsonNode n : entry.getValue()) {
                        document += n.asInt() >> IndexedDocument.Field.BITS;
                        int score = WEIGHTS[n.asInt() & 3] * (exact ? 2 : 1);
                        points.merge(document, score, Math::max);
                    }
                }
            }
        }
        return points;
    }

    /** The shard {@code term} is in if the index has it: the last whose first term is at most {@code term}. */
    private int shardOf(String term) {
        JsonNode shards = manifest.get("shards");
        int low = 0;
        int high = shards.size() - 1;
        int found = 0;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            if (shards.get(mid).get(0).asText().compareTo(term) <= 0) {
                found = mid;
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        return found;
    }

    private JsonNode json(String path) {
        read.add(path);
        byte[] bytes = files.apply(path);
        if (bytes == null) {
            throw new IllegalStateException("the index has no " + path);
        }
        try {
            return JSON.readTree(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
