package dev.quire.internal.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quire.diagnostics.QuireException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceTextTest {

    @Test
    void splitsFrontMatterFromTheBody() {
        SourceText text = SourceText.parse("---\ntitle: A\ntags: [x]\n---\n# Body\n", "p.md");
        assertThat(text.frontMatter()).isEqualTo("title: A\ntags: [x]\n");
        assertThat(text.body()).isEqualTo("# Body\n");
        assertThat(text.bodyFirstLine()).isEqualTo(5);
    }

    @Test
    void aFileWithoutFrontMatterIsAllBody() {
        SourceText text = SourceText.parse("import x from './x.png';\n\n# 2025-11-28 papers review\n", "p.mdx");
        assertThat(text.frontMatter()).isNull();
        assertThat(text.bodyFirstLine()).isEqualTo(1);
    }

    @Test
    void dropsAByteOrderMarkAndWindowsLineEnds() {
        SourceText text = SourceText.parse("\uFEFF---\r\ntitle: A\r\n---\r\nBody\r\n", "p.md");
        assertThat(text.frontMatter()).isEqualTo("title: A\n");
        assertThat(text.body()).isEqualTo("Body\n");
    }

    @Test
    void anUnclosedFrontMatterIsAnErrorAtLineOne() {
        assertThatThrownBy(() -> SourceText.parse("---\ntitle: A\n\nBody\n", "blog/p.md"))
                .isInstanceOf(QuireException.class)
                .hasMessageContaining("never closed")
                .satisfies(e -> assertThat(((QuireException) e).line()).isEqualTo(1));
    }

    @Test
    void anEmptyFileIsAnError() {
        assertThatThrownBy(() -> SourceText.parse(" \n\n", "blog/p.md"))
                .isInstanceOf(QuireException.class).hasMessageContaining("empty");
    }

    @Test
    void aFileThatIsNotUtf8NamesTheLineOfTheBadByte(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("p.md");
        byte[] latin1 = "# Title\n\nCaf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
        Files.write(file, latin1);
        assertThatThrownBy(() -> SourceText.read(file, "blog/p.md"))
                .isInstanceOf(QuireException.class)
                .hasMessageContaining("not UTF-8")
                .satisfies(e -> assertThat(((QuireException) e).line()).isEqualTo(3));
    }
}
