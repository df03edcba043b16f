import { describe, expect, it } from 'vitest';
import { site } from '@/content/site';
import { loadPages, siteOwner } from '@/lib/content';
import { years } from '@/lib/trust';
import { absolute, localPath, normalize } from '../site-data';
import { all, attr, closest, textContent, type Element } from './dom';
import { firstAttr, image, jsonLdOf, only, page } from './out';

// Trust on the built pages (the suite builds tests/fixtures/site.ts: a fixture portrait,
// testimonials, clients and work history on reserved names): the about page shows the portrait
// beside its h1 with its size, the Person's JSON-LD image and the page's Open Graph image are that
// portrait as a file of out/, and each list shows its entries, on the about page and (testimonials,
// clients) on the services page. A site without them shows none of it: no heading, no placeholder.

const pages = loadPages();
const about = pages.find((p) => p.kind === 'profile');
const services = pages.find((p) => p.kind === 'service');
const owner = siteOwner();

/** The <section> labelled by the heading with this id, when the page has one. */
const sectionOf = (doc: ReturnType<typeof page>, id: string): Element | undefined =>
  all(doc, `section[aria-labelledby="${id}"]`)[0];

/** The file of out/ behind an <img>: its fallback src, which must exist at the declared size. */
function expectImageFile(img: Element) {
  const src = attr(img, 'src')!;
  expect(src).toMatch(/^\/media\//);
  expect(image(src).size).toEqual({ width: Number(attr(img, 'width')), height: Number(attr(img, 'height')) });
  for (const candidate of (attr(img, 'srcset') ?? '').split(', '))
    expect(image(candidate.split(' ')[0]!).size.width).toBe(Number(candidate.split(' ')[1]!.slice(0, -1)));
}

describe.runIf(about)(`the about page ${about?.path}`, () => {
  const doc = () => page(about!.path);

  it(
    owner.image
      ? 'shows the portrait beside the h1: alt the owner’s name, its width and height, every file in out/'
      : 'shows no portrait',
    () => {
      const header = only(doc(), 'article header');
      const imgs = all(header, 'img');
      if (!owner.image) return expect(imgs).toEqual([]);
      expect(imgs).toHaveLength(1);
      const img = imgs[0]!;
      expect(attr(img, 'alt')).toBe(owner.name);
      expect(Number(attr(img, 'width'))).toBeGreaterThan(0);
      expect(Number(attr(img, 'height'))).toBeGreaterThan(0);
      expect(attr(img, 'loading')).toBeNull();
      expectImageFile(img);
      expect(all(closest(img, 'picture')!, 'source').map((s) => attr(s, 'type'))).toEqual(['image/avif', 'image/webp']);
      // Beside the headline: in the same header as the h1.
      expect(all(header, 'h1')).toHaveLength(1);
    },
  );

  it(
    owner.image
      ? 'makes the portrait the Person’s JSON-LD image and the og:image, a file of out/ at its size'
      : 'keeps the site image',
    () => {
      const person = jsonLdOf(doc())['@graph'].find((n) => n['@type'] === 'Person')!;
      const og = firstAttr(doc(), 'meta[property="og:image"]')!;
      if (!owner.image) {
        expect(person).not.toHaveProperty('image');
        return expect(og).toBe(absolute('/og.png'));
      }
      const shown = attr(only(doc(), 'article header img'), 'src')!;
      const personImage = person.image as { url: string; width: string; height: string };
      // The largest file of the portrait: the one the <img> falls back to.
      expect(personImage.url).toBe(absolute(shown));
      expect(image(localPath(personImage.url)).size).toEqual({
        width: Number(personImage.width),
        height: Number(personImage.height),
      });
      expect(og).toBe(personImage.url);
      expect(firstAttr(doc(), 'meta[property="og:image:width"]')).toBe(personImage.width);
      expect(firstAttr(doc(), 'meta[property="og:image:height"]')).toBe(personImage.height);
      expect(firstAttr(doc(), 'meta[property="og:image:alt"]')).toBe(owner.name);
      expect(firstAttr(doc(), 'meta[name="twitter:image"]')).toBe(og);
    },
  );

  it(`lists the work history (${site.workHistory.length}): role, organisation, years`, () => {
    const section = sectionOf(doc(), 'work-history');
    if (site.workHistory.length === 0) return expect(section).toBeUndefined();
    // Each part in a block of its own (no spaces between them in the text).
    expect(all(section!, 'li').map((li) => normalize(textContent(li)))).toEqual(
      site.workHistory.map((r) => `${r.role}${r.organisation}${years(r)}`),
    );
  });
});

for (const shown of [{ path: '/' }, about, services].filter((p) => p !== undefined))
  describe(`trust on ${shown.path}`, () => {
    const doc = () => page(shown.path);

    it(`shows the testimonials (${site.testimonials.length}) as figure, blockquote and figcaption`, () => {
      const section = sectionOf(doc(), 'testimonials');
      if (site.testimonials.length === 0) return expect(section).toBeUndefined();
      const figures = all(section!, 'figure');
      expect(figures.map((f) => normalize(textContent(only(f, 'blockquote'))))).toEqual(
        site.testimonials.map((t) => t.quote),
      );
      expect(figures.map((f) => normalize(textContent(only(f, 'figcaption'))))).toEqual(
        site.testimonials.map((t) => `${t.name}${t.role}, ${t.company}`),
      );
      site.testimonials.forEach((t, i) => {
        const links = all(figures[i]!, 'a').map((a) => attr(a, 'href'));
        expect(links).toEqual(t.link ? [t.link] : []);
        const imgs = all(figures[i]!, 'img');
        expect(imgs).toHaveLength(t.photo ? 1 : 0);
        if (t.photo) expectImageFile(imgs[0]!);
      });
    });

    it(`shows the clients (${site.clients.length}): a name, or a logo whose alt is the name`, () => {
      const section = sectionOf(doc(), 'clients');
      if (site.clients.length === 0) return expect(section).toBeUndefined();
      const items = all(section!, 'li');
      expect(items).toHaveLength(site.clients.length);
      site.clients.forEach((c, i) => {
        const img = all(items[i]!, 'img')[0];
        if (c.logo) {
          expect(attr(img!, 'alt')).toBe(c.name);
          expectImageFile(img!);
        } else expect(normalize(textContent(items[i]!))).toBe(c.name);
        expect(all(items[i]!, 'a').map((a) => attr(a, 'href'))).toEqual(c.link ? [c.link] : []);
      });
    });
  });

it('the suite builds a site with every kind of trust content (tests/fixtures/site.ts), so each test above saw entries', () => {
  expect(owner.image).not.toBe('');
  expect(site.testimonials.some((t) => t.photo && t.link)).toBe(true);
  expect(site.testimonials.some((t) => !t.photo && !t.link)).toBe(true);
  expect(site.clients.some((c) => c.logo)).toBe(true);
  expect(site.clients.some((c) => !c.logo)).toBe(true);
  expect(site.workHistory.some((r) => r.end === 'present')).toBe(true);
  expect(about && services).toBeTruthy();
});
