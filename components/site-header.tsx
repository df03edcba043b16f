import { site } from '@/content/site';

export function SiteHeader() {
  return (
    <header className="site-chrome border-b border-line">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-3 px-5 py-4">
        <a href="/" className="font-semibold tracking-tight">
          {site.name}
        </a>
        <nav aria-label="Main">
          <ul className="flex gap-5 text-sm">
            <li>
              <a href="/blog">Writing</a>
            </li>
            <li>
              <a href={site.links.aiSystemsArchitecture}>Work with me</a>
            </li>
          </ul>
        </nav>
      </div>
    </header>
  );
}
