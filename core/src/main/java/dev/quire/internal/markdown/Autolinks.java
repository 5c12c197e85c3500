package dev.quire.internal.markdown;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.autolink.internal.AutolinkNodePostProcessor;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.NodePostProcessor;
import com.vladsch.flexmark.parser.block.NodePostProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeTracker;
import com.vladsch.flexmark.util.data.MutableDataHolder;

/**
 * flexmark's autolinks (bare URLs, {@code www.} addresses and e-mail addresses become links), asked
 * only about texts that could hold one. flexmark's own extension runs a link scanner and a regular
 * expression over every text of every post, and most texts of a post have no link at all: that
 * was a quarter of the time spent parsing Markdown.
 */
final class Autolinks implements Parser.ParserExtension {

    @Override
    public void parserOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.postProcessorFactory(new Factory());
    }

    /**
     * Whether the text has what every link the extension finds starts from: a {@code :} (URLs), an
     * {@code @} (e-mail addresses) or {@code www.} (in any case), or an {@code &} (an entity that
     * may decode to one of them).
     */
    static boolean mayHoldLink(CharSequence text) {
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c == ':' || c == '@' || c == '&') {
                return true;
            }
            if ((c == 'w' || c == 'W') && startsWithWww(text, i)) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWithWww(CharSequence text, int at) {
        String www = "www.";
        if (at + www.length() > text.length()) {
            return false;
        }
        for (int k = 0; k < www.length(); k++) {
            if (Character.toLowerCase(text.charAt(at + k)) != www.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static final class Factory extends NodePostProcessorFactory {

        Factory() {
            super(false);
            addNodes(Text.class);
        }

        @Override
        public NodePostProcessor apply(Document document) {
            AutolinkNodePostProcessor autolinks = new AutolinkNodePostProcessor(document);
            return new NodePostProcessor() {
                @Override
                public void process(NodeTracker state, Node node) {
                    if (mayHoldLink(node.getChars())) {
                        autolinks.process(state, node);
                    }
                }
            };
        }
    }
}
