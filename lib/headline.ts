/**
 * The phone size of an article's h1, by its length: a headline of up to 90 characters keeps the
 * full size; a longer one steps down, so that the longest the schema allows (160 characters, with
 * a 160-character description) still leaves the article's first words on a 375 × 667 screen
 * (tests/e2e/page.spec.ts proves it on tests/fixtures/content/fixture-every-feature); every step stays above the phone's h2 (tailwind.config.ts). From the
 * sm breakpoint up every headline has the same size.
 */
export function phoneHeadlineSize(headline: string): 'text-h1' | 'text-[1.375rem]' | 'text-[1.3125rem]' {
  const length = [...headline.trim()].length;
  if (length <= 90) return 'text-h1';
  if (length <= 120) return 'text-[1.375rem]';
  return 'text-[1.3125rem]';
}
