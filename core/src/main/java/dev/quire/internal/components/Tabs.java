package dev.quire.internal.components;

import dev.quire.internal.text.Html;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Docusaurus's {@code <Tabs>} with {@code <TabItem>}s as HTML that reads well without script:
 * every panel is shown under its label as a heading, so nothing is hidden from a reader, a
 * search engine or a printout. The theme's script turns that into WAI-ARIA tabs: the buttons are
 * in the page, {@code hidden}, and get their roles from the script, so a page without it has no
 * tab that does nothing. It shows the default tab ({@code data-default}), keeps tabs of one
 * {@code groupId} in step across the page and remembers the choice as Docusaurus does.
 * Radio-input tabs were not chosen: they need no script, but screen readers announce a radio
 * group rather than tabs, and a reader without CSS sees a form.
 */
public final class Tabs {

    /**
     * One {@code <TabItem>}.
     *
     * @param value        its {@code value}, unique in its tabs
     * @param label        its {@code label}; the value when null or blank
     * @param isDefault    whether it is shown first ({@code default})
     * @param childrenHtml its content, rendered
     */
    public record Item(String value, String label, boolean isDefault, String childrenHtml) {
        public Item {
            if (value == null || value.isBlank()) {
                throw new IllegalArgumentException("a <TabItem> needs a value");
            }
            label = label == null || label.isBlank() ? value : label;
            childrenHtml = childrenHtml == null ? "" : childrenHtml;
        }
    }

    private Tabs() {
    }

    /**
     * @param id      unique on the page, e.g. {@code tabs-3}; the ids of the tabs and panels start with it
     * @param items   the tabs in order, at least one
     * @param groupId Docusaurus's {@code groupId}, or null: tabs with one group switch together
     * @throws IllegalArgumentException for no items or two items with one value, as Docusaurus refuses them
     */
    public static String render(String id, List<Item> items, String groupId) {
        if (items.isEmpty()) {
            throw new IllegalArgumentException("<Tabs> needs at least one <TabItem>");
        }
        Set<String> values = new HashSet<>();
        for (Item item : items) {
            if (!values.add(item.value())) {
                throw new IllegalArgumentException("<Tabs> has two <TabItem>s with the value \"" + item.value() + "\"");
            }
        }
        int selected = defaultIndex(items);
        StringBuilder html = new StringBuilder("<div class=\"tabs\" id=\"").append(Html.escapeAttribute(id)).append('"');
        if (groupId != null && !groupId.isBlank()) {
            html.append(" data-group-id=\"").append(Html.escapeAttribute(groupId)).append('"');
        }
        html.append(">\n<div class=\"tabs__list\" hidden>");
        for (int i = 0; i < items.size(); i++) {
            html.append("<button type=\"button\" class=\"tabs__tab\" id=\"").append(tabId(id, i))
                    .append("\" data-panel=\"").append(panelId(id, i))
                    .append("\" data-value=\"").append(Html.escapeAttribute(items.get(i).value())).append("\">")
                    .append(Html.escape(items.get(i).label())).append("</button>");
        }
        html.append("</div>\n");
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            html.append("<div class=\"tabs__panel\" id=\"").append(panelId(id, i)).append("\" data-value=\"")
                    .append(Html.escapeAttribute(item.value())).append('"').append(i == selected ? " data-default" : "")
                    .append(">\n<div class=\"tabs__label\" role=\"heading\" aria-level=\"4\">")
                    .append(Html.escape(item.label())).append("</div>\n")
                    .append(item.childrenHtml().strip()).append("\n</div>\n");
        }
        return html.append("</div>\n").toString();
    }

    private static int defaultIndex(List<Item> items) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).isDefault()) {
                return i;
            }
        }
        return 0;
    }

    private static String tabId(String id, int index) {
        return Html.escapeAttribute(id) + "-tab-" + index;
    }

    private static String panelId(String id, int index) {
        return Html.escapeAttribute(id) + "-panel-" + index;
    }
}
