/** Text helpers shared by the internal packages: slugs and HTML escaping. */
package dev.quire.internal.text;
