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
import dev.quire.plugin.WholeFiles;
import dev.quire.plugin.arxiv.ArxivId;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/**
 * {@code papers.json}: the metadata of every known paper, kept in the site and committed, so that
 * builds are reproducible and work offline. The file is written the same way every time (papers
 * sorted by id, fields in a fixed order, two-space indents, a final newline) and atomically, so a
 * crash never leaves half a file. A file that cannot be read is an error naming its line: it is
 * never silently replaced.
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

    private final Path file;
    private final String name;
    private final TreeMap<String, PaperMetadata> papers;

    private PaperCache(Path file, String name, TreeMap<String, PaperMetadata> papers) {
        this.file = file;
        this.name = name;
        this.papers = papers;
    }

    /**
     * Reads the cache; a missing file is an empty cache.
     *
     * @param name how messages name the file, e.g. {@code papers.json}
     * @throws QuireException naming the file and line when it is not a valid cache
     */
    public static PaperCache load(Path file, String name) {
        if (!Files.exists(file)) {
            return new PaperCache(file, name, new TreeMap<>());
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new QuireException(name, 0, "cannot read the paper cache: " + e.getMessage(), e);
        }
        return new PaperCache(file, name, parse(bytes, name));
    }

    private static TreeMap<String, PaperMetadata> parse(byte[] bytes, String name) {
        TreeMap<String, PaperMetadata> papers = new TreeMap<>();
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
                    readPapers(json, name, papers);
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
        return papers;
    }

    private static void readPapers(JsonParser json, String name, TreeMap<String, PaperMetadata> papers) throws IOException {
        if (json.currentToken() != JsonToken.START_ARRAY) {
            throw invalid(name, json.currentTokenLocation(), "\"papers\" must be a list");
        }
        while (json.nextToken() != JsonToken.END_ARRAY) {
            JsonLocation at = json.currentTokenLocation();
            PaperMetadata paper = JSON.readValue(json, PaperMetadata.class);
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
        return Optional.ofNullable(papers.get(id));
    }

    public boolean contains(String id) {
        return papers.containsKey(id);
    }

    /** Every paper, by id. */
    public List<PaperMetadata> all() {
        return List.copyOf(papers.values());
    }

    /** Adds or replaces papers (in memory; {@link #save} writes them). */
    public void putAll(Collection<PaperMetadata> found) {
        found.forEach(paper -> papers.put(paper.id(), paper));
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
            JSON.writer(printer).writeValue(out, new Layout(FORMAT, new ArrayList<>(papers.values())));
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
