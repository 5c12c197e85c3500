package dev.quire.plugin.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SortedMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The index's files, read the way the theme reads them, against a search of every document. */
class SearchIndexTest {

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private static final String[] ENGLISH = {"video", "generation", "reward", "model", "models", "modeling", "latent",
        "diffusion", "agent", "agents", "benchmark", "reasoning", "vision", "language", "retrieval", "memory",
        "preference", "optimization", "efficient", "sparse", "world", "policy", "token", "tokens", "tokenizer",
        "the", "a", "of", "and", "with", "2511.12345", "2511.21541", "1606.10000", "gpt", "4o", "vlm", "llm"};
    private static final String[] KOREAN = {"방식은", "강화학습", "보상모델을", "추론", "성능", "향상", "논문은",
        "저자들은", "실험", "결과", "데이터셋", "훈련", "속도가", "느려짐", "학습", "모델의", "평가"};
    private static final String[] TAGS = {"llm", "vision", "video", "rl", "agents", "강화학습"};

    /** Posts made of the words above, the same for the same seed, with rare words sprinkled in. */
    static List<SearchEntry> entries(long seed, int count) {
        Random random = new Random(seed);
        List<SearchEntry> entries = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String title = words(random, 2 + random.nextInt(4));
            List<String> tags = random.nextInt(3) == 0 ? List.of(TAGS[random.nextInt(TAGS.length)]) : List.of();
            List<String> papers = List.of(words(random, 3 + random.nextInt(5)));
            String text = words(random, 30 + random.nextInt(200)) + " rare" + Integer.toString(i * 7919 % 1000, 36);
            entries.add(new SearchEntry(title, "/blog/post-" + i + "/", "2025-01-01", tags, papers, text));
        }
        return entries;
    }

    private static String words(Random random, int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            String[] words = random.nextInt(5) < 2 ? KOREAN : ENGLISH;
            text.append(i == 0 ? "" : random.nextInt(12) == 0 ? ". " : " ").append(words[random.nextInt(words.length)]);
        }
        return text.toString();
    }

    static List<IndexedDocument> indexed(List<SearchEntry> entries) {
        return entries.stream().map(entry -> IndexedDocument.of(JSON, entry)).toList();
    }

    /** Each term of {@code document} with its best field. */
    private static Map<String, Integer> fields(IndexedDocument document) {
        Map<String, Integer> fields = new HashMap<>();
        document.forEachTerm((chars, start, length, field) -> {
            String term = new String(chars, start, length);
            assertThat(fields.put(term, field)).as(term).isNull();
        });
        return fields;
    }

    /** The search by reading every document's terms, with the script's ranking. */
    private static List<ClientLookup.Hit> everyDocument(List<IndexedDocument> documents, String query) {
        List<String> terms = new ArrayList<>(new LinkedHashSet<>(Terms.of(query)));
        String last = terms.isEmpty() ? null : terms.get(terms.size() - 1);
        boolean prefix = !query.endsWith(" ") && last != null && ClientLookup.isPrefixable(last);
        List<ClientLookup.Hit> hits = new ArrayList<>();
        for (int number = 0; number < documents.size() && !terms.isEmpty(); number++) {
            Map<String, Integer> fields = fields(documents.get(number));
            int total = 0;
            for (String term : terms) {
                int best = 0;
                for (Map.Entry<String, Integer> candidate : fields.entrySet()) {
                    boolean exact = candidate.getKey().equals(term);
                    if (exact || prefix && term.equals(last) && candidate.getKey().startsWith(term)) {
                        best = Math.max(best, ClientLookup.WEIGHTS[candidate.getValue()] * (exact ? 2 : 1));
                    }
                }
                if (best == 0) {
                    total = 0;
                    break;
                }
                total += best;
            }
            if (total > 0) {
                hits.add(new ClientLookup.Hit(number, total));
            }
        }
        hits.sort(Comparator.comparingInt(ClientLookup.Hit::score).reversed()
                .thenComparing(ClientLookup.Hit::document, Comparator.reverseOrder()));
        return hits;
    }

    @Test
    void aSearchReadingOnlyItsShardsFindsWhatASearchOfEveryDocumentFinds() {
        List<IndexedDocument> documents = indexed(entries(1, 3000));
        SortedMap<String, byte[]> files = SearchIndex.files(JSON, documents);
        List<String> queries = List.of("video", "Reward Model", "models ", "mod", "token", "tok", "2511.12345",
                "2511", "방식", "학습", "강화학습", "보상모델", "보", "모델 성능", "GPT-4o", "vlm 추론", "rare1",
                "rare1z", "the video", "nothing-like-this", "...", "a", "저자들은 video gen");
        for (String query : queries) {
            ClientLookup client = new ClientLookup(files::get);

            List<ClientLookup.Hit> hits = client.search(query);

            assertThat(hits).as(query).isEqualTo(everyDocument(documents, query));
            long shardsRead = client.read().stream().filter(path -> path.startsWith("terms/")).count();
            assertThat(shardsRead).as(query).isLessThan((long) Terms.of(query).size() - 1 + ClientLookup.MAX_PREFIX_SHARDS);
        }
        assertThat(new ClientLookup(files::get).search("video")).hasSizeGreaterThan(100);
        assertThat(new ClientLookup(files::get).search("학습")).hasSizeGreaterThan(100);
        assertThat(new ClientLookup(files::get).search("rare1z")).hasSizeBetween(1, 10);
    }

    @Test
    void resultsShowTheirDocumentsFromTheChunksTheyNeed() {
        List<SearchEntry> entries = entries(2, 500);
        SortedMap<String, byte[]> files = SearchIndex.files(JSON, indexed(entries));
        ClientLookup client = new ClientLookup(files::get);

        List<ClientLookup.Hit> hits = client.search("reward");
        List<JsonNode> shown = client.shown(hits);

        assertThat(shown).hasSize(ClientLookup.RESULTS);
        for (int i = 0; i < shown.size(); i++) {
            SearchEntry entry = entries.get(hits.get(i).document());
            assertThat(shown.get(i).get("url").asText()).isEqualTo(entry.url());
            assertThat(shown.get(i).get("title").asText()).isEqualTo(entry.title());
            assertThat(shown.get(i).get("excerpt").asText()).isEqualTo(entry.excerpt());
        }
        long chunks = hits.stream().limit(ClientLookup.RESULTS)
                .map(hit -> hit.document() / SearchIndex.DOCUMENTS_PER_CHUNK).distinct().count();
        assertThat(client.read().stream().filter(path -> path.startsWith("docs/"))).hasSize((int) chunks);
    }

    @Test
    void anExcerptIsTheStartOfTheTextCutAtASpace() {
        String english = "Reward feedback learning helps with human preference. ".repeat(5);
        String korean = "방식은사람의선호에큰도움이된다".repeat(20);

        String cut = entry(english).excerpt();
        assertThat(cut).endsWith("…").hasSizeLessThanOrEqualTo(SearchEntry.EXCERPT_LENGTH);
        assertThat(english).startsWith(cut.substring(0, cut.length() - 1) + " ");
        assertThat(entry(korean).excerpt()).isEqualTo(korean.substring(0, SearchEntry.EXCERPT_LENGTH - 1) + "…");
        assertThat(entry("Short text.").excerpt()).isEqualTo("Short text.");
        assertThat(entry("a" + "😀".repeat(100)).excerpt()).isEqualTo("a" + "😀".repeat(79) + "…");
    }

    private static SearchEntry entry(String text) {
        return new SearchEntry("T", "/t/", null, List.of(), List.of(), text);
    }

    @Test
    void aTitleHitRanksAboveATextHit() {
        List<SearchEntry> entries = List.of(
                new SearchEntry("Other", "/a/", null, List.of(), List.of(), "a post on diffusion"),
                new SearchEntry("Diffusion", "/b/", null, List.of(), List.of(), "a post"),
                new SearchEntry("Other", "/c/", null, List.of("diffusion"), List.of(), "a post"),
                new SearchEntry("Other", "/d/", null, List.of(), List.of("Diffusion Models"), "a post"));
        ClientLookup client = new ClientLookup(SearchIndex.files(JSON, indexed(entries))::get);

        assertThat(client.search("diffusion")).extracting(ClientLookup.Hit::document).containsExactly(1, 2, 3, 0);
        assertThat(client.search("diff")).extracting(ClientLookup.Hit::document).containsExactly(1, 2, 3, 0);
    }

    @Test
    void aPrefixOfVeryManyWordsIsCompletedWithTheFirstOfThem() {
        List<SearchEntry> entries = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            int post = i;
            String words = String.join(" ", IntStream.range(0, 120).mapToObj(w -> "pre" + (post * 131 + w * 17) % 5000).toList());
            entries.add(new SearchEntry("Post " + i, "/p" + i + "/", null, List.of(), List.of(), words));
        }
        entries.add(new SearchEntry("Pre", "/pre/", null, List.of(), List.of(), "pre"));
        List<IndexedDocument> documents = indexed(entries);
        SortedMap<String, byte[]> files = SearchIndex.files(JSON, documents);
        ClientLookup client = new ClientLookup(files::get);

        List<ClientLookup.Hit> hits = client.search("pre");

        assertThat(client.read().stream().filter(path -> path.startsWith("terms/"))).hasSize(ClientLookup.MAX_PREFIX_SHARDS);
        List<ClientLookup.Hit> all = everyDocument(documents, "pre");
        assertThat(hits).hasSizeBetween(10, all.size() - 1);
        assertThat(all).containsAll(hits);
        assertThat(hits.get(0).document()).isEqualTo(400);
        assertThat(hits).extracting(ClientLookup.Hit::document)
                .containsAll(everyDocument(documents, "pre0 ").stream().map(ClientLookup.Hit::document).toList());
        assertThat(new ClientLookup(files::get).search("pre4999")).isEqualTo(everyDocument(documents, "pre4999"));
    }

    @Test
    void theSameDocumentsGiveTheSameBytes() {
        SortedMap<String, byte[]> first = SearchIndex.files(JSON, indexed(entries(3, 800)));
        SortedMap<String, byte[]> second = SearchIndex.files(JSON, indexed(entries(3, 800)));

        assertThat(second.keySet()).isEqualTo(first.keySet());
        first.forEach((path, bytes) -> assertThat(second.get(path)).as(path).isEqualTo(bytes));
    }

    @Test
    void aNewPostChangesOnlyTheLastChunk() {
        List<SearchEntry> entries = new ArrayList<>(entries(4, 995));
        SortedMap<String, byte[]> before = SearchIndex.files(JSON, indexed(entries));
        entries.add(new SearchEntry("Brand new", "/new/", "2026-01-01", List.of(), List.of(), "zzz unusual words"));
        SortedMap<String, byte[]> after = SearchIndex.files(JSON, indexed(entries));

        List<String> changed = after.keySet().stream().filter(path -> !before.containsKey(path)).toList();
        assertThat(changed).filteredOn(path -> path.startsWith("docs/")).hasSize(1);
    }

    @Test
    void shardsAndChunksStaySmall() throws Exception {
        List<IndexedDocument> documents = indexed(entries(5, 3000));
        SortedMap<String, byte[]> files = SearchIndex.files(JSON, documents);
        JsonNode manifest = JSON.readTree(files.get(SearchIndex.MANIFEST));

        assertThat(manifest.get("version").asInt()).isEqualTo(SearchIndex.VERSION);
        assertThat(manifest.get("documents").asInt()).isEqualTo(3000);
        assertThat(manifest.get("chunks")).hasSize(300);
        assertThat(manifest.get("shards").size()).isGreaterThan(5);
        Map<String, Integer> termsPerShard = new HashMap<>();
        for (JsonNode shard : manifest.get("shards")) {
            byte[] bytes = files.get(SearchIndex.SHARDS + shard.get(1).asText() + ".json");
            int terms = JSON.readTree(bytes).size();
            termsPerShard.put(shard.get(1).asText(), terms);
            assertThat(bytes.length <= SearchIndex.SHARD_BYTES || terms == 1).as(shard.toString()).isTrue();
        }
        assertThat(termsPerShard.values().stream().mapToInt(Integer::intValue).sum())
                .isEqualTo(manifest.get("terms").asInt())
                .isEqualTo((int) documents.stream().flatMap(d -> fields(d).keySet().stream()).distinct().count());
        assertThat(files).hasSize(1 + manifest.get("shards").size() + manifest.get("chunks").size());
        for (JsonNode chunk : manifest.get("chunks")) {
            assertThat(JSON.readTree(files.get(SearchIndex.CHUNKS + chunk.asText() + ".json"))).hasSizeLessThanOrEqualTo(SearchIndex.DOCUMENTS_PER_CHUNK);
        }
    }
}
