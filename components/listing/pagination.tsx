import type { Page } from '@/lib/listing/paging';

/** Links to the other pages of a listing: previous, each page by number, next. Nothing when there is one page. */
export function Pagination({ page }: { page: Page<unknown> }) {
  if (page.count < 2) return null;
  const link = 'inline-block min-w-11 rounded-md border border-line px-3 py-2 text-center hover:border-accent';
  return (
    <nav aria-label="Pages" className="mt-10">
      <ul className="flex flex-wrap gap-2 text-sm font-medium">
        {page.previous && (
          <li>
            <a href={page.previous} rel="prev" className={link}>
              Newer<span className="sr-only"> articles</span>
            </a>
          </li>
        )}
        {page.paths.map((path, i) => (
          <li key={path}>
            <a
              href={path}
              aria-current={i + 1 === page.number ? 'page' : undefined}
              className={`${link} aria-[current=page]:border-accent aria-[current=page]:bg-accent-soft`}
            >
              <span className="sr-only">Page </span>
              {i + 1}
            </a>
          </li>
        ))}
        {page.next && (
          <li>
            <a href={page.next} rel="next" className={link}>
              Older<span className="sr-only"> articles</span>
            </a>
          </li>
        )}
      </ul>
    </nav>
  );
}
