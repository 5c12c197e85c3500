package dev.quire.cli;

import static dev.quire.cli.InProcessCli.cli;
import static dev.quire.cli.HostileInputMatrixTest.tree;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import dev.quire.cli.InProcessCli.Result;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills {@code quire build} at random moments, as a CI runner that times out or a user's Ctrl-C
 * would, and checks what is left: the output folder is exactly the previous site or exactly the
 * new one, {@code papers.json} and the build cache are whole, and the next build recovers. Each
 * build runs as its own process on this test's class path; the moments are drawn from a seeded
 * random sequence over the length of a whole build, so a run can be repeated.
 */
class CrashSafetyTest {

    private static final long SEED = 20251128L;
    private static final int KILLS = 50;
    private static final int POSTS = 8;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private HttpServer arxiv;
    private Path site;
    private Path out;

    @BeforeEach
    void serveArxiv() throws IOException {
        byte[] atom;
        try (InputStream in = getClass().getResourceAsStream("/crash/single-2511.21541.xml")) {
            atom = in.readAllBytes();
        }
        arxiv = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        arxiv.createContext("/", exchange -> {
            try (exchange; OutputStream body = exchange.getResponseBody()) {
                exchange.getResponseHeaders().set("Content-Type", "application/atom+xml");
                exchange.sendResponseHeaders(200, atom.length);
                body.write(atom);
            }
        });
        arxiv.start();
        site = dir.resolve("site");
        out = dir.resolve("out");
    }

    @AfterEach
    void stopArxiv() {
        arxiv.stop(0);
    }

    @Test
    void aKilledBuildLeavesTheOldSiteOrTheNewOneAndCachesWhole() throws Exception {
        writeSite(1);
        assertThat(runToTheEnd(out)).isZero();
        Map<String, byte[]> oldSite = tree(out);
        Path oldCopy = dir.resolve("old-site");
        copyTree(out, oldCopy);

        writeSite(2);
        Path reference = dir.resolve("reference");
        long start = System.nanoTime();
        assertThat(runToTheEnd(reference)).isZero();
        long wholeBuild = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        Map<String, byte[]> newSite = tree(reference);
        assertThat(newSite).isNotEqualTo(oldSite);

        // Kills are spread over the build itself, not over the start of the JVM before it, and past
        // its measured end: a build under load takes longer, and some kills must find it done.
        long startup = timeToRun("--version");
        Random random = new Random(SEED);
        Map<String, Integer> outcomes = new TreeMap<>();
        for (int run = 1; run <= KILLS; run++) {
            reset(oldCopy);
            long delay = startup + (long) ((wholeBuild - startup) * random.nextDouble() * 1.4);
            Process build = start(out);
            if (!build.waitFor(delay, TimeUnit.MILLISECONDS)) {
                build.destroyForcibly();
                build.waitFor();
            }
            String where = "run " + run + " (killed after " + delay + " ms of " + wholeBuild + ")";
            outcomes.merge(judgeOutput(where, oldSite, newSite), 1, Integer::sum);
            assertCachesWhole(where);

            Result next = cli("build", site.toString(), "--out", out.toString());
            assertThat(next.exit()).as(where + ": the next build\n" + next.err()).isZero();
            HostileInputMatrixTest.assertSameTree(newSite, tree(out));
            assertThat(leftovers()).as(where + ": folders the next build left").isEmpty();
            assertThat(halfWrittenFiles()).as(where + ": temporary files left in the site").isEmpty();
            assertCachesWhole(where + ", after the next build");
        }
        System.out.println("Outcomes of " + KILLS + " killed builds (seed " + SEED + ", start-up " + startup
                + " ms, whole build " + wholeBuild + " ms): " + outcomes);
        assertThat(outcomes.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(KILLS);
    }

    @Test
    void aSiteParkedByASwapThatWasKilledIsPutBackEvenByAFailingBuild() throws Exception {
        writeSite(1);
        assertThat(cli("build", site.toString(), "--out", out.toString()).exit()).isZero();
        Map<String, byte[]> oldSite = tree(out);
        // What a kill between the two renames of the swap leaves: the old site parked, the new one staged.
        Files.move(out, dir.resolve(".quire-previous-out-killed"));
        Files.createDirectories(dir.resolve(".quire-staging-out-killed"));
        Files.writeString(dir.resolve(".quire-staging-out-killed/index.html"), "half");
        write("blog/2025-11-30-broken.md", "---\ndate: someday\n---\n# Broken\n");

        Result result = cli("build", site.toString(), "--out", out.toString());

        assertThat(result.exit()).isEqualTo(1);
        HostileInputMatrixTest.assertSameTree(oldSite, tree(out));
        assertThat(leftovers()).isEmpty();
    }

    /** Names what the killed build left in place of the output; fails when it is neither site. */
    private String judgeOutput(String where, Map<String, byte[]> oldSite, Map<String, byte[]> newSite) throws IOException {
        boolean staged = !leftovers().isEmpty();
        if (Files.isDirectory(out)) {
            Map<String, byte[]> found = tree(out);
            if (same(found, oldSite)) {
                if (staged) {
                    return "old site, new one half written beside it";
                }
                return Files.exists(site.resolve("papers.json")) ? "old site, papers fetched, nothing staged yet"
                        : "old site, killed while loading";
            }
            if (same(found, newSite)) {
                return staged ? "new site, old one not yet deleted" : "new site";
            }
            fail(where + ": the output is neither the old site nor the new one");
        }
        // Between the two renames of the swap the old site waits beside the output, whole; the
        // next build puts it back before anything else.
        for (Path parked : leftovers()) {
            if (parked.getFileName().toString().startsWith(".quire-previous-")) {
                HostileInputMatrixTest.assertSameTree(oldSite, tree(parked));
                return "old site, parked during the swap";
            }
        }
        return fail(where + ": the output is missing and the old site is nowhere");
    }

    private static boolean same(Map<String, byte[]> a, Map<String, byte[]> b) {
        return a.keySet().equals(b.keySet()) && a.keySet().stream().allMatch(k -> Arrays.equals(a.get(k), b.get(k)));
    }

    /** papers.json is absent or whole JSON naming the paper; every cache file is whole. */
    private void assertCachesWhole(String where) throws IOException {
        Path papers = site.resolve("papers.json");
        if (Files.exists(papers)) {
            assertThat(JSON.readTree(papers.toFile()).toString()).as(where + ": papers.json").contains("2511.21541");
        }
        Path cache = site.resolve(".quire/cache");
        if (!Files.isDirectory(cache)) {
            return;
        }
        try (Stream<Path> files = Files.walk(cache)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String name = file.getFileName().toString();
                if (name.endsWith(".json")) {
                    JSON.readTree(file.toFile());
                } else if (name.endsWith(".png") || name.endsWith(".jpg")) {
                    assertThat(ImageIO.read(file.toFile())).as(where + ": " + file).isNotNull();
                }
            }
        }
    }

    /** Temporary files that a killed write left in the site folder (which its author commits). */
    private List<Path> halfWrittenFiles() throws IOException {
        try (Stream<Path> files = Files.walk(site)) {
            return files.filter(p -> p.getFileName().toString().matches(".*\\.(tmp|part)")).toList();
        }
    }

    /** Staging and parked folders of Quire beside the output. */
    private List<Path> leftovers() throws IOException {
        try (Stream<Path> siblings = Files.list(dir)) {
            return siblings.filter(p -> p.getFileName().toString().startsWith(".quire-")).toList();
        }
    }

    /** Puts the old site back in place and forgets the papers and caches, so the build writes them all again. */
    private void reset(Path oldCopy) throws IOException {
        deleteTree(out);
        copyTree(oldCopy, out);
        Files.deleteIfExists(site.resolve("papers.json"));
        deleteTree(site.resolve(".quire"));
    }

    private long timeToRun(String... args) throws Exception {
        long start = System.nanoTime();
        Process process = start(args);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    }

    private int runToTheEnd(Path output) throws Exception {
        Process build = start(output);
        assertThat(build.waitFor(120, TimeUnit.SECONDS)).as("a build finishes in two minutes").isTrue();
        return build.exitValue();
    }

    /** {@code quire build SITE --out OUTPUT} as a process of its own, on this test's class path. */
    private Process start(Path output) throws IOException {
        return start("build", site.toString(), "--out", output.toString());
    }

    /** {@code quire ARGS} as a process of its own. */
    private Process start(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-Djava.awt.headless=true",
                "-cp", System.getProperty("java.class.path"), QuireCommand.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("build.log").toFile())
                .start();
    }

    /** Version 1: posts only. Version 2: every post changed, a paper to fetch, a picture to resize. */
    private void writeSite(int version) throws IOException {
        String api = "http://127.0.0.1:" + arxiv.getAddress().getPort() + "/api/query";
        write("quire.yml", "title: Crash test\nurl: https://papers.example.org\nlanguage: en\n"
                + "arxiv:\n  api-url: " + api + "\n  attempts: 1\n");
        for (int i = 1; i <= POSTS; i++) {
            String day = String.format("%02d", i);
            write("blog/2025-11-" + day + "-post-" + i + ".md", "---\ntags: [t" + (i % 3) + "]\n---\n# Post " + i
                    + " (version " + version + ")\n\n" + "Some words about papers. ".repeat(200) + "\n\n## Part\n\nMore.\n");
        }
        if (version == 2) {
            write("blog/2025-11-20-paper.md", "# A paper\n\nRead [it](https://arxiv.org/abs/2511.21541).\n\n"
                    + "![A chart](./asset/chart.png)\n");
            BufferedImage chart = new BufferedImage(1000, 600, BufferedImage.TYPE_INT_RGB);
            for (int x = 0; x < chart.getWidth(); x++) {
                for (int y = 0; y < chart.getHeight(); y++) {
                    chart.setRGB(x, y, (x * 31 + y * 17) & 0xffffff);
                }
            }
            Files.createDirectories(site.resolve("blog/asset"));
            ImageIO.write(chart, "png", site.resolve("blog/asset/chart.png").toFile());
        }
    }

    private void write(String path, String text) throws IOException {
        Path file = site.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : walk.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
