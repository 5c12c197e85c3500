/**
 * The HTML the plugin writes: start tags rebuilt from their attributes, and the attributes every
 * published {@code <img>} gets (size, {@code srcset}, lazy loading).
 */
package dev.quire.plugin.images.html;
