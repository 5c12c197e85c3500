package dev.quire.internal.markdown;

import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.core.ReferencePreProcessorFactory;
import com.vladsch.flexmark.parser.delimiter.DelimiterProcessor;
import com.vladsch.flexmark.parser.internal.InlineParserImpl;
import com.vladsch.flexmark.parser.internal.LinkRefProcessorData;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.BitSet;
import java.util.List;
import java.util.Map;

/**
 * Reads link labels ({@code [label]}) in one pass. flexmark reads them with a regular expression
 * in which a backslash can be read two ways, so a {@code [} followed by a few dozen backslashes
 * took time exponential in their number: forty took half a minute, and a post could hang a build.
 * Labels are read as CommonMark defines them: up to 999 characters, a backslash escapes the ASCII
 * punctuation after it, and an unescaped {@code [} ends the attempt.
 */
final class LinearLinkLabels implements Parser.ParserExtension {

    private static final int MAX_LABEL = 999;
    private static final String ESCAPABLE = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";

    @Override
    public void parserOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.customInlineParserFactory(LinearLinkLabels.InlineParser::new);
        // flexmark reads reference definitions by itself only with its own inline parser.
        builder.paragraphPreProcessorFactory(new ReferencePreProcessorFactory());
    }

    private static final class InlineParser extends InlineParserImpl {

        InlineParser(DataHolder options, BitSet specialCharacters, BitSet delimiterCharacters,
                Map<Character, DelimiterProcessor> delimiterProcessors, LinkRefProcessorData linkRefProcessors,
                List<InlineParserExtensionFactory> inlineParserExtensions) {
            super(options, specialCharacters, delimiterCharacters, delimiterProcessors, linkRefProcessors,
                    inlineParserExtensions);
        }

        @Override
        public int parseLinkLabel() {
            BasedSequence input = getInput();
            int start = getIndex();
            if (start >= input.length() || input.charAt(start) != '[') {
                return 0;
            }
            int characters = 0;
            for (int i = start + 1; i < input.length() && characters <= MAX_LABEL; characters++) {
                char c = input.charAt(i);
                if (c == ']') {
                    setIndex(i + 1);
                    return i + 1 - start;
                }
                if (c == '[') {
                    return 0;
                }
                i += c == '\\' && i + 1 < input.length() && ESCAPABLE.indexOf(input.charAt(i + 1)) >= 0 ? 2 : 1;
            }
            return 0;
        }
    }
}
