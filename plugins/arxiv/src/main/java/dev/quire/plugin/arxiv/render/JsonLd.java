package dev.quire.plugin.arxiv.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.quire.plugin.arxiv.Paper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code citation} of a post as JSON-LD: one schema.org {@code ScholarlyArticle} per paper it
 * discusses, on a node that names the post by its URL ({@code @id}), so search engines join it to
 * whatever else describes the post; and the {@code ScholarlyArticle} of a paper's own page. Untrusted text is JSON-escaped, and {@code < > &} are written
 * as backslash-u escapes so nothing in it can close the {@code <script>} element.
 */
public final class JsonLd {

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private JsonLd() {
    }

    /**
     * A {@code <script type="application/ld+json">} element for a post's head.
     *
     * @param type    {@code BlogPosting} for posts, {@code WebPage} for pages
     * @param pageUrl the post's URL, absolute when the site has one
     */
    public static String script(String type, String pageUrl, List<Paper> papers) {
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("@context", "https://schema.org");
        page.put("@type", type);
        page.put("@id", pageUrl);
        List<Map<String, Object>> citations = new ArrayList<>();
        papers.forEach(paper -> citations.add(article(paper)));
        page.put("citation", citations);
        return script(page);
    }

    /**
     * A {@code <script type="application/ld+json">} element for the head of the site's page about
     * {@code paper}: the paper as a {@code ScholarlyArticle}, with its abstract, whose
     * {@code mainEntityOfPage} is that page.
     *
     * @param pageUrl the page's URL, absolute when the site has one
     */
    public static String paperPage(Paper paper, String pageUrl) {
        Map<String, Object> article = new LinkedHashMap<>();
        article.put("@context", "https://schema.org");
        article.putAll(article(paper));
        if (paper.summary() != null && !paper.summary().isEmpty()) {
            article.put("abstract", paper.summary());
        }
        if (!paper.categories().isEmpty()) {
            article.put("keywords", paper.categories());
        }
        article.put("mainEntityOfPage", pageUrl);
        return script(article);
    }

    private static String script(Map<String, Object> json) {
        try {
            return "<script type=\"application/ld+json\">" + safeInScript(JSON.writeValueAsString(json)) + "</script>";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("plain maps and strings always serialize", e);
        }
    }

    private static Map<String, Object> article(Paper paper) {
        Map<String, Object> article = new LinkedHashMap<>();
        article.put("@type", "ScholarlyArticle");
        article.put("@id", paper.absUrl());
        article.put("name", paper.title());
        article.put("url", paper.absUrl());
        article.put("identifier", paper.citation());
        if (!paper.authors().isEmpty()) {
            article.put("author", paper.authors().stream().map(JsonLd::person).toList());
        }
        if (paper.publishedDay() != null) {
            article.put("datePublished", paper.publishedDay().toString());
        }
        List<String> sameAs = new ArrayList<>();
        if (paper.doiUrl() != null) {
            sameAs.add(paper.doiUrl());
        }
        if (paper.hfUrl() != null) {
            sameAs.add(paper.hfUrl());
        }
        if (!sameAs.isEmpty()) {
            article.put("sameAs", sameAs);
        }
        return article;
    }

    private static Map<String, Object> person(String name) {
        Map<String, Object> person = new LinkedHashMap<>();
        person.put("@type", "Person");
        person.put("name", name);
        return person;
    }

    /** {@code < > &} occur only inside JSON strings, where their backslash-u forms mean the same. */
    static String safeInScript(String json) {
        return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
                .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
    }
}
