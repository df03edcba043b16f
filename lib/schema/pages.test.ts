import type { Graph, Thing } from 'schema-dts';
import { describe, expect, it } from 'vitest';
import { siteOwner } from '@/lib/content';
import { PAGE, section } from '@/lib/content/fixtures';
import { completePage, readPage } from '@/lib/content/kinds/page';
import { mediaOf } from '@/lib/media/media';
import { profileMetadata } from '@/lib/outputs/metadata';
import { contentPageGraph } from './pages';

// The about page (a ProfilePage about the owner) with and without a portrait: the Person's image
// is the portrait's largest file where the page shows it, and nowhere else; the page and the
// Person keep their description (the page's lead). The card image follows the portrait too.

const ORIGIN = 'https://example.test';
const page = (source = PAGE) =>
  completePage(
    readPage('content/about', [
      { name: 'page.mdx', source },
      { name: '01-a.mdx', source: section('eyebrow: A\ntitle: A') },
    ]),
  );
const portrait = mediaOf({
  path: '/abs/content/authors/me.jpg',
  name: 'me.jpg',
  hash: 'c'.repeat(64),
  header: { format: 'jpeg', width: 960, height: 1200, alpha: false, palette: false },
});
const nodes = (g: object) => (g as { '@graph': (Thing & Record<string, unknown>)[] })['@graph'];
const ofType = (g: object, type: string) => nodes(g).find((n) => n['@type'] === type)!;

describe('contentPageGraph of the about page', () => {
  it('gives the Person the portrait (absolute URL of its largest file, with its size) and keeps both descriptions', () => {
    const g = contentPageGraph(page(), siteOwner(), ORIGIN, portrait.largest) as unknown as Graph;
    expect(ofType(g, 'Person').image).toEqual({
      '@type': 'ImageObject',
      url: `${ORIGIN}/media/${portrait.largest.file}`,
      width: '960',
      height: '1200',
    });
    expect(portrait.largest.file).toMatch(/^me-[0-9a-f]{10}-960\.jpg$/);
    const description = page().description;
    expect(ofType(g, 'Person').description).toBe(description);
    expect(ofType(g, 'ProfilePage').description).toBe(description);
    expect(ofType(g, 'ProfilePage').mainEntity).toEqual({ '@id': ofType(g, 'Person')['@id'] });
  });

  it('leaves the image out while there is no portrait', () =>
    expect(ofType(contentPageGraph(page(), siteOwner(), ORIGIN), 'Person')).not.toHaveProperty('image'));

  it('never puts the portrait on a page that does not show it (any other kind of page)', () => {
    const other = page(PAGE.replace('kind: profile', 'kind: page').replace('path: /about', 'path: /x'));
    expect(ofType(contentPageGraph(other, siteOwner(), ORIGIN, portrait.largest), 'Person')).not.toHaveProperty(
      'image',
    );
  });
});

describe('profileMetadata', () => {
  const input = { title: 'About', description: 'D', path: '/about' };

  it('makes the portrait the Open Graph and Twitter image, at its size, with the owner’s name as alt', () => {
    const m = profileMetadata(input, { media: portrait, alt: 'Ada Example' }, ORIGIN);
    const image = { url: `${ORIGIN}${portrait.largest.path}`, width: 960, height: 1200, alt: 'Ada Example' };
    expect(m.openGraph?.images).toEqual([image]);
    expect(m.twitter?.images).toEqual([image]);
  });

  it('keeps the site image without a portrait', () => {
    const m = profileMetadata(input, undefined, ORIGIN);
    expect(m.openGraph?.images).toEqual([
      { url: `${ORIGIN}/og.png`, width: 1200, height: 630, alt: expect.any(String) },
    ]);
  });
});
