package dev.quire;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.diagnostics.Diagnostics;
import dev.quire.diagnostics.Severity;
import dev.quire.testing.TestSite;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoadForTest {

    @Test
    void reportsAPluginThatIsNotOnTheClassPath(@TempDir Path dir) {
        TestSite site = TestSite.in(dir).post("blog/2025-11-28-a.md", "# A\n");
        Diagnostics diagnostics = new Diagnostics();
        assertThat(Quire.loadFor("nope", site.options(), diagnostics)).isEmpty();
        assertThat(diagnostics.all(Severity.ERROR)).singleElement()
                .satisfies(d -> assertThat(d.message()).isEqualTo("no plugin named 'nope' is on the class path"));
    }

    @Test
    void reportsASiteThatDoesNotLoad(@TempDir Path dir) {
        TestSite site = TestSite.in(dir).config("title: [unclosed\n");
        Diagnostics diagnostics = new Diagnostics();
        assertThat(Quire.loadFor("nope", site.options(), diagnostics)).isEmpty();
        assertThat(diagnostics.hasErrors()).isTrue();
    }
}
