package dev.quire.plugin.arxiv;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ArxivIdTest {

    @ParameterizedTest
    @CsvSource(nullValues = "-", value = {
        "2511.21541,        2511.21541,     -",
        "2511.21541v2,      2511.21541,     2",
        "2511.21541v12,     2511.21541,     12",
        "0704.0001,         0704.0001,      -",
        "0704.0001v1,       0704.0001,      1",
        "1412.7878,         1412.7878,      -",
        "1501.00001,        1501.00001,     -",
        "hep-th/9901001,    hep-th/9901001, -",
        "hep-th/9901001v3,  hep-th/9901001, 3",
        "math.GT/0309136,   math/0309136,   -",
        "math.GT/0309136v2, math/0309136,   2",
        "cond-mat/0703001,  cond-mat/0703001, -",
        "astro-ph/9108001,  astro-ph/9108001, -",
    })
    void readsBothSchemesWithAndWithoutVersions(String text, String id, Integer version) {
        assertThat(ArxivId.parse(text)).contains(new ArxivId(id, version));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "", "2511.2154", "2511.215410", "2513.21541", "2500.21541", "0703.0001", "1412.78781", "1501.0001",
        "2511.21541v0", "2511.21541v", "hep-th/990100", "hep-th/0704001", "hep-th/9913001", "HEP-TH/9901001",
        "math.gt/0309136", "2511.21541 ", "arXiv:2511.21541", "../2511.21541"
    })
    void refusesWhatIsNotAnArxivId(String text) {
        assertThat(ArxivId.parse(text)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"2511.21541v2, arXiv:2511.21541v2, true", "hep-th/9901001, arXiv:hep-th/9901001, false"})
    void printsTheWayArxivCitesIt(String text, String printed, boolean newScheme) {
        ArxivId id = ArxivId.parse(text).orElseThrow();
        assertThat(id).hasToString(printed);
        assertThat(id.isNewScheme()).isEqualTo(newScheme);
    }
}
