/**
 * The HTML of the MDX components the default theme styles: {@code <Tabs>}/{@code <TabItem>},
 * {@code <details>}, and a plain link for embeds such as {@code <Tweet>} or {@code <YouTube>}.
 * Plain Java on strings: the MDX renderer calls these when it meets the component, with the
 * children already rendered to HTML. The markup matches the theme's CSS and script.
 */
package dev.quire.internal.components;
