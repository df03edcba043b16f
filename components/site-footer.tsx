import { site } from '@/content/site';
import { paths } from '@/lib/paths';

export function SiteFooter() {
  return (
    <footer className="site-chrome mt-section border-t border-line">
      <div className="mx-auto flex max-w-page flex-wrap justify-between gap-4 px-gutter py-8 text-sm text-muted">
        <p>
          © {new Date().getFullYear()} {site.name}
        </p>
        <ul className="flex gap-5">
          <li>
            <a href={paths.blog} className="hover:text-ink">
              Writing
            </a>
          </li>
          <li>
            <a href={paths.feed} className="hover:text-ink">
              RSS
            </a>
          </li>
          <li>
            <a href={site.links.contact} className="hover:text-ink">
              Work with me
            </a>
          </li>
        </ul>
      </div>
    </footer>
  );
}
