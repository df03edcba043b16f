import { site } from '@/content/site';
import { paths } from '@/lib/paths';

export function SiteHeader() {
  return (
    <header className="site-chrome border-b border-line">
      <div className="mx-auto flex max-w-page flex-wrap items-center justify-between gap-x-6 gap-y-2 px-gutter py-2.5 sm:py-4">
        <a href="/" className="font-bold tracking-tight no-underline">
          {site.name}
        </a>
        <nav aria-label="Main">
          <ul className="flex gap-5 text-sm font-medium">
            <li>
              <a href="/blog" className="hover:text-accent">
                Writing
              </a>
            </li>
            <li>
              <a href={site.links.aiSystemsArchitecture} className="hover:text-accent">
                Services
              </a>
            </li>
            <li>
              <a href={site.links.about} className="hover:text-accent">
                About
              </a>
            </li>
            <li>
              <a href={paths.search} className="hover:text-accent">
                Search
              </a>
            </li>
          </ul>
        </nav>
      </div>
    </header>
  );
}
