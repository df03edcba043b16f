import type { Version } from '@/lib/content';

/**
 * The article's other languages, each a link in its own language's name and script (`hreflang`
 * and `lang` on each), 44 px tall: on the original and on each translation alike. Nothing when
 * the article is published in one language only.
 */
export function LanguageSwitch({
  versions,
  current,
  label,
}: {
  versions: readonly Version[];
  /** The page's own language: left out (the page is in it). */
  current: string;
  label: string;
}) {
  if (versions.length < 2 || !versions.some((v) => v.language === current)) return null;
  return (
    <nav aria-label={label} className="no-print mb-2 text-sm sm:mb-6" data-language-switch="">
      <ul className="flex flex-wrap items-center gap-x-3">
        <li className="font-semibold text-muted">{`${label}:`}</li>
        {versions
          .filter((v) => v.language !== current)
          .map((v) => (
            <li key={v.language}>
              <VersionLink version={v} className="inline-flex min-h-11 items-center text-accent underline" />
            </li>
          ))}
      </ul>
    </nav>
  );
}

/** A link to one language version of an article, in that language's own name (hreflang and lang on it). */
export function VersionLink({ version, className }: { version: Version; className: string }) {
  return (
    <a href={version.path} hrefLang={version.language} lang={version.language} className={className}>
      {version.name}
    </a>
  );
}
