package dev.quire.internal.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BlogFileNameTest {

    @ParameterizedTest(name = "{0} → {2}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "2025-11-28-papers-review.mdx        | 2025-11-28 | /2025/11/28/papers-review      | papers-review",
        "2025-11-28-papers-review/index.mdx  | 2025-11-28 | /2025/11/28/papers-review      | papers-review",
        "2025/11/28/papers-review.md         | 2025-11-28 | /2025/11/28/papers-review      | papers-review",
        "2025-11-28/index.md                 | 2025-11-28 | /2025/11/28/index              | index",
        "2021-9-3-short.md                   | 2021-09-03 | /2021/9/3/short                | short",
        "series/2025-01-02-part-one.md       | 2025-01-02 | /2025/01/02/series/part-one    | part-one",
        "hello-world.md                      | -          | /hello-world                   | hello-world",
        "notes/deep/index.mdx                | -          | /notes/deep                    | notes/deep",
        "논문-리뷰.md                          | -          | /논문-리뷰                       | 논문-리뷰",
        "2025-02-30-not-a-date.md            | -          | /2025-02-30-not-a-date         | 2025-02-30-not-a-date",
    })
    void followsDocusaurusFileNameRules(String path, LocalDate date, String slug, String text) {
        BlogFileName name = BlogFileName.parse(path);
        assertThat(name.date()).isEqualTo(date);
        assertThat(name.slug()).isEqualTo(slug);
        assertThat(name.text()).isEqualTo(text);
    }
}
