package dev.quire.internal.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AutolinksTest {

    private static String render(Extension autolinks, String markdown) {
        MutableDataSet options = new MutableDataSet().set(Parser.EXTENSIONS, List.of(autolinks));
        return HtmlRenderer.builder(options).build().render(Parser.builder(options).build().parse(markdown));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "확산 모델은 https://arxiv.org/abs/1706.03762 참고.",
        "**www.example.org** 또는 WWW.Example.org, _mail a.b@example.org_ 로.",
        "http&#58;//entity.example.org and ftp://files.example.org/x, a@b",
        "[a link](https://x.org) then https://y.org/path?q=1#f and `https://code.example.org`",
        "plain text, with no link at all: only a colon.",
        "<https://angle.example.org> and mailto:someone@example.org",
    })
    void linksExactlyWhatFlexmarksExtensionLinks(String markdown) {
        assertThat(render(new Autolinks(), markdown)).isEqualTo(render(AutolinkExtension.create(), markdown));
    }

    @Test
    void onlyTextsWithoutAColonAtSignAmpersandOrWwwAreSkipped() {
        assertThat(Autolinks.mayHoldLink("확산 모델은 plain text, no links")).isFalse();
        assertThat(Autolinks.mayHoldLink("ww. w")).isFalse();
        assertThat(Autolinks.mayHoldLink("see wWw.x.org")).isTrue();
        assertThat(Autolinks.mayHoldLink("a:b")).isTrue();
        assertThat(Autolinks.mayHoldLink("a@b")).isTrue();
        assertThat(Autolinks.mayHoldLink("&#58;")).isTrue();
    }
}
