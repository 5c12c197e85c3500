package dev.quire.plugin;

import dev.quire.model.SiteSettings;
import dev.quire.model.Urls;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Where a list page is in its series, for a theme's pager: the blog's list pages have one, and so
 * may a plugin's lists ({@link Output#page} with a {@code paginator} in the model).
 *
 * @param number   this page's number, from 1
 * @param total    how many pages the series has
 * @param previous the URL of the page before (newer entries), or null
 * @param next     the URL of the page after (older entries), or null
 * @param urls     the URL of every page of the series, in order
 * @param nearby   the pages a pager shows: the first, the last and those next to this one
 */
public record Paginator(int number, int total, String previous, String next, List<String> urls, List<PageLink> nearby) {

    /** How many pages before and after the current one a pager links to. */
    private static final int NEIGHBOURS = 2;

    /**
     * A page a pager links to.
     *
     * @param number    its number, from 1
     * @param url       its URL
     * @param current   whether it is the page being rendered
     * @param gapBefore whether pages between it and the one shown before it are left out
     */
    public record PageLink(int number, String url, boolean current, boolean gapBefore) {
    }

    /** A pager's page {@code number} of the series whose pages are at {@code urls}. */
    public static Paginator of(int number, List<String> urls) {
        int total = urls.size();
        // A few links whatever the length of the series: linking every page from every page
        // would make the list pages grow with the square of the number of entries.
        SortedSet<Integer> shown = new TreeSet<>(List.of(1, total));
        for (int n = Math.max(1, number - NEIGHBOURS); n <= Math.min(total, number + NEIGHBOURS); n++) {
            shown.add(n);
        }
        List<PageLink> nearby = new ArrayList<>();
        int before = 0;
        for (int n : shown) {
            nearby.add(new PageLink(n, urls.get(n - 1), n == number, n > before + 1));
            before = n;
        }
        return new Paginator(number, total, number > 1 ? urls.get(number - 2) : null,
                number < total ? urls.get(number) : null, urls, List.copyOf(nearby));
    }

    /** How many pages {@code items} entries fill, {@code perPage} to a page; at least one. */
    public static int pageCount(int items, int perPage) {
        return Math.max(1, (items + perPage - 1) / perPage);
    }

    /**
     * The URLs of a series of {@code total} list pages that starts at {@code base} (a permalink):
     * {@code /blog/}, {@code /blog/page/2/}, …, with or without the slash as the site's
     * {@code trailing-slash} says.
     */
    public static List<String> urls(SiteSettings settings, String base, int total) {
        List<String> urls = new ArrayList<>(total);
        for (int n = 1; n <= total; n++) {
            urls.add(settings.link(n == 1 ? base : Urls.join(base, "page", String.valueOf(n))));
        }
        return List.copyOf(urls);
    }
}
