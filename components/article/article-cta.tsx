import { linkTo } from '@/lib/links';
import { callToAction } from '@/lib/navigation';
import { PRIMARY_BUTTON } from '@/components/button';
import { ENGLISH_WORDS, fillWords, wordLanguage, type InterfaceWords } from '@/lib/interface-words';

/** The end of the article: one step to working with the author. */
export function ArticleCta({
  authorName,
  words = ENGLISH_WORDS,
  language,
}: {
  authorName: string;
  /** The page's language tag, when not the site's: an English word left in it is marked so. */
  language?: string;
  /** The page's interface words (lib/interface-words.ts). */
  words?: Pick<InterfaceWords, 'ctaTitle' | 'ctaText' | 'ctaWorkWith' | 'ctaCaseStudy'>;
}) {
  const cta = callToAction();
  return (
    <section
      aria-labelledby="cta-title"
      className="no-print mt-section rounded-xl border border-line bg-raised p-6 sm:p-8"
    >
      <h2 id="cta-title" className="text-h2 font-bold" {...wordLanguage('ctaTitle', language)}>
        {words.ctaTitle}
      </h2>
      <p className="mt-3 text-muted" {...wordLanguage('ctaText', language)}>
        {fillWords(words.ctaText, { name: authorName })}
      </p>
      <ul className="mt-5 flex flex-wrap gap-3">
        <li className="flex">
          <a href={cta.href} className={PRIMARY_BUTTON} {...wordLanguage('ctaWorkWith', language)}>
            {cta.contact ? fillWords(words.ctaWorkWith, { name: authorName.split(' ')[0]! }) : cta.text}
          </a>
        </li>
        <li className="flex">
          <a
            href={linkTo('nebuladesk')}
            {...wordLanguage('ctaCaseStudy', language)}
            className="rounded-md border border-line px-5 py-3 font-semibold no-underline hover:border-accent"
          >
            {words.ctaCaseStudy}
          </a>
        </li>
      </ul>
    </section>
  );
}
