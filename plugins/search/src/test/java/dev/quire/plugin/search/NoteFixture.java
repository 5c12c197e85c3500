package dev.quire.plugin.search;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import dev.quire.model.Content;
import dev.quire.plugin.PluginContext;
import dev.quire.plugin.QuirePlugin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Ends every post with the text of the site's {@code note.txt}, when there is one: a plugin whose
 * transform reads a file besides the post, so that a post's HTML changes while its file does not.
 */
public final class NoteFixture implements QuirePlugin {

    private String note;

    @Override
    public String name() {
        return "note-fixture";
    }

    @Override
    public void init(PluginContext context) {
        Path file = context.options().site().resolve("note.txt");
        try {
            note = Files.exists(file) ? Files.readString(file).strip() : null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void transform(Content content, PluginContext context) {
        if (note != null && content.document() != null) {
            Paragraph paragraph = new Paragraph();
            paragraph.appendChild(new Text(BasedSequence.of(note)));
            content.document().appendChild(paragraph);
        }
    }

    @Override
    public Object transformInputs(Content content, PluginContext context) {
        return String.valueOf(note);
    }
}
