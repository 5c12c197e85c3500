package dev.quire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The repository's GitHub workflows, read as GitHub reads them: a mistake in one shows only when it
 * runs, and the release workflow runs once per release.
 */
class GitHubWorkflowsTest {

    static Path repository() {
        return ConfigurationReferenceTest.docs().resolve("..").normalize();
    }

    private static Path workflows() {
        return repository().resolve(".github/workflows");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> workflow(String file) throws IOException {
        String text = Files.readString(workflows().resolve(file), StandardCharsets.UTF_8);
        return (Map<String, Object>) new Load(LoadSettings.builder().setLabel(file).build()).loadFromString(text);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        assertThat(value).isInstanceOf(Map.class);
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> steps(Map<String, Object> workflow, String job) {
        Object steps = map(map(workflow.get("jobs")).get(job)).get("steps");
        assertThat(steps).as(job + " has steps").isInstanceOf(List.class);
        return (List<Map<String, Object>>) steps;
    }

    /** Every command the job runs, one text, for the checks of what a job does. */
    private static String runs(Map<String, Object> workflow, String job) {
        return steps(workflow, job).stream().map(step -> String.valueOf(step.getOrDefault("run", ""))).reduce("", String::concat);
    }

    @Test
    void everyWorkflowHasJobsWhoseStepsEachRunOrUseAPinnedAction() throws IOException {
        List<Path> files;
        try (Stream<Path> listed = Files.list(workflows())) {
            files = listed.filter(f -> f.toString().endsWith(".yml") || f.toString().endsWith(".yaml")).sorted().toList();
        }
        assertThat(files).extracting(f -> f.getFileName().toString()).contains("ci.yml", "release.yml");
        for (Path file : files) {
            Map<String, Object> workflow = workflow(file.getFileName().toString());
            assertThat(workflow).as(file.toString()).containsKeys("name", "on", "jobs");
            Map<String, Object> jobs = map(workflow.get("jobs"));
            assertThat(jobs).as(file + " jobs").isNotEmpty();
            for (String job : jobs.keySet()) {
                assertThat(map(jobs.get(job))).as(file + " " + job).containsKey("runs-on");
                for (Map<String, Object> step : steps(workflow, job)) {
                    assertThat(step.containsKey("run") != step.containsKey("uses"))
                            .as(file + " " + job + ": a step either runs a command or uses an action: " + step).isTrue();
                    if (step.containsKey("uses")) {
                        assertThat((String) step.get("uses")).as(file + " " + job).matches("[\\w.-]+/[\\w.-]+@v\\d+");
                    }
                }
            }
        }
    }

    @Test
    void ciRunsTheSameScriptAsEveryOtherCi() throws IOException {
        Map<String, Object> ci = workflow("ci.yml");
        assertThat(map(ci.get("on"))).containsKeys("push", "pull_request");
        assertThat(runs(ci, "build")).contains("bash .ci/run");
        assertThat(Files.readString(repository().resolve(".ci/run")))
                .contains("-Prelease -DskipTests -Dgpg.skip deploy").contains(".github/scripts/CheckStaging.java");
    }

    @Test
    void aVersionTagIsTestedThenPublishedToCentralGitHubAndPages() throws IOException {
        Map<String, Object> release = workflow("release.yml");
        assertThat(map(map(release.get("on")).get("push")).get("tags")).isEqualTo(List.of("v*"));
        Map<String, Object> jobs = map(release.get("jobs"));
        assertThat(jobs).containsOnlyKeys("test", "publish", "docs");
        assertThat(runs(release, "test")).contains("./mvnw -B verify");
        for (String job : List.of("publish", "docs")) {
            assertThat(map(jobs.get(job)).get("needs")).as(job + " waits for the tests").isEqualTo("test");
        }

        String publish = runs(release, "publish");
        assertThat(publish).contains("./mvnw -B -Prelease,central -DskipTests deploy");
        String jar = "quire-cli-${GITHUB_REF_NAME#v}.jar";
        assertThat(publish).contains("cp \"cli/target/" + jar + "\" dist/")
                .contains("sha256sum \"" + jar + "\" > \"" + jar + ".sha256\"")
                .containsPattern("gh release create \"\\$GITHUB_REF_NAME\" [^\\n]*\\\\\\n\\s*\"dist/" + Pattern.quote(jar)
                        + "\" \"dist/" + Pattern.quote(jar) + ".sha256\"");
        assertThat(map(jobs.get("publish")).get("permissions")).isEqualTo(Map.of("contents", "write"));

        assertThat(runs(release, "docs")).contains("./quire build docs");
        assertThat(steps(release, "docs")).extracting(step -> step.get("uses"))
                .contains("actions/configure-pages@v5", "actions/upload-pages-artifact@v3", "actions/deploy-pages@v4");
    }

    @Test
    void everySecretTheReleaseNeedsIsDocumented() throws IOException {
        String text = Files.readString(workflows().resolve("release.yml"), StandardCharsets.UTF_8);
        String releasing = Files.readString(repository().resolve("docs/pages/releasing.md"), StandardCharsets.UTF_8);
        Matcher secret = Pattern.compile("secrets\\.(\\w+)").matcher(text);
        int secrets = 0;
        while (secret.find()) {
            assertThat(releasing).as("docs/pages/releasing.md names the secret").contains("`" + secret.group(1) + "`");
            secrets++;
        }
        assertThat(secrets).isEqualTo(4);
    }
}
