package dev.quire.plugin.arxiv.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Only Hugging Face's own https servers may give a paper's thumbnail, which pages show as their link preview. */
class HubSignalsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "https://huggingface.co/x.png                                  | true",
        "https://cdn-thumbnails.huggingface.co/papers/2511.00001.png   | true",
        "HTTPS://CDN.HuggingFace.CO/x.png                              | true",
        "http://huggingface.co/x.png                                   | false",
        "https://evilhuggingface.co/x.png                              | false",
        "https://huggingface.co.evil.example/x.png                     | false",
        "https://huggingface.co@evil.example/x.png                     | false",
        "https://evil.example/huggingface.co/x.png                     | false",
        "javascript:alert(1)//huggingface.co                           | false",
        "//huggingface.co/x.png                                        | false",
        "https://huggingface.co/x.png\"><script>                       | false",
    })
    void aThumbnailIsKeptOnlyFromHuggingFaceOverHttps(String url, boolean kept) {
        assertThat(HubSignals.isOnHuggingFace(url)).isEqualTo(kept);
        assertThat(new HubSignals(null, null, null, null, null, null, url).thumbnail()).isEqualTo(kept ? url : null);
    }
}
