import { coverFont } from './cover-font';
import { coverLayout, type PlacedText } from './cover-layout';
import type { Idea } from './idea';
import type { IdeaLayout } from './idea-layout';
import { n, SvgText } from './svg-text';

/** What a cover shows: the words and the idea (the kicker is the same on every cover). */
export interface CoverText {
  headline: string;
  name: string;
  jobTitle: string;
  /** What the article is about, drawn under the headline (lib/art/idea.ts). */
  idea: Idea;
}

const COLOURS = {
  background: ['#0b1f33', '#123a5a', '#0f766e'],
  text: '#f8fafc',
  kicker: '#99f6e4',
  jobTitle: '#cbd5e1',
  strong: { fill: 'rgba(94, 234, 212, 0.16)', border: '#5eead4' },
  plain: { fill: 'rgba(248, 250, 252, 0.07)', border: 'rgba(203, 213, 225, 0.45)' },
  connector: '#94a3b8',
};

/**
 * A cover as an SVG document: the gradient, the kicker, the headline, the drawing of the idea
 * and the author, each exactly where lib/cover-layout places it. Text is drawn as the cover
 * font's outlines (each glyph defined once, then placed), never as <text>, so the picture does not
 * depend on the fonts of the machine that rasterizes it.
 */
export function coverSvg(size: { width: number; height: number }, text: CoverText): string {
  const layout = coverLayout(size, text);
  const glyphs = new SvgText(coverFont());
  const { pad } = layout;
  const body = [
    block(glyphs, layout.kicker, pad, COLOURS.kicker, layout.kicker.letterSpacing),
    block(glyphs, layout.headline, pad, COLOURS.text),
    drawing(layout.idea, pad, glyphs),
    block(glyphs, layout.name, pad, COLOURS.text),
    block(glyphs, layout.jobTitle, pad, COLOURS.jobTitle),
  ].join('');
  const { width, height } = size;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
    `<defs>${gradient(size)}${glyphs.defs()}</defs>` +
    `<rect width="${width}" height="${height}" fill="url(#bg)"/>${body}</svg>`
  );
}

/**
 * CSS's linear-gradient(135deg, …) over the card: its line runs through the centre towards the
 * bottom right, as long as the card's projection on it, so the corners get the first and last
 * colours.
 */
function gradient({ width, height }: { width: number; height: number }) {
  const half = ((width + height) * Math.SQRT1_2) / 2;
  const d = half * Math.SQRT1_2;
  const [cx, cy] = [width / 2, height / 2];
  const [a, b, c] = COLOURS.background;
  return (
    `<linearGradient id="bg" gradientUnits="userSpaceOnUse" x1="${n(cx - d)}" y1="${n(cy - d)}" x2="${n(cx + d)}" y2="${n(cy + d)}">` +
    `<stop offset="0" stop-color="${a}"/><stop offset="0.6" stop-color="${b}"/><stop offset="1" stop-color="${c}"/>` +
    `</linearGradient>`
  );
}

/** A block of lines from the layout, left-aligned at x, one line box after another from its top. */
function block(glyphs: SvgText, text: PlacedText, x: number, fill: string, letterSpacing = 0) {
  const lineHeight = Math.round(text.fontSize * text.lineHeight * 100) / 100;
  const lines = text.lines.map((line, i) =>
    glyphs.line(line, x, text.top + i * lineHeight, text.fontSize, lineHeight, letterSpacing),
  );
  return `<g fill="${fill}">${lines.join('')}</g>`;
}

/** The idea: connectors, arrowheads, then the boxes with their labels, where lib/art/idea-layout.ts put them. */
function drawing(idea: IdeaLayout & { top: number }, left: number, glyphs: SvgText) {
  const stroke = Math.max(2, Math.round(idea.fontSize / 10));
  const radius = Math.round(idea.fontSize * 0.4);
  const lineHeight = Math.round(idea.fontSize * idea.lineHeight * 100) / 100;
  // Connectors are bars `stroke` thick centred on their line, as the layout's segments are.
  const bars = idea.segments.map((s) => {
    const x = Math.min(s.x1, s.x2) - (s.x1 === s.x2 ? stroke / 2 : 0);
    const y = Math.min(s.y1, s.y2) - (s.y1 === s.y2 ? stroke / 2 : 0);
    return `M${n(x)} ${n(y)}h${n(Math.max(stroke, Math.abs(s.x2 - s.x1)))}v${n(Math.max(stroke, Math.abs(s.y2 - s.y1)))}h${n(-Math.max(stroke, Math.abs(s.x2 - s.x1)))}z`;
  });
  const heads = idea.arrows.map(
    (a) => `M${n(a.x - a.size)} ${n(a.y - a.size / 2)}L${n(a.x)} ${n(a.y)}L${n(a.x - a.size)} ${n(a.y + a.size / 2)}z`,
  );
  const boxes = idea.boxes.map((b) => {
    const colours = b.strong ? COLOURS.strong : COLOURS.plain;
    // The border lies inside the box (CSS's border-box), over the box's fill.
    const frame =
      `<rect x="${n(b.x)}" y="${n(b.y)}" width="${n(b.w)}" height="${n(b.h)}" rx="${radius}" fill="${colours.fill}"/>` +
      `<rect x="${n(b.x + stroke / 2)}" y="${n(b.y + stroke / 2)}" width="${n(b.w - stroke)}" height="${n(b.h - stroke)}" ` +
      `rx="${n(radius - stroke / 2)}" fill="none" stroke="${colours.border}" stroke-width="${stroke}"/>`;
    // The label's lines, centred in the box both ways.
    const top = b.y + (b.h - b.lines.length * lineHeight) / 2;
    const label = b.lines
      .map((line, i) => {
        const x = b.x + (b.w - glyphs.width(line, idea.fontSize)) / 2;
        return glyphs.line(line, x, top + i * lineHeight, idea.fontSize, lineHeight);
      })
      .join('');
    return frame + label;
  });
  return (
    `<g transform="translate(${n(left)} ${n(idea.top)})">` +
    `<path fill="${COLOURS.connector}" d="${bars.join('')}${heads.join('')}"/>` +
    `<g fill="${COLOURS.text}">${boxes.join('')}</g></g>`
  );
}
