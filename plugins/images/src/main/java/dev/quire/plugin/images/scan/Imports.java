package dev.quire.plugin.images.scan;

import dev.quire.model.MdxImport;
import java.util.Locale;
import java.util.Set;

/** Sorts MDX imports into pictures, files to link, and code that only React could run. */
public final class Imports {

    /** What an import brings in. */
    public enum Kind {
        /** A picture next to the post or under {@code @site/}: {@code import fig from './fig.png'}. */
        IMAGE,
        /** Another file to publish: {@code import paper from './paper.pdf'}. */
        FILE,
        /** A component or module: {@code import Tabs from '@theme/Tabs'}, {@code './Chart.jsx'}. */
        CODE,
        /** A path from the root of the disk, which a post may never read. */
        ABSOLUTE
    }

    private static final Set<String> IMAGE_EXTENSIONS = Set.of("png", "jpg", "jpeg", "gif", "webp", "svg", "avif",
            "bmp", "ico", "tif", "tiff");
    private static final Set<String> CODE_EXTENSIONS = Set.of("js", "jsx", "ts", "tsx", "mjs", "cjs", "md", "mdx",
            "json", "css", "scss", "sass", "less", "yml", "yaml");
    /** Docusaurus's alias for the site folder. */
    static final String SITE_ALIAS = "@site/";

    private Imports() {
    }

    public static Kind kind(MdxImport mdxImport) {
        String from = mdxImport.from();
        if (from.startsWith("/")) {
            return Kind.ABSOLUTE;
        }
        if (!mdxImport.isRelative() && !from.startsWith(SITE_ALIAS)) {
            return Kind.CODE;
        }
        String extension = extension(from);
        if (IMAGE_EXTENSIONS.contains(extension)) {
            return Kind.IMAGE;
        }
        return extension.isEmpty() || CODE_EXTENSIONS.contains(extension) ? Kind.CODE : Kind.FILE;
    }

    /** The lower-case extension of the last path segment, without query or fragment; empty if none. */
    static String extension(String link) {
        String path = link;
        int cut = path.indexOf('?');
        path = cut < 0 ? path : path.substring(0, cut);
        cut = path.indexOf('#');
        path = cut < 0 ? path : path.substring(0, cut);
        String name = path.substring(path.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
