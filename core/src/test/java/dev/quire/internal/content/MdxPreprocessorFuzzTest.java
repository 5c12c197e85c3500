package dev.quire.internal.content;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.quire.diagnostics.Diagnostic;
import dev.quire.diagnostics.Diagnostics;
import dev.quire.diagnostics.QuireException;
import dev.quire.model.MdxImport;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Coverage-guided fuzzing of the MDX step, the part of Quire that parses the most free-form text
 * (imports, JSX, expressions, admonitions). Whatever the body, it either yields Markdown whose
 * every line maps back into the body, or reports a problem at a line of the body; nothing else
 * may escape. {@code ./mvnw verify} replays the inputs in {@code MdxPreprocessorFuzzTestInputs};
 * {@code -Pfuzz} explores for longer.
 */
class MdxPreprocessorFuzzTest {

    private static final int FIRST_LINE = 3;

    @FuzzTest
    void anyBodyIsPreprocessedOrRejectedAtALineOfIt(byte[] input) {
        String body = new String(input, StandardCharsets.UTF_8);
        check(body, true);
        check(body, false);
    }

    /** The invariants of one run; shared with the regression tests of past findings. */
    static void check(String body, boolean mdx) {
        Diagnostics diagnostics = new Diagnostics();
        int lastLine = FIRST_LINE + (int) body.chars().filter(c -> c == '\n').count();
        Preprocessed result;
        try {
            result = new MdxPreprocessor("blog/post.mdx", mdx, "/base/", Map.of("tip", "Tip"), diagnostics)
                    .process(body, FIRST_LINE);
        } catch (QuireException e) {
            assertThat(e.line()).as(e.getMessage()).isBetween(FIRST_LINE, lastLine);
            return;
        }
        int outputLines = (int) result.markdown().chars().filter(c -> c == '\n').count() + 1;
        assertThat(result.lineMap().length).isGreaterThanOrEqualTo(outputLines);
        for (int line : result.lineMap()) {
            assertThat(line).isBetween(FIRST_LINE, lastLine);
        }
        for (MdxImport imported : result.imports()) {
            assertThat(imported.line()).isBetween(FIRST_LINE, lastLine);
        }
        for (Diagnostic diagnostic : diagnostics.all()) {
            assertThat(diagnostic.line()).as(diagnostic.toString()).isBetween(FIRST_LINE, lastLine);
        }
    }
}
