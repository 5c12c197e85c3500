package dev.quire.plugin.search;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * One entry of the index as UTF-8 JSON, made once per version of what it shows. The index is put
 * together from its parts as bytes, so a changed entry costs one entry's serialisation, and an
 * index of tens of megabytes is not held as text.
 */
final class IndexPart implements Serializable {

    private static final byte[] START = "{\"entries\":[".getBytes(StandardCharsets.UTF_8);
    private static final byte[] END = "]}".getBytes(StandardCharsets.UTF_8);

    private final byte[] json;

    private IndexPart(byte[] json) {
        this.json = json;
    }

    static IndexPart of(ObjectMapper mapper, SearchEntry entry) {
        String json;
        try {
            json = mapper.writeValueAsString(entry);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an entry of strings always serializes", e);
        }
        return new IndexPart(json.getBytes(StandardCharsets.UTF_8));
    }

    /** The index, {@code {"entries":[...]}}, exactly as Jackson writes the list of entries in a map. */
    static byte[] bytesOf(List<IndexPart> parts) {
        int length = START.length + END.length + Math.max(0, parts.size() - 1);
        for (IndexPart part : parts) {
            length += part.json.length;
        }
        byte[] index = new byte[length];
        System.arraycopy(START, 0, index, 0, START.length);
        int at = START.length;
        for (int i = 0; i < parts.size(); i++) {
            if (i > 0) {
                index[at++] = ',';
            }
            byte[] json = parts.get(i).json;
            System.arraycopy(json, 0, index, at, json.length);
            at += json.length;
        }
        System.arraycopy(END, 0, index, at, END.length);
        return index;
    }
}
