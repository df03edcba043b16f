import type { ReactNode } from 'react';
import { SITE_LANGUAGE } from '@/lib/language';
import { SiteFooter } from './site-footer';
import { SiteHeader, type Chrome } from './site-header';

/**
 * Every page's frame: the skip link, the header (its section marked for `path`), the main
 * content and the footer. Each route names its own path: the root layout cannot know it.
 * A page in another language than the site's (a translation) names it: its main carries `lang`
 * and `dir`, which the build copies onto <html> (lib/build/page-language.mjs), and the header and
 * footer, in the site's words, keep the site's language and direction (English reads left to
 * right on a right-to-left page too, its punctuation where it belongs).
 */
export function PageFrame({
  path,
  language,
  children,
}: {
  path: string;
  language?: { tag: string; direction: 'ltr' | 'rtl' };
  children: ReactNode;
}) {
  const other = language && language.tag !== SITE_LANGUAGE ? language : undefined;
  const chrome: Chrome | undefined = other && {
    lang: SITE_LANGUAGE,
    dir: other.direction === 'rtl' ? 'ltr' : undefined,
    pageLanguage: other.tag,
  };
  return (
    <>
      <a href="#main" className="skip-link" lang={chrome?.lang} dir={chrome?.dir}>
        Skip to content
      </a>
      <SiteHeader path={path} chrome={chrome} />
      <main id="main" lang={other?.tag} dir={other?.direction} className="mx-auto max-w-page px-gutter pt-4 sm:pt-10">
        {children}
      </main>
      <SiteFooter path={path} chrome={chrome} />
    </>
  );
}
