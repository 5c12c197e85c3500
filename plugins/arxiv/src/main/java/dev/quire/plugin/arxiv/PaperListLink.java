package dev.quire.plugin.arxiv;

import java.io.Serializable;

/**
 * A link from a page of the papers index to one of its lists: an order (the theme names it by
 * {@code name}: {@code newest}, {@code most_discussed}, {@code most_upvoted}) or an arXiv category.
 *
 * @param name    the order's name, or the category, e.g. {@code cs.CL}
 * @param url     the first page of the list
 * @param count   how many papers the list has
 * @param current whether the page showing the link is a page of that list
 */
public record PaperListLink(String name, String url, int count, boolean current) implements Serializable {
}
