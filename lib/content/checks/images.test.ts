import { describe, expect, it } from 'vitest';
import { checkFolders } from '.';
import { formatProblem } from '../errors';
import { META, section } from '../fixtures';
import type { ImageHeader, UnsupportedImage } from '@/lib/media/image-header';
import type { AssetFile } from '../files';

// Each image mistake an author can make, with the exact report: file, line, what and the fix.
// The body of 01-body.mdx starts on line 6; article.mdx's `cover` is its line 10.

const asset = (name: string, header: ImageHeader | UnsupportedImage): AssetFile => ({
  name,
  path: `/abs/content/test/${name}`,
  hash: 'a'.repeat(64),
  header,
});
const photo = (width: number, height: number): ImageHeader => ({
  format: 'jpeg',
  width,
  height,
  alpha: false,
  palette: false,
});
const ASSETS = [
  asset('photo.jpg', photo(2400, 1600)),
  asset('diagram.png', { format: 'png', width: 1600, height: 900, alpha: true, palette: true }),
  asset('small.png', { format: 'png', width: 800, height: 600, alpha: false, palette: false }),
  asset('wide.jpg', photo(1600, 900)),
  asset('anim.gif', { format: 'gif' }),
  asset('notes.txt', { format: 'unknown' }),
];

const lint = (body: string, cover?: string) =>
  checkFolders(
    [
      {
        dir: 'content/test',
        files: [
          {
            name: 'article.mdx',
            source: cover === undefined ? META : META.replace(/---\n$/, `cover: ${cover}\n---\n`),
          },
          { name: '01-body.mdx', source: section('eyebrow: Body\ntitle: The body', body) },
        ],
        assets: ASSETS,
      },
    ],
    new Set(['/img/old.png']),
  ).map(formatProblem);

const at = (line: number, message: string) => `content/test/01-body.mdx:${line}: ${message}`;
const meta = (message: string) => `content/test/article.mdx:10: ${message}`;

describe('images beside the text', () => {
  it('accepts a photo, a figure with a caption, a /public image and a cover', () => {
    expect(
      lint(
        '![A photo](./photo.jpg)\n\n<Figure src="./diagram.png" alt="A diagram" caption="What to see." />\n\n![Old](/img/old.png)',
        './photo.jpg',
      ),
    ).toEqual([]);
  });

  it.each([
    [
      'a file that is not there',
      '![A photo](./nope.jpg)',
      [
        at(
          6,
          'image "./nope.jpg" does not exist: there is no nope.jpg in this folder. Fix: put the file beside this .mdx file, or correct the name (names are case-sensitive).',
        ),
      ],
    ],
    [
      'an image without alt text',
      'Text.\n\n![](./photo.jpg)',
      [
        at(
          8,
          'image "./photo.jpg" has no alt text, so screen readers and search engines get nothing. Fix: say what it shows between the brackets: ![what it shows](./photo.jpg).',
        ),
      ],
    ],
    [
      'a figure without alt text',
      '<Figure src="./diagram.png" caption="A caption." />',
      [
        at(
          6,
          '<Figure src="./diagram.png"> has no alt text, so screen readers and search engines get nothing (a caption does not replace it). Fix: add alt="what it shows".',
        ),
      ],
    ],
    [
      'a figure without src',
      '<Figure alt="Something" />',
      [at(6, '<Figure> has no src. Fix: name the image in this folder: <Figure src="./diagram.png" alt="…" />.')],
    ],
    [
      'a figure pointing at public/',
      '<Figure src="/img/old.png" alt="Old" />',
      [
        at(
          6,
          '<Figure src="/img/old.png">: a figure shows an image from its own folder. Fix: put the file beside this .mdx file and write src="./<file name>".',
        ),
      ],
    ],
    [
      'a GIF',
      '![Moving](./anim.gif)',
      [
        at(
          6,
          'image "./anim.gif" is GIF, a format the build does not encode from. Fix: export it as PNG (drawings, screenshots) or JPEG (photos), or put it under public/ and write /anim.gif to ship it as it is.',
        ),
      ],
    ],
    [
      'a file that is not an image',
      '![Notes](./notes.txt)',
      [
        at(
          6,
          'image "./notes.txt" is not an image the build can read (PNG, JPEG or WebP). Fix: export it as PNG (drawings) or JPEG (photos).',
        ),
      ],
    ],
    [
      'an image narrower than the column at 2x',
      '![Small](./small.png)',
      [
        at(
          6,
          'image "./small.png" is 800 px wide; the text column is shown up to 720 px wide, so it needs at least 1440 px to be sharp on a 2x screen. Fix: export it at least 1440 px wide.',
        ),
      ],
    ],
  ])('%s', (_, body, expected) => {
    expect(lint(body)).toEqual(expected);
  });

  it.each([
    [
      'an unknown attribute',
      '<Figure src="./diagram.png" alt="A" title="T" />',
      '<Figure> has an unknown attribute "title"; it would be ignored. Fix: use only src, alt, caption: <Figure src="./diagram.png" alt="what it shows" caption="what to notice" /> on a line of its own, the image in the same folder.',
    ],
    [
      'an attribute written as an expression',
      '<Figure src="./diagram.png" alt={name} />',
      '<Figure> attribute "alt" is an {expression}. Content is text, not code. Fix: write alt="…" with the words in quotes.',
    ],
    [
      'an attribute without a value',
      '<Figure src="./diagram.png" alt />',
      '<Figure> attribute "alt" is written without a value. Content is text, not code. Fix: write alt="…" with the words in quotes.',
    ],
    [
      'an attribute on a component that takes none',
      '<ArchitectureDiagram id="x" />',
      '<ArchitectureDiagram> takes no attributes; this one would be ignored. Fix: write <ArchitectureDiagram /> on a line of its own.',
    ],
  ])('%s', (_, body, message) => {
    expect(lint(body)).toContain(at(6, message));
  });
});

describe('the cover field', () => {
  it.each([
    [
      'an image that is not there',
      './nope.jpg',
      'field "cover": there is no ./nope.jpg in this folder. Fix: put the image beside article.mdx and write cover: ./<file name>, or remove the field to keep the drawn cover.',
    ],
    [
      "an image under Google's size for a square crop",
      './wide.jpg',
      'field "cover": ./wide.jpg is 1600×900 px, too small for a cover: the 16:9, 4:3 and 1:1 crops search engines ask for are 1200 px wide, so the image must be at least 1200×1200 px. Fix: use a larger image, or remove the field to keep the drawn cover.',
    ],
    ['a GIF', './anim.gif', 'field "cover": ./anim.gif is a GIF file. Fix: use a PNG, JPEG or WebP photo.'],
    [
      'a path outside the folder',
      '/img/old.png',
      'field "cover" expected an image in this folder, written ./name.png; found "/img/old.png". Fix: "cover" is an image in the article\'s folder (./photo.jpg, at least 1200×1200 px) that becomes its Open Graph and search cover, cropped to 1200×630, 16:9, 4:3 and 1:1, instead of the drawn cover.',
    ],
  ])('%s', (_, cover, message) => {
    expect(lint('Words.', cover)).toEqual([meta(message)]);
  });
});
