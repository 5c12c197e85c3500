package dev.quire.internal.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An incremental output stages only files whose bytes differ from the ones in place. */
class StagedOutputTest {

    @TempDir
    Path dir;

    private OutputManifest build(OutputManifest previous, String feed, String page) {
        Path site = dir.resolve("site");
        StagedOutput output = previous == null ? StagedOutput.openTracked(dir.resolve("out"), site)
                : StagedOutput.reopen(dir.resolve("out"), site, previous);
        output.write("blog/rss.xml", feed);
        output.write("index.html", page);
        output.commit();
        return output.manifest();
    }

    private long stagedBytes(OutputManifest previous, String feed, String page) {
        Path site = dir.resolve("site");
        StagedOutput output = StagedOutput.reopen(dir.resolve("out"), site, previous);
        output.write("blog/rss.xml", feed);
        output.write("index.html", page);
        long staged = output.bytesWritten();
        output.commit();
        return staged;
    }

    @Test
    void writesOnlyWhatDiffersFromTheFilesInPlace() throws IOException {
        OutputManifest first = build(null, "<rss>one</rss>", "<p>home</p>");
        assertThat(stagedBytes(first, "<rss>one</rss>", "<p>home</p>")).isZero();
        assertThat(stagedBytes(first, "<rss>two</rss>", "<p>home</p>")).isEqualTo("<rss>two</rss>".length());
        assertThat(Files.readString(dir.resolve("out/blog/rss.xml"))).isEqualTo("<rss>two</rss>");
    }

    @Test
    void aFileChangedByHandIsWrittenAgain() throws IOException {
        OutputManifest first = build(null, "<rss>one</rss>", "<p>home</p>");
        Files.writeString(dir.resolve("out/index.html"), "<p>edited</p>");
        // Rendered again: equal text, not the object the previous build wrote (that one is trusted).
        String again = String.join("", "<p>", "home", "</p>");
        assertThat(stagedBytes(first, "<rss>one</rss>", again)).isEqualTo(again.length());
        assertThat(Files.readString(dir.resolve("out/index.html"))).isEqualTo("<p>home</p>");
    }

    @Test
    void theTextThePreviousBuildWroteIsKeptAndAnyOtherWritten() throws IOException {
        String feed = "<rss>" + "one".repeat(3) + "</rss>";
        OutputManifest first = build(null, feed, "<p>home</p>");
        Path site = dir.resolve("site");
        StagedOutput second = StagedOutput.reopen(dir.resolve("out"), site, first);
        second.write("blog/rss.xml", feed);
        second.write("index.html", "<p>home</p>");
        assertThat(second.bytesWritten()).isZero();
        second.commit();
        assertThat(stagedBytes(second.manifest(), "<rss>two</rss>", "<p>home</p>")).isEqualTo("<rss>two</rss>".length());
        assertThat(Files.readString(dir.resolve("out/blog/rss.xml"))).isEqualTo("<rss>two</rss>");
    }
}
