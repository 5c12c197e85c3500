package dev.quire.internal.content;

import com.fasterxml.jackson.databind.JsonNode;
import dev.quire.diagnostics.QuireException;
import dev.quire.internal.text.Slugs;
import dev.quire.internal.yaml.YamlDocument;
import dev.quire.model.Author;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The authors of a blog: the map in {@code blog/authors.yml}, and the authors a post names in
 * front matter (keys of that map, inline objects, or the old {@code author:} keys), as Docusaurus
 * reads them. An author of the map has a page of their own only with {@code page: true} or
 * {@code page: {permalink: …}}, as in Docusaurus 3.
 */
final class Authors {

    private final Map<String, Author> byKey;

    private Authors(Map<String, Author> byKey) {
        this.byKey = byKey;
    }

    static Authors none() {
        return new Authors(Map.of());
    }

    /** Reads {@code file} if it exists; {@code source} is its path in the site, for messages. */
    static Authors read(Path file, String source) {
        if (!Files.isRegularFile(file)) {
            return none();
        }
        String text = SourceText.readText(file, source);
        YamlDocument document = YamlDocument.parse(text, source, 1);
        JsonNode root = document.root();
        if (root.isMissingNode() || root.isNull()) {
            return none();
        }
        if (!root.isObject()) {
            throw new QuireException(source, 1, "authors.yml must map keys to authors, like 'alice: {name: Alice}'");
        }
        Map<String, Author> authors = new LinkedHashMap<>();
        root.fields().forEachRemaining(e -> {
            if (!e.getValue().isObject()) {
                throw new QuireException(source, document.line("/" + e.getKey()),
                        "author '" + e.getKey() + "' must be a mapping with at least a name");
            }
            authors.put(e.getKey(), author(e.getKey(), e.getValue()));
        });
        return new Authors(authors);
    }

    Map<String, Author> byKey() {
        return byKey;
    }

    /** The authors a post's front matter names, in order. */
    List<Author> of(FrontMatter fm) {
        List<Author> out = new ArrayList<>();
        JsonNode node = fm.node("authors");
        if (node != null) {
            if (node.isArray()) {
                for (int i = 0; i < node.size(); i++) {
                    out.add(one(fm, node.get(i), fm.line("authors", i)));
                }
            } else {
                out.add(one(fm, node, fm.line("authors")));
            }
        } else if (fm.has("author")) {
            out.add(new Author(null, fm.text("author").orElse(""),
                    firstText(fm, "author_title", "authorTitle"),
                    firstText(fm, "author_url", "authorURL"),
                    firstText(fm, "author_image_url", "authorImageURL"), null, null, null));
        }
        return out;
    }

    private Author one(FrontMatter fm, JsonNode node, int line) {
        if (node.isTextual()) {
            Author known = byKey.get(node.asText());
            if (known == null) {
                throw new QuireException(fm.file(), line, "author '" + node.asText() + "' is not in blog/authors.yml"
                        + (byKey.isEmpty() ? "" : " (known: " + String.join(", ", byKey.keySet()) + ")"));
            }
            return known;
        }
        if (!node.isObject()) {
            throw new QuireException(fm.file(), line,
                    "front matter 'authors' must be keys of authors.yml or mappings with a name");
        }
        if (node.hasNonNull("key")) {
            Author known = byKey.get(node.get("key").asText());
            if (known == null) {
                throw new QuireException(fm.file(), line, "author '" + node.get("key").asText() + "' is not in blog/authors.yml");
            }
            // Fields the post leaves out come from authors.yml, as in Docusaurus's merge of the two.
            Author inline = author(null, node);
            return new Author(known.key(), or(inline.name(), known.name()), or(inline.title(), known.title()),
                    or(inline.url(), known.url()), or(inline.imageUrl(), known.imageUrl()),
                    or(inline.email(), known.email()), inline.socials().isEmpty() ? known.socials() : inline.socials(),
                    known.page());
        }
        return author(null, node);
    }

    private static Author author(String key, JsonNode node) {
        Map<String, String> socials = new LinkedHashMap<>();
        JsonNode s = node.get("socials");
        if (s != null && s.isObject()) {
            s.fields().forEachRemaining(e -> socials.put(e.getKey(), e.getValue().asText()));
        }
        return new Author(key, text(node, "name", key == null ? "" : key), text(node, "title", null),
                text(node, "url", null), firstNonNull(text(node, "image_url", null), text(node, "imageURL", null)),
                text(node, "email", null), socials, key == null ? null : page(key, node.get("page")));
    }

    /**
     * The path of an author's page, as Docusaurus makes it: the key in kebab case for
     * {@code page: true} ({@code Jane Doe} is {@code jane-doe}), the permalink for
     * {@code page: {permalink: …}}, and none otherwise.
     */
    private static String page(String key, JsonNode page) {
        if (page == null || page.isNull() || page.isBoolean() && !page.asBoolean()) {
            return null;
        }
        String path = page.isObject() && page.hasNonNull("permalink") ? page.get("permalink").asText() : Slugs.kebab(key);
        String trimmed = path.replaceAll("^/+|/+$", "");
        return trimmed.isEmpty() ? null : trimmed;
    }

    private static String text(JsonNode node, String field, String fallback) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? fallback : value.asText();
    }

    private static String firstText(FrontMatter fm, String... keys) {
        for (String key : keys) {
            if (fm.has(key)) {
                return fm.text(key).orElse(null);
            }
        }
        return null;
    }

    private static String or(String a, String b) {
        return a == null || a.isEmpty() ? b : a;
    }

    private static String firstNonNull(String a, String b) {
        return a != null ? a : b;
    }
}
