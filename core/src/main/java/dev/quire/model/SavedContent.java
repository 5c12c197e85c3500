package dev.quire.model;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The serialized form of a {@link Content}: what the loader read, without the AST or anything a
 * build added. Reading it back gives a new post or page, as {@link Content#copyAsLoaded} would.
 *
 * @param kind the {@link Post.PostFields} of a post, or whether a page hides its table of contents
 */
record SavedContent(String source, String file, String title, String description, String permalink, String link,
        Map<String, Object> frontMatter, List<MdxImport> imports, int[] lineMap, String image, Serializable kind)
        implements Serializable {

    private Object readResolve() {
        Content.Fields fields = new Content.Fields(source, Path.of(file), title, description, permalink, link,
                frontMatter, imports, lineMap, image, null);
        return kind instanceof Post.PostFields post ? new Post(fields, post) : new Page(fields, (Boolean) kind);
    }
}
