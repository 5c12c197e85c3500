package dev.quire.plugin.arxiv.metadata;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.io.Serializable;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What Hugging Face tells a reader about a paper beyond its upvotes and links: how much attention
 * its code gets, its machine-written summary and keywords, and how many models, datasets and
 * Spaces name it. Everything comes from the network, so the compact constructor keeps only what
 * is plausible, whoever wrote it (the API or a hand-edited {@code papers.json}): counts that are
 * whole and not negative, texts of bounded length on one line, and a thumbnail on Hugging Face's
 * own servers. Text is kept as sent; it is escaped where it is printed.
 *
 * @param githubStars stars of the code repository
 * @param aiSummary   Hugging Face's machine-written one-paragraph summary
 * @param aiKeywords  its keywords, without duplicates, in its order
 * @param models      models on Hugging Face that name the paper
 * @param datasets    datasets that name it
 * @param spaces      Spaces (demos) that name it
 * @param thumbnail   the paper's thumbnail image, an https address on huggingface.co
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"githubStars", "aiSummary", "aiKeywords", "models", "datasets", "spaces", "thumbnail"})
public record HubSignals(
        Integer githubStars,
        String aiSummary,
        List<String> aiKeywords,
        Integer models,
        Integer datasets,
        Integer spaces,
        String thumbnail) implements Serializable {

    /** Nothing known. */
    public static final HubSignals NONE = new HubSignals(null, null, null, null, null, null, null);

    /** Longer than any summary Hugging Face writes; a longer one is not a summary. */
    static final int MAX_SUMMARY = 2_000;
    static final int MAX_KEYWORDS = 30;
    static final int MAX_KEYWORD = 80;

    public HubSignals {
        githubStars = count(githubStars);
        aiSummary = line(aiSummary, MAX_SUMMARY);
        aiKeywords = keywords(aiKeywords);
        models = count(models);
        datasets = count(datasets);
        spaces = count(spaces);
        thumbnail = onHuggingFace(thumbnail);
    }

    /** True when nothing is known. */
    @JsonIgnore
    public boolean isEmpty() {
        return equals(NONE);
    }

    private static Integer count(Integer value) {
        return value == null || value < 0 ? null : value;
    }

    /** The text on one line with its whitespace collapsed; null when blank or longer than {@code max}. */
    private static String line(String text, int max) {
        if (text == null) {
            return null;
        }
        String line = text.strip().replaceAll("\\s+", " ");
        return line.isEmpty() || line.length() > max || line.chars().anyMatch(Character::isISOControl) ? null : line;
    }

    private static List<String> keywords(List<String> words) {
        if (words == null) {
            return List.of();
        }
        Set<String> kept = new LinkedHashSet<>();
        for (String word : words) {
            String line = line(word, MAX_KEYWORD);
            if (line != null && kept.size() < MAX_KEYWORDS) {
                kept.add(line);
            }
        }
        return List.copyOf(new ArrayList<>(kept));
    }

    /** {@code url} when {@link #isOnHuggingFace} says it is, else null. */
    private static String onHuggingFace(String url) {
        return isOnHuggingFace(url) ? url : null;
    }

    /** True for a plain https address on huggingface.co or one of its subdomains (its image servers). */
    public static boolean isOnHuggingFace(String url) {
        String safe = SafeUrl.httpOrNull(url);
        if (safe == null) {
            return false;
        }
        URI uri = URI.create(safe);
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        boolean ours = host.equals("huggingface.co") || host.endsWith(".huggingface.co");
        return ours && "https".equalsIgnoreCase(uri.getScheme());
    }
}
