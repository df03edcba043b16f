import { expect, test } from '@playwright/test';
import { imageUses } from '@/lib/content/parse/image-uses';
import { localImageName, MIME } from '@/lib/media/media';
import { ARTICLES, absolute, builtFile } from './helpers';

// Images beside the text (./photo.png, <Figure>), optimized at build: what a reader's browser
// gets. Every fact is read from the loader: which articles have images, which files each has.
// The site's own articles may have none; `npm run test:site` builds tests/fixtures/content's
// article with a photo and a diagram, and tests/static/build.test.ts fails if no article has one.
const WITH_MEDIA = ARTICLES.filter((a) => a.media.size > 0);

/** The images of an article in page order, as the loader resolved them. */
const imagesOf = (article: (typeof ARTICLES)[number]) =>
  article.sections.flatMap((s) =>
    imageUses(s.tree).flatMap((u) => {
      const name = localImageName(u.url);
      const media = name === undefined ? undefined : article.media.get(name);
      return media ? [{ media, alt: u.alt ?? '', section: s.number }] : [];
    }),
  );

for (const article of WITH_MEDIA) {
  const images = imagesOf(article);

  test(`${article.path}: each image is a <picture> with AVIF and WebP sources, a fallback, a size and a loading rule`, async ({
    page,
  }) => {
    await page.goto(article.path);
    const pictures = await page.locator('article picture').evaluateAll((els) =>
      els.map((p) => {
        const img = p.querySelector('img')!;
        return {
          sources: [...p.querySelectorAll('source')].map((s) => ({ type: s.type, srcset: s.srcset, sizes: s.sizes })),
          src: img.getAttribute('src'),
          srcset: img.getAttribute('srcset'),
          alt: img.alt,
          width: img.getAttribute('width'),
          height: img.getAttribute('height'),
          loading: img.getAttribute('loading'),
          decoding: img.getAttribute('decoding'),
          fetchpriority: img.getAttribute('fetchpriority'),
        };
      }),
    );
    expect(pictures).toHaveLength(images.length);
    pictures.forEach((p, i) => {
      const { media, alt, section } = images[i]!;
      expect(p.sources.map((s) => s.type)).toEqual(['image/avif', 'image/webp']);
      expect(p.sources.map((s) => s.srcset)).toEqual(media.sources.map((s) => s.srcset));
      expect(p.sources.every((s) => s.sizes.length > 0)).toBe(true);
      expect([p.src, p.srcset, p.alt]).toEqual([media.img.src, media.img.srcset, alt]);
      expect([p.width, p.height]).toEqual([String(media.width), String(media.height)]);
      expect(p.decoding).toBe('async');
      // The first image of the first section is in the first screen: fetched at once, and first.
      const firstScreen = i === 0 && section === 1;
      expect([p.loading, p.fetchpriority], `image ${i + 1}`).toEqual(firstScreen ? [null, 'high'] : ['lazy', null]);
    });
  });

  test(`${article.path}: every file the images offer is in out/, with its type, its size and immutable caching`, async ({
    request,
  }) => {
    const variants = [...article.media.values()].flatMap((m) => m.variants);
    for (const v of [...variants, ...Object.values(article.coverPhoto ?? {})]) {
      const res = await request.get(v.path);
      expect(res.status(), v.path).toBe(200);
      expect(res.headers()['content-type'], v.path).toBe(MIME[v.format]);
      expect(res.headers()['cache-control'], v.path).toBe('public, max-age=31536000, immutable');
      expect((await res.body()).length, v.path).toBeGreaterThan(0);
    }
    // The file names carry the hash of what made them: the same bytes always under the same name.
    expect(variants.every((v) => /^\/media\/[a-z0-9-]+-[0-9a-f]{10}-\d+\.(avif|webp|jpg|png)$/.test(v.path))).toBe(
      true,
    );
  });

  for (const [width, dpr, format] of [
    [375, 3, 'avif'],
    [375, 2, 'avif'],
    [1280, 1, 'avif'],
  ] as const) {
    test(`${article.path} at ${width}px, DPR ${dpr}: the browser loads one ${format} file per image, from this origin, the size it needs, without layout shift`, async ({
      browser,
      baseURL,
    }) => {
      const context = await browser.newContext({ viewport: { width, height: 800 }, deviceScaleFactor: dpr });
      const page = await context.newPage();
      const violations: string[] = [];
      page.on('console', (m) => {
        if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
      });
      const requested: string[] = [];
      page.on('request', (r) => {
        if (r.resourceType() === 'image') requested.push(r.url());
      });
      await page.goto(`${baseURL}${article.path}`);
      // Bring every lazy image into view, then wait for all to load.
      await page.evaluate(async () => {
        for (const img of document.querySelectorAll('article picture img')) {
          img.scrollIntoView();
          await new Promise((r) => setTimeout(r, 50));
        }
      });
      await page.waitForFunction(() =>
        [...document.querySelectorAll<HTMLImageElement>('article picture img')].every(
          (i) => i.complete && i.naturalWidth > 0,
        ),
      );
      const shown = await page.locator('article picture img').evaluateAll((els) =>
        (els as HTMLImageElement[]).map((i) => ({
          current: i.currentSrc,
          box: i.getBoundingClientRect().width,
          ratio: i.getBoundingClientRect().height / i.getBoundingClientRect().width,
        })),
      );
      // Every layout shift of the text, where the images are, with what moved, so a failure names
      // the culprit. (The table of contents beside it marks the section in view as the page scrolls.)
      const shifts = await page.evaluate(
        () =>
          new Promise<string[]>((resolve) => {
            const seen: string[] = [];
            new PerformanceObserver((list) => {
              for (const e of list.getEntries() as (PerformanceEntry & {
                value: number;
                sources?: { node?: Node | null }[];
              })[])
                for (const x of e.sources ?? [])
                  if ((x.node as Element | null)?.closest?.('.prose'))
                    seen.push(`${e.value} ${(x.node as Element).outerHTML.slice(0, 80)}`);
            }).observe({ type: 'layout-shift', buffered: true });
            setTimeout(() => resolve(seen), 200);
          }),
      );
      await context.close();
      expect(violations).toEqual([]);
      expect(shifts).toEqual([]);
      for (const [i, s] of shown.entries()) {
        const { media } = images[i]!;
        expect(new URL(s.current).origin, s.current).toBe(new URL(baseURL!).origin);
        expect(s.current.endsWith(`.${format}`), s.current).toBe(true);
        // Sharp enough: the file it chose has at least the device pixels the image fills (or is the
        // largest there is). Which of the larger ones is the browser's call (Chrome reuses a cached one).
        const variant = media.variants.find((v) => new URL(s.current).pathname === v.path);
        expect(variant, `${s.current} is one of the image's files`).toBeDefined();
        expect(variant!.width, s.current).toBeGreaterThanOrEqual(Math.min(Math.ceil(s.box * dpr), media.width));
        expect(s.ratio).toBeCloseTo(media.height / media.width, 2);
      }
      // No image is fetched twice (one format, one width each).
      const media = requested.filter((u) => new URL(u).pathname.startsWith('/media/'));
      expect(media.length).toBe(new Set(media).size);
    });
  }

  test(`${article.path}: the Markdown twin and the feed carry each image as an absolute URL`, () => {
    const twin = builtFile(`${article.path.slice(1)}.md`);
    const feed = builtFile('feed.xml');
    for (const { media, alt } of images) {
      expect(twin).toContain(`![${alt}](${absolute(media.largest.path)})`);
      expect(feed).toContain(`<media:content url="${absolute(media.largest.path)}"`);
    }
    expect(twin).not.toMatch(/\]\(\.\//);
  });

  if (article.coverPhoto)
    test(`${article.path}: its cover photo, cropped, is its Open Graph image and its Article images`, async ({
      page,
    }) => {
      await page.goto(article.path);
      const cover = article.coverPhoto!;
      expect(await page.locator('meta[property="og:image"]').getAttribute('content')).toBe(absolute(cover.og.path));
      const graph = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '') as {
        '@graph': { '@type': string; image?: { url: string }[] }[];
      };
      const posting = graph['@graph'].find((n) => n['@type'] === 'BlogPosting')!;
      expect(posting.image!.map((i) => i.url)).toEqual(
        [cover['16x9'], cover['4x3'], cover['1x1']].map((c) => absolute(c.path)),
      );
    });
}

test('the Content-Security-Policy allows images from this origin only', () => {
  const headers = builtFile('_headers');
  expect(headers).toMatch(/Content-Security-Policy: [^\n]*img-src 'self';/);
  expect(headers).not.toMatch(/img-src [^;]*(https?:|data:|blob:|\*)/);
});
