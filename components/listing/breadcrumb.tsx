import type { Crumb } from '@/lib/trails';

/**
 * The visible trail the BreadcrumbList JSON-LD describes (lib/trails.ts): Home › … › this page
 * (not a link). `compact` keeps it to one line, the last item cut with an ellipsis (an article's
 * headline), so it costs a phone one line above the h1.
 */
export function Breadcrumb({
  trail,
  compact = false,
  label = 'Breadcrumb',
}: {
  trail: readonly Crumb[];
  compact?: boolean;
  /** The landmark's name, in the page's language. */
  label?: string;
}) {
  return (
    <nav
      aria-label={label}
      data-pagefind-ignore=""
      className={`text-sm text-muted ${compact ? 'mb-2 sm:mb-4' : 'mb-4 sm:mb-6'}`}
    >
      <ol className={`flex gap-x-2 ${compact ? 'flex-nowrap' : 'flex-wrap'}`}>
        {trail.map((item, i) => (
          <li key={item.path} className={`flex min-w-0 items-center gap-x-2 ${i < trail.length - 1 ? 'shrink-0' : ''}`}>
            {i > 0 && <span aria-hidden="true">›</span>}
            {i === trail.length - 1 ? (
              <span aria-current="page" className={compact ? 'truncate' : ''}>
                {item.name}
              </span>
            ) : (
              <a
                href={item.path}
                className="inline-flex min-h-6 items-center underline underline-offset-2 hover:text-accent"
              >
                {item.name}
              </a>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
