package dev.quire.internal.components;

/** {@code <details>} with its {@code <summary>}, as Docusaurus's theme shows it: a box that opens. */
public final class Details {

    private Details() {
    }

    /**
     * @param summaryHtml  the summary, rendered; "Details" when blank, as in Docusaurus
     * @param childrenHtml the content below the summary, rendered
     * @param open         whether it starts open
     */
    public static String render(String summaryHtml, String childrenHtml, boolean open) {
        String summary = summaryHtml == null || summaryHtml.isBlank() ? "Details" : summaryHtml.strip();
        return "<details class=\"details\"" + (open ? " open" : "") + ">\n<summary>" + summary
                + "</summary>\n<div class=\"details__content\">\n" + (childrenHtml == null ? "" : childrenHtml.strip())
                + "\n</div>\n</details>\n";
    }
}
