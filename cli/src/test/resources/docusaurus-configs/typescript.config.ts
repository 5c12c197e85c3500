import {themes as prismThemes} from 'prism-react-renderer';
import type {Config} from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';

const config: Config = {
  title: 'Math Reading Group',
  url: 'https://group.example.org',
  baseUrl: '/reading/',
  trailingSlash: false,
  markdown: {
    format: 'detect',
    mermaid: true,
    preprocessor: ({filePath, fileContent}) => fileContent.replaceAll('{{VERSION}}', '1.0'),
  },
  themes: ['@docusaurus/theme-mermaid'],
  presets: [
    [
      'classic',
      {
        docs: false,
        blog: {
          routeBasePath: 'notes',
          tagsBasePath: 'topics',
          remarkPlugins: [remarkMath, remarkAbbr],
          rehypePlugins: [rehypeKatex],
        },
      } satisfies Preset.Options,
    ],
  ],
  plugins: [
    [
      '@docusaurus/plugin-content-blog',
      {
        id: 'news',
        path: 'news',
        routeBasePath: 'news',
      },
    ],
  ],
} satisfies Config

export default config
