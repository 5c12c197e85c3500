package dev.quire.cli;

import dev.quire.model.SiteSettings;
import dev.quire.plugin.QuirePlugin;
import dev.quire.settings.SettingDescription;
import dev.quire.settings.SettingsReference;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Collectors;

/**
 * The configuration reference as a Markdown page: the core settings, then the section of each
 * plugin found on the class path that declares a settings type, in the order plugins run. Every
 * name, type and default comes from the settings records themselves (see {@link SettingsReference}),
 * so the page changes only when the code does.
 */
final class ConfigurationReference {

    private ConfigurationReference() {
    }

    /** The page for the plugins {@code loader} finds. */
    static String markdown(ClassLoader loader) {
        List<QuirePlugin> plugins = new ArrayList<>();
        ServiceLoader.load(QuirePlugin.class, loader).forEach(plugins::add);
        plugins.sort(Comparator.comparingInt(QuirePlugin::order).thenComparing(QuirePlugin::name));
        List<QuirePlugin> documented = plugins.stream().filter(p -> p.settingsType().isPresent()).toList();

        StringBuilder page = new StringBuilder();
        page.append("# Configuration reference\n\n")
                .append("Everything a site's `quire.yml` can hold. Every key is optional; a key left out takes its ")
                .append("default. Keys are written in kebab case (`posts-per-page`), and a key Quire does not know ")
                .append("is reported as a warning with its line, naming the known key it is closest to when it looks ")
                .append("like a typo of one (`langauge`: did you mean `language`?).\n\n")
                .append("The top level holds the site's own settings; each plugin reads the section named after it")
                .append(documented.isEmpty() ? "" : " (" + documented.stream().map(p -> "`" + p.name() + ":`")
                        .collect(Collectors.joining(", ")) + ")")
                .append(". This page is generated from the code by `quire settings`, which prints it for the ")
                .append("plugins of the Quire you run, yours included.\n");
        section(page, "The top level", SettingsReference.section("", SiteSettings.class));
        for (QuirePlugin plugin : documented) {
            section(page, "The `" + plugin.name() + ":` section", SettingsReference.section(plugin.name(),
                    plugin.settingsType().orElseThrow()));
        }
        return page.toString();
    }

    private static void section(StringBuilder page, String heading, SettingDescription section) {
        page.append("\n## ").append(heading).append("\n\n");
        if (!section.description().isEmpty()) {
            page.append(section.description()).append("\n\n");
        }
        String prefix = section.key().isEmpty() ? "" : section.key() + ".";
        table(page, prefix, section.keys().stream().filter(k -> !k.isSection()).toList());
        for (SettingDescription nested : section.keys()) {
            if (nested.isSection()) {
                page.append("\n### The `").append(prefix).append(nested.key()).append(":` section\n\n");
                if (!nested.description().isEmpty()) {
                    page.append(nested.description()).append("\n\n");
                }
                table(page, prefix, nested.keys());
            }
        }
    }

    private static void table(StringBuilder page, String prefix, List<SettingDescription> keys) {
        if (keys.isEmpty()) {
            return;
        }
        page.append("| key | value | default | what it does |\n| --- | --- | --- | --- |\n");
        for (SettingDescription key : keys) {
            page.append("| `").append(prefix).append(key.key()).append("` | ").append(cell(key.type()))
                    .append(" | ").append(defaultOf(key)).append(" | ")
                    .append(cell(key.description())).append(" |\n");
        }
    }

    /** A fixed default in code style, one that depends on other settings in words. */
    private static String defaultOf(SettingDescription key) {
        if (!key.defaultWords().isEmpty()) {
            return cell(key.defaultWords());
        }
        return key.defaultValue() == null ? "none" : "`" + cell(key.defaultValue()) + "`";
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
