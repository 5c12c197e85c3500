/** Tests of the default theme on a representative site: valid HTML, heads, assets, behaviour. */
package dev.quire.theme.defaults;
