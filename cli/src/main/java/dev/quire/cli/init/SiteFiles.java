package dev.quire.cli.init;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes the files of a new site into an empty folder. Each method returns the paths it wrote,
 * relative to the site, so the command can show them.
 */
public final class SiteFiles {

    private static final String WORKFLOW = ".github/workflows/pages.yml";

    private final Path site;

    public SiteFiles(Path site) {
        this.site = site;
    }

    /**
     * {@code quire.yml}, and what publishing needs: the GitHub Pages workflow, which builds the
     * site with {@code quire} of the same version and commit, {@code pom.xml} for the Maven plugin
     * of that version, {@code .gitignore} and a README.
     */
    public List<String> writeSettingsAndPublishing(SiteValues values, QuireBuild quire) throws IOException {
        List<String> written = new ArrayList<>();
        write("quire.yml", quireYml(values), written);
        write("pom.xml", Template.fill("site-pom.xml", Map.of("artifact-id", artifactId(site),
                "quire-version", quire.version())), written);
        write(WORKFLOW, Template.fill("pages.yml", Map.of("quire-version", YamlText.value(quire.version()),
                "quire-source", YamlText.value(quire.sourceRef()))), written);
        write(".gitignore", Template.fill("gitignore", Map.of()), written);
        write("README.md", Template.fill("README.md", Map.of("title", values.title())), written);
        return written;
    }

    /**
     * A first post dated {@code day} with its cover picture, and an about page, in {@code language};
     * and {@code papers.json} with the metadata of the papers the post reviews, so that the first
     * build shows them enriched without asking arXiv.
     */
    public List<String> writeSamples(String language, LocalDate day) throws IOException {
        List<String> written = new ArrayList<>();
        String folder = "blog/" + day + "-papers-review/";
        write(folder + "index.mdx", Template.fill("post." + language + ".mdx", Map.of("date", day.toString())), written);
        write(folder + "asset/cover.png", Template.bytes("cover.png"), written);
        write("pages/about.md", Template.fill("about." + language + ".md", Map.of()), written);
        write("papers.json", Template.bytes("papers.json"), written);
        return written;
    }

    static String quireYml(SiteValues values) {
        String baseUrl = values.baseUrl().equals("/") ? ""
                : "# The path the site lives under.\nbase-url: " + YamlText.value(values.baseUrl()) + "\n";
        return Template.fill("quire.yml", Map.of(
                "title", YamlText.value(values.title()),
                "description", YamlText.value(values.description()),
                "url", YamlText.value(values.url()),
                "base-url", baseUrl,
                "language", YamlText.value(values.language()),
                "blog", section("blog", values.blog(), "#   posts-per-page: 10       # posts per page of the blog's lists\n"),
                "feeds", section("feeds", values.feeds(), "#   limit: 20                # the newest posts each feed carries\n"
                        + "#   content: full            # or excerpt: only the part before {/* truncate */}\n"),
                "moved", moved(values)));
    }

    /** What a site moved from Docusaurus says beyond the usual keys: trailing slashes and how Markdown is read. */
    private static String moved(SiteValues values) {
        StringBuilder text = new StringBuilder();
        if (values.trailingSlash() != null) {
            text.append("\n# Whether page URLs end with a slash, as Docusaurus's trailingSlash said.\n")
                    .append("trailing-slash: ").append(values.trailingSlash()).append('\n');
        }
        if (!values.markdown().isEmpty()) {
            text.append("\n# How posts are read, as the Docusaurus site read them.\n")
                    .append(section("markdown", values.markdown(), ""));
        }
        return text.toString();
    }

    /** A section with its keys, or, when it has none, a commented example of it. */
    private static String section(String name, Map<String, Object> keys, String example) {
        if (keys.isEmpty()) {
            return "# " + name + ":\n" + example;
        }
        StringBuilder text = new StringBuilder(name + ":\n");
        keys.forEach((key, value) -> text.append("  ").append(key).append(": ").append(YamlText.value(value)).append('\n'));
        return text.toString();
    }

    /** A Maven artifact id made of the folder's name: lower case letters, digits and dashes. */
    static String artifactId(Path site) {
        Path name = site.toAbsolutePath().normalize().getFileName();
        String id = name == null ? "" : name.toString().toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return id.isEmpty() ? "site" : id;
    }

    private void write(String path, String text, List<String> written) throws IOException {
        write(path, text.getBytes(StandardCharsets.UTF_8), written);
    }

    private void write(String path, byte[] bytes, List<String> written) throws IOException {
        Path file = site.resolve(path);
        Files.createDirectories(file.getParent());
        Files.write(file, bytes, java.nio.file.StandardOpenOption.CREATE_NEW);
        written.add(path);
    }
}
