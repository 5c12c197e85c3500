package dev.quire.cli.docusaurus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class JsObjectReaderTest {

    private static JsValue.Obj exported(String source) {
        return JsObjectReader.exportedObject(source).orElseThrow();
    }

    @Test
    void commonJsExportsAnObjectLiteral() {
        JsValue.Obj config = exported("""
                // @ts-check
                /** @type {import('@docusaurus/types').Config} */
                module.exports = {
                  title: 'Papers', // the name
                  url: "https://papers.example.org",
                  baseUrl: '/',
                  count: 5, ratio: -0.5, on: true, off: null,
                };
                """);
        assertThat(config.entries().get("title").text()).isEqualTo("Papers");
        assertThat(config.entries().get("url").text()).isEqualTo("https://papers.example.org");
        assertThat(config.entries().get("title").line()).isEqualTo(4);
        assertThat(((JsValue.Literal) config.entries().get("count")).value()).isEqualTo(5L);
        assertThat(((JsValue.Literal) config.entries().get("ratio")).value()).isEqualTo(-0.5);
        assertThat(((JsValue.Literal) config.entries().get("on")).value()).isEqualTo(true);
        assertThat(((JsValue.Literal) config.entries().get("off")).value()).isNull();
    }

    @Test
    void typeScriptExportsAVariableWithATypeAndSatisfies() {
        JsValue.Obj config = exported("""
                import type {Config} from '@docusaurus/types';
                import type * as Preset from '@docusaurus/preset-classic';
                const other = {title: 'not this one'};
                const config: Config = {
                  title: 'Reading group',
                  presets: [['classic', {blog: {path: 'posts'}} satisfies Preset.Options]],
                  themeConfig: {navbar: {title: 'Nav'}} as Preset.ThemeConfig,
                };
                export default config;
                """);
        assertThat(config.entries().get("title").text()).isEqualTo("Reading group");
        JsValue.Arr presets = (JsValue.Arr) config.entries().get("presets");
        JsValue.Arr classic = (JsValue.Arr) presets.items().get(0);
        JsValue.Obj options = (JsValue.Obj) classic.items().get(1);
        assertThat(((JsValue.Obj) options.entries().get("blog")).entries().get("path").text()).isEqualTo("posts");
        assertThat(config.entries().get("themeConfig")).isInstanceOf(JsValue.Obj.class);
    }

    @Test
    void exportDefaultOfALiteral() {
        assertThat(exported("export default { title: `Plain template` };").entries().get("title").text())
                .isEqualTo("Plain template");
    }

    @Test
    void computedValuesAreKeptAsUnknownWithTheirCode() {
        JsValue.Obj config = exported("""
                const base = '/docs/';
                module.exports = {
                  url: process.env.SITE_URL,
                  baseUrl: base,
                  tagline: `Since ${new Date().getFullYear()}`,
                  title: 'A' + 'B',
                  editUrl: ({locale}) => `https://example.org/${locale}`,
                  plugins: [require.resolve('./plugin.js')],
                  shorthand,
                  ...spread,
                  [computed]: 1,
                  method() { return {title: 'no'}; },
                  after: 'still read',
                };
                """);
        assertThat(config.entries().get("url")).isEqualTo(new JsValue.Unknown("process.env.SITE_URL", 3));
        assertThat(config.entries().get("baseUrl")).isEqualTo(new JsValue.Unknown("base", 4));
        assertThat(config.entries().get("tagline")).isInstanceOf(JsValue.Unknown.class);
        assertThat(config.entries().get("title")).isEqualTo(new JsValue.Unknown("'A' + 'B'", 6));
        assertThat(config.entries().get("editUrl")).isInstanceOf(JsValue.Unknown.class);
        assertThat(((JsValue.Arr) config.entries().get("plugins")).items().get(0)).isInstanceOf(JsValue.Unknown.class);
        assertThat(config.entries().get("shorthand")).isInstanceOf(JsValue.Unknown.class);
        assertThat(config.entries()).doesNotContainKeys("method", "spread", "computed");
        assertThat(config.entries().get("after").text()).isEqualTo("still read");
    }

    @Test
    void stringsCommentsAndRegularExpressionsDoNotConfuseTheBraces() {
        JsValue.Obj config = exported("""
                module.exports = {
                  a: '}{ // not a comment',
                  /* } */ b: "say \\"hi\\" \\u00e9",
                  c: /[}{]\\/+/g,
                  d: x / 2 / y,
                  e: `multi
                line ${ {nested: '}'}.nested } end`,
                  g: `outer ${`inner ${deep} }`} still outer`,
                  f: 'last',
                };
                """);
        assertThat(config.entries().get("a").text()).isEqualTo("}{ // not a comment");
        assertThat(config.entries().get("b").text()).isEqualTo("say \"hi\" é");
        assertThat(config.entries().get("c")).isInstanceOf(JsValue.Unknown.class);
        assertThat(config.entries().get("d")).isInstanceOf(JsValue.Unknown.class);
        assertThat(config.entries().get("e")).isInstanceOf(JsValue.Unknown.class);
        assertThat(config.entries().get("g")).isEqualTo(new JsValue.Unknown("`outer ${…} still outer`", 8));
        assertThat(config.entries().get("f").text()).isEqualTo("last");
        assertThat(config.entries().get("f").line()).isEqualTo(9);
    }

    @Test
    void aConfigAFunctionReturnsIsReadAndOneBuiltOtherwiseIsNot() {
        assertThat(JsObjectReader.exportedObject("export default async function createConfig() {\n"
                + "  if (x) { return {title: 'inner'}; }\n  return {title: 'T'};\n}").orElseThrow().entries())
                .containsEntry("title", new JsValue.Literal("T", 3));
        assertThat(JsObjectReader.exportedObject("module.exports = async () => ({title: 'T'});").orElseThrow()
                .entries()).containsKey("title");
        assertThat(JsObjectReader.exportedObject("export default function createConfig() { return build(); }"))
                .isEmpty();
        assertThat(JsObjectReader.exportedObject("const x = 1;")).isEmpty();
    }

    @Test
    void brokenTextIsASyntaxErrorWithItsLine() {
        assertThatThrownBy(() -> JsObjectReader.exportedObject("module.exports = {\n  title: 'open\n};"))
                .isInstanceOf(JsSyntaxException.class).hasMessageContaining("string is not closed")
                .satisfies(e -> assertThat(((JsSyntaxException) e).line()).isEqualTo(2));
        assertThatThrownBy(() -> JsObjectReader.exportedObject("/* never closed"))
                .isInstanceOf(JsSyntaxException.class);
        assertThatThrownBy(() -> JsObjectReader.exportedObject("x = '\\u12';"))
                .isInstanceOf(JsSyntaxException.class).hasMessageContaining("broken escape");
    }
}
