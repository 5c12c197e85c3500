package dev.quire.internal.content;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.quire.diagnostics.QuireException;
import java.nio.charset.StandardCharsets;

/**
 * Coverage-guided fuzzing of how a content file's head is read: the {@code ---} fences, the YAML
 * (aliases, tags, nesting, odd scalars) and the typed front matter keys. Whatever the file, it is
 * read or refused with a message at one of its lines; nothing else may escape. {@code ./mvnw
 * verify} replays the inputs in {@code FrontMatterFuzzTestInputs}; {@code -Pfuzz} explores for longer.
 */
class FrontMatterFuzzTest {

    private static final String[] TEXT_KEYS = {"title", "slug", "description", "image"};
    private static final String[] FLAG_KEYS = {"draft", "unlisted", "hide_table_of_contents"};

    @FuzzTest
    void anyFileHeadIsReadOrRefusedAtALineOfIt(byte[] input) {
        check(new String(input, StandardCharsets.UTF_8));
    }

    /** The invariants of one run; shared with the regression tests of past findings. */
    static void check(String file) {
        int lastLine = 1 + (int) file.chars().filter(c -> c == '\n' || c == '\r').count();
        try {
            SourceText text = SourceText.parse(file, "blog/post.md");
            FrontMatter fm = FrontMatter.read(text.frontMatter(), "blog/post.md");
            for (String key : TEXT_KEYS) {
                fm.text(key).ifPresent(value -> assertThat(value).isNotNull());
            }
            for (String key : FLAG_KEYS) {
                fm.flag(key);
            }
            fm.date("date");
            fm.texts("keywords");
            assertThat(fm.asMap()).isNotNull();
            assertThat(text.bodyFirstLine()).isBetween(1, lastLine + 1);
        } catch (QuireException e) {
            assertThat(e.file()).isEqualTo("blog/post.md");
            assertThat(e.line()).as(e.getMessage()).isBetween(1, lastLine);
        }
    }
}
