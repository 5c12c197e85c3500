/**
 * The images plugin: publishes the pictures and files posts use — MDX imports, Markdown images,
 * raw {@code <img>}/{@code <a href>}, {@code require()}, {@code static/} paths — under
 * content-hashed names, with width and height, responsive copies and lazy loading, and picks each
 * post's cover image for previews and feeds.
 *
 * <p>Settings ({@code images:} in {@code quire.yml}), all optional:
 * <pre>
 * images:
 *   widths: [480, 960, 1440]   # widths of the resized copies
 *   wider-than: 800            # only images wider than this get copies
 *   sizes: "(max-width: 800px) 100vw, 800px"
 *   quality: 0.82              # JPEG quality of the copies
 * </pre>
 */
package dev.quire.plugin.images;
