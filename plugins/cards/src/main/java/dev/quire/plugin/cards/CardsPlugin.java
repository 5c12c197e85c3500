package dev.quire.plugin.cards;

import dev.quire.model.Post;
import dev.quire.model.Site;
import dev.quire.model.Urls;
import dev.quire.plugin.Digest;
import dev.quire.plugin.Output;
import dev.quire.plugin.PluginContext;
import dev.quire.plugin.PluginData;
import dev.quire.plugin.QuirePlugin;
import dev.quire.plugin.cards.draw.CardPainter;
import dev.quire.plugin.cards.draw.CardText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Gives every post without a picture of its own a social card. The cards are planned once the
 * posts are rendered, when the images plugin has set each post's cover and the arXiv plugin its
 * papers; the ones the cache lacks are drawn, in parallel, and every card is published next to its
 * post under a name that changes with what it shows (a link preview fetched before never stays
 * stale). Cards no post uses any more are deleted from the cache.
 */
public final class CardsPlugin implements QuirePlugin {

    /** Where templates find a post's card. */
    private static final String DATA_KEY = "card";
    private static final String PAPERS_KEY = "papers";
    /** The theme's words for the row of a card that stands for the papers it leaves out. */
    private static final String MORE_PAPERS = "cards.more_papers";
    private static final String TYPE = "image/png";

    private CardsSettings settings;
    /** Where the cards are kept; null when this build publishes none. */
    private CardStore store;
    /** The card of each post that gets one, in the site's order of posts. */
    private final Map<Post, Planned> cards = new LinkedHashMap<>();

    /** A post's card: what it shows, its key in the cache, and where it is published. */
    private record Planned(CardText text, String key, String outputPath) {
    }

    @Override
    public String name() {
        return "cards";
    }

    @Override
    public Optional<Class<?>> settingsType() {
        return Optional.of(CardsSettings.class);
    }

    /** After the plugins that give posts their covers and papers; they run at the default order or before. */
    @Override
    public int order() {
        return 500;
    }

    @Override
    public void init(PluginContext context) {
        settings = context.settings(CardsSettings.class);
    }

    @Override
    public void siteRendered(Site site, PluginContext context) {
        if (!settings.enabled()) {
            return;
        }
        CardPainter painter = new CardPainter();
        // The cache folder as the site's own (real) folder names it: the output copies only from there.
        CardStore cache = new CardStore(site.root().resolve(context.options().site().relativize(context.cacheDirectory())));
        Map<Post, Planned> planned = new LinkedHashMap<>();
        for (Post post : site.posts()) {
            if (post.image() == null) {
                CardText text = text(site, post, context);
                String key = key(painter, text);
                planned.put(post, new Planned(text, key, outputPath(site, post, key)));
            }
        }
        Map<String, CardText> missing = new LinkedHashMap<>();
        planned.values().stream().filter(card -> !cache.has(card.key()))
                .forEach(card -> missing.putIfAbsent(card.key(), card.text()));
        try {
            missing.entrySet().parallelStream().forEach(card -> save(cache, card.getKey(), painter.png(card.getValue())));
        } catch (IllegalStateException e) {
            context.warning(null, 0, "social cards are not drawn: " + e.getMessage()
                    + "; set 'cards.enabled: false' to build without them");
            return;
        } catch (UncheckedIOException e) {
            context.error(null, 0, "cannot keep a social card in " + context.cacheDirectory() + ": "
                    + e.getCause().getMessage());
            return;
        }
        context.count("cards drawn", missing.size());
        context.count("cards reused", planned.size() - missing.size());
        reportUndrawable(painter, planned, missing.keySet(), context);
        planned.forEach((post, card) -> post.data().put(DATA_KEY, new Card(site.url(Urls.encodeForHtml(card.outputPath())),
                CardPainter.WIDTH, CardPainter.HEIGHT, TYPE, post.title())));
        cards.putAll(planned);
        store = cache;
    }

    /** What the card of {@code post} shows; the count of papers left out in the theme's words, in the site's language. */
    private static CardText text(Site site, Post post, PluginContext context) {
        List<String> papers = PluginData.texts(post.data().get(PAPERS_KEY), "title");
        int leftOut = CardText.leftOut(papers.size());
        String more = leftOut == 0 ? null : context.themeText(MORE_PAPERS, leftOut);
        return new CardText(site.settings().title(), post.title(), post.day().toString(), papers, more);
    }

    /** The digest of exactly what a card shows and how it is drawn. */
    private static String key(CardPainter painter, CardText text) {
        Digest digest = new Digest().add(painter.recipe()).add(text.site()).add(text.title()).add(text.date())
                .add(Integer.toString(text.papers().size()));
        text.papers().forEach(digest::add);
        if (text.more() != null) {
            // Only cards that leave papers out say so: every other card keeps the key it had.
            digest.add(text.more());
        }
        return digest.hex();
    }

    /** Next to the post's page: {@code blog/2025/11/28/review/card.1a2b3c4d.png}. */
    private static String outputPath(Site site, Post post, String key) {
        String rooted = Urls.join(post.permalink(), "card." + key.substring(0, 8) + ".png");
        String base = site.settings().baseUrl();
        return rooted.startsWith(base) ? rooted.substring(base.length()) : rooted.substring(1);
    }

    private static void save(CardStore cache, String key, byte[] png) {
        try {
            cache.save(key, png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Names the posts whose cards, drawn now, leave characters out because no font here has them:
     * once, when the card is drawn.
     */
    private static void reportUndrawable(CardPainter painter, Map<Post, Planned> planned, Set<String> drawn,
            PluginContext context) {
        Map<String, String> bySource = new LinkedHashMap<>();
        planned.forEach((post, card) -> {
            String missing = drawn.contains(card.key()) ? painter.undrawable(card.text()) : "";
            if (!missing.isEmpty()) {
                bySource.put(post.source(), missing);
            }
        });
        if (!bySource.isEmpty()) {
            String examples = bySource.entrySet().stream().limit(3)
                    .map(e -> e.getKey() + " (" + e.getValue() + ")").collect(Collectors.joining(", "));
            context.info(null, 0, bySource.size() + " social card(s) leave out characters no font here can draw: "
                    + examples + (bySource.size() > 3 ? ", …" : ""));
        }
    }

    @Override
    public void write(Site site, Output output, PluginContext context) {
        if (store == null) {
            return;
        }
        cards.values().parallelStream().forEach(card -> publish(card, site, output, context));
        try {
            store.prune(cards.values().stream().map(Planned::key).collect(Collectors.toUnmodifiableSet()));
        } catch (IOException e) {
            context.info(null, 0, "cannot delete the social cards no post uses any more: " + e.getMessage());
        }
    }

    /**
     * Copies the card from the cache, so that a build in a session compares sizes and times rather
     * than bytes; a cache folder the site reaches through a link that leads out of it cannot be
     * copied from, and the card is written.
     */
    private void publish(Planned card, Site site, Output output, PluginContext context) {
        if (output.exists(card.outputPath())) {
            context.error("static/" + card.outputPath(), 0, "this static file has the path of a post's social card; "
                    + "rename it or move it");
            return;
        }
        Path file = store.file(card.key());
        if (site.isInside(file)) {
            output.copy(card.outputPath(), file);
            return;
        }
        try {
            output.write(card.outputPath(), Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the social card " + file + ": " + e.getMessage(), e);
        }
    }
}
