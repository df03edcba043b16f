import type { ReactNode } from 'react';
import { SiteFooter } from './site-footer';
import { SiteHeader } from './site-header';

/**
 * Every page's frame: the skip link, the header (its section marked for `path`), the main
 * content and the footer. Each route names its own path: the root layout cannot know it.
 */
export function PageFrame({ path, children }: { path: string; children: ReactNode }) {
  return (
    <>
      <a href="#main" className="skip-link">
        Skip to content
      </a>
      <SiteHeader path={path} />
      <main id="main" className="mx-auto max-w-page px-gutter pt-4 sm:pt-10">
        {children}
      </main>
      <SiteFooter path={path} />
    </>
  );
}
