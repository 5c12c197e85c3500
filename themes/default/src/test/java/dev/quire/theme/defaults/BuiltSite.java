package dev.quire.theme.defaults;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.BuildOptions;
import dev.quire.BuildResult;
import dev.quire.Quire;
import dev.quire.diagnostics.Severity;
import dev.quire.testing.TestSite;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** A site folder copied into a temporary folder and built with the default theme. */
final class BuiltSite {

    private final Path out;

    private BuiltSite(Path out) {
        this.out = out;
    }

    /** Copies {@code source} to {@code dir}/site and builds it into {@code dir}/out; fails on any warning. */
    static BuiltSite build(Path source, Path dir) {
        return build(source, dir, true);
    }

    /**
     * Like {@link #build(Path, Path)}; with {@code strict} false, warnings are allowed (the example
     * site's images need the image plugin, which this module's tests do not load).
     */
    static BuiltSite build(Path source, Path dir, boolean strict) {
        return build(source, "", dir, strict);
    }

    /** Like {@link #build(Path, Path)}, with {@code moreConfig} added to the end of the copy's {@code quire.yml}. */
    static BuiltSite build(Path source, String moreConfig, Path dir) {
        return build(source, moreConfig, dir, true);
    }

    private static BuiltSite build(Path source, String moreConfig, Path dir, boolean strict) {
        Path site = dir.resolve("site");
        copy(source, site);
        try {
            Files.writeString(site.resolve("quire.yml"), "\n" + moreConfig, StandardCharsets.UTF_8,
                    java.nio.file.StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        BuildResult result = Quire.build(BuildOptions.of(site).withOutput(dir.resolve("out")).withOffline(true), d -> { });
        if (strict) {
            assertThat(TestSite.messages(result, Severity.WARNING)).isEmpty();
        }
        assertThat(result.success()).as("%s", TestSite.messages(result, Severity.ERROR)).isTrue();
        return new BuiltSite(dir.resolve("out"));
    }

    /** The representative site of this module's test resources. */
    static Path testSite() {
        try {
            return Path.of(BuiltSite.class.getResource("/site/quire.yml").toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    Path out() {
        return out;
    }

    String text(String path) {
        try {
            return Files.readString(out.resolve(path), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Document html(String path) {
        return Jsoup.parse(text(path));
    }

    boolean exists(String path) {
        return Files.isRegularFile(out.resolve(path));
    }

    /** Every HTML file of the output, relative to it, in order. */
    List<String> pages() {
        try (Stream<Path> walk = Files.walk(out)) {
            return walk.filter(p -> p.toString().endsWith(".html"))
                    .map(p -> out.relativize(p).toString().replace('\\', '/')).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void copy(Path from, Path to) {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : walk.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
