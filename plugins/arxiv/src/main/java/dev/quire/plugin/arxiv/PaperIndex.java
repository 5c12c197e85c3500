package dev.quire.plugin.arxiv;

import dev.quire.model.Site;
import dev.quire.plugin.Output;
import dev.quire.plugin.PageInfo;
import dev.quire.plugin.Paginator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The papers index, in pages of {@code arxiv.papers-per-page} papers like the blog's lists
 * ({@code /papers/}, {@code /papers/page/2/}, …), so that no page grows with the site: newest
 * discussed first at {@code /papers/}, the same papers most discussed first at
 * {@code /papers/most-discussed/}, most upvoted first at {@code /papers/most-upvoted/} (when some
 * paper has upvotes), and the papers of each arXiv category at {@code /papers/category/cs.CL/}.
 * Every page is the theme's {@code papers} template, with links to the other lists.
 */
final class PaperIndex {

    /**
     * arXiv's category names ({@code cs.CL}, {@code hep-th}, {@code physics.atom-ph}): only such a
     * name, from untrusted metadata, becomes part of a URL.
     */
    private static final Pattern CATEGORY = Pattern.compile("[A-Za-z]+(-[A-Za-z]+)*(\\.[A-Za-z]+(-[A-Za-z]+)*)?");
    private static final int LONGEST_CATEGORY = 40;

    /** The orders of the whole index; each sort is stable, so ties stay newest discussed first. */
    enum Order {
        NEWEST("newest", null, (a, b) -> 0),
        MOST_DISCUSSED("most_discussed", "most-discussed",
                Comparator.comparingInt((DiscussedPaper p) -> p.discussions().size()).reversed()),
        MOST_UPVOTED("most_upvoted", "most-upvoted",
                Comparator.comparing((DiscussedPaper p) -> p.paper().upvotes(),
                        Comparator.nullsLast(Comparator.<Integer>reverseOrder())));

        /** What templates call the order. */
        final String key;
        /** Where its list is under {@code /papers/}; null for the index itself. */
        final String path;
        final Comparator<DiscussedPaper> comparator;

        Order(String key, String path, Comparator<DiscussedPaper> comparator) {
            this.key = key;
            this.path = path;
            this.comparator = comparator;
        }

        /** True for an order other than by date: its pages go to previous and next, not newer and older. */
        boolean ranked() {
            return this != NEWEST;
        }
    }

    private final Site site;
    private final ArxivSettings settings;
    private final List<DiscussedPaper> papers;
    private final Map<String, List<DiscussedPaper>> byCategory;
    private final List<Order> orders;

    /** @param papers the index, newest discussed first */
    PaperIndex(Site site, ArxivSettings settings, List<DiscussedPaper> papers) {
        this.site = site;
        this.settings = settings;
        this.papers = papers;
        this.byCategory = byCategory(papers);
        this.orders = papers.stream().anyMatch(p -> p.paper().upvotes() != null) ? List.of(Order.values())
                : List.of(Order.NEWEST, Order.MOST_DISCUSSED);
    }

    /** Papers by each category they are listed in, most papers first, then by name. */
    private static Map<String, List<DiscussedPaper>> byCategory(List<DiscussedPaper> papers) {
        Map<String, List<DiscussedPaper>> found = new LinkedHashMap<>();
        for (DiscussedPaper paper : papers) {
            for (String category : new LinkedHashSet<>(paper.paper().categories())) {
                if (hasPage(category)) {
                    found.computeIfAbsent(category, c -> new ArrayList<>()).add(paper);
                }
            }
        }
        Map<String, List<DiscussedPaper>> sorted = new LinkedHashMap<>();
        found.entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<String, List<DiscussedPaper>> e) -> -e.getValue().size())
                        .thenComparing(Map.Entry::getKey))
                .forEach(e -> sorted.put(e.getKey(), List.copyOf(e.getValue())));
        return sorted;
    }

    private static boolean hasPage(String category) {
        return category != null && category.length() <= LONGEST_CATEGORY && CATEGORY.matcher(category).matches();
    }

    /** The permalink of the index itself: {@code /base/papers}. */
    String base() {
        return Papers.permalink(site);
    }

    /** The first page of a category's list; null when the category has none. */
    String categoryUrl(String category) {
        return byCategory.containsKey(category) ? site.settings().link(categoryBase(category)) : null;
    }

    /** How many papers of the index are in the category. */
    int categoryCount(String category) {
        return byCategory.getOrDefault(category, List.of()).size();
    }

    /** Renders every page of every list. */
    void write(Output output) {
        List<Runnable> pages = new ArrayList<>();
        for (Order order : orders) {
            List<DiscussedPaper> sorted = new ArrayList<>(papers);
            sorted.sort(order.comparator);
            pages.addAll(list(orderBase(order), sorted, order.ranked(), orderLinks(order), null, output));
        }
        byCategory.forEach((category, listed) ->
                pages.addAll(list(categoryBase(category), listed, false, List.of(), category, output)));
        pages.parallelStream().forEach(Runnable::run);
    }

    private String orderBase(Order order) {
        return order.path == null ? base() : Papers.permalink(site, order.path);
    }

    private String categoryBase(String category) {
        return Papers.permalink(site, "category", category);
    }

    /**
     * The pages of one list, each to be rendered.
     *
     * @param ranked true when the list is not newest discussed first
     */
    private List<Runnable> list(String base, List<DiscussedPaper> listed, boolean ranked,
            List<PaperListLink> orderLinks, String category, Output output) {
        int perPage = settings.papersPerPage();
        List<String> urls = Paginator.urls(site.settings(), base, Paginator.pageCount(listed.size(), perPage));
        List<PaperListLink> categoryLinks = categoryLinks(category);
        List<Runnable> pages = new ArrayList<>();
        for (int n = 1; n <= urls.size(); n++) {
            Map<String, Object> model = new LinkedHashMap<>();
            model.put("papers", listed.subList((n - 1) * perPage, Math.min(listed.size(), n * perPage)));
            model.put("paginator", Paginator.of(n, urls));
            model.put("total", listed.size());
            model.put("ranked", ranked);
            model.put("orders", orderLinks);
            model.put("categories", categoryLinks);
            if (category != null) {
                model.put("category", category);
            }
            String url = urls.get(n - 1);
            PageInfo info = new PageInfo("papers", Objects.requireNonNullElse(settings.indexTitle(), ""),
                    site.settings().description(), url, null, false);
            pages.add(() -> output.page(site.settings().outputFile(url), "papers", info, model));
        }
        return pages;
    }

    private List<PaperListLink> orderLinks(Order current) {
        return orders.stream().map(order -> new PaperListLink(order.key, site.settings().link(orderBase(order)),
                papers.size(), order == current)).toList();
    }

    private List<PaperListLink> categoryLinks(String current) {
        List<PaperListLink> links = new ArrayList<>();
        byCategory.forEach((category, listed) -> links.add(new PaperListLink(category,
                site.settings().link(categoryBase(category)), listed.size(), category.equals(current))));
        return List.copyOf(links);
    }
}
