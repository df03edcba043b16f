import { loadTags } from '@/lib/content';
import { paths } from '@/lib/paths';

/** Beside a listing: every topic with its number of articles, the current one marked. */
export function TopicsPanel({ current }: { current?: string }) {
  const tags = loadTags();
  if (tags.length === 0) return null;
  return (
    <nav aria-labelledby="topics-panel" className="rounded-xl border border-line p-6">
      <h2 id="topics-panel" className="text-h3 font-bold">
        <a href={paths.tags} className="hover:text-accent">
          Topics
        </a>
      </h2>
      <ul data-tags="" className="mt-3 flex flex-wrap gap-2">
        {tags.map((tag) => (
          <li key={tag.slug}>
            <a
              href={tag.path}
              aria-current={tag.path === current ? 'page' : undefined}
              className="group inline-flex min-h-8 items-center gap-1.5 rounded-full bg-accent-soft px-3 text-sm hover:underline aria-[current]:bg-accent aria-[current]:text-on-accent"
            >
              {tag.name} <span className="text-muted group-aria-[current]:text-on-accent">{tag.articles.length}</span>
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
