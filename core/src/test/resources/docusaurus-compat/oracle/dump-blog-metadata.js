// A local Docusaurus plugin: once every plugin has loaded its content, it writes what the blog
// plugin made of each post to the file named by ORACLE_OUT, in a stable order.
const fs = require('fs');
const path = require('path');

function sourceFiles(dir, prefix = '') {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const relative = prefix + entry.name;
    if (entry.isDirectory()) {
      return sourceFiles(path.join(dir, entry.name), relative + '/');
    }
    return /\.mdx?$/.test(entry.name) ? [relative] : [];
  });
}

function byCodePoint(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

module.exports = function dumpBlogMetadata(context) {
  return {
    name: 'dump-blog-metadata',
    async allContentLoaded({ allContent }) {
      const out = process.env.ORACLE_OUT;
      if (!out) {
        throw new Error('set ORACLE_OUT to the file to write');
      }
      const blog = allContent['docusaurus-plugin-content-blog'].default;
      const toSource = (aliased) => aliased.replace(/^@site\//, '');
      const posts = blog.blogPosts
        .map(({ metadata: m }) => ({
          source: toSource(m.source),
          permalink: m.permalink,
          title: m.title,
          date: m.date.toISOString(),
          day: m.date.toISOString().slice(0, 10),
          tags: m.tags.map((t) => ({ label: t.label, permalink: t.permalink })),
          authors: m.authors.map((a) => ({ key: a.key ?? null, name: a.name ?? null })),
          description: m.description,
          hasTruncateMarker: m.hasTruncateMarker,
          unlisted: m.unlisted,
        }))
        .sort((a, b) => byCodePoint(a.source, b.source));
      const built = new Set(posts.map((p) => p.source));
      const skipped = sourceFiles(path.join(context.siteDir, 'blog'))
        .map((file) => 'blog/' + file)
        .filter((source) => !built.has(source))
        .sort(byCodePoint);
      const result = {
        generator: '@docusaurus/core ' + require('@docusaurus/core/package.json').version,
        posts,
        skipped,
      };
      fs.writeFileSync(out, JSON.stringify(result, null, 2) + '\n');
    },
  };
};
