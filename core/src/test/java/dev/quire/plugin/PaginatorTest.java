package dev.quire.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.plugin.Paginator.PageLink;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PaginatorTest {

    private static List<String> urls(int pages) {
        return IntStream.rangeClosed(1, pages).mapToObj(n -> n == 1 ? "/blog/" : "/blog/page/" + n + "/").toList();
    }

    private static List<Integer> numbers(Paginator paginator) {
        return paginator.nearby().stream().map(PageLink::number).toList();
    }

    private static List<Integer> gapsBefore(Paginator paginator) {
        return paginator.nearby().stream().filter(PageLink::gapBefore).map(PageLink::number).toList();
    }

    @Test
    void aLongSeriesLinksTheEndsAndTheNeighboursOnly() {
        Paginator middle = Paginator.of(500, urls(1000));

        assertThat(numbers(middle)).containsExactly(1, 498, 499, 500, 501, 502, 1000);
        assertThat(gapsBefore(middle)).containsExactly(498, 1000);
        assertThat(middle.nearby()).filteredOn(PageLink::current).extracting(PageLink::url)
                .containsExactly("/blog/page/500/");
        assertThat(middle.previous()).isEqualTo("/blog/page/499/");
        assertThat(middle.next()).isEqualTo("/blog/page/501/");
    }

    @Test
    void pagesNearTheEndsLeaveNoGapThere() {
        assertThat(numbers(Paginator.of(1, urls(1000)))).containsExactly(1, 2, 3, 1000);
        assertThat(gapsBefore(Paginator.of(1, urls(1000)))).containsExactly(1000);
        assertThat(numbers(Paginator.of(4, urls(10)))).containsExactly(1, 2, 3, 4, 5, 6, 10);
        assertThat(gapsBefore(Paginator.of(4, urls(10)))).containsExactly(10);
        assertThat(numbers(Paginator.of(1000, urls(1000)))).containsExactly(1, 998, 999, 1000);
    }

    @Test
    void aShortSeriesShowsEveryPage() {
        assertThat(numbers(Paginator.of(2, urls(4)))).containsExactly(1, 2, 3, 4);
        assertThat(gapsBefore(Paginator.of(2, urls(4)))).isEmpty();
        Paginator single = Paginator.of(1, urls(1));
        assertThat(numbers(single)).containsExactly(1);
        assertThat(single.previous()).isNull();
        assertThat(single.next()).isNull();
    }
}
