// @ts-check
const lightCodeTheme = require('prism-react-renderer/themes/github')

/** @type {import('@docusaurus/types').Config} */
const config = {
  title: 'Old Blog',
  url: 'https://old.example.org',
  baseUrl: '/',
  presets: [
    [
      'classic',
      /** @type {import('@docusaurus/preset-classic').Options} */
      ({
        docs: false,
        blog: {
          routeBasePath: '/',
          showReadingTime: false,
        },
      }),
    ],
  ],
  plugins: [
    ['@docusaurus/plugin-content-blog', {id: 'talks', path: 'talks', routeBasePath: 'talks'}],
    ['@docusaurus/plugin-content-blog', {id: 'news', path: 'news', routeBasePath: 'news'}],
  ],
}

module.exports = config
