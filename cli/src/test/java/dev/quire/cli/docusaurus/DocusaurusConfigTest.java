package dev.quire.cli.docusaurus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Configurations as real blogs write them: read without running them, nothing lost silently. */
class DocusaurusConfigTest {

    private static String fixture(String name) throws IOException {
        try (var in = DocusaurusConfigTest.class.getResourceAsStream("/docusaurus-configs/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static DocusaurusConfig read(String name) throws Exception {
        return DocusaurusConfig.read(name, fixture(name), null);
    }

    @Test
    void theConfigCreateDocusaurusWritesKeepsItsBlogOptionsThroughTheJsDocCast() throws Exception {
        DocusaurusConfig config = read("create-docusaurus.config.js");

        assertThat(config.title()).contains("Paper Notes");
        assertThat(config.defaultLocale()).contains("zh-Hans");
        assertThat(config.blogPath()).contains("articles");
        assertThat(config.routeBasePath()).contains("posts");
        assertThat(config.postsPerPage()).contains(7L);
        assertThat(config.feeds()).containsEntry("formats", List.of("rss", "atom"));
        assertThat(config.notes()).contains(
                "blog.editUrl 'https://github.com/notes/notes.github.io/tree/main/' (line 46): posts get no "
                        + "\"edit this page\" link",
                "feed option 'xslt' (line 43) is not carried over: Quire has no such setting",
                "site.onBrokenLinks (line 23): Quire checks links with 'quire check', not at every build");
        assertThat(String.join("\n", config.notes())).doesNotContain("showReadingTime").doesNotContain("could not be read");
    }

    @Test
    void aTypeScriptConfigWithSatisfiesAndNoSemicolonsIsRead() throws Exception {
        DocusaurusConfig config = read("typescript.config.ts");

        assertThat(config.title()).contains("Math Reading Group");
        assertThat(config.routeBasePath()).contains("notes");
        assertThat(config.trailingSlash()).contains(false);
        assertThat(config.markdown()).isEqualTo(Map.of("format", "detect", "math", true, "mermaid", true));
        assertThat(config.notes()).contains(
                "blog.remarkPlugins [remarkAbbr] (line 26): not run; what they add to posts is missing",
                "markdown.preprocessor (line 15): not run — posts it changed may render differently",
                "blog.tagsBasePath 'topics' (line 25): these pages MOVE: Quire publishes them under /notes/tags/",
                "blog 'news' (line 34: path news, routeBasePath news) is not carried over: Quire publishes one blog "
                        + "per site; move it into a site of its own with --blog news");
        assertThat(config.read()).containsEntry("(blog)", "'default' (path blog, routeBasePath notes)");
    }

    @Test
    void withoutRemarkMathTheBlogHasNoMath() throws Exception {
        assertThat(read("create-docusaurus.config.js").markdown()).isEqualTo(Map.of("math", false));
    }

    @Test
    void anotherBlogIsChosenById() throws Exception {
        DocusaurusConfig config = DocusaurusConfig.read("typescript.config.ts", fixture("typescript.config.ts"), "news");

        assertThat(config.blogPath()).contains("news");
        assertThat(config.routeBasePath()).contains("news");
        assertThat(config.notes()).anyMatch(n -> n.startsWith("blog 'default' (line 23: path blog, routeBasePath notes) "
                + "is not carried over"));
        assertThatThrownBy(() -> DocusaurusConfig.read("typescript.config.ts", fixture("typescript.config.ts"), "talks"))
                .hasMessage("--blog talks: typescript.config.ts has no blog with that id (its blogs: default, news)");
    }

    @Test
    void aConfigThatAFunctionReturnsIsRead() throws Exception {
        DocusaurusConfig config = read("function.config.js");

        assertThat(config.title()).contains("Computed Notes");
        assertThat(config.routeBasePath()).contains("/");
        assertThat(config.postsPerPage()).isEmpty();
        assertThat(config.notes()).anyMatch(n -> n.contains("postsPerPage: \"ALL\""));
    }

    @Test
    void moduleExportsOfAVariableWithSeveralBlogsTakesThePresetOne() throws Exception {
        DocusaurusConfig config = read("cjs.config.js");

        assertThat(config.routeBasePath()).contains("/");
        assertThat(config.notes()).anyMatch(n -> n.startsWith("blog 'talks' (line 23"))
                .anyMatch(n -> n.startsWith("blog 'news' (line 24"))
                .contains("blog.showReadingTime false (line 17): Quire's theme shows the reading time of every post; "
                        + "remove it from templates/ if you do not want it");
    }

    @Test
    void severalBlogsWithoutADefaultOneAskForTheChoice() {
        String source = """
                module.exports = {
                  title: 'Two blogs',
                  presets: [['classic', {docs: false, blog: false}]],
                  plugins: [
                    ['@docusaurus/plugin-content-blog', {id: 'talks', path: 'talks'}],
                    ['@docusaurus/plugin-content-blog', {id: 'news', path: 'news'}],
                  ],
                }
                """;
        assertThatThrownBy(() -> DocusaurusConfig.read("docusaurus.config.js", source, null))
                .hasMessage("docusaurus.config.js sets up 2 blogs (talks, news); Quire publishes one blog per site: "
                        + "name the one to import with --blog ID");
        assertThatThrownBy(() -> DocusaurusConfig.read("docusaurus.config.js",
                "module.exports = {presets: [['classic', {blog: false}]]}", null))
                .hasMessageContaining("turns the blog off (blog: false)");
    }

    @Test
    void aVariableExportedWithoutASemicolonBeforeItIsRead() throws Exception {
        DocusaurusConfig config = DocusaurusConfig.read("docusaurus.config.js",
                "const config = {title: 'No semicolons', presets: [['classic', {blog: {routeBasePath: 'b'}}]]}\n"
                        + "export default config\n", null);

        assertThat(config.title()).contains("No semicolons");
        assertThat(config.routeBasePath()).contains("b");
    }

    @Test
    void computedBlogOptionsAreSaidNotTakenAsTheDefaults() throws Exception {
        DocusaurusConfig config = DocusaurusConfig.read("docusaurus.config.js",
                "const blog = require('./blog.config');\nmodule.exports = {title: 'T', presets: [['classic', {blog}]]};\n",
                null);
        assertThat(config.notes()).contains("docusaurus.config.js:2: 'the options of blog 'default'' could not be read "
                + "(it is computed: blog); set it in quire.yml yourself");

        DocusaurusConfig shared = DocusaurusConfig.read("docusaurus.config.js",
                "module.exports = {presets: [['classic', presetOptions]]};\n", null);
        assertThat(shared.notes()).anyMatch(n -> n.contains("(it is computed: presetOptions)"));
    }

    @Test
    void aBlogAtTheRootListsMovedTagPagesUnderTheRoot() throws Exception {
        DocusaurusConfig config = DocusaurusConfig.read("docusaurus.config.js",
                "module.exports = {presets: [['classic', {blog: {routeBasePath: '/', tagsBasePath: 'topics'}}]]};\n",
                null);
        assertThat(config.notes()).contains("blog.tagsBasePath 'topics' (line 1): these pages MOVE: Quire publishes "
                + "them under /tags/");
    }

    @Test
    void translatedBlogsAreListedAsNotMoved() throws Exception {
        DocusaurusConfig config = DocusaurusConfig.read("docusaurus.config.js",
                "module.exports = {i18n: {defaultLocale: 'ko', locales: ['ko', 'en']}};\n", null);
        assertThat(config.defaultLocale()).contains("ko");
        assertThat(config.notes()).contains("i18n.locales ['ko', 'en'] (line 1): only the posts in ko are moved; the "
                + "translations under i18n/en/ and their pages (/en/…) are not");
    }
}
