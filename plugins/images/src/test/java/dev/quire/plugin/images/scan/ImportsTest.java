package dev.quire.plugin.images.scan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.model.MdxImport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ImportsTest {

    @ParameterizedTest
    @CsvSource({
            "./asset/blog_20251127_img1.png, IMAGE",
            "../shared/Figure.JPEG, IMAGE",
            "@site/static/img/logo.svg, IMAGE",
            "./paper.pdf, FILE",
            "./data/results.csv, FILE",
            "@theme/Tabs, CODE",
            "@site/src/components/Chart, CODE",
            "./Chart.jsx, CODE",
            "./_partial.mdx, CODE",
            "./data.json, CODE",
            "react, CODE",
            "/etc/passwd.png, ABSOLUTE"})
    void sortsImportsByWhatTheyBring(String from, Imports.Kind kind) {
        assertThat(Imports.kind(new MdxImport("x", from, 1))).isEqualTo(kind);
    }

    @ParameterizedTest
    @CsvSource({"./a/b.PNG, png", "./a.b/c, ''", "./x.pdf?download=1#page=2, pdf", "./.hidden, ''", "name.tar.gz, gz"})
    void extensionOfTheLastSegment(String link, String extension) {
        assertThat(Imports.extension(link)).isEqualTo(extension);
    }
}
