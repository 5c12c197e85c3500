package dev.quire.internal.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What a build keeps of what pages and renders read is compared across runs by fingerprint. */
class ShapesTest {

    record Paper(String id, List<String> authors, Map<Object, Object> extra) {
    }

    private static Object disk(Object value) {
        return Shapes.forDisk(new Shapes().of(value));
    }

    @Test
    void equalValuesHaveEqualFingerprintsWhateverTheOrderOfTheirSetsAndMaps() {
        Map<Object, Object> one = new LinkedHashMap<>();
        one.put("b", 2);
        one.put(Path.of("x.png"), Set.of("q", "p"));
        Map<Object, Object> two = new LinkedHashMap<>();
        two.put(Path.of("x.png"), new LinkedHashSet<>(List.of("p", "q")));
        two.put("b", 2);

        Object before = disk(new Paper("2511.00001", List.of("Kim", "Lee"), one));

        assertThat(before).isInstanceOf(Shapes.Fingerprint.class);
        assertThat(disk(new Paper("2511.00001", List.of("Kim", "Lee"), two))).isEqualTo(before);
        assertThat(Shapes.same(before, new Shapes().of(new Paper("2511.00001", List.of("Kim", "Lee"), two)))).isTrue();
    }

    @Test
    void anyChangeChangesTheFingerprint() {
        Object before = disk(new Paper("2511.00001", List.of("Kim", "Lee"), Map.of("b", 2)));

        assertThat(disk(new Paper("2511.00002", List.of("Kim", "Lee"), Map.of("b", 2)))).isNotEqualTo(before);
        assertThat(disk(new Paper("2511.00001", List.of("Lee", "Kim"), Map.of("b", 2)))).isNotEqualTo(before);
        assertThat(disk(new Paper("2511.00001", List.of("Kim", "Lee"), Map.of("b", 3)))).isNotEqualTo(before);
        assertThat(disk(new Paper("2511.00001", List.of("Kim", "Lee"), Map.of("b", 2L)))).isNotEqualTo(before);
        Map<Object, Object> withNull = new HashMap<>();
        withNull.put("b", null);
        assertThat(disk(new Paper("2511.00001", List.of("Kim", "Lee"), withNull))).isNotEqualTo(before);
    }

    @Test
    void whatCannotBeComparedIsNeverTheSame() {
        Object unknown = disk(List.of("a", new Object()));

        assertThat(unknown).isInstanceOf(Shapes.Unknown.class);
        assertThat(Shapes.same(unknown, new Shapes().of(List.of("a", new Object())))).isFalse();
        assertThat(Shapes.same(disk(List.of("a")), new Shapes().of(List.of("a", new Object())))).isFalse();
    }

    @Test
    void textsAndNumbersAreKeptAsTheyAre() {
        assertThat(disk("a title")).isEqualTo("a title");
        assertThat(disk(42)).isEqualTo(42);
        assertThat(Shapes.same("a title", "a title")).isTrue();
    }

    @Test
    void aRecordMetAgainInOneBuildIsDigestedOnceAndComparesAsItsValue() {
        Shapes shapes = new Shapes();
        Paper paper = new Paper("2511.00001", List.of("Kim", "Lee"), Map.of("b", 2));

        Object first = shapes.of(List.of(paper));
        Object again = shapes.of(List.of(paper, paper));

        assertThat(((List<?>) again).get(0)).isSameAs(((List<?>) first).get(0)).isSameAs(((List<?>) again).get(1));
        assertThat(Shapes.forDisk(again)).isEqualTo(disk(List.of(new Paper("2511.00001", List.of("Kim", "Lee"),
                Map.of("b", 2)), new Paper("2511.00001", List.of("Kim", "Lee"), Map.of("b", 2)))));
        assertThat(Shapes.forDisk(first)).isNotEqualTo(Shapes.forDisk(again));
    }

    @Test
    void aRecordWithAPartThatCannotBeComparedIsNeverTheSame() {
        record Holder(Object part) {
        }
        Object before = disk(List.of(new Holder("x")));

        assertThat(disk(List.of(new Holder(new Object())))).isInstanceOf(Shapes.Unknown.class);
        assertThat(Shapes.same(before, new Shapes().of(List.of(new Holder(new Object()))))).isFalse();
    }
}
