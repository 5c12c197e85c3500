/**
 * The files a build publishes for its posts: each named by its content hash
 * ({@code assets/images/fig.1a2b3c4d.png}), identical files stored once, with the image's size and
 * its resized copies (named by the hash of what they are made from: the source's hash, the width
 * and the settings). Built once per build from the whole site, so names never depend on which
 * thread got there first; hashes and sizes of unchanged files are remembered between builds.
 */
package dev.quire.plugin.images.asset;
