package dev.quire.plugin.arxiv;

import dev.quire.plugin.arxiv.metadata.ArxivAtom;
import dev.quire.plugin.arxiv.metadata.PaperCache;
import dev.quire.plugin.arxiv.metadata.PaperMetadata;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/** The seed post and a papers.json for its three papers, made from the recorded arXiv answer. */
public final class SeedPapers {

    public static final String POST = "blog/2025-11-28-papers-review/index.mdx";

    private SeedPapers() {
    }

    public static String post() {
        return Fixtures.text("seed/2025-11-28-papers-review.mdx");
    }

    public static List<PaperMetadata> metadata() {
        try {
            return ArxivAtom.read(Fixtures.arxiv("batch-seed-papers.xml")).stream()
                    .map(e -> ((ArxivAtom.Paper) e).metadata().fetchedAt(Instant.parse("2025-11-28T06:00:00Z")))
                    .toList();
        } catch (ArxivAtom.Malformed e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes papers.json with {@code papers} into the site folder {@code root}. */
    public static void cache(Path root, List<PaperMetadata> papers) {
        PaperCache cache = PaperCache.load(root.resolve("papers.json"), "papers.json");
        cache.putAll(papers);
        try {
            cache.save();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
