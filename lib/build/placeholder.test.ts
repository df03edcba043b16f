import { describe, expect, it } from 'vitest';
import { orPlaceholder, PLACEHOLDER_TRANSLATION } from './placeholder.mjs';

describe('orPlaceholder', () => {
  it('gives the params when there are any', () => {
    const params = [{ lang: 'ur', slug: 'x' }];
    expect(orPlaceholder(params, PLACEHOLDER_TRANSLATION)).toEqual(params);
  });
  it('gives the placeholder alone when there are none (Next.js refuses an empty list under output: export)', () => {
    expect(orPlaceholder([], PLACEHOLDER_TRANSLATION)).toEqual([PLACEHOLDER_TRANSLATION]);
  });
});
