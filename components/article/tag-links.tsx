import { tagPath } from '@/lib/listing/tags';

/**
 * An article's tags, each a link to its page (/blog/tags/<slug>), announced as tags: under a
 * visible `label` when given, else under "Tags:" for screen readers only.
 */
export function TagLinks({
  tags,
  label,
  className = '',
  wrapperClassName,
}: {
  tags: readonly string[];
  label?: string;
  className?: string;
  wrapperClassName?: string;
}) {
  return (
    <div className={wrapperClassName}>
      <p className={label ? 'text-sm font-semibold text-muted' : 'sr-only'}>{label ?? 'Tags:'}</p>
      <ul className={`flex flex-wrap gap-2 text-xs sm:text-sm ${className}`} data-tags="">
        {tags.map((tag) => (
          <li key={tag}>
            <a
              href={tagPath(tag)}
              className="inline-flex min-h-6 items-center rounded-full bg-accent-soft px-2.5 font-medium text-accent hover:underline sm:min-h-7 sm:px-3"
            >
              {tag}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
