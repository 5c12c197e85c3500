package dev.quire.plugin.feeds;

import dev.quire.testing.TestSite;
import java.nio.file.Path;

/**
 * A small blog with every case the feeds must handle: Korean text, {@code <} and {@code &} in
 * titles and bodies, relative links and images, a cover, papers, tags, authors, a stated last
 * update, characters XML forbids, a draft, an unlisted post, a page and a draft page.
 */
final class SampleSite {

    static final String BASE = "https://papers.example.org";

    private SampleSite() {
    }

    static TestSite in(Path dir) {
        return TestSite.in(dir)
                .config("""
                        title: 논문 리뷰 & <Notes>
                        description: 매일 읽은 논문을 정리합니다
                        url: https://papers.example.org
                        language: ko
                        blog:
                          posts-per-page: 2
                        feeds:
                          copyright: CC BY 4.0
                        """)
                .file("blog/authors.yml", """
                        minji:
                          name: 김민지
                          url: /about/
                          email: minji@example.org
                          page: true
                        """)
                .post("blog/2025-11-28-papers-review/index.mdx", """
                        ---
                        tags: [papers, 한국어]
                        authors: [minji]
                        image: ./asset/cover.png
                        test-cover-length: 2048
                        test-papers: ['2511.21541', '2511.19757']
                        ---
                        import blog_20251127_img1 from './asset/blog_20251127_img1.png';

                        # 2025-11-28 papers review

                        Reward Feedback learning 방식은 human preference에 큰 도움이 됨.

                        {/* truncate */}

                        ## 1. [Video Generation Models Are Good Latent Reward Models](https://huggingface.co/papers/2511.21541)

                        ![그림](./asset/figure.png), [the archive](/blog/archive/), [this section](#details), [an older post](../../26/older/).

                        <img src="./asset/a.png" srcset="./asset/a.png 1x, ./asset/a@2x.png 2x" alt="a" />

                        ## Details

                        Korean: 언어 이해는 단순히 표면적 의미를 추출하는 것을 넘어.
                        """)
                .post("blog/2025-11-27-escaping.md", """
                        ---
                        title: "Less <than> & more\\a, bell"
                        tags: [papers]
                        last_update:
                          date: 2025-12-02
                        ---
                        Inequalities: a < b && c > d, with a vertical\013tab and <code>&lt;tag&gt;</code>.
                        """)
                .post("blog/2025-11-26-older.md", """
                        ---
                        title: Older post
                        tags: [misc]
                        authors:
                          - name: Jane Roe
                            url: https://jane.example.org
                        ---
                        Plain text.
                        """)
                .post("blog/2025-11-29-draft.md", """
                        ---
                        title: Secret draft
                        draft: true
                        tags: [secret]
                        ---
                        Not yet.
                        """)
                .post("blog/2025-11-30-unlisted.md", """
                        ---
                        title: Unlisted note
                        unlisted: true
                        tags: [papers]
                        ---
                        Only by link.
                        """)
                .file("pages/about.md", "# About\n\nWho writes here.\n")
                .file("pages/wip.md", "---\ndraft: true\n---\n# Work in progress\n");
    }
}
