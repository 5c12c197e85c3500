package dev.quire.plugin.images.scan;

import dev.quire.model.MdxImport;
import java.util.List;

/**
 * Everything in one post or page that may name a file.
 *
 * @param slots           the places in its AST, in document order
 * @param imports         its MDX imports, in order
 * @param frontMatterImage the front matter {@code image} as a reference, or {@code null}
 */
public record ContentScan(List<Slot> slots, List<MdxImport> imports, Reference frontMatterImage) {
}
