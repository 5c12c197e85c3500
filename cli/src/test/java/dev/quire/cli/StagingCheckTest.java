package dev.quire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** .github/scripts/CheckStaging.java, run as CI runs it, on a small project and what it deployed. */
class StagingCheckTest {

    private static final String METADATA = """
              <url>https://example.org/shelf</url>
              <licenses><license><name>Apache-2.0</name><url>https://www.apache.org/licenses/LICENSE-2.0.txt</url></license></licenses>
              <developers><developer><name>Shelf makers</name></developer></developers>
              <scm><connection>scm:git:https://example.org/shelf.git</connection><url>https://example.org/shelf</url></scm>
            """;

    private static Path classes;

    @TempDir
    Path dir;

    private Path project;
    private Path staging;
    private String output;

    @BeforeEach
    void aParentWithOneJarModule() throws IOException {
        project = Files.createDirectories(dir.resolve("project"));
        staging = Files.createDirectories(dir.resolve("staging"));
        Files.writeString(project.resolve("pom.xml"), parentPom(METADATA));
        Files.createDirectories(project.resolve("lib"));
        Files.writeString(project.resolve("lib/pom.xml"), libPom("1.0"));
    }

    private static String parentPom(String metadata) {
        return """
                <project>
                  <groupId>org.example</groupId>
                  <artifactId>shelf-parent</artifactId>
                  <version>1.0</version>
                  <packaging>pom</packaging>
                  <name>Shelf</name>
                  <description>Keeps books.</description>
                """ + metadata + """
                  <modules><module>lib</module></modules>
                </project>
                """;
    }

    private static String libPom(String version) {
        return """
                <project>
                  <parent><groupId>org.example</groupId><artifactId>shelf-parent</artifactId><version>%s</version></parent>
                  <artifactId>shelf-lib</artifactId>
                  <name>Shelf library</name>
                </project>
                """.formatted(version);
    }

    /** Deploys what Maven would: the parent's pom, the module's pom, jar, sources and javadoc. */
    private void deploy(String version, String fileVersion, String parentPom) throws IOException {
        Path parent = Files.createDirectories(staging.resolve("org/example/shelf-parent/" + version));
        Files.writeString(parent.resolve("shelf-parent-" + fileVersion + ".pom"), parentPom);
        Path lib = Files.createDirectories(staging.resolve("org/example/shelf-lib/" + version));
        Files.writeString(lib.resolve("shelf-lib-" + fileVersion + ".pom"), libPom(version));
        for (String classifier : new String[] {"", "-sources", "-javadoc"}) {
            try (OutputStream out = Files.newOutputStream(lib.resolve("shelf-lib-" + fileVersion + classifier + ".jar"));
                 ZipOutputStream zip = new ZipOutputStream(out)) {
                zip.putNextEntry(new ZipEntry("index.html"));
                zip.write("<p>shelf</p>".getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    /** The script, compiled once here instead of by the source launcher at every run. */
    @BeforeAll
    static void compile(@TempDir Path classesDir) {
        Path script = GitHubWorkflowsTest.repository().resolve(".github/scripts/CheckStaging.java");
        int status = ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", classesDir.toString(), script.toString());
        assertThat(status).as("CheckStaging.java compiles").isZero();
        classes = classesDir;
    }

    private int check(String... options) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classes.toString(), "CheckStaging", staging.toString(), "--project", project.toString()));
        command.addAll(List.of(options));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return process.waitFor();
    }

    @Test
    void acceptsEveryModuleWithItsFilesAndInheritedMetadata() throws Exception {
        deploy("1.0", "1.0", parentPom(METADATA));
        assertThat(check()).as(output).isZero();
        assertThat(output).contains("staging check: 2 modules complete in " + staging);
    }

    @Test
    void acceptsTimestampedSnapshots() throws Exception {
        Files.writeString(project.resolve("pom.xml"), parentPom(METADATA).replace("<version>1.0</version>", "<version>1.1-SNAPSHOT</version>"));
        Files.writeString(project.resolve("lib/pom.xml"), libPom("1.1-SNAPSHOT"));
        deploy("1.1-SNAPSHOT", "1.1-20251128.120000-1", parentPom(METADATA).replace("<version>1.0</version>", "<version>1.1-SNAPSHOT</version>"));
        assertThat(check()).as(output).isZero();
    }

    @Test
    void namesEachMissingFile() throws Exception {
        deploy("1.0", "1.0", parentPom(METADATA));
        Files.delete(staging.resolve("org/example/shelf-lib/1.0/shelf-lib-1.0-sources.jar"));
        assertThat(check()).isEqualTo(1);
        assertThat(output).contains("staging check: org.example:shelf-lib:1.0 has no shelf-lib-VERSION-sources.jar in ")
                .contains("staging check: 1 problems in " + staging);
    }

    @Test
    void namesAModuleThatWasNotDeployedAtAll() throws Exception {
        deploy("1.0", "1.0", parentPom(METADATA));
        Files.writeString(project.resolve("pom.xml"), parentPom(METADATA).replace("<module>lib</module>", "<module>lib</module><module>app</module>"));
        Files.createDirectories(project.resolve("app"));
        Files.writeString(project.resolve("app/pom.xml"), libPom("1.0").replace("shelf-lib", "shelf-app"));
        assertThat(check()).isEqualTo(1);
        assertThat(output).contains("org.example:shelf-app:1.0 was not deployed");
    }

    @Test
    void namesMetadataThatNeitherThePomNorItsParentsHave() throws Exception {
        deploy("1.0", "1.0", parentPom(METADATA.replaceAll("<scm>.*</scm>", "").replaceAll("<developers>.*</developers>", "")));
        assertThat(check()).isEqualTo(1);
        assertThat(output).contains("org.example:shelf-lib:1.0: neither the pom nor its parents have a scm with a url and connection")
                .contains("org.example:shelf-lib:1.0: neither the pom nor its parents have a developer with a name");
    }

    @Test
    void withSignedAskForASignatureOfEveryFile() throws Exception {
        deploy("1.0", "1.0", parentPom(METADATA));
        assertThat(check("--signed")).isEqualTo(1);
        assertThat(output).contains("org.example:shelf-lib:1.0: shelf-lib-1.0-javadoc.jar is not signed (no .asc beside it)");
    }
}
