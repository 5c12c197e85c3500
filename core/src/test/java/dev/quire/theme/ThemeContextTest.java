package dev.quire.theme;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.model.SiteSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ThemeContextTest {

    @TempDir
    Path site;

    private int themeLine(String quireYml) throws Exception {
        Files.writeString(site.resolve("quire.yml"), quireYml);
        return new ThemeContext(site, SiteSettings.defaults(), getClass().getClassLoader()).themeLine();
    }

    @Test
    void findsTheLineThatNamesTheTheme() throws Exception {
        assertThat(themeLine("title: x\n\n# the look\ntheme: dark\n")).isEqualTo(4);
    }

    @Test
    void isZeroWhenTheThemeIsTheDefault() throws Exception {
        assertThat(themeLine("title: x\nblog:\n  theme: not-this-one\n")).isZero();
    }
}
