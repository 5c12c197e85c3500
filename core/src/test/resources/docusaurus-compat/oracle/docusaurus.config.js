// The smallest Docusaurus site that builds the fixture's blog with the blog plugin's defaults.
// Only warnings that would bury the output are silenced; no rule of the blog plugin is changed.
module.exports = {
  title: 'Compatibility fixture',
  url: 'https://compat.example.org',
  baseUrl: '/',
  // The theme links to a home page this blog-only site does not have.
  onBrokenLinks: 'ignore',
  onDuplicateRoutes: 'warn',
  presets: [
    [
      'classic',
      {
        docs: false,
        pages: false,
        blog: {
          path: 'blog',
          routeBasePath: 'blog',
          onInlineTags: 'ignore',
          onInlineAuthors: 'ignore',
          onUntruncatedBlogPosts: 'ignore',
        },
      },
    ],
  ],
  plugins: ['./dump-blog-metadata.js'],
};
