/** @type {() => Promise<import('@docusaurus/types').Config>} */
export default async function createConfig() {
  const katex = (await import('rehype-katex')).default;
  return {
    title: 'Computed Notes',
    url: 'https://computed.example.org',
    baseUrl: '/',
    presets: [
      [
        '@docusaurus/preset-classic',
        /** @type {import('@docusaurus/preset-classic').Options} */
        ({
          blog: {routeBasePath: '/', postsPerPage: 'ALL'},
        }),
      ],
    ],
  };
}
