package dev.quire.plugin.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The index put together from its parts is the index Jackson writes from the list of entries. */
class IndexPartTest {

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private static final List<SearchEntry> ENTRIES = List.of(
            new SearchEntry("2025-11-28 논문 리뷰", "/blog/2025/11/28/papers-review/", "2025-11-28", List.of("video", "보상"),
                    List.of("Video \"Generation\" Models"), "텍스트 with <tags> & \\ and \u2028 and 😀"),
            new SearchEntry("About", "/about/", null, List.of(), List.of(), "About this blog."),
            new SearchEntry("Empty", "/empty/", "2024-01-01", List.of(), List.of(), ""));

    private static List<IndexPart> parts(List<SearchEntry> entries) {
        return entries.stream().map(entry -> IndexPart.of(JSON, entry)).toList();
    }

    @Test
    void isByteForByteWhatJacksonWritesForTheWholeList() throws Exception {
        for (int size = 0; size <= ENTRIES.size(); size++) {
            List<SearchEntry> entries = ENTRIES.subList(0, size);
            byte[] whole = JSON.writeValueAsString(Map.of("entries", entries)).getBytes(StandardCharsets.UTF_8);

            assertThat(new String(IndexPart.bytesOf(parts(entries)), StandardCharsets.UTF_8)).as("%d entries", size)
                    .isEqualTo(new String(whole, StandardCharsets.UTF_8));
            assertThat(IndexPart.bytesOf(parts(entries))).isEqualTo(whole);
        }
    }
}
