import type { Section } from '@/lib/content';
import { ENGLISH_WORDS, type InterfaceWords } from '@/lib/interface-words';

/**
 * The table of contents, as plain links that work without JavaScript. Two navs with two names
 * (landmark names must be unique), one shown at a time. Inline it is collapsible
 * (details) and shown below the lg breakpoint; as an aside it sits beside the text, sticky, on
 * wide screens. /scripts/toc.js marks the current section when it runs.
 */
export function Toc({
  sections,
  placement,
  words = ENGLISH_WORDS,
}: {
  sections: readonly Section[];
  placement: 'inline' | 'aside';
  words?: Pick<InterfaceWords, 'contents' | 'onThisPage'>;
}) {
  const list = (
    <ol className="space-y-1 text-sm">
      {sections.map((s) => (
        <li key={s.id}>
          <a
            href={`#${s.id}`}
            className="-ml-px block border-l-2 border-transparent py-1 pl-3 text-muted hover:text-ink"
          >
            {s.title}
          </a>
        </li>
      ))}
    </ol>
  );
  if (placement === 'inline') {
    return (
      <nav aria-label={words.contents} className="toc mb-5 rounded-lg border border-line bg-raised sm:mb-10 lg:hidden">
        <details>
          <summary className="cursor-pointer px-4 py-2 font-semibold sm:py-3">{words.contents}</summary>
          <div className="border-t border-line px-4 py-3">{list}</div>
        </details>
      </nav>
    );
  }
  return (
    <nav aria-label={words.onThisPage} className="toc hidden lg:block">
      <div className="sticky top-6 border-l border-line">
        <p className="mb-2 pl-3 text-sm font-semibold">{words.onThisPage}</p>
        {list}
      </div>
    </nav>
  );
}
