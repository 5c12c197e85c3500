package dev.quire.internal.content;

import com.fasterxml.jackson.databind.JsonNode;
import dev.quire.diagnostics.Diagnostics;
import dev.quire.diagnostics.QuireException;
import dev.quire.internal.text.Slugs;
import dev.quire.internal.yaml.YamlDocument;
import dev.quire.model.SiteSettings;
import dev.quire.model.Tag;
import dev.quire.model.Urls;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Turns the tags posts name into {@link Tag}s, as Docusaurus does: a label's URL segment is its
 * kebab case; an object tag may set its own {@code permalink}; {@code blog/tags.yml}, when present,
 * predefines tags by key (a key without a label is shown capitalized, without a permalink it is
 * kebab-cased).
 */
final class Tags {

    private final SiteSettings settings;
    private final String tagsPath;
    private final Map<String, Tag> predefined;

    private Tags(SiteSettings settings, String tagsPath, Map<String, Tag> predefined) {
        this.settings = settings;
        this.tagsPath = tagsPath;
        this.predefined = predefined;
    }

    /**
     * @param tagsPath the permalink of the tags index, e.g. {@code /blog/tags}
     * @param file     {@code blog/tags.yml}; need not exist
     */
    static Tags read(SiteSettings settings, String tagsPath, Path file, String source) {
        Map<String, Tag> predefined = new LinkedHashMap<>();
        if (Files.isRegularFile(file)) {
            String text = SourceText.readText(file, source);
            YamlDocument document = YamlDocument.parse(text, source, 1);
            if (document.root().isObject()) {
                document.root().fields().forEachRemaining(e -> {
                    JsonNode v = e.getValue();
                    String label = nonEmpty(v, "label").orElseGet(() -> capitalize(e.getKey()));
                    String path = nonEmpty(v, "permalink").orElseGet(() -> Slugs.kebab(e.getKey()));
                    String description = nonEmpty(v, "description").orElse(null);
                    predefined.put(e.getKey(), tag(settings, tagsPath, label, path, description));
                });
            } else if (!document.root().isMissingNode() && !document.root().isNull()) {
                throw new QuireException(source, 1, "tags.yml must map tag keys to tags, like 'ml: {label: ML}'");
            }
        }
        return new Tags(settings, tagsPath, predefined);
    }

    /** The tags of a post's front matter; an inline tag unknown to tags.yml is a warning when tags.yml exists. */
    List<Tag> of(FrontMatter fm, Diagnostics diagnostics) {
        JsonNode node = fm.node("tags");
        if (node == null) {
            return List.of();
        }
        if (!node.isArray()) {
            throw fm.wrongType("tags", "a list, like tags: [papers, llm]");
        }
        List<Tag> out = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            JsonNode item = node.get(i);
            Tag tag;
            if (item.isValueNode() && !item.isNull()) {
                String label = item.asText();
                tag = predefined.get(label);
                if (tag == null) {
                    if (!predefined.isEmpty()) {
                        diagnostics.warning(fm.file(), fm.line("tags", i), "tag '" + label + "' is not in blog/tags.yml");
                    }
                    tag = tag(settings, tagsPath, label, Slugs.kebab(label), null);
                }
            } else if (item.isObject() && item.hasNonNull("label")) {
                String label = item.get("label").asText();
                String path = item.hasNonNull("permalink") ? item.get("permalink").asText() : Slugs.kebab(label);
                String description = item.hasNonNull("description") ? item.get("description").asText() : null;
                tag = tag(settings, tagsPath, label, path, description);
            } else {
                throw new QuireException(fm.file(), fm.line("tags", i),
                        "each tag must be a word or a mapping with a label, like {label: LLM, permalink: llm}");
            }
            if (tag.key().isEmpty()) {
                throw new QuireException(fm.file(), fm.line("tags", i), "tag '" + tag.label() + "' has no letters or digits to make a URL of");
            }
            String key = tag.key();
            if (out.stream().noneMatch(t -> t.key().equals(key))) {
                out.add(tag);
            }
        }
        return out;
    }

    /** A text field of a tags.yml entry; Docusaurus treats an empty one as missing. */
    private static Optional<String> nonEmpty(JsonNode entry, String field) {
        return Optional.ofNullable(entry).map(e -> e.get(field)).filter(JsonNode::isValueNode)
                .map(JsonNode::asText).filter(text -> !text.isEmpty());
    }

    /** The label of a tags.yml key without one, as lodash's {@code capitalize}: {@code openReview} → {@code Openreview}. */
    private static String capitalize(String key) {
        String lower = key.toLowerCase(Locale.ROOT);
        int first = lower.isEmpty() ? 0 : Character.charCount(lower.codePointAt(0));
        return lower.substring(0, first).toUpperCase(Locale.ROOT) + lower.substring(first);
    }

    /** A tag whose page is {@code path} below the tags index; a trailing slash stays, as in Docusaurus. */
    private static Tag tag(SiteSettings settings, String tagsPath, String label, String path, String description) {
        String permalink = Urls.joinKeepingSlash(tagsPath, path);
        return new Tag(label, trimSlashes(path), permalink, Urls.encodeForHtml(settings.link(permalink)), description);
    }

    private static String trimSlashes(String path) {
        return path.replaceAll("^/+|/+$", "");
    }
}
