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
  /** The page's own language: shown, not linked. */
  current: string;
  label: string;
}) {
  if (versions.length < 2 || !versions.some((v) => v.language === current)) return null;
  return (
    <nav aria-label={label} className="no-print mb-5 text-sm sm:mb-8" data-language-switch="">
      <ul className="flex flex-wrap items-center gap-x-2 gap-y-1">
        <li className="font-semibold text-muted">{label}:</li>
        {versions.map((v) => (
          <li key={v.language} lang={v.language}>
            {v.language === current ? (
              <span aria-current="page" className="inline-flex min-h-11 items-center rounded-md px-2 font-semibold">
                {v.name}
              </span>
            ) : (
              <a
                href={v.path}
                hrefLang={v.language}
                lang={v.language}
                className="inline-flex min-h-11 items-center rounded-md px-2 text-accent underline underline-offset-2 hover:bg-accent-soft"
              >
                {v.name}
              </a>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
