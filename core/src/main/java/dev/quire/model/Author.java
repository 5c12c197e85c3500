package dev.quire.model;

import java.util.Map;

/**
 * An author of posts, from {@code blog/authors.yml} or written inline in front matter.
 *
 * @param key      the key in {@code authors.yml}, or {@code null} for an inline author
 * @param name     the name shown
 * @param title    a role or affiliation, or {@code null}
 * @param url      a link for the name, or {@code null}
 * @param imageUrl an avatar, or {@code null}
 * @param email    an address, or {@code null}
 * @param socials  social handles by network, e.g. {@code github → octocat}
 * @param page     the path of the author's page under the blog's {@code authors/}, or {@code null}
 *                 when the author has none: as in Docusaurus, only {@code page: true} (the key in
 *                 kebab case) or {@code page: {permalink: …}} in {@code authors.yml} makes one
 */
public record Author(String key, String name, String title, String url, String imageUrl, String email,
        Map<String, String> socials, String page) implements java.io.Serializable {

    public Author {
        socials = socials == null ? Map.of() : Map.copyOf(socials);
    }
}
