import type { ReactNode } from 'react';
import type { MdxComponentProps } from '@/lib/content/parse/components';
import { ENGLISH_WORDS } from '@/lib/interface-words';

/** A quick answer's label: the word, and its language where it is not the page's. */
export type QuickAnswerLabel = { text: string; lang?: string; dir?: 'auto' };

/**
 * A one-paragraph answer a reader (or an answer engine) can lift whole. Used in MDX as
 * <QuickAnswer>**Lead:** answer</QuickAnswer>; the lead, which the loader read (lib/content/parse/components.ts),
 * names the callout, so each name is unique.
 */
export function QuickAnswer({
  lead,
  children,
  label = { text: ENGLISH_WORDS.quickAnswer },
}: MdxComponentProps<'QuickAnswer'> & {
  children?: ReactNode;
  /** The page language's word, and its lang where it fell back to English (lib/interface-words). */
  label?: QuickAnswerLabel;
}) {
  return (
    // A note, not an <aside>: a complementary landmark may not sit inside the article's main.
    <div
      role="note"
      aria-label={`${label.text}: ${lead}`}
      className="not-prose my-8 rounded-lg border-l-4 border-accent bg-accent-soft px-5 py-4"
    >
      <p className="mb-1 text-sm font-bold tracking-wider text-accent uppercase" lang={label.lang} dir={label.dir}>
        {label.text}
      </p>
      <div className="leading-relaxed sm:text-lg [&_p]:m-0">{children}</div>
    </div>
  );
}
