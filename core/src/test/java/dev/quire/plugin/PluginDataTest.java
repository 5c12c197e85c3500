package dev.quire.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PluginDataTest {

    record Paper(String title, String absUrl) {
    }

    @Test
    void readsARecordByComponentAndAMapByKey() {
        assertThat(PluginData.property(new Paper("Attention", "https://arxiv.org/abs/1706.03762"), "absUrl"))
                .isEqualTo("https://arxiv.org/abs/1706.03762");
        assertThat(PluginData.property(Map.of("title", "BERT"), "title")).isEqualTo("BERT");
        assertThat(PluginData.property(new Paper("A", null), "missing")).isNull();
        assertThat(PluginData.property("a string", "title")).isNull();
        assertThat(PluginData.property(null, "title")).isNull();
    }

    @Test
    void listsTheTextsOfAPartInOrderLeavingOutBlanks() {
        Map<String, Object> untitled = new LinkedHashMap<>();
        untitled.put("title", null);
        List<Object> papers = List.of(new Paper(" ResNet ", null), Map.of("title", "  "), untitled, Map.of("title", "BERT"));
        assertThat(PluginData.texts(papers, "title")).containsExactly("ResNet", "BERT");
        assertThat(PluginData.texts("not a list", "title")).isEmpty();
    }
}
