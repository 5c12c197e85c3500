package dev.quire.internal.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quire.diagnostics.QuireException;
import org.junit.jupiter.api.Test;

class YamlDocumentTest {

    @Test
    void remembersTheLineOfEveryKeyAndItem() {
        YamlDocument doc = YamlDocument.parse("""
                title: Hello
                tags:
                  - a
                  - b
                blog:
                  path: posts
                """, "quire.yml", 1);
        assertThat(doc.root().get("title").asText()).isEqualTo("Hello");
        assertThat(doc.line("/title")).isEqualTo(1);
        assertThat(doc.line("/tags/1")).isEqualTo(4);
        assertThat(doc.line("/blog/path")).isEqualTo(6);
        assertThat(doc.line("/blog/missing")).isEqualTo(5);
    }

    @Test
    void countsLinesFromWhereTheYamlStartsInItsFile() {
        YamlDocument doc = YamlDocument.parse("a: 1\nb: 2\n", "blog/x.md", 2);
        assertThat(doc.line("/b")).isEqualTo(3);
    }

    @Test
    void readsYaml12CoreScalars() {
        YamlDocument doc = YamlDocument.parse("""
                n: 12
                f: 1.5
                t: true
                yes_is_text: yes
                nul: ~
                date: 2025-11-28
                hex: 0x1F
                """, "x", 1);
        assertThat(doc.root().get("n").isInt()).isTrue();
        assertThat(doc.root().get("f").asDouble()).isEqualTo(1.5);
        assertThat(doc.root().get("t").booleanValue()).isTrue();
        assertThat(doc.root().get("yes_is_text").asText()).isEqualTo("yes");
        assertThat(doc.root().get("nul").isNull()).isTrue();
        assertThat(doc.root().get("date").asText()).isEqualTo("2025-11-28");
        assertThat(doc.root().get("hex").asInt()).isEqualTo(31);
    }

    @Test
    void aSyntaxErrorNamesItsLine() {
        assertThatThrownBy(() -> YamlDocument.parse("title: ok\ntags: [a, b\nx: 1\n", "blog/p.md", 2))
                .isInstanceOf(QuireException.class)
                .hasMessageStartingWith("invalid YAML")
                .satisfies(e -> assertThat(((QuireException) e).line()).isBetween(3, 5));
    }

    @Test
    void refusesDuplicateKeys() {
        assertThatThrownBy(() -> YamlDocument.parse("a: 1\nb: 2\na: 3\n", "x.yml", 1))
                .isInstanceOf(QuireException.class).hasMessage("duplicate key 'a'")
                .satisfies(e -> assertThat(((QuireException) e).line()).isEqualTo(3));
    }

    @Test
    void refusesCustomTags() {
        assertThatThrownBy(() -> YamlDocument.parse("x: !!java.io.File /etc/passwd\n", "x.yml", 1))
                .isInstanceOf(QuireException.class).hasMessageContaining("tag").hasMessageContaining("not allowed");
    }

    @Test
    void refusesAnAliasBomb() {
        StringBuilder bomb = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x]\n");
        char previous = 'a';
        for (char c = 'b'; c <= 'j'; c++) {
            bomb.append(c).append(": &").append(c).append(" [");
            for (int i = 0; i < 9; i++) {
                bomb.append(i == 0 ? "" : ", ").append('*').append(previous);
            }
            bomb.append("]\n");
            previous = c;
        }
        assertThatThrownBy(() -> YamlDocument.parse(bomb.toString(), "x.yml", 1))
                .isInstanceOf(QuireException.class);
    }

    @Test
    void refusesASmallBombThatExpandsTooMuch() {
        StringBuilder bomb = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
        char previous = 'a';
        for (char c = 'b'; c <= 'f'; c++) {
            bomb.append(c).append(": &").append(c).append(" [*").append(previous).append(", *")
                    .append(previous).append(", *").append(previous).append(", *").append(previous)
                    .append(", *").append(previous).append(", *").append(previous).append(", *").append(previous)
                    .append(", *").append(previous).append("]\n");
            previous = c;
        }
        assertThatThrownBy(() -> YamlDocument.parse(bomb.toString(), "x.yml", 1))
                .isInstanceOf(QuireException.class).hasMessageContaining("more than");
    }

    @Test
    void anEmptyDocumentHasAMissingRoot() {
        assertThat(YamlDocument.parse("# only a comment\n", "x", 1).root().isMissingNode()).isTrue();
    }
}
