package dev.quire.internal.build;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkNodeBase;
import com.vladsch.flexmark.ast.RefNode;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import dev.quire.internal.text.HtmlTags;
import dev.quire.model.Content;
import dev.quire.model.Urls;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The links a post or page's author wrote, read from its AST: Markdown links and images,
 * reference links, autolinks, and {@code href}/{@code src} of raw HTML.
 */
final class ContentLinks {

    /**
     * One link as written.
     *
     * @param url  the URL as it stands after plugins ran (e.g. images already point at assets)
     * @param line the line in the content's file
     */
    record Ref(String url, int line) implements java.io.Serializable {
    }

    private ContentLinks() {
    }

    static List<Ref> collect(Content content) {
        List<Ref> refs = new ArrayList<>();
        for (Node node : content.document().getDescendants()) {
            String url = null;
            if (node instanceof LinkNodeBase link) {
                url = link.getUrl().toString();
            } else if (node instanceof RefNode ref) {
                Reference target = ref.getReferenceNode(content.document());
                url = target == null ? null : target.getUrl().toString();
            } else if (node instanceof AutoLink auto) {
                url = auto.getText().toString();
            } else if (node instanceof HtmlInlineBase || node instanceof HtmlBlockBase) {
                int line = content.lineOf(node);
                for (String link : HtmlTags.links(node.getChars().toString())) {
                    refs.add(new Ref(link, line));
                }
            }
            if (url != null && !url.isBlank()) {
                refs.add(new Ref(url.strip(), content.lineOf(node)));
            }
        }
        return refs;
    }

    /** True for a link to a Markdown file, e.g. {@code ./2025-11-29-x.md#part}: those name posts by file. */
    static boolean isFileLink(String url) {
        return !Urls.isExternal(url) && url.matches("(?s)[^#?]+\\.mdx?([#?].*)?");
    }

    /**
     * Rewrites Markdown links to other posts' and pages' files ({@code [next](./2025-11-29-x.md)})
     * into their URLs, as Docusaurus does; a link to a Markdown file that is not a post or page is
     * left as it is, for {@link LinkCheck} to report.
     *
     * @return the files linked to (by path), each with the URL its link became, or {@code ""} when
     *         it is not a post or page: what the rendered HTML depends on besides the content's own file
     */
    static Map<String, String> rewriteFileLinks(Content content, Map<Path, Content> byFile) {
        Map<String, String> targets = new java.util.HashMap<>();
        for (Node node : content.document().getDescendants()) {
            if (!(node instanceof Link link)) {
                continue;
            }
            String url = link.getUrl().toString();
            if (!isFileLink(url)) {
                continue;
            }
            int cut = url.indexOf('#');
            String path = cut < 0 ? url : url.substring(0, cut);
            String fragment = cut < 0 ? "" : url.substring(cut);
            Path file;
            try {
                file = content.directory().resolve(java.net.URLDecoder.decode(path, java.nio.charset.StandardCharsets.UTF_8))
                        .normalize();
            } catch (java.nio.file.InvalidPathException e) {
                continue;
            }
            Content target = byFile.get(file);
            targets.put(file.toString(), target == null ? "" : target.url());
            if (target != null) {
                link.setUrl(BasedSequence.of(target.url() + fragment));
            }
        }
        return targets;
    }

    /** True when each file of {@link #rewriteFileLinks}'s result still has the URL it had. */
    static boolean sameTargets(Map<String, String> targets, Map<Path, Content> byFile) {
        for (Map.Entry<String, String> entry : targets.entrySet()) {
            Content target = byFile.get(Path.of(entry.getKey()));
            if (!entry.getValue().equals(target == null ? "" : target.url())) {
                return false;
            }
        }
        return true;
    }
}
