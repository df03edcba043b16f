/** Site paths of the files the build writes beside the pages. */
export const paths = {
  home: '/',
  blog: '/blog',
  /** The index of topics; each tag's page is /blog/tags/<tag-slug> (lib/listing/tags.ts). */
  tags: '/blog/tags',
  /** Search over the article bodies (Pagefind). */
  search: '/search',
  feed: '/feed.xml',
  sitemap: '/sitemap.xml',
  llms: '/llms.txt',
  manifest: '/manifest.webmanifest',
  /** The site-wide 1200×630 Open Graph image (pages that are not articles). */
  siteImage: '/og.png',
  /** An article's Markdown twin: the page's path with .md appended. */
  markdownTwin: (articlePath: string) => `${articlePath}.md`,
  icon: (file: string) => `/icons/${file}`,
} as const;
