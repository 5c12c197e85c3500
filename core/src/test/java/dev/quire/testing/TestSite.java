package dev.quire.testing;

import dev.quire.BuildOptions;
import dev.quire.BuildResult;
import dev.quire.BuildSession;
import dev.quire.Quire;
import dev.quire.diagnostics.Diagnostic;
import dev.quire.diagnostics.Severity;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * A site folder written by a test, and builds of it. Shared with the plugin and theme modules'
 * tests through quire-core's test jar. The plugins and theme engine on the test class path are
 * the ones the build finds.
 *
 * <pre>
 * TestSite site = TestSite.in(tempDir).post("blog/2025-01-02-hello.md", "# Hello\n\nText.");
 * BuildResult result = site.build();
 * assertThat(site.output("blog/2025/01/02/hello/index.html")).contains("Hello");
 * </pre>
 */
public final class TestSite {

    /** The {@code quire.yml} a new test site starts with. */
    public static final String DEFAULT_CONFIG = "title: Test Papers\nurl: https://papers.example.org\nlanguage: ko\n";

    private final Path root;
    private final Path out;

    private TestSite(Path root, Path out) {
        this.root = root;
        this.out = out;
    }

    /** A site in {@code dir}/site with the default {@code quire.yml}, built into {@code dir}/out. */
    public static TestSite in(Path dir) {
        TestSite site = new TestSite(dir.resolve("site"), dir.resolve("out"));
        return site.file("quire.yml", DEFAULT_CONFIG);
    }

    public Path root() {
        return root;
    }

    /** The output folder of {@link #build()}. */
    public Path out() {
        return out;
    }

    /** Replaces {@code quire.yml}. */
    public TestSite config(String yaml) {
        return file("quire.yml", yaml);
    }

    /** Writes a text file of the site (UTF-8), creating folders as needed. */
    public TestSite file(String path, String text) {
        return file(path, text.getBytes(StandardCharsets.UTF_8));
    }

    public TestSite file(String path, byte[] bytes) {
        Path file = root.resolve(path);
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Same as {@link #file(String, String)}; reads better for posts. */
    public TestSite post(String path, String text) {
        return file(path, text);
    }

    public TestSite delete(String path) {
        try {
            Files.deleteIfExists(root.resolve(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /**
     * Dates every file of the site {@code ago}, as if written then: a build does not trust files
     * saved in the seconds before it to show a later change in their time, so it is never found up
     * to date next time.
     */
    public TestSite age(Duration ago) {
        FileTime then = FileTime.from(Instant.now().minus(ago));
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).filter(p -> !p.startsWith(root.resolve(".quire"))).toList()) {
                Files.setLastModifiedTime(file, then);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /**
     * Dates the file at {@code path} of the site {@code ago}: what a build remembers of a file is
     * used again only when the file's time shows it settled, and changed when its time does.
     */
    public TestSite age(String path, Duration ago) {
        try {
            Files.setLastModifiedTime(root.resolve(path), FileTime.from(Instant.now().minus(ago)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** The default options: this site into {@link #out()}, offline. */
    public BuildOptions options() {
        return BuildOptions.of(root).withOutput(out).withOffline(true);
    }

    /** Builds with the default options. */
    public BuildResult build() {
        return build(o -> o);
    }

    /** Builds with options changed by {@code change}. */
    public BuildResult build(UnaryOperator<BuildOptions> change) {
        return Quire.build(change.apply(options()), d -> { });
    }

    /**
     * A session that builds this site again and again into {@link #out()} with the default
     * options, reusing what did not change, as {@code quire serve} does.
     */
    public BuildSession session() {
        return BuildSession.open(options());
    }

    /**
     * Every file under {@code folder} by path from it, for comparing two builds: text as text (so
     * a difference reads well), anything else as a digest of its bytes.
     */
    public static Map<String, String> files(Path folder) {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                byte[] bytes = Files.readAllBytes(file);
                String text;
                try {
                    text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
                } catch (java.nio.charset.CharacterCodingException e) {
                    text = "bytes " + dev.quire.plugin.Digest.of(bytes, 0, bytes.length);
                }
                files.put(folder.relativize(file).toString(), text);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** A file of the output, as UTF-8 text. */
    public String output(String path) {
        try {
            return Files.readString(out.resolve(path), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public boolean hasOutput(String path) {
        return Files.exists(out.resolve(path));
    }

    /** The diagnostics of a result at or above {@code severity}, printed as users see them. */
    public static List<String> messages(BuildResult result, Severity severity) {
        return result.diagnostics().stream().filter(d -> d.severity().compareTo(severity) >= 0)
                .map(Diagnostic::toString).toList();
    }
}
