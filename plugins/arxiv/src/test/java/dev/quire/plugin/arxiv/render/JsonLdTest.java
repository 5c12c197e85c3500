package dev.quire.plugin.arxiv.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.quire.plugin.arxiv.Hostile;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonLdTest {

    @Test
    void describesThePostsCitationsAsScholarlyArticles() throws Exception {
        String script = JsonLd.script("BlogPosting", "https://papers.example.org/blog/2025/11/01/x/",
                List.of(Hostile.paper()));
        assertThat(script).startsWith("<script type=\"application/ld+json\">").endsWith("</script>");
        JsonNode json = new ObjectMapper().readTree(script.substring(script.indexOf('>') + 1, script.lastIndexOf("</script>")));
        assertThat(json.get("@type").asText()).isEqualTo("BlogPosting");
        assertThat(json.get("@id").asText()).isEqualTo("https://papers.example.org/blog/2025/11/01/x/");
        JsonNode article = json.get("citation").get(0);
        assertThat(article.get("@type").asText()).isEqualTo("ScholarlyArticle");
        assertThat(article.get("name").asText()).isEqualTo(Hostile.TITLE);
        assertThat(article.get("author").get(0).get("name").asText()).isEqualTo(Hostile.AUTHOR);
        assertThat(article.get("identifier").asText()).isEqualTo("arXiv:2511.00666");
        assertThat(article.get("datePublished").asText()).isEqualTo("2025-11-01");
        assertThat(article.get("sameAs").get(0).asText()).isEqualTo("https://doi.org/10.1234/evil\"><x>");
    }

    @Test
    void nothingInTheMetadataCanCloseTheScriptElement() {
        String script = JsonLd.script("BlogPosting", "/x/", List.of(Hostile.paper()));
        String body = script.substring("<script type=\"application/ld+json\">".length(), script.length() - "</script>".length());
        assertThat(body).doesNotContain("<", ">", "&").contains("\\u003c/script\\u003e");
    }
}
