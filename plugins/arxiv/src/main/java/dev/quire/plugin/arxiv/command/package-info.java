/**
 * {@code quire papers fetch|refresh|list}: the arXiv plugin's command, which keeps the site's
 * papers.json (see {@link dev.quire.command.PluginCommand} for how a plugin adds a command).
 */
package dev.quire.plugin.arxiv.command;
