package dev.quire.cli;

import java.util.Locale;

/** The file a new post starts from. */
final class NewPost {

    private NewPost() {
    }

    /** A readable slug for the folder name: lower case, dashes, Korean kept. */
    static String slug(String title) {
        String slug = title.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{M}\\p{N}]+", "-").replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "post" : slug;
    }

    static String text(String title) {
        return "---\n"
                + "title: \"" + title.replace("\\", "\\\\").replace("\"", "\\\"") + "\"\n"
                + "tags: []\n"
                + "---\n\n"
                + "The first paragraph is the excerpt shown on the home page.\n\n"
                + "{/* truncate */}\n\n"
                + "## 1. [Paper title](https://huggingface.co/papers/2511.21541)\n\n"
                + "Notes on the paper.\n";
    }
}
