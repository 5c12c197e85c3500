package dev.quire.theme;

import dev.quire.internal.trace.Reads;
import dev.quire.model.Content;
import dev.quire.model.Site;

/**
 * Where a theme engine says what of the model a page reads while it renders. An incremental build
 * compares those properties with what they are in its own model and renders the page again
 * exactly when one of them changed; the model itself knows nothing of this.
 *
 * <p>An engine calls {@link #read} where its templates read a property of an object (for Pebble,
 * its attribute resolver), and in its own functions that read the model on a template's behalf.
 * Properties are named as their getters are ({@code title} for {@code title()}); one a build cannot
 * call again without arguments counts as changed in every build, which is slow but never wrong.
 */
public final class ModelReads {

    private ModelReads() {
    }

    /**
     * Notes that the page rendering on this thread read {@code property} of {@code owner}; does
     * nothing for objects other than the site, its posts and pages (their values are compared
     * through the getter that returned them) and outside an incremental build.
     */
    public static void read(Object owner, String property) {
        if (owner instanceof Content) {
            // The text is made from the HTML: comparing the HTML says as much, without making the text.
            Reads.record(owner, "text".equals(property) ? "html" : property);
        } else if (owner instanceof Site) {
            Reads.record(owner, property);
        }
    }
}
