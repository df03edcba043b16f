// The physical limit for the article page: the seed's words as one hand-written semantic HTML
// file with a little inline CSS. What a phone must download at the very least.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const CSS =
  'body{font:17px/1.6 system-ui,sans-serif;max-width:68ch;margin:auto;padding:1rem;color:#15202b}' +
  'table{border-collapse:collapse;display:block;overflow-x:auto}th,td{border:1px solid #ccc;padding:.4rem;text-align:left}' +
  'aside{background:#e8f6f3;padding:1rem;border-left:4px solid #0b6b63}a{color:#0b6b63}' +
  '@media(prefers-color-scheme:dark){body{background:#0e1318;color:#e5e9ed}aside{background:#12302d}}';

/** @param {string} s */
const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
/** @param {string} line */
const cells = (line) =>
  line
    .replace(/^\||\|$/g, '')
    .split('|')
    .map((c) => esc(c.trim()));

/**
 * The reference page for a seed text: sections as h2 with their eyebrow, short lines as h3,
 * quick answers as aside, tables as tables, everything else as paragraphs.
 * @param {string} seed
 * @param {string} headline
 */
export function referenceHtml(seed, headline) {
  const lines = seed
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  /** @type {string[]} */
  const body = [];
  for (let i = 0; i < lines.length; i++) {
    const line = /** @type {string} */ (lines[i]);
    if (line.startsWith('|')) {
      const rows = [];
      while (lines[i]?.startsWith('|')) rows.push(/** @type {string} */ (lines[i++]));
      i--;
      const [head = '', , ...rest] = rows;
      body.push(
        `<table><tr>${cells(head)
          .map((c) => `<th>${c}`)
          .join('')}${rest
          .map(
            (r) =>
              `<tr>${cells(r)
                .map((c) => `<td>${c}`)
                .join('')}`,
          )
          .join('')}</table>`,
      );
    } else if (/^Section \d\d · /.test(line)) {
      body.push(`<section><p>${esc(line)}<h2>${esc(lines[++i] ?? '')}</h2>`);
    } else if (line === 'Quick answer') {
      body.push(`<aside><b>${line}</b><p>${esc(lines[++i] ?? '')}</aside>`);
    } else if (line.length < 90 && !/[.:]$/.test(line)) {
      body.push(`<h3>${esc(line)}</h3>`);
    } else {
      body.push(`<p>${esc(line)}`);
    }
  }
  return `<!doctype html><html lang=en><meta charset=utf-8><meta name=viewport content="width=device-width,initial-scale=1"><title>${esc(headline)}</title><style>${CSS}</style><article><h1>${esc(headline)}</h1>${body.join('\n')}</article>`;
}

/** Bytes of the reference page for the pillar article, gzip -9. */
export function referenceGzipBytes() {
  const seed = readFileSync(new URL('./ai-systems-architect.txt', import.meta.url), 'utf8');
  const html = referenceHtml(
    seed,
    'What an AI Systems Architect Actually Does (and When You Need One vs. an ML Engineer)',
  );
  return gzipSync(html, { level: 9 }).length;
}
