/**
 * Drawing social cards: the layout of a card's text (lines that fit, Korean kept whole as the
 * theme keeps it, ellipsized when too long), the shipped fonts and their fallback, and the PNG.
 * Nothing here knows of posts or builds: a {@link dev.quire.plugin.cards.draw.CardText} goes in,
 * the same bytes come out.
 */
package dev.quire.plugin.cards.draw;
