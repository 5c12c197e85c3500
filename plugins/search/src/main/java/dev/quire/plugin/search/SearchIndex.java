package dev.quire.plugin.search;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.quire.plugin.Digest;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.IntStream;

/**
 * The files of the index, so that a search reads a small part of it: a manifest, the
 * {@link TermShards term shards} and chunks of what results show.
 *
 * <ul>
 *   <li>{@value #MANIFEST}: the format's version, the counts, each shard's first term and name,
 *       and the chunks' names. The one file with a fixed name, which the theme loads first.</li>
 *   <li>{@code terms/NAME.json}: a shard, term to documents.</li>
 *   <li>{@code docs/NAME.json}: a chunk, a JSON array of what {@value #DOCUMENTS_PER_CHUNK}
 *       documents show in a result (title, URL, day, tags, excerpt); document {@code n} is item
 *       {@code n % DOCUMENTS_PER_CHUNK} of chunk {@code n / DOCUMENTS_PER_CHUNK}.</li>
 * </ul>
 * Shards and chunks are named by a hash of their bytes, so a browser or CDN that cached a file of
 * an older build never mixes it with the new manifest, and a file that did not change keeps its
 * name and its place in caches. The manifest gives the names without folder and {@code .json}: it
 * lists a thousand chunks on a site of ten thousand posts, and every search reads it.
 */
final class SearchIndex {

    /** The version of the files' format: a reader refuses a version it does not know. */
    static final int VERSION = 1;
    static final String MANIFEST = "index.json";
    static final String SHARDS = "terms/";
    static final String CHUNKS = "docs/";
    private static final int NAME_LENGTH = 10;

    /**
     * About the size of a shard, in bytes. A search reads one shard a term (up to four for the word
     * being typed); smaller shards would make the manifest longer. On the 10,000 posts of the
     * benchmark: 360 shards, a manifest of 22 KB, 50–150 KB for a first search.
     */
    static final int SHARD_BYTES = 24 * 1024;

    /**
     * Documents per chunk. The first page of results is up to 20 documents from anywhere in the
     * site, so chunks are small: at worst one chunk per result.
     */
    static final int DOCUMENTS_PER_CHUNK = 10;

    /** The manifest's JSON. {@code shards} are pairs of first term and name. */
    record Manifest(int version, int documents, int terms, int documentsPerChunk, List<List<String>> shards,
            List<String> chunks) {
    }

    private SearchIndex() {
    }

    /**
     * The files of the index of {@code documents} (document {@code n} is the list's item {@code n}),
     * by path inside the index's folder.
     */
    static SortedMap<String, byte[]> files(ObjectMapper json, List<IndexedDocument> documents) {
        List<TermShards.Shard> shards = TermShards.of(documents, SHARD_BYTES);
        // Hashing names the files: on every core, as there are thousands.
        List<Named> namedShards = shards.parallelStream().map(shard -> Named.of(shard.json())).toList();
        List<Named> namedChunks = IntStream.range(0, (documents.size() + DOCUMENTS_PER_CHUNK - 1) / DOCUMENTS_PER_CHUNK)
                .parallel().mapToObj(i -> Named.of(chunk(documents.subList(i * DOCUMENTS_PER_CHUNK,
                        Math.min(documents.size(), (i + 1) * DOCUMENTS_PER_CHUNK)))))
                .toList();

        SortedMap<String, byte[]> files = new TreeMap<>();
        List<List<String>> shardList = new ArrayList<>();
        int terms = 0;
        for (int i = 0; i < shards.size(); i++) {
            shardList.add(List.of(shards.get(i).first(), namedShards.get(i).name()));
            files.put(SHARDS + namedShards.get(i).name() + ".json", namedShards.get(i).bytes());
            terms += shards.get(i).terms();
        }
        for (Named chunk : namedChunks) {
            files.put(CHUNKS + chunk.name() + ".json", chunk.bytes());
        }
        Manifest manifest = new Manifest(VERSION, documents.size(), terms, DOCUMENTS_PER_CHUNK, shardList,
                namedChunks.stream().map(Named::name).toList());
        try {
            files.put(MANIFEST, json.writeValueAsBytes(manifest));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a record of strings and numbers always serializes", e);
        }
        return files;
    }

    /**
     * A file named by the first 40 bits of its hash (ten hex digits: two of a site's thousands of
     * files share a name once in millions of sites).
     */
    private record Named(String name, byte[] bytes) {
        static Named of(byte[] bytes) {
            return new Named(Digest.of(bytes, 0, bytes.length).substring(0, NAME_LENGTH), bytes);
        }
    }

    private static byte[] chunk(List<IndexedDocument> documents) {
        ByteArrayOutputStream chunk = new ByteArrayOutputStream();
        for (IndexedDocument document : documents) {
            chunk.write(chunk.size() == 0 ? '[' : ',');
            chunk.writeBytes(document.shown());
        }
        chunk.write(']');
        return chunk.toByteArray();
    }
}
