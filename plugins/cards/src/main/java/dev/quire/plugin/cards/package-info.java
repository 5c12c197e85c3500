/**
 * Social cards: for every post without a picture of its own, a 1200×630 PNG with the site's
 * title, the post's title, its date and the papers it covers, published next to the post and
 * offered to the theme as {@code post.data.card} for {@code og:image} and {@code twitter:image}.
 * Cards are kept between builds in the plugin's cache folder, named by a digest of what they show,
 * so each is drawn once.
 */
package dev.quire.plugin.cards;
