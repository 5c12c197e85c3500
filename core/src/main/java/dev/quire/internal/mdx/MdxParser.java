package dev.quire.internal.mdx;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.List;

/**
 * Parses MDX with a flexmark parser built with {@link MdxExtension}: finds the ESM blocks
 * first and hides them from flexmark (as blank space, so every offset and line stays where it
 * was), puts them back into the tree in their places, and then pairs JSX tags into elements.
 */
public final class MdxParser {

    private MdxParser() {
    }

    /**
     * @throws MdxSyntaxException where the MDX compiler would refuse {@code text}
     */
    public static Document parse(Parser parser, String text) {
        BasedSequence source = BasedSequence.of(text);
        List<Esm> blocks = EsmBlocks.find(text, source);
        Document document = parser.parse(blocks.isEmpty() ? text : masked(text, blocks));
        for (Esm esm : blocks) {
            insertAt(document, esm);
        }
        JsxPairing.pair(document);
        return document;
    }

    /** The text with the ESM blocks replaced by spaces, their line endings kept. */
    private static String masked(String text, List<Esm> blocks) {
        char[] chars = text.toCharArray();
        for (Esm esm : blocks) {
            for (int i = esm.getStartOffset(); i < esm.getEndOffset(); i++) {
                if (chars[i] != '\n' && chars[i] != '\r') {
                    chars[i] = ' ';
                }
            }
        }
        return new String(chars);
    }

    /** Puts {@code esm} among the top-level blocks, before the first that starts after it. */
    private static void insertAt(Document document, Esm esm) {
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            if (node.getStartOffset() >= esm.getEndOffset()) {
                node.insertBefore(esm);
                return;
            }
        }
        document.appendChild(esm);
    }
}
