/**
 * The plugin SPI: {@link dev.quire.plugin.QuirePlugin}, found with {@link java.util.ServiceLoader},
 * and what a plugin gets from a build. A plugin is a jar with a
 * {@code META-INF/services/dev.quire.plugin.QuirePlugin} entry; nothing else is needed.
 */
package dev.quire.plugin;
