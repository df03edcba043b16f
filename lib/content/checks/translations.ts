import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { site } from '@/content/site';
import { WORD_KEYS } from '@/lib/interface-words';
import { languageTagProblem, SITE_LANGUAGE, type SiteLanguages } from '@/lib/language';
import { META_FILE, type ParsedArticle } from '../kinds/article';
import type { Problem } from '../errors';
import { SITE_FILE, type Notice } from './site';

/**
 * The rules of translations (an article.mdx with `language` and `translationOf`): it names an
 * original that exists, in the site's language, and is not itself a translation; one translation
 * per original and language; not published while its original is a draft. A translation whose
 * sections or FAQ questions differ in number from its original's gets a warning (the author may
 * be mid-way), not a stop.
 */
export function translationProblems(
  parsed: readonly ParsedArticle[],
  siteLanguage: string = SITE_LANGUAGE,
): { problems: Problem[]; notices: Notice[] } {
  const problems: Problem[] = [];
  const notices: Notice[] = [];
  // Read from what was written, so an original with a mistake elsewhere is still found.
  const originals = new Map(parsed.filter((a) => a.slug && a.language === undefined).map((a) => [a.slug!, a]));
  const translations = new Map(parsed.filter((a) => a.slug && a.language !== undefined).map((a) => [a.slug!, a]));
  const seen = new Map<string, string>();
  for (const article of parsed) {
    const meta = article.meta;
    if (!meta?.translationOf || !meta.language) continue;
    const file = `${article.dir}/${META_FILE}`;
    const at = (field: string, message: string) => problems.push({ file, line: article.lineOf(field), message });
    const { translationOf, language } = meta;
    if (language === siteLanguage) {
      at(
        'language',
        `language ${language} is the site's own language (content/site.ts), so this would be a second original, not a translation. Fix: write the language this text is in, or remove language and translationOf to publish it as an article of its own.`,
      );
      continue;
    }
    const original = originals.get(translationOf);
    if (!original) {
      const other = translations.get(translationOf);
      at(
        'translationOf',
        other
          ? `translationOf: "${translationOf}" is itself a translation (${other.dir}); translations are made from the original. Fix: write translationOf: ${other.meta?.translationOf ?? "the original's slug"}.`
          : `translationOf: no article has the slug "${translationOf}". Fix: write the slug of the article this one translates (the slug: field of its article.mdx).`,
      );
      continue;
    }
    const key = `${translationOf}\0${language}`;
    const first = seen.get(key);
    if (first)
      at(
        'language',
        `a second translation of "${translationOf}" into ${language} (the first is ${first}). Fix: keep one of them, or give this one another language.`,
      );
    else seen.set(key, file);
    if (!meta.draft && original.meta?.draft)
      at(
        'translationOf',
        `the translation is published but its original "${translationOf}" (${original.dir}) is a draft, so readers would find the translation before the original. Fix: add draft: true here, or publish the original.`,
      );
    const count = (a: ParsedArticle) => a.sections.length;
    if (count(article) !== count(original))
      notices.push({
        level: 'warning',
        file,
        line: 1,
        message: `the translation has ${count(article)} section${count(article) === 1 ? '' : 's'} and its original (${original.dir}) ${count(original)}. Fix: translate every section, or leave this warning while the translation is under way.`,
      });
    const faq = (a: ParsedArticle) => a.sections.find((s) => s.faq);
    const [mine, theirs] = [faq(article), faq(original)];
    const questions = (s: typeof mine) => s?.faq?.length ?? 0;
    if (questions(mine) !== questions(theirs))
      notices.push({
        level: 'warning',
        file: mine ? `${article.dir}/${mine.name}.mdx` : file,
        line: 1,
        message: `the translation's FAQ has ${questions(mine)} question${questions(mine) === 1 ? '' : 's'} and its original's ${questions(theirs)}. Fix: translate every question, or leave this warning while the translation is under way.`,
      });
  }
  return { problems, notices };
}

/** content/site.ts as written, to point at a line; empty when it cannot be read. */
const siteSource = () => {
  const file = join(process.cwd(), SITE_FILE);
  return existsSync(file) ? readFileSync(file, 'utf8') : '';
};

/**
 * content/site.ts `languages`: each key a language tag in its canonical form, each word a key of
 * the interface (lib/interface-words.ts), with no word left empty.
 */
export function siteLanguageProblems(
  languages: SiteLanguages = site.languages,
  source: string = siteSource(),
): Problem[] {
  const lines = source.split('\n');
  const start = Math.max(
    0,
    lines.findIndex((l) => /^\s*languages:/.test(l)),
  );
  const lineOf = (text: string) => {
    const i = lines.findIndex((l, n) => n >= start && l.includes(text));
    return (i < 0 ? start : i) + 1;
  };
  const problems: Problem[] = [];
  for (const [tag, { label, words = {} }] of Object.entries(languages)) {
    const tagProblem = languageTagProblem(tag);
    if (tagProblem) problems.push({ file: SITE_FILE, line: lineOf(tag), message: `languages: ${tagProblem}` });
    if (label !== undefined && !label.trim())
      problems.push({
        file: SITE_FILE,
        line: lineOf(tag),
        message: `languages.${tag}.label is empty. Fix: write the language's name in itself, or remove label.`,
      });
    for (const [key, word] of Object.entries(words)) {
      if (!(WORD_KEYS as string[]).includes(key))
        problems.push({
          file: SITE_FILE,
          line: lineOf(`${key}:`),
          message: `languages.${tag}.words.${key} is not a word of the interface. Fix: use one of ${WORD_KEYS.join(', ')}.`,
        });
      else if (!word.trim())
        problems.push({
          file: SITE_FILE,
          line: lineOf(`${key}:`),
          message: `languages.${tag}.words.${key} is empty. Fix: write the word, or remove the key to keep the English one.`,
        });
    }
  }
  return problems;
}
