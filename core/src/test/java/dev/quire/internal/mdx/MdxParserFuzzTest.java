package dev.quire.internal.mdx;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import dev.quire.diagnostics.Diagnostics;
import dev.quire.diagnostics.QuireException;
import dev.quire.internal.markdown.Markdown;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Coverage-guided fuzzing of the MDX parser, which reads the most free-form text of a post, and of
 * the rendering of what it parses. Any text is either parsed, into a tree whose MDX nodes all lie
 * inside the text, or refused with an {@link MdxSyntaxException} at a place inside it; a parsed tree
 * renders or is refused with a message. Nothing else may escape, and nothing may hang.
 * (The Markdown parser is not fuzzed here: flexmark's own HTML regular expressions overflow the
 * stack on a tag with an attribute of tens of thousands of characters.) {@code ./mvnw verify} replays the inputs in
 * {@code MdxParserFuzzTestInputs}; {@code -Pfuzz} explores for longer.
 */
class MdxParserFuzzTest {

    private static final Markdown MARKDOWN = new Markdown(List.of());

    @FuzzTest
    void anyTextIsParsedOrRefusedAtAPlaceInIt(byte[] input) {
        check(new String(input, StandardCharsets.UTF_8));
    }

    /**
     * What a parsed text renders to: HTML, or a {@link QuireException} with a message (an
     * expression naming no import, tabs with the same value twice); nothing else.
     */
    @FuzzTest
    void anyParsedTextRendersOrIsRefusedWithAMessage(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        Document document;
        try {
            document = MARKDOWN.parseMdx(text);
        } catch (MdxSyntaxException e) {
            return;
        }
        try {
            MdxRendering.attach(document, "blog/fuzz.mdx", 1, "/", Map.of(), new Diagnostics());
            MARKDOWN.render(document, true);
        } catch (QuireException e) {
            assertThat(e.getMessage()).isNotBlank();
        }
    }

    static void check(String text) {
        Document document;
        try {
            document = MARKDOWN.parseMdx(text);
        } catch (MdxSyntaxException e) {
            assertThat(e.offset()).as(e.getMessage()).isBetween(0, text.length());
            assertThat(e.line(text)).isPositive();
            return;
        }
        for (Node node : document.getDescendants()) {
            // Plain checks: an assertion object per node made large inputs slow to replay.
            boolean mdxNode = node instanceof JsxElement || node instanceof MdxExpression || node instanceof Esm;
            if (mdxNode && (node.getStartOffset() < 0 || node.getEndOffset() < node.getStartOffset()
                    || node.getEndOffset() > text.length())) {
                throw new AssertionError(node + " lies outside the text");
            }
            if (node instanceof JsxTagNode || node instanceof MdxFlowLine) {
                throw new AssertionError("unpaired " + node);
            }
        }
    }
}
