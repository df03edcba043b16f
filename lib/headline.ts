/**
 * The phone size of an article's h1, by its length: a headline of up to 90 characters keeps the
 * full size; a longer one steps down, so that the longest the schema allows (160 characters, with
 * a 160-character description) still leaves the article's first words on a 375 × 667 screen
 * (tests/e2e/cover.spec.ts proves it on tests/fixtures/content/fixture-every-feature). From the
 * sm breakpoint up every headline has the same size.
 */
export function phoneHeadlineSize(headline: string): 'text-[1.45rem]' | 'text-[1.3rem]' | 'text-[1.2rem]' {
  const length = [...headline.trim()].length;
  if (length <= 90) return 'text-[1.45rem]';
  if (length <= 120) return 'text-[1.3rem]';
  return 'text-[1.2rem]';
}
