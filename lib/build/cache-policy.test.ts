import { describe, expect, it } from 'vitest';
import { CACHE, HOST_DEFAULT_CACHE } from './headers.mjs';

// The caching policy as independent known answers: headers.test.ts checks which rule each path
// gets by CACHE's own names, so a changed value there would pass it. These say what the values are.
describe('the caching policy', () => {
  it.each([
    ['hashed and media files: a year, never revalidated', CACHE.immutable, 'public, max-age=31536000, immutable'],
    ['every other file that is not a page: an hour', CACHE.short, 'public, max-age=3600'],
    ['pages: the host default, revalidated before every use', HOST_DEFAULT_CACHE, 'public, max-age=0, must-revalidate'],
  ])('%s', (_, value, expected) => expect(value).toBe(expected));
});
