package dev.quire.model;

/** A standalone page, e.g. {@code pages/about.md} published at {@code /about/}. */
public final class Page extends Content {

    private final boolean hideTableOfContents;

    public Page(Fields fields, boolean hideTableOfContents) {
        super(fields);
        this.hideTableOfContents = hideTableOfContents;
    }

    public boolean hideTableOfContents() {
        return hideTableOfContents;
    }
}
