package dev.quire.cli;

import static dev.quire.cli.HostileInputMatrixTest.answer;
import static dev.quire.cli.HostileInputMatrixTest.utf8;

import dev.quire.cli.HostileInputMatrixTest.Breaker;
import dev.quire.cli.HostileInputMatrixTest.Row;
import dev.quire.testing.TestSite;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The rows of {@link HostileInputMatrixTest}, by kind of input. */
final class HostileRows {

    private static final String POST = "blog/2025-11-02-x.md";
    private static final String MDX = "blog/2025-11-02-x.mdx";
    private static final String BILLION_LAUGHS = """
            a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]
            b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]
            c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]
            d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]
            e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]
            f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]
            """;

    private static final String INLINE_TOO_DEEP = "error: emphasis, links or other markup are nested more than 100 "
            + "levels deep here; Quire refuses such deep nesting";

    private HostileRows() {
    }

    @SuppressWarnings("unchecked")
    static List<Row>[] all() {
        return new List[] {frontMatter(), encodings(), sizeAndNesting(), mdx(), files(), links(), config(),
                theme(), arxiv()};
    }

    private static Row fails(String name, Breaker breaker, String... lines) {
        return new Row(name, breaker, List.of(), 1, List.of(lines));
    }

    private static Row failsStrict(String name, Breaker breaker, String... lines) {
        return new Row(name, breaker, List.of("--strict"), 1, List.of(lines));
    }

    private static Row builds(String name, Breaker breaker, String... lines) {
        return new Row(name, breaker, List.of(), 0, List.of(lines));
    }

    private static Breaker post(String path, String text) {
        return f -> f.file(path, text);
    }

    private static List<Row> frontMatter() {
        return List.of(
                fails("malformed front matter", post(POST, "---\ntitle: [unclosed\n---\nBody.\n"),
                        POST + ":3: error: invalid YAML: while parsing a flow sequence, expected ',' or ']', but got <stream end>"),
                fails("unterminated front matter", post(POST, "---\ntitle: x\n\nBody.\n"),
                        POST + ":1: error: the front matter that starts here is never closed; add a line with only --- after it"),
                fails("front matter that is a list", post(POST, "---\n- a\n- b\n---\nBody.\n"),
                        POST + ":2: error: front matter must be 'key: value' lines, like 'title: My post'"),
                fails("front matter with a duplicate key", post(POST, "---\ntitle: a\ntitle: b\n---\nBody.\n"),
                        POST + ":3: error: duplicate key 'title'"),
                fails("a YAML bomb in front matter", post(POST, "---\n" + BILLION_LAUGHS + "---\nBody.\n"),
                        POST + ":2: error: YAML expands to more than 100000 values (aliases repeated inside aliases?); refusing to read it"),
                fails("a !!java tag in front matter",
                        post(POST, "---\ntitle: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://127.0.0.1:9/\"]]]]\n---\nBody.\n"),
                        POST + ":2: error: YAML tag 'tag:yaml.org,2002:javax.script.ScriptEngineManager' is not allowed; write plain text, numbers, lists and mappings"),
                fails("a custom YAML tag", post(POST, "---\ntags: !custom [a]\n---\nBody.\n"),
                        POST + ":2: error: YAML tag '!custom' is not allowed; write plain text, numbers, lists and mappings"),
                fails("a self-referring YAML alias", post(POST, "---\na: &a [*a]\n---\nBody.\n"),
                        POST + ":2: error: YAML is nested too deeply or refers to itself"),
                fails("tags of the wrong type", post(POST, "---\ntags: 5\n---\nBody.\n"),
                        POST + ":2: error: front matter 'tags' must be a list, like tags: [papers, llm] (got 5)"),
                fails("an impossible date", post(POST, "---\ndate: 2025-02-30\n---\nBody.\n"),
                        POST + ":2: error: 'date' is not a date: '2025-02-30'; write it as YYYY-MM-DD, e.g. 2025-11-28"),
                fails("an empty post", post(POST, "\n \n"),
                        POST + ":1: error: the file is empty; write a title and some text, or delete it"),
                fails("a slug with .. in it", post(POST, "---\nslug: ../../../etc\n---\nBody.\n"),
                        POST + ":1: error: the URL /blog/../../../etc has '.' or '..' segments; choose a slug without them"),
                fails("two posts with one permalink", f -> f
                                .file("blog/2025-11-02-same.md", "Same.\n")
                                .file("blog/other.md", "---\nslug: /2025/11/02/same\n---\nTwo.\n"),
                        "blog/other.md:1: error: has the same URL /blog/2025/11/02/same as blog/2025-11-02-same.md; "
                                + "give one of them another slug or file name"),
                fails("an author missing from authors.yml", f -> f
                                .file("blog/authors.yml", "kim:\n  name: Kim\n")
                                .file(POST, "---\nauthors: [kim, nobody]\n---\nBody.\n"),
                        POST + ":2: error: author 'nobody' is not in blog/authors.yml (known: kim)"),
                fails("a YAML bomb in authors.yml", post("blog/authors.yml", BILLION_LAUGHS),
                        "blog/authors.yml:1: error: YAML expands to more than 100000 values (aliases repeated inside aliases?); refusing to read it"),
                builds("control characters in a title and text", f -> {
                    f.file(POST, "---\ntitle: \"Bell\\a and \\x1b[31mred\"\n---\nBody \u0001 text\u007f.\n");
                    f.expect("blog/2025/11/02/x/index.html", "<title>Bell and [31mred");
                    f.expect("blog/2025/11/02/x/index.html", "Body  text.");
                }));
    }

    private static List<Row> encodings() {
        return List.of(
                fails("a post in Latin-1", f -> f.file(POST, "# Caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1)),
                        POST + ":1: error: the file is not UTF-8 text (byte 0xE9 at offset 5); save it as UTF-8"),
                fails("a post in UTF-16", f -> f.file(POST, "\uFEFF# Title\n".getBytes(StandardCharsets.UTF_16LE)),
                        POST + ":1: error: the file is not UTF-8 text (byte 0xFF at offset 0); save it as UTF-8"),
                fails("a binary file named .md", f -> f.file(POST, new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0}),
                        POST + ":1: error: the file is not UTF-8 text (byte 0x89 at offset 0); save it as UTF-8"),
                builds("a post with a byte order mark", post(POST, "\uFEFF---\ntitle: Marked\n---\nBody.\n")),
                builds("a post with NUL characters", post(POST, "# Nul\u0000ls\n\nText\u0000.\n")),
                builds("a quire.yml with a byte order mark", f -> f.file("quire.yml", "\uFEFF" + TestSite.DEFAULT_CONFIG)),
                fails("an authors.yml in Latin-1", f -> f.file("blog/authors.yml",
                                "kim:\n  name: Andr\u00e9\n".getBytes(StandardCharsets.ISO_8859_1)),
                        "blog/authors.yml:2: error: the file is not UTF-8 text (byte 0xE9 at offset 17); save it as UTF-8"),
                fails("a YAML bomb in tags.yml", post("blog/tags.yml", BILLION_LAUGHS),
                        "blog/tags.yml:1: error: YAML expands to more than 100000 values (aliases repeated inside aliases?); refusing to read it"),
                fails("a quire.yml in Latin-1", f -> f.file("quire.yml",
                                (TestSite.DEFAULT_CONFIG + "description: caf\u00e9\n").getBytes(StandardCharsets.ISO_8859_1)),
                        "quire.yml:4: error: the file is not UTF-8 text (byte 0xE9 at offset 80); save it as UTF-8"));
    }

    private static List<Row> sizeAndNesting() {
        return List.of(
                fails("a 20 MB post", f -> f.file(POST, "# Big\n\n" + "Words words words words.\n\n".repeat(800_000)),
                        POST + ": error: the file is 19.8 MB; Quire reads text files up to 10 MB "
                                + "(split it, or put large data in static/)"),
                fails("lists nested 10,000 deep", post(POST, "# Deep\n\n" + "- ".repeat(10_000) + "x\n"),
                        POST + ":3: error: lists or block quotes are nested more than 100 levels deep here; "
                                + "Quire refuses such deep nesting"),
                fails("block quotes nested 10,000 deep", post(POST, "# Deep\n\n" + "> ".repeat(10_000) + "x\n"),
                        POST + ":3: error: lists or block quotes are nested more than 100 levels deep here; "
                                + "Quire refuses such deep nesting"),
                fails("lists indented 300 deep, one level a line", post(POST, "# Deep\n\n" + indentedList(300)),
                        POST + ":103: error: lists or block quotes are nested more than 100 levels deep here; "
                                + "Quire refuses such deep nesting"),
                fails("emphasis nested 10,000 deep", post(POST, "# Deep\n\n" + "*a ".repeat(10_000) + "x" + " b*".repeat(10_000) + "\n"),
                        POST + ":3: " + INLINE_TOO_DEEP),
                fails("links in images nested 10,000 deep", post(POST, "# Deep\n\nText.\n\n" + "[![a ".repeat(5_000) + "x" + "](/)](/)".repeat(5_000) + "\n"),
                        POST + ":5: " + INLINE_TOO_DEEP),
                builds("emphasis nested 90 deep", post(POST, "# Deep\n\n" + "*a ".repeat(90) + "x" + " b*".repeat(90) + "\n")),
                builds("HTML nested 10,000 deep", post(POST, "# Deep\n\n<div>" + "<span>".repeat(10_000) + "x" + "</span>".repeat(10_000) + "</div>\n")));
    }

    private static String indentedList(int depth) {
        StringBuilder list = new StringBuilder();
        for (int level = 0; level < depth; level++) {
            list.append("  ".repeat(level)).append("- x\n");
        }
        return list.toString();
    }

    private static List<Row> mdx() {
        return List.of(
                // MDX refuses these, so Docusaurus does too: errors at the MDX compiler's line and column.
                fails("an unclosed JSX tag", post(MDX, "Text.\n\n<div className=\"note\"\n\nMore.\n"),
                        MDX + ":5:5: error: Unexpected character `.` (U+002E) after attribute, expected a character "
                                + "that can start an attribute name, such as a letter, `$`, or `_`; whitespace before "
                                + "attributes; or the end of the tag"),
                fails("an unclosed JSX expression", post(MDX, "Text {1 + \n\nMore.\n"),
                        MDX + ":1:10: error: Unexpected end of file in expression, expected a corresponding "
                                + "closing brace for `{`"),
                fails("a binding that was never imported", post(MDX, "Text.\n\n<img src={nope} />\n"),
                        MDX + ":3: error: {nope} is used but never imported; add `import nope from './file.png';` or fix the name"),
                fails("an import that leaves the site", post(MDX, "import secret from '../../../../../etc/passwd';\n\n<img src={secret} />\n"),
                        MDX + ":3: error: image '../../../../../etc/passwd' leads outside the site folder; a post may only use "
                                + "files inside the site folder, so it is not read",
                        MDX + ":1: warning: the import of 'secret' from '../../../../../etc/passwd' is ignored: it is code or data, "
                                + "not an image or a file to publish"),
                fails("an import of a symbolic link out of the site", f -> {
                    f.file(MDX, "import secret from './asset/secret.png';\n\n<img src={secret} />\n");
                    Files.createDirectories(f.path("blog/asset"));
                    Files.createSymbolicLink(f.path("blog/asset/secret.png"), Path.of("/etc/passwd"));
                }, MDX + ":3: error: image './asset/secret.png' is, or goes through, a symbolic link that points outside "
                        + "the site folder; a post may only use files inside the site folder, so it is not read",
                        MDX + ":1: error: image './asset/secret.png' is, or goes through, a symbolic link that points outside "
                        + "the site folder; a post may only use files inside the site folder, so it is not read"),
                fails("unclosed HTML elements", post(MDX, "<div>\n<p>\n<span>Text\n"),
                        MDX + ":3:1: error: Expected a closing tag for `<span>` before the end of `paragraph`"));
    }

    private static List<Row> files() {
        return List.of(
                fails("a post that is a symbolic link out of the site", f -> {
                    Files.createDirectories(f.path("blog"));
                    Files.createSymbolicLink(f.path("blog/2025-11-02-passwd.md"), Path.of("/etc/passwd"));
                }, "blog/2025-11-02-passwd.md: error: is a link to a file outside the site folder; Quire never reads files outside the site"),
                fails("a static file that is a symbolic link out of the site", f -> {
                    Files.createDirectories(f.path("static"));
                    Files.createSymbolicLink(f.path("static/passwd"), Path.of("/etc/passwd"));
                }, "static/passwd: error: is a link to a file outside the site folder; Quire never reads files outside the site"),
                builds("a symbolic link loop in the blog folder", f -> {
                    Files.createDirectories(f.path("blog/loop"));
                    Files.createSymbolicLink(f.path("blog/loop/again"), f.path("blog/loop"));
                }),
                builds("a folder named like a post", f -> Files.createDirectories(f.path("blog/2025-11-02-folder.md"))),
                fails("a post that cannot be read", f -> {
                    Files.createDirectories(f.path("blog"));
                    Files.createSymbolicLink(f.path(POST), f.path("blog/nothing-here"));
                }, POST + ": error: is a link to a file that does not exist"),
                fails("an output folder Quire did not write", f -> {
                    Files.createDirectories(f.site.out());
                    Files.delete(f.site.out().resolve(".quire-build"));
                }, "error: refusing to replace {out}: it is not empty and was not written by Quire (no .quire-build file); "
                        + "empty it or choose another --out"));
    }

    private static List<Row> links() {
        String broken = POST + ":3: warning: broken link /blog/does-not-exist: no page or file at /blog/does-not-exist";
        return List.of(
                builds("a broken internal link", post(POST, "# X\n\n[x](/blog/does-not-exist)\n"), broken),
                failsStrict("a broken internal link, strict", post(POST, "# X\n\n[x](/blog/does-not-exist)\n"), broken,
                        "error: strict mode: the warnings above count as errors"),
                failsStrict("a broken anchor, strict", post(POST, "# X\n\n[x](/blog/2025/11/01/fine#nowhere)\n"),
                        POST + ":3: warning: broken link /blog/2025/11/01/fine#nowhere: blog/2025-11-01-fine.md has no anchor #nowhere",
                        "error: strict mode: the warnings above count as errors"),
                fails("a missing image", post(POST, "# X\n\n![chart](./missing.png)\n"),
                        POST + ":3: error: image './missing.png' not found: there is no blog/missing.png"),
                failsStrict("a missing image in JSX, which Docusaurus does not check", post(MDX,
                                "# X\n\n<img src=\"./asset/gone.png\" alt=\"gone\" />\n"),
                        MDX + ":3: warning: broken link ./asset/gone.png: no page or file at /blog/2025/11/02/x/asset/gone.png",
                        "error: strict mode: the warnings above count as errors"),
                builds("a link to a Markdown file that is not a post", post(POST, "# X\n\n[x](./nothing.md)\n"),
                        POST + ":3: warning: the link ./nothing.md points at a Markdown file that is not a post or page of this site"));
    }

    private static List<Row> config() {
        return List.of(
                fails("a quire.yml that is a list", post("quire.yml", "- title\n- url\n"),
                        "quire.yml:1: error: quire.yml must be 'key: value' lines, like 'title: My blog'"),
                fails("a quire.yml that is one word", post("quire.yml", "blog\n"),
                        "quire.yml:1: error: quire.yml must be 'key: value' lines, like 'title: My blog'"),
                fails("a quire.yml section of the wrong shape", post("quire.yml", TestSite.DEFAULT_CONFIG + "blog: [a, b]\n"),
                        "quire.yml:4: error: 'blog' must be a mapping of keys to values"),
                fails("a quire.yml value of the wrong type", post("quire.yml", TestSite.DEFAULT_CONFIG + "blog:\n  posts-per-page: ten\n"),
                        "quire.yml:5: error: 'blog.posts-per-page' must be a whole number"),
                fails("a YAML bomb in quire.yml", post("quire.yml", TestSite.DEFAULT_CONFIG + BILLION_LAUGHS),
                        "quire.yml:4: error: YAML expands to more than 100000 values (aliases repeated inside aliases?); refusing to read it"),
                fails("a !!java tag in quire.yml", post("quire.yml", "title: !!java.lang.ProcessBuilder [[touch, /tmp/pwned]]\n"),
                        "quire.yml:1: error: YAML tag 'tag:yaml.org,2002:java.lang.ProcessBuilder' is not allowed; write plain text, numbers, lists and mappings"),
                fails("a missing quire.yml", f -> Files.delete(f.path("quire.yml")),
                        "quire.yml: error: no quire.yml in {site}; is this the site folder? A quire.yml with a 'title:' and a 'url:' line is enough to start"),
                failsStrict("an unknown quire.yml key, strict", post("quire.yml", TestSite.DEFAULT_CONFIG + "colour: red\n"),
                        "quire.yml:4: warning: unknown setting 'colour' is ignored",
                        "error: strict mode: the warnings above count as errors"));
    }

    private static List<Row> theme() {
        return List.of(
                fails("a template syntax error", post("templates/post.peb", "{% extends \"base\" %}\n{% block content %}\n{{ page.title \n{% endblock %}\n"),
                        "templates/post.peb:5: error: template error: Unexpected character [the end of the template]"),
                fails("an unknown theme", post("quire.yml", TestSite.DEFAULT_CONFIG + "theme: no-such-theme\n"),
                        "quire.yml:4: error: unknown theme 'no-such-theme': no folder themes/no-such-theme/ in the site and no theme jar with that name on the class path"));
    }

    private static List<Row> arxiv() {
        String paper = "blog/2025-11-02-paper.md:3: warning: arXiv:2511.21541 has no metadata (";
        return List.of(
                failsStrict("an arXiv answer with an external entity (XXE)", f -> f.arxiv(exchange -> answer(exchange,
                                "application/atom+xml", utf8("<?xml version=\"1.0\"?><!DOCTYPE feed [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                                        + "<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><title>&x;</title></entry></feed>"))),
                        paper + "arXiv's answer is not usable: it has a DOCTYPE, which an Atom feed never needs; refused); its links stay plain links", "error: strict mode: the warnings above count as errors"),
                failsStrict("an arXiv answer that is a billion laughs", f -> f.arxiv(exchange -> answer(exchange,
                                "application/atom+xml", utf8(billionLaughsXml()))),
                        paper + "arXiv's answer is not usable: it has a DOCTYPE, which an Atom feed never needs; refused); its links stay plain links", "error: strict mode: the warnings above count as errors"),
                failsStrict("an arXiv answer of 50 MB", f -> f.arxiv(exchange -> {
                    exchange.getResponseHeaders().set("Content-Type", "application/atom+xml");
                    exchange.sendResponseHeaders(200, 0);
                    byte[] chunk = utf8("<!-- " + "x".repeat(65_000) + " -->\n");
                    try (OutputStream out = exchange.getResponseBody()) {
                        out.write(utf8("<feed xmlns=\"http://www.w3.org/2005/Atom\">"));
                        for (int i = 0; i < 50 * 1024 * 1024 / chunk.length; i++) {
                            out.write(chunk);
                        }
                    }
                }), paper + "the answer is larger than 8192 KiB; refusing to read it); its links stay plain links", "error: strict mode: the warnings above count as errors"),
                failsStrict("an arXiv answer in HTML", f -> f.arxiv(exchange -> answer(exchange, "text/html",
                                utf8("<!DOCTYPE html><html><body><h1>Rate exceeded.</h1></body></html>"))),
                        paper + "arXiv answered with an HTML page instead of Atom (is arxiv.api-url right?)); its links stay plain links", "error: strict mode: the warnings above count as errors"),
                failsStrict("an arXiv answer that drips past the time limit", f -> f.arxiv(exchange -> {
                    exchange.getResponseHeaders().set("Content-Type", "application/atom+xml");
                    exchange.sendResponseHeaders(200, 0);
                    try (OutputStream out = exchange.getResponseBody()) {
                        for (int i = 0; i < 40; i++) {
                            out.write(' ');
                            out.flush();
                            Thread.sleep(100);
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }), paper + "no answer within 2 s); its links stay plain links", "error: strict mode: the warnings above count as errors"));
    }

    private static String billionLaughsXml() {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE feed [<!ENTITY l0 \"lol\">");
        for (int i = 1; i <= 9; i++) {
            xml.append("<!ENTITY l").append(i).append(" \"").append(("&l" + (i - 1) + ";").repeat(10)).append("\">");
        }
        return xml.append("]><feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><title>&l9;</title></entry></feed>").toString();
    }
}
