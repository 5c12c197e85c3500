package dev.quire.plugin.feeds;

import dev.quire.model.Content;
import dev.quire.model.Page;
import dev.quire.model.Post;
import dev.quire.model.Site;
import java.util.List;

/** Which posts and pages the public finds through feeds and the sitemap. */
final class Publication {

    private Publication() {
    }

    /**
     * False for drafts (built only with {@code --drafts}) and unlisted content. Pages have no such
     * fields in the model, so their front matter is read, with the keys Docusaurus uses.
     */
    static boolean isPublic(Content content) {
        if (content instanceof Post post) {
            return !post.draft() && !post.unlisted();
        }
        if (content instanceof Page page) {
            return !isTrue(page.frontMatter().get("draft")) && !isTrue(page.frontMatter().get("unlisted"));
        }
        return true;
    }

    /** The public posts among {@code posts}, in the same order. */
    static List<Post> of(List<Post> posts) {
        return posts.stream().filter(Publication::isPublic).toList();
    }

    /** The site's public posts, newest first. */
    static List<Post> posts(Site site) {
        return of(site.listedPosts());
    }

    private static boolean isTrue(Object value) {
        return Boolean.TRUE.equals(value) || "true".equals(value);
    }
}
