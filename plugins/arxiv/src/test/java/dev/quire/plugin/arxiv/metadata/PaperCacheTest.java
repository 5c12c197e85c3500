package dev.quire.plugin.arxiv.metadata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quire.diagnostics.QuireException;
import dev.quire.plugin.arxiv.Fixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PaperCacheTest {

    @TempDir
    Path dir;

    private static List<PaperMetadata> seed() throws Exception {
        return ArxivAtom.read(Fixtures.arxiv("batch-seed-papers.xml")).stream()
                .map(e -> ((ArxivAtom.Paper) e).metadata().fetchedAt(Instant.parse("2025-11-28T06:00:00Z"))).toList();
    }

    private static <T> List<T> reversed(List<T> list) {
        List<T> copy = new java.util.ArrayList<>(list);
        java.util.Collections.reverse(copy);
        return copy;
    }

    @Test
    void aMissingFileIsAnEmptyCache() {
        PaperCache cache = PaperCache.load(dir.resolve("papers.json"), "papers.json");
        assertThat(cache.all()).isEmpty();
        assertThat(dir.resolve("papers.json")).doesNotExist();
    }

    @Test
    void writesTheSameBytesWhateverTheOrderPapersCameIn() throws Exception {
        List<PaperMetadata> papers = seed();
        PaperCache forward = PaperCache.load(dir.resolve("a.json"), "a.json");
        forward.putAll(papers);
        PaperCache backward = PaperCache.load(dir.resolve("b.json"), "b.json");
        backward.putAll(reversed(papers));
        assertThat(forward.save()).isTrue();
        assertThat(backward.save()).isTrue();
        assertThat(Files.readAllBytes(dir.resolve("a.json"))).isEqualTo(Files.readAllBytes(dir.resolve("b.json")));
    }

    @Test
    void writesReadablePrettyJsonSortedByIdWithAStableFieldOrder() throws Exception {
        PaperCache cache = PaperCache.load(dir.resolve("papers.json"), "papers.json");
        cache.putAll(reversed(seed()));
        cache.save();
        String text = Files.readString(dir.resolve("papers.json"));
        assertThat(text).startsWith("{\n  \"format\": 1,\n  \"papers\": [\n    {\n      \"id\": \"2511.19757\",\n"
                + "      \"version\": 1,\n      \"title\": \"What does it mean to understand language?\",\n"
                + "      \"authors\": [\n        \"Colton Casto\",\n");
        assertThat(text).endsWith("      \"fetched\": \"2025-11-28T06:00:00Z\"\n    }\n  ]\n}\n");
        assertThat(text).contains("\"published\": \"2025-11-24T22:21:55Z\"", "\"primaryCategory\": \"cs.CL\"")
                .doesNotContain("\r", "\"comment\"", "null");
        assertThat(text.indexOf("2511.19757")).isLessThan(text.indexOf("2511.20937"));
        assertThat(text.indexOf("2511.20937")).isLessThan(text.indexOf("2511.21541"));
    }

    @Test
    void readsBackWhatItWrote() throws Exception {
        PaperCache cache = PaperCache.load(dir.resolve("papers.json"), "papers.json");
        cache.putAll(seed());
        cache.save();
        PaperCache again = PaperCache.load(dir.resolve("papers.json"), "papers.json");
        assertThat(again.all()).isEqualTo(seed());
        assertThat(again.save()).as("unchanged, so not written").isFalse();
    }

    @Test
    void keepsWhatHuggingFaceSaysBeyondUpvotesAndReadsItBack() throws Exception {
        HubSignals hub = new HubSignals(1234, "A summary.", List.of("world model", "agents"), 3, 1, 0,
                "https://cdn-thumbnails.huggingface.co/social-thumbnails/papers/2511.21541.png");
        PaperMetadata paper = seed().get(0).withHuggingFace(new HuggingFaceClient.Info(true, 12, null, null, hub));
        PaperCache cache = PaperCache.load(dir.resolve("papers.json"), "papers.json");
        cache.putAll(List.of(paper));
        cache.save();

        String text = Files.readString(dir.resolve("papers.json"));
        assertThat(text).contains("\"hub\": {", "\"githubStars\": 1234", "\"aiKeywords\": [", "\"spaces\": 0");
        assertThat(PaperCache.load(dir.resolve("papers.json"), "papers.json").get(paper.id())).contains(paper);
        assertThat(paper.fetchedAt(Instant.EPOCH).withHuggingFace(new HuggingFaceClient.Info(false, null, null, null,
                null)).hub()).as("a paper Hugging Face no longer lists keeps nothing it said").isNull();
    }

    @Test
    void aRefreshFromArxivAloneKeepsWhatHuggingFaceSaid() throws Exception {
        HubSignals hub = new HubSignals(7, null, List.of(), null, null, 2, null);
        PaperMetadata earlier = seed().get(0).withHuggingFace(new HuggingFaceClient.Info(true, 3, null, null, hub));
        assertThat(seed().get(0).keepingHuggingFaceOf(earlier).hub()).isEqualTo(hub);
    }

    @Test
    void replacesTheFileAtomicallyAndLeavesNoTemporaryFile() throws Exception {
        Path file = dir.resolve("papers.json");
        Files.writeString(file, "{\"format\": 1, \"papers\": []}\n");
        PaperCache cache = PaperCache.load(file, "papers.json");
        cache.putAll(seed());
        cache.save();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
        assertThat(PaperCache.load(file, "papers.json").all()).hasSize(3);
    }

    @Test
    void namesTheLineOfInvalidJson() throws Exception {
        Path file = dir.resolve("papers.json");
        Files.writeString(file, "{\n  \"format\": 1,\n  \"papers\": [\n    {\"id\": \"2511.21541\",\n     \"title\": oops}\n  ]\n}\n");
        assertThatThrownBy(() -> PaperCache.load(file, "papers.json")).isInstanceOfSatisfying(QuireException.class, e -> {
            assertThat(e.file()).isEqualTo("papers.json");
            assertThat(e.line()).isEqualTo(5);
            assertThat(e.getMessage()).startsWith("the paper cache is not valid: Unrecognized token 'oops'")
                    .endsWith("fix it, or delete it to fetch every paper again");
        });
    }

    @Test
    void namesTheLineOfATruncatedFile() throws Exception {
        Path file = dir.resolve("papers.json");
        Files.writeString(file, "{\n  \"format\": 1,\n  \"papers\": [\n    {\"id\": \"2511.21541\",");
        assertThatThrownBy(() -> PaperCache.load(file, "papers.json")).isInstanceOfSatisfying(QuireException.class,
                e -> assertThat(e.line()).isEqualTo(4));
    }

    @Test
    void namesTheLineOfABadDate() throws Exception {
        Path file = dir.resolve("papers.json");
        Files.writeString(file, "{\"papers\": [\n{\"id\": \"2511.21541\", \"title\": \"T\",\n\"published\": \"last week\"}]}");
        assertThatThrownBy(() -> PaperCache.load(file, "papers.json")).isInstanceOfSatisfying(QuireException.class, e -> {
            assertThat(e.line()).isEqualTo(3);
            assertThat(e.getMessage()).contains("last week");
        });
    }

    @Test
    void refusesEntriesThatAreNotPapers() throws Exception {
        assertInvalid("[]", 1, "must be a JSON object");
        assertInvalid("{\"papers\": {}}", 1, "\"papers\" must be a list");
        assertInvalid("{\"papers\": [\n{\"title\": \"T\"}]}", 2, "has a paper without an \"id\"");
        assertInvalid("{\"papers\": [\n{\"id\": \"nonsense\", \"title\": \"T\"}]}", 2, "'nonsense' is not an arXiv id");
        assertInvalid("{\"papers\": [\n{\"id\": \"2511.21541v2\", \"title\": \"T\"}]}", 2, "without version");
        assertInvalid("{\"papers\": [\n{\"id\": \"2511.21541\"}]}", 2, "the paper 2511.21541 has no title");
        assertInvalid("{\"papers\": [{\"id\": \"2511.21541\", \"title\": \"T\"},\n{\"id\": \"2511.21541\", \"title\": \"T\"}]}",
                2, "the paper 2511.21541 is listed twice");
        assertInvalid("{\"format\": 7, \"papers\": []}", 1, "written by a newer Quire (format 7)");
    }

    @Test
    void ignoresFieldsItDoesNotKnow() throws Exception {
        Path file = dir.resolve("papers.json");
        Files.writeString(file, "{\"generator\": {\"name\": \"x\"}, \"papers\": [{\"id\": \"2511.21541\", \"title\": \"T\", \"extra\": [1]}]}");
        assertThat(PaperCache.load(file, "papers.json").get("2511.21541")).hasValueSatisfying(
                p -> assertThat(p.title()).isEqualTo("T"));
    }

    private void assertInvalid(String json, int line, String message) throws Exception {
        Path file = dir.resolve("bad.json");
        Files.write(file, json.getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> PaperCache.load(file, "bad.json")).isInstanceOfSatisfying(QuireException.class, e -> {
            assertThat(e.getMessage()).contains(message);
            assertThat(e.line()).isEqualTo(line);
        });
    }

    @Test
    void aRevisionNamesWhatTheCacheKnowsOfOnePaper() throws Exception {
        List<PaperMetadata> papers = seed();
        PaperCache written = PaperCache.load(dir.resolve("papers.json"), "papers.json");
        written.putAll(papers);
        written.save();
        PaperMetadata first = papers.get(0);
        PaperMetadata changed = first.withHuggingFace(new HuggingFaceClient.Info(true, 12, null, null, null));

        PaperCache.Contents read = PaperCache.read(dir.resolve("papers.json"), "papers.json");
        PaperCache again = PaperCache.of(dir.resolve("papers.json"), "papers.json", read);
        String revision = again.revision(first.id());
        String other = again.revision(papers.get(1).id());
        again.putAll(List.of(changed));

        assertThat(read.papers().values()).containsExactlyElementsOf(papers);
        assertThat(PaperCache.read(dir.resolve("papers.json"), "papers.json")).isEqualTo(read);
        assertThat(revision).isNotNull().isNotEqualTo(other);
        assertThat(again.revision(first.id())).isNotEqualTo(revision);
        assertThat(again.revision(papers.get(1).id())).as("unchanged").isEqualTo(other);
        assertThat(again.revision("0000.00000")).isNull();
        assertThat(read.revisions().get(first.id())).as("what was read stays as it was").isEqualTo(revision);
    }
}
