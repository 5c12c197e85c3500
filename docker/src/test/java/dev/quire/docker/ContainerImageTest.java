package dev.quire.docker;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.assertj.core.api.Condition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The container image without Docker: the runtime {@code docker/make-runtime} makes runs Quire as
 * the jar does on a whole JDK, and the {@code Dockerfile} puts that runtime in an image that runs
 * it as a user without privileges in {@code /site}.
 */
class ContainerImageTest {

    private static final Path REPOSITORY = Path.of(System.getProperty("quire.repository")).toAbsolutePath().normalize();
    private static final Path CLI_JAR = Path.of(System.getProperty("quire.cli.jar")).toAbsolutePath().normalize();
    private static final Path JAVA_HOME = Path.of(System.getProperty("java.home"));

    @TempDir
    Path dir;

    @Test
    void theSmallRuntimeBuildsTheExampleSiteByteForByteAsTheJarOnAWholeJdk() throws Exception {
        assertThat(CLI_JAR).as("made by cli's package phase").isRegularFile();
        Path runtime = dir.resolve("runtime");
        assertSucceeds(start(dir.resolve("make-runtime.log"), "sh", REPOSITORY.resolve("docker/make-runtime").toString(),
                CLI_JAR.toString(), runtime.toString()), "make-runtime");
        assertThat(Files.readString(runtime.resolve("release")))
                .as("only the modules Quire needs")
                .containsPattern("MODULES=.*java\\.net\\.http").doesNotContain("java.compiler", "jdk.jshell");

        Path small = copyExample(dir.resolve("small"));
        Path whole = copyExample(dir.resolve("whole"));
        // Both builds at once: the machine has more than one core, and the test time is the longer one.
        Process withRuntime = start(dir.resolve("small.log"), runtime.resolve("bin/quire").toString(),
                "build", small.toString(), "--offline");
        Process withJar = start(dir.resolve("whole.log"), JAVA_HOME.resolve("bin/java").toString(), "-jar",
                CLI_JAR.toString(), "build", whole.toString(), "--offline");
        assertSucceeds(withRuntime, "the build with the small runtime");
        assertSucceeds(withJar, "the build with the jar");

        Map<String, String> built = digests(small.resolve("build"));
        assertThat(built).as("pages, feeds, resized pictures").containsKeys("index.html", "blog/rss.xml", "sitemap.xml")
                .hasKeySatisfying(new Condition<>(
                        path -> path.matches("assets/images/.*-\\d+w\\.[0-9a-f]{8}\\.\\w+"), "a resized picture"));
        assertThat(built).isEqualTo(digests(whole.resolve("build")));
        assertThat(Files.readString(small.resolve("build/index.html"))).as("Korean dates need the locale data")
                .containsPattern("\\d+년 \\d+월 \\d+일");
    }

    @Test
    void theDockerfileBuildsInStagesAndRunsQuireAsAnUnprivilegedUserInSite() throws IOException {
        List<String> lines = instructions(Files.readString(REPOSITORY.resolve("Dockerfile")));
        List<String> stages = lines.stream().filter(line -> line.startsWith("FROM ")).toList();
        assertThat(stages).as("stages").hasSizeGreaterThanOrEqualTo(2);
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("RUN ").contains("./mvnw").contains("-pl cli"));

        String runtimeLine = lines.stream().filter(line -> line.startsWith("RUN ") && line.contains("make-runtime"))
                .findFirst().orElseThrow(() -> new AssertionError("no RUN of make-runtime"));
        assertThat(lines).contains("COPY docker/make-runtime /usr/local/bin/make-runtime");
        String[] words = runtimeLine.split("\\s+");
        String runtimeDir = words[words.length - 1];

        List<String> last = lines.subList(lines.indexOf(stages.get(stages.size() - 1)), lines.size());
        assertThat(last).anySatisfy(line -> assertThat(line).startsWith("COPY --from=").endsWith(" " + runtimeDir));
        assertThat(value(last, "USER")).as("the image's user").isNotNull().isNotIn("root", "0", "0:0", "root:root");
        assertThat(value(last, "WORKDIR")).isEqualTo("/site");
        assertThat(value(last, "ENTRYPOINT")).isEqualTo("[\"" + runtimeDir + "/bin/quire\"]");
        assertThat(value(last, "CMD")).isEqualTo("[\"--help\"]");

        assertThat(Files.readAllLines(REPOSITORY.resolve(".dockerignore"))).contains(".git", "**/target", "**/.quire");
    }

    @Test
    void theJbangCatalogRunsAReleasedJar() throws IOException {
        JsonNode quire = new ObjectMapper().readTree(REPOSITORY.resolve("jbang-catalog.json").toFile())
                .path("aliases").path("quire");
        Matcher release = Pattern.compile("https://github\\.com/quire-dev/quire/releases/download/v([^/]+)/quire-cli-([^/]+)\\.jar")
                .matcher(quire.path("script-ref").asText());
        assertThat(release.matches()).as(quire.toString()).isTrue();
        assertThat(release.group(1)).isEqualTo(release.group(2)).doesNotContain("SNAPSHOT");
        assertThat(quire.path("java").asText()).isEqualTo("17+");
        assertThat(Files.readString(REPOSITORY.resolve("docs/pages/command-line.md")))
                .contains("jbang quire@quire-dev/quire").contains("docker run --rm -v \"$PWD:/site\" quire build");
    }

    /** The instructions of a Dockerfile, each on one line: comments dropped, continued lines joined. */
    private static List<String> instructions(String dockerfile) {
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : dockerfile.split("\\R")) {
            String text = line.strip();
            if (text.startsWith("#") || (text.isEmpty() && current.length() == 0)) {
                continue;
            }
            boolean continues = text.endsWith("\\");
            current.append(current.length() == 0 ? "" : " ").append(continues ? text.substring(0, text.length() - 1).strip() : text);
            if (!continues) {
                lines.add(current.toString().replaceAll("\\s+", " "));
                current.setLength(0);
            }
        }
        return lines;
    }

    /** The argument of the last {@code instruction} of {@code stage}, or null. */
    private static String value(List<String> stage, String instruction) {
        String value = null;
        for (String line : stage) {
            if (line.startsWith(instruction + " ")) {
                value = line.substring(instruction.length() + 1).strip();
            }
        }
        return value;
    }

    private Path copyExample(Path parent) throws IOException {
        Path from = REPOSITORY.resolve("examples/papers-blog");
        Path to = parent.resolve("papers-blog");
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.filter(f -> !from.relativize(f).startsWith("build") && !from.relativize(f).startsWith(".quire"))
                    .toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
        return to;
    }

    private Process start(Path log, String... command) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("JAVA_HOME", JAVA_HOME.toString());
        builder.environment().remove("QUIRE_JAVA_OPTS");
        return builder.start();
    }

    private void assertSucceeds(Process process, String what) throws Exception {
        boolean ended = process.waitFor(5, TimeUnit.MINUTES);
        if (!ended) {
            process.destroyForcibly();
        }
        assertThat(ended && process.exitValue() == 0).as("%s failed:%n%s", what, logs()).isTrue();
    }

    private String logs() throws IOException {
        StringBuilder text = new StringBuilder();
        try (Stream<Path> logs = Files.list(dir)) {
            for (Path log : logs.filter(p -> p.toString().endsWith(".log")).sorted().toList()) {
                text.append("== ").append(log.getFileName()).append('\n').append(Files.readString(log, StandardCharsets.UTF_8));
            }
        }
        return text.toString();
    }

    private static Map<String, String> digests(Path folder) throws IOException {
        Map<String, String> digests = new TreeMap<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                digests.put(folder.relativize(file).toString().replace('\\', '/'), sha256(Files.readAllBytes(file)));
            }
        }
        return digests;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
