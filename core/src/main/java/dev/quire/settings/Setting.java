package dev.quire.settings;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Documents one key of a settings record, for the configuration reference; on the record itself,
 * it documents the whole section:
 * <pre>
 * &#64;Setting("Feeds of the blog and of each tag, and a sitemap.")
 * public record FeedsSettings(
 *         &#64;Setting("How many of the newest posts each feed carries.") Integer limit, ...)
 * </pre>
 * The key's name, type and default are read from the record itself (the default is what the
 * record holds when {@code quire.yml} leaves the key out), so only what code cannot say is written
 * here.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.TYPE})
public @interface Setting {

    /** What the key or section does, in a sentence or two of Markdown. */
    String value();

    /**
     * The default in words, for a key whose default is not a fixed value (e.g. "the site's
     * title"); leave it empty to show the value the record holds when the key is left out.
     */
    String defaultValue() default "";
}
