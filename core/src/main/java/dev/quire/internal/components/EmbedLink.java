package dev.quire.internal.components;

import dev.quire.internal.text.Html;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A link in place of an embed such as {@code <Tweet>} or {@code <YouTube>}: a static site loads no
 * third-party player, so the reader follows a link to what the component names.
 */
public final class EmbedLink {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    private EmbedLink() {
    }

    /**
     * The link for a component's props: a {@code url}, {@code href} or {@code src} prop, else an
     * id that names a video ({@code <YouTube id>}, {@code videoId}) or a post ({@code <Tweet id>},
     * {@code tweetId}). Empty when the props name no web address.
     *
     * @param component the component's name, e.g. {@code YouTube}
     * @param props     its props with string values
     */
    public static Optional<String> forComponent(String component, Map<String, String> props) {
        for (String key : new String[] {"url", "href", "src"}) {
            Optional<String> url = webAddress(props.get(key));
            if (url.isPresent()) {
                return Optional.of(render(url.get(), props.getOrDefault("title", null)));
            }
        }
        String name = component.toLowerCase(Locale.ROOT);
        String id = props.getOrDefault(name.contains("youtube") ? "videoId" : "tweetId", props.get("id"));
        if (id == null || !ID.matcher(id).matches()) {
            return Optional.empty();
        }
        if (name.contains("youtube")) {
            return Optional.of(render("https://www.youtube.com/watch?v=" + id, props.get("title")));
        }
        if (name.contains("tweet")) {
            return Optional.of(render("https://twitter.com/i/status/" + id, props.get("title")));
        }
        return Optional.empty();
    }

    /**
     * The link, without a paragraph around it: an embed can stand alone or in a sentence.
     *
     * @param url  an http or https address
     * @param text the link's text; the address when null or blank
     * @throws IllegalArgumentException when {@code url} is not a web address
     */
    public static String render(String url, String text) {
        String address = webAddress(url).orElseThrow(() -> new IllegalArgumentException("not a web address: " + url));
        String shown = text == null || text.isBlank() ? address : text.strip();
        return "<a class=\"embed-link\" href=\"" + Html.escapeAttribute(address) + "\">" + Html.escape(shown) + "</a>";
    }

    private static Optional<String> webAddress(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(value.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null
                    ? Optional.of(uri.toString()) : Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}
