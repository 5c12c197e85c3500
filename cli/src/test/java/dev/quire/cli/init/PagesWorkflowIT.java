package dev.quire.cli.init;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The GitHub workflow of a new site, run here as GitHub's runner runs it: its structure is read
 * with a YAML parser, and its shell steps run with bash on a fresh site. What they would fetch
 * from the network comes from a server on 127.0.0.1, standing for Maven Central and GitHub's
 * releases, and from a local git repository standing for Quire's source; the jar they get is the
 * one this build just packaged.
 */
@EnabledOnOs(value = OS.LINUX, disabledReason = "the workflow runs on GitHub's Ubuntu runners, with GNU tools")
class PagesWorkflowIT {

    private static final Path JAR = Path.of(System.getProperty("quire.cli.jar", "target/quire-cli.jar"));
    private static final String BASE_URL = "https://me.github.io/blog";
    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{\\{\\s*(.*?)\\s*}}");

    @TempDir
    Path dir;

    private HttpServer server;
    private final Map<String, byte[]> served = new ConcurrentHashMap<>();
    private final List<String> asked = new CopyOnWriteArrayList<>();

    @BeforeEach
    void serve() throws IOException {
        assertThat(JAR).as("the packaged jar, which failsafe names after packaging it (mvn verify)").isRegularFile();
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            asked.add(path);
            byte[] body = served.get(path);
            exchange.sendResponseHeaders(body == null ? 404 : 200, body == null ? -1 : body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                if (body != null) {
                    out.write(body);
                }
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void aFreshSiteIsBuiltWithTheJarOfItsGitHubReleaseAndPublished() throws Exception {
        Path site = dir.resolve("my-blog");
        Ran init = run(dir, Map.of(), "java", "-jar", JAR.toString(), "init", site.toString(), "--date", "2025-12-01");
        assertThat(init.exit()).as(init.output()).isZero();
        Map<String, Object> workflow = workflow(site);
        String version = (String) map(workflow.get("env")).get("QUIRE_VERSION");
        Ran quireVersion = run(dir, Map.of(), "java", "-jar", JAR.toString(), "--version");
        assertThat(quireVersion.output()).as("the version of the quire that wrote it").startsWith("quire " + version + " (commit ");
        String upload = checkStructure(workflow);
        String release = "/releases/v" + version + "/quire-cli-" + version + ".jar";
        served.put(release, Files.readAllBytes(JAR));
        served.put(release + ".sha256", (sha256(Files.readAllBytes(JAR)) + "  quire-cli-" + version + ".jar\n")
                .getBytes(StandardCharsets.UTF_8));
        Path home = Files.createDirectories(dir.resolve("home"));

        Ran steps = runSteps(site, home, Map.of());
        assertThat(steps.exit()).as(steps.output()).isZero();
        assertThat(steps.output()).contains("Quire " + version + ", from its GitHub release")
                .containsPattern("papers enriched +3").containsPattern("warnings +0");
        assertThat(asked).endsWith(release, release + ".sha256");
        assertPublished(site.resolve(upload));
        assertThat(site.resolve(".quire/cache/build-state")).as("what the site's cache keeps").isNotEmptyFile();
        assertThat(home.resolve(".cache/quire/quire-cli-" + version + ".jar")).as("what the jar's cache keeps")
                .hasSameBinaryContentAs(JAR);

        // The next run starts from a fresh checkout with the caches restored (~/.cache/quire and
        // .quire/cache): it asks for nothing and builds the site again.
        asked.clear();
        deleteTree(site.resolve("build"));
        // A fresh checkout has no record of the last build (a build of files only just written keeps none).
        Files.deleteIfExists(site.resolve(".quire/last-build"));
        steps = runSteps(site, home, Map.of());
        assertThat(steps.exit()).as(steps.output()).isZero();
        assertThat(steps.output()).contains("Quire " + version + ", from the cache");
        assertThat(asked).isEmpty();
        assertPublished(site.resolve(upload));
    }

    @Test
    void aJarThatDoesNotMatchItsChecksumFailsTheStepAndIsNotKept() throws Exception {
        Path site = newSite(new QuireBuild("0.1.0-SNAPSHOT", "unknown"));
        String release = "/releases/v0.1.0-SNAPSHOT/quire-cli-0.1.0-SNAPSHOT.jar";
        served.put(release, Files.readAllBytes(JAR));
        served.put(release + ".sha256", sha256("another jar".getBytes(StandardCharsets.UTF_8))
                .getBytes(StandardCharsets.UTF_8));
        Path home = Files.createDirectories(dir.resolve("home"));

        Ran steps = runSteps(site, home, Map.of());
        assertThat(steps.exit()).isNotZero();
        assertThat(steps.output()).contains("step Get Quire failed")
                .contains("quire-cli-0.1.0-SNAPSHOT.jar does not match its checksum");
        assertThat(home.resolve(".cache/quire/quire-cli-0.1.0-SNAPSHOT.jar")).doesNotExist();
        assertThat(site.resolve("build")).as("no later step ran").doesNotExist();
    }

    @Test
    void aReleasedVersionComesFromMavenCentral() throws Exception {
        Path site = newSite(new QuireBuild("0.1.0", "unknown"));
        String central = "/maven2/dev/quire/quire-cli/0.1.0/quire-cli-0.1.0.jar";
        served.put(central, Files.readAllBytes(JAR));
        served.put(central + ".sha256", sha256(Files.readAllBytes(JAR)).getBytes(StandardCharsets.UTF_8));
        Path home = Files.createDirectories(dir.resolve("home"));

        Ran steps = runSteps(site, home, Map.of());
        assertThat(steps.exit()).as(steps.output()).isZero();
        assertThat(steps.output()).contains("Quire 0.1.0, from Maven Central");
        assertThat(asked).containsExactly(central, central + ".sha256");
        assertPublished(site.resolve(checkStructure(workflow(site))));
    }

    @Test
    void withoutAReleaseQuireIsBuiltFromItsSourceAtThePinnedCommit() throws Exception {
        String version = "0.1.0-SNAPSHOT";
        Path source = Files.createDirectories(dir.resolve("quire-source"));
        git(source, "init", "--quiet", "-b", "main");
        // Stands for Quire's Maven wrapper: it "builds" the packaged jar, when asked as the workflow asks.
        Files.writeString(source.resolve("mvnw"), "#!/bin/sh\n"
                + "[ \"$*\" = '-B -q -DskipTests -pl cli -am package' ] || { echo \"unexpected: $*\"; exit 1; }\n"
                + "mkdir -p cli/target && cp '" + JAR + "' cli/target/quire-cli-" + version + ".jar\n");
        source.resolve("mvnw").toFile().setExecutable(true);
        git(source, "add", "mvnw");
        git(source, "commit", "--quiet", "-m", "The pinned commit");
        String pinned = git(source, "rev-parse", "HEAD").strip();
        Files.writeString(source.resolve("mvnw"), "#!/bin/sh\necho 'built from main, not from the pinned commit'; exit 1\n");
        git(source, "commit", "--quiet", "-am", "A later commit");

        Path site = newSite(new QuireBuild(version, pinned));
        assertThat(map(workflow(site).get("env")).get("QUIRE_SOURCE")).isEqualTo(pinned);
        Path home = Files.createDirectories(dir.resolve("home"));

        Ran steps = runSteps(site, home, Map.of("QUIRE_GIT", source.toString()));
        assertThat(steps.exit()).as(steps.output()).isZero();
        assertThat(steps.output()).contains("Quire " + version + " has no release: building it from its source at " + pinned);
        assertThat(asked).containsExactly("/releases/v" + version + "/quire-cli-" + version + ".jar");
        assertThat(home.resolve(".cache/quire/quire-cli-" + version + ".jar")).hasSameBinaryContentAs(JAR);
        assertPublished(site.resolve(checkStructure(workflow(site))));
    }

    /** A site as {@code quire init} writes it, whose workflow gets {@code quire}. */
    private Path newSite(QuireBuild quire) throws IOException {
        Path site = dir.resolve("site");
        SiteFiles files = new SiteFiles(site);
        files.writeSettingsAndPublishing(SiteValues.of("My blog", "en"), quire);
        files.writeSamples("en", LocalDate.of(2025, 12, 1));
        return site;
    }

    /**
     * Checks what the runner does with the workflow, beyond its shell steps: when it runs, with
     * which rights, which actions, and what is cached; returns the folder the upload publishes.
     */
    private static String checkStructure(Map<String, Object> workflow) {
        Map<String, Object> on = map(workflow.get("on"));
        assertThat(map(on.get("push")).get("branches")).isEqualTo(List.of("main"));
        assertThat(on).containsKey("workflow_dispatch");
        assertThat(workflow.get("permissions")).isEqualTo(Map.of("contents", "read", "pages", "write", "id-token", "write"));

        Map<String, Object> jobs = map(workflow.get("jobs"));
        List<Map<String, Object>> build = steps(jobs.get("build"));
        assertThat(build).extracting(step -> step.get("uses")).contains("actions/checkout@v7", "actions/setup-java@v5",
                "actions/configure-pages@v5", "actions/cache@v5", "actions/upload-pages-artifact@v5");
        assertThat(build).filteredOn(step -> "pages".equals(step.get("id")))
                .extracting(step -> step.get("uses")).containsExactly("actions/configure-pages@v5");

        int getQuire = indexOf(build, "name", "Get Quire");
        int buildSite = indexOf(build, "name", "Build the site");
        Map<String, Object> jarCache = with(build, "path", "~/.cache/quire");
        assertThat((String) jarCache.get("key")).contains("${{ env.QUIRE_VERSION }}", "${{ env.QUIRE_SOURCE }}");
        assertThat(indexOf(build, "with", jarCache)).isLessThan(getQuire);
        Map<String, Object> siteCache = with(build, "path", ".quire/cache");
        String key = (String) siteCache.get("key");
        assertThat(key).as("a new entry for each commit").contains("${{ github.sha }}");
        assertThat(key).as("the newest entry restored").startsWith((String) siteCache.get("restore-keys"));
        assertThat(indexOf(build, "with", siteCache)).isBetween(getQuire, buildSite);

        int upload = indexOf(build, "uses", "actions/upload-pages-artifact@v5");
        assertThat(upload).isGreaterThan(buildSite);
        Map<String, Object> deploy = map(jobs.get("deploy"));
        assertThat(deploy.get("needs")).isEqualTo("build");
        assertThat(map(deploy.get("environment")).get("name")).isEqualTo("github-pages");
        assertThat(steps(deploy)).extracting(step -> step.get("uses")).containsExactly("actions/deploy-pages@v5");
        return (String) map(build.get(upload).get("with")).get("path");
    }

    private static void assertPublished(Path folder) throws IOException {
        assertThat(Files.readString(folder.resolve("blog/2025/12/01/papers-review/index.html")))
                .contains("Attention Is All You Need").contains(BASE_URL + "/blog/2025/12/01/papers-review");
        assertThat(Files.readString(folder.resolve("sitemap.xml"))).contains("<loc>" + BASE_URL + "/about/</loc>");
    }

    /**
     * Runs the shell steps of the build job in order, as the runner does, until one fails: each
     * with the workflow's and its own environment, in the site's folder, with what earlier steps
     * added to {@code GITHUB_PATH} first on the {@code PATH}. The other steps are actions, which
     * are GitHub's; their outputs are given: the address configure-pages finds.
     */
    private Ran runSteps(Path site, Path home, Map<String, String> overrides) throws Exception {
        Map<String, Object> workflow = workflow(site);
        assertThat(map(map(workflow.get("defaults")).get("run")).get("shell")).isEqualTo("bash");
        Path runner = Files.createDirectories(dir.resolve("runner"));
        Path githubPath = runner.resolve("github-path");
        Files.deleteIfExists(githubPath);
        Files.createFile(githubPath);
        String basePath = Path.of(System.getProperty("java.home"), "bin") + ":" + System.getenv("PATH");

        StringBuilder log = new StringBuilder();
        for (Map<String, Object> step : steps(map(workflow.get("jobs")).get("build"))) {
            if (!step.containsKey("run")) {
                continue;
            }
            Map<String, String> env = new LinkedHashMap<>();
            env.put("HOME", home.toString());
            env.put("CI", "true");
            env.put("GITHUB_ACTIONS", "true");
            env.put("GITHUB_WORKSPACE", site.toString());
            env.put("GITHUB_PATH", githubPath.toString());
            env.put("RUNNER_TEMP", runner.toString());
            List<String> added = new ArrayList<>(Files.readAllLines(githubPath));
            Collections.reverse(added);
            added.add(basePath);
            env.put("PATH", String.join(":", added));
            map(workflow.get("env")).forEach((name, value) -> env.put(name, String.valueOf(value)));
            map(step.getOrDefault("env", Map.of())).forEach((name, value) -> env.put(name, evaluate(String.valueOf(value))));
            env.put("QUIRE_MAVEN_REPOSITORY", "http://127.0.0.1:" + server.getAddress().getPort() + "/maven2");
            env.put("QUIRE_RELEASES", "http://127.0.0.1:" + server.getAddress().getPort() + "/releases");
            env.putAll(overrides);

            Path script = Files.writeString(runner.resolve("step.sh"), evaluate((String) step.get("run")));
            // What GitHub runs for `shell: bash`.
            Ran ran = run(site, env, "bash", "--noprofile", "--norc", "-eo", "pipefail", script.toString());
            log.append(ran.output());
            if (ran.exit() != 0) {
                return new Ran(ran.exit(), log.append("step ").append(step.get("name")).append(" failed").toString());
            }
        }
        return new Ran(0, log.toString());
    }

    /** The text with the runner's expressions replaced; only those whose values this test knows may appear. */
    private static String evaluate(String text) {
        Matcher expression = EXPRESSION.matcher(text);
        StringBuilder out = new StringBuilder();
        while (expression.find()) {
            assertThat(expression.group(1)).as("an expression in a shell step").isEqualTo("steps.pages.outputs.base_url");
            expression.appendReplacement(out, Matcher.quoteReplacement(BASE_URL));
        }
        return expression.appendTail(out).toString();
    }

    private record Ran(int exit, String output) {
    }

    private Ran run(Path folder, Map<String, String> env, String... command) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true);
        if (!env.isEmpty()) {
            builder.environment().clear();
            builder.environment().putAll(env);
        }
        Path output = Files.createTempFile(dir, "output", ".txt");
        Process process = builder.redirectOutput(output.toFile()).start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " took too long:\n" + Files.readString(output));
        }
        return new Ran(process.exitValue(), Files.readString(output));
    }

    private String git(Path repository, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("git", "-c", "user.name=Quire", "-c", "user.email=quire@example.org",
                "-c", "commit.gpgsign=false"));
        command.addAll(List.of(args));
        Ran ran = run(repository, Map.of(), command.toArray(String[]::new));
        assertThat(ran.exit()).as(ran.output()).isZero();
        return ran.output();
    }

    private static Map<String, Object> workflow(Path site) throws IOException {
        Object loaded = new Load(LoadSettings.builder().build())
                .loadFromString(Files.readString(site.resolve(".github/workflows/pages.yml")));
        return map(loaded);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object node) {
        assertThat(node).isInstanceOf(Map.class);
        return (Map<String, Object>) node;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> steps(Object job) {
        return (List<Map<String, Object>>) map(job).get("steps");
    }

    private static int indexOf(List<Map<String, Object>> steps, String key, Object value) {
        for (int i = 0; i < steps.size(); i++) {
            if (value.equals(steps.get(i).get(key))) {
                return i;
            }
        }
        throw new AssertionError("no step has " + key + ": " + value);
    }

    /** The {@code with:} of the one step whose {@code with.key} is {@code value}. */
    private static Map<String, Object> with(List<Map<String, Object>> steps, String key, String value) {
        List<Map<String, Object>> found = steps.stream().map(step -> step.get("with")).filter(Map.class::isInstance)
                .map(PagesWorkflowIT::map).filter(with -> value.equals(with.get(key))).toList();
        assertThat(found).as("steps with " + key + ": " + value).hasSize(1);
        return found.get(0);
    }

    private static void deleteTree(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
