package dev.quire.plugin.arxiv.metadata;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.quire.diagnostics.QuireException;
import dev.quire.plugin.Digest;
import dev.quire.plugin.WholeFiles;
import dev.quire.plugin.arxiv.ArxivId;
import java.io.IOException;
import java.io.Serializable;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * {@code papers.json}: the metadata of every known paper, kept in the site and committed, so that
 * builds are reproducible and work offline. The file is written the same way every time (papers
 * sorted by id, fields in a fixed order, two-space indents, a final newline) and atomically, so a
 * crash never leaves half a file. A file that cannot be read is an error naming its line: it is
 * never silently replaced.
 *
 * <p>Each paper has a {@link #revision}: a short name for its metadata, equal only for equal
 * metadata, for keying what is made from one paper (its BibTeX, its JSON-LD) without comparing the
 * metadata itself. What a file holds can be read once per version of the file ({@link #read}) and
 * opened many times ({@link #of}).
 *
 * <pre>
 * {
 *   "format": 1,
 *   "papers": [
 *     {
 *       "id": "2511.21541",
 *       "version": 1,
 *       "title": "Video Generation Models Are Good Latent Reward Models",
 *       ...
 *     }
 *   ]
 * }
 * </pre>
 */
public final class PaperCache {

    /** The version of the file's layout, for readers of later layouts. */
    public static final int FORMAT = 1;

    private static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .build();

    /** The file as a whole. */
    @JsonPropertyOrder({"format", "papers"})
    private record Layout(int format, List<PaperMetadata> papers) {
    }

    /**
     * What a cache file holds; never changed once read, so it can be kept and opened again.
     *
     * @param papers    every paper, by id
     * @param revisions the {@link PaperCache#revision} of every paper, by id
     */
    public record Contents(SortedMap<String, PaperMetadata> papers, Map<String, String> revisions)
            implements Serializable {

        public Contents {
            papers = Collections.unmodifiableSortedMap(new TreeMap<>(papers));
            revisions = Map.copyOf(revisions);
        }

        private static final Contents EMPTY = new Contents(new TreeMap<>(), Map.of());
    }

    private final Path file;
    private final String name;
    private Contents contents;

    private PaperCache(Path file, String name, Contents contents) {
        this.file = file;
        this.name = name;
        this.contents = contents;
    }

    /**
     * Reads the cache; a missing file is an empty cache.
     *
     * @param name how messages name the file, e.g. {@code papers.json}
     * @throws QuireException naming the file and line when it is not a valid cache
     */
    public static PaperCache load(Path file, String name) {
        return of(file, name, read(file, name));
    }

    /** The cache in {@code file} holding {@code contents}, which {@link #read} read from it earlier. */
    public static PaperCache of(Path file, String name, Contents contents) {
        return new PaperCache(file, name, contents);
    }

    /**
     * What the cache file holds; a missing file holds nothing.
     *
     * @throws QuireException naming the file and line when it is not a valid cache
     */
    public static Contents read(Path file, String name) {
        if (!Files.exists(file)) {
            return Contents.EMPTY;
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new QuireException(name, 0, "cannot read the paper cache: " + e.getMessage(), e);
        }
        return parse(bytes, name);
    }

    private static Contents parse(byte[] bytes, String name) {
        TreeMap<String, PaperMetadata> papers = new TreeMap<>();
        Map<String, String> revisions = new HashMap<>();
        try (JsonParser json = JSON.createParser(bytes)) {
            if (json.nextToken() != JsonToken.START_OBJECT) {
                throw invalid(name, json.currentTokenLocation(), "must be a JSON object with a \"papers\" list");
            }
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                String field = json.currentName();
                JsonToken value = json.nextToken();
                if (field.equals("format")) {
                    if (value != JsonToken.VALUE_NUMBER_INT || json.getIntValue() > FORMAT) {
                        throw invalid(name, json.currentTokenLocation(), "was written by a newer Quire (format "
                                + json.getText() + "); update Quire or delete the file to fetch again");
                    }
                } else if (field.equals("papers")) {
                    readPapers(json, name, bytes, papers, revisions);
                } else {
                    json.skipChildren();
                }
            }
        } catch (JsonProcessingException e) {
            throw invalid(name, e.getLocation(), "is not valid: " + e.getOriginalMessage()
                    + "; fix it, or delete it to fetch every paper again");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Contents(papers, revisions);
    }

    private static void readPapers(JsonParser json, String name, byte[] bytes, TreeMap<String, PaperMetadata> papers,
            Map<String, String> revisions) throws IOException {
        if (json.currentToken() != JsonToken.START_ARRAY) {
            throw invalid(name, json.currentTokenLocation(), "\"papers\" must be a list");
        }
        while (json.nextToken() != JsonToken.END_ARRAY) {
            JsonLocation at = json.currentTokenLocation();
            PaperMetadata paper = JSON.readValue(json, PaperMetadata.class);
            int start = (int) at.getByteOffset();
            int end = (int) json.currentLocation().getByteOffset();
            if (paper.id() == null) {
                throw invalid(name, at, "has a paper without an \"id\"");
            }
            Optional<ArxivId> id = ArxivId.parse(paper.id());
            if (id.isEmpty() || id.get().version() != null) {
                throw invalid(name, at, "'" + paper.id() + "' is not an arXiv id without version, like 2511.21541");
            }
            if (paper.title() == null || paper.title().isBlank()) {
                throw invalid(name, at, "the paper " + paper.id() + " has no title");
            }
            if (papers.putIfAbsent(paper.id(), paper) != null) {
                throw invalid(name, at, "the paper " + paper.id() + " is listed twice");
            }
            // The bytes the paper was read from name its metadata as well as the metadata itself,
            // and hashing them costs far less than writing each paper out again.
            revisions.put(paper.id(), Digest.of(bytes, start, end - start));
        }
    }

    private static String revision(PaperMetadata paper) {
        try {
            byte[] bytes = JSON.writeValueAsBytes(paper);
            return Digest.of(bytes, 0, bytes.length);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("metadata of plain values always serializes", e);
        }
    }

    private static QuireException invalid(String name, JsonLocation at, String message) {
        int line = at == null ? 0 : Math.max(0, at.getLineNr());
        return new QuireException(name, line, "the paper cache " + message);
    }

    /** How messages name the file. */
    public String name() {
        return name;
    }

    public Optional<PaperMetadata> get(String id) {
        return Optional.ofNullable(contents.papers().get(id));
    }

    public boolean contains(String id) {
        return contents.papers().containsKey(id);
    }

    /**
     * A short name for what the cache knows of paper {@code id}: equal revisions mean equal
     * metadata. Null when the cache has no such paper.
     */
    public String revision(String id) {
        return contents.revisions().get(id);
    }

    /** Every paper, by id. */
    public List<PaperMetadata> all() {
        return List.copyOf(contents.papers().values());
    }

    /** Adds or replaces papers (in memory; {@link #save} writes them). */
    public void putAll(Collection<PaperMetadata> found) {
        if (found.isEmpty()) {
            return;
        }
        TreeMap<String, PaperMetadata> papers = new TreeMap<>(contents.papers());
        Map<String, String> revisions = new HashMap<>(contents.revisions());
        found.forEach(paper -> {
            papers.put(paper.id(), paper);
            revisions.put(paper.id(), revision(paper));
        });
        contents = new Contents(papers, revisions);
    }

    /** The text of the file for the papers in memory. */
    private String text() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
        StringWriter out = new StringWriter();
        try {
            JSON.writer(printer).writeValue(out, new Layout(FORMAT, new ArrayList<>(contents.papers().values())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out + "\n";
    }

    /**
     * Writes the file when its text changed: to a temporary file beside it, then moved over it.
     *
     * @return true when the file was written
     */
    public boolean save() throws IOException {
        byte[] bytes = text().getBytes(StandardCharsets.UTF_8);
        if (Files.exists(file) && java.util.Arrays.equals(Files.readAllBytes(file), bytes)) {
            return false;
        }
        WholeFiles.write(file, bytes);
        return true;
    }
}
