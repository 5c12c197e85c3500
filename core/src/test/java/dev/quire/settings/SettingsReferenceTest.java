package dev.quire.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.quire.model.SiteSettings;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

class SettingsReferenceTest {

    enum Shape {
        @JsonProperty("round") ROUND,
        @JsonProperty("two-tone") TWO_TONE
    }

    @Setting("A sample section.")
    public record Sample(
            @Setting("How many.") Integer maxCount,
            @Setting(value = "Its name.", defaultValue = "the site's title") String name,
            List<Shape> shapes,
            @Setting("One shape.") Shape shape,
            List<Integer> widths,
            Double quality,
            Boolean enabled,
            String nothing) {
        public Sample {
            maxCount = Objects.requireNonNullElse(maxCount, 20);
            shapes = shapes == null ? List.of(Shape.ROUND, Shape.TWO_TONE) : shapes;
            widths = widths == null ? List.of(480, 960) : widths;
            quality = Objects.requireNonNullElse(quality, 0.8);
            enabled = Objects.requireNonNullElse(enabled, true);
        }
    }

    private static SettingDescription find(List<SettingDescription> keys, String key) {
        return keys.stream().filter(k -> k.key().equals(key)).findFirst().orElseThrow(() -> new AssertionError(key));
    }

    @Test
    void keysAreKebabCaseWithTypesAndTheDefaultsTheRecordHolds() {
        List<SettingDescription> keys = SettingsReference.describe(Sample.class);
        assertThat(keys).extracting(SettingDescription::key)
                .containsExactly("max-count", "name", "shapes", "shape", "widths", "quality", "enabled", "nothing");
        assertThat(find(keys, "max-count")).isEqualTo(
                new SettingDescription("max-count", "a whole number", "20", "", "How many.", List.of()));
        assertThat(find(keys, "name")).extracting(SettingDescription::defaultValue, SettingDescription::defaultWords)
                .containsExactly(null, "the site's title");
        assertThat(find(keys, "shapes").type()).isEqualTo("a list of round, two-tone");
        assertThat(find(keys, "shapes").defaultValue()).isEqualTo("[round, two-tone]");
        assertThat(find(keys, "shape").type()).isEqualTo("one of round, two-tone");
        assertThat(find(keys, "shape").defaultValue()).isNull();
        assertThat(find(keys, "widths")).extracting(SettingDescription::type, SettingDescription::defaultValue)
                .containsExactly("a list of whole numbers", "[480, 960]");
        assertThat(find(keys, "quality")).extracting(SettingDescription::type, SettingDescription::defaultValue)
                .containsExactly("a number", "0.8");
        assertThat(find(keys, "enabled")).extracting(SettingDescription::type, SettingDescription::defaultValue)
                .containsExactly("true or false", "true");
        assertThat(find(keys, "nothing").description()).isEmpty();
    }

    @Test
    void theCoreSettingsAreDescribedWithNestedSections() {
        List<SettingDescription> keys = SettingsReference.describe(SiteSettings.class);
        assertThat(keys).extracting(SettingDescription::key)
                .containsExactly("title", "description", "url", "base-url", "trailing-slash", "language", "theme", "blog",
                        "pages", "markdown");
        assertThat(keys).allSatisfy(k -> assertThat(k.description()).as(k.key()).isNotBlank());
        assertThat(find(keys, "title").defaultValue()).isEqualTo("Quire");
        assertThat(find(keys, "description").defaultValue()).isEqualTo("\"\"");
        assertThat(find(keys, "url").defaultValue()).isNull();
        assertThat(find(keys, "base-url").defaultValue()).isEqualTo("/");
        SettingDescription blog = find(keys, "blog");
        assertThat(blog.isSection()).isTrue();
        assertThat(blog.type()).isEqualTo("a section");
        assertThat(blog.keys()).extracting(SettingDescription::key).containsExactly("blog.path",
                "blog.route-base-path", "blog.posts-per-page", "blog.title", "blog.description");
        assertThat(find(blog.keys(), "blog.posts-per-page").defaultValue()).isEqualTo("10");
        assertThat(find(blog.keys(), "blog.title").defaultWords()).isEqualTo("the site's `title`");
        assertThat(find(keys, "pages").keys()).singleElement()
                .extracting(SettingDescription::key, SettingDescription::defaultValue).containsExactly("pages.path", "pages");
    }

    @Test
    void aSectionCarriesItsNameTheRecordsTextAndItsKeys() {
        SettingDescription section = SettingsReference.section("sample", Sample.class);
        assertThat(section.key()).isEqualTo("sample");
        assertThat(section.description()).isEqualTo("A sample section.");
        assertThat(section.isSection()).isTrue();
        assertThat(section.keys()).isEqualTo(SettingsReference.describe(Sample.class));
    }

    @Test
    void onlyRecordsCanBeDescribed() {
        assertThatThrownBy(() -> SettingsReference.describe(String.class))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a record");
    }
}
