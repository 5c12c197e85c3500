package dev.quire.plugin.arxiv;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.BuildResult;
import dev.quire.diagnostics.Severity;
import dev.quire.testing.TestSite;
import dev.quire.plugin.arxiv.metadata.ArxivAtom;
import dev.quire.plugin.arxiv.metadata.PaperCache;
import dev.quire.plugin.arxiv.metadata.PaperMetadata;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/** The seed post and a papers.json for its three papers, made from the recorded arXiv answer; a site of them. */
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

    /** A site in {@code dir} with the seed post and a papers.json of its three papers. */
    public static TestSite site(Path dir) {
        TestSite site = TestSite.in(dir).post(POST, post());
        cache(site.root(), metadata());
        return site;
    }

    /** Asserts that {@code result} is a successful build, showing every message when it is not. */
    public static void assertBuilt(BuildResult result) {
        assertThat(result.success()).as(TestSite.messages(result, Severity.INFO).toString()).isTrue();
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
