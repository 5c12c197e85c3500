package dev.quire.internal.markdown;

import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.TextBase;
import com.vladsch.flexmark.ext.emoji.Emoji;
import com.vladsch.flexmark.ext.emoji.internal.EmojiResolvedShortcut;
import com.vladsch.flexmark.util.ast.DoNotCollectText;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeVisitor;
import com.vladsch.flexmark.util.ast.VisitHandler;

/**
 * A node's text without markup: what flexmark's {@code TextCollectingVisitor} collects (text, link
 * text, code, entities, line breaks, paragraphs apart), plus the TeX of math written in the text,
 * which that visitor cannot see (Docusaurus keeps {@code $…$} in titles and descriptions too), and
 * emoji as the Unicode emoji the page shows.
 */
final class PlainText {

    private final StringBuilder out = new StringBuilder();
    private final NodeVisitor visitor = new NodeVisitor(
            new VisitHandler<>(Text.class, this::text),
            new VisitHandler<>(TextBase.class, node -> out.append(node.getChars())),
            new VisitHandler<>(HtmlEntity.class, node -> out.append(node.getChars().unescape())),
            new VisitHandler<>(SoftLineBreak.class, node -> out.append(node.getChars())),
            new VisitHandler<>(HardLineBreak.class, node -> out.append('\n')),
            new VisitHandler<>(Paragraph.class, this::paragraph),
            new VisitHandler<>(Emoji.class, this::emoji),
            new VisitHandler<>(MathInline.class, node -> out.append(node.getChars())),
            new VisitHandler<>(MathExtension.DisplayInline.class, node -> out.append(node.getChars())));

    private PlainText() {
    }

    static String of(Node node) {
        PlainText text = new PlainText();
        text.visitor.visit(node);
        return text.out.toString();
    }

    private void text(Text node) {
        if (!node.isOrDescendantOfType(DoNotCollectText.class)) {
            out.append(node.getChars());
        }
    }

    private void emoji(Emoji node) {
        EmojiResolvedShortcut resolved = EmojiResolvedShortcut.getEmojiText(node, Markdown.EMOJI_SHORTCUTS,
                Markdown.EMOJI_OUTPUT, "");
        out.append(resolved.isUnicode && resolved.emojiText != null ? resolved.emojiText : node.getChars());
    }

    private void paragraph(Paragraph node) {
        if (node.isOrDescendantOfType(DoNotCollectText.class)) {
            return;
        }
        if (!out.isEmpty()) {
            out.append("\n\n");
        }
        visitor.visitChildren(node);
    }
}
