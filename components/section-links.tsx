import { currentOf } from '@/lib/navigation';
import type { Crumb } from '@/lib/trails';

/**
 * A list of the site's sections as links, the one the page at `path` is in marked with
 * aria-current (lib/navigation.ts currentOf): the header's and the footer's navigation.
 */
export function SectionLinks({
  links,
  path,
  className,
  linkClassName,
}: {
  links: readonly Crumb[];
  path: string;
  className: string;
  linkClassName: string;
}) {
  return (
    <ul className={className}>
      {links.map((l) => (
        <li key={l.path}>
          <a
            href={l.path}
            aria-current={currentOf(l.path, path)}
            className={`inline-flex min-h-8 items-center ${linkClassName}`}
          >
            {l.name}
          </a>
        </li>
      ))}
    </ul>
  );
}
