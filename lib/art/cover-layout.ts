import { coverFont } from './cover-font';
import { fitText, type CharWidth, type FittedText, type Kerning } from './fit-text';
import type { Idea } from './idea';
import { ideaLayout, PAGE_COVER, type IdeaLayout } from './idea-layout';

/** The line above the headline on every cover. */
export const KICKER = 'AI SYSTEMS ARCHITECTURE';

const LINE_HEIGHT = { kicker: 1.2, headline: 1.15, author: 1.3 } as const;
const KICKER_LETTER_SPACING = 4;

/** A block of lines placed on the card: `top` in px from the card's top edge. */
export interface PlacedText extends FittedText {
  top: number;
  lineHeight: number;
}

export interface CoverLayout {
  /** Left and right margin; every block is `width` wide from x = pad. */
  pad: number;
  /** Top and bottom margin: less than `pad` on wide cards, whose height is scarcer. */
  padY: number;
  width: number;
  kicker: PlacedText & { letterSpacing: number };
  /** Under the kicker, in the room left above the drawing of the idea. */
  headline: PlacedText;
  /** The article's idea, drawn in a band `width` wide from (pad, top), above the author block. */
  idea: IdeaLayout & { top: number };
  /** At the bottom: the author's name over the job title. */
  name: PlacedText;
  jobTitle: PlacedText;
}

/**
 * How the covers measure text: by their font's own advances and kerning (lib/cover-font), the
 * widths the drawing then has, so a line the layout fits is a line drawn inside its box.
 */
export function coverMetrics(): { charWidth: CharWidth; kern: Kerning } {
  const { charWidth, kern } = coverFont();
  return { charWidth, kern };
}

/**
 * The drawing of the idea on a cover of this size: a band the cover's width less its margins, a
 * third of its height (more on tall cards), labels readable when the card is shown a third of
 * its size (a feed's link card). It depends on nothing else on the card, so the schema can ask
 * whether an idea fits before anything is drawn (ideaCuts).
 */
export function coverIdea(size: { width: number; height: number }, idea: Idea) {
  const width = size.width - 2 * Math.round(size.width * 0.07);
  const base = Math.min(size.width / 18, size.height / 7.5);
  const bandHeight = Math.round(size.height * (size.height / size.width < 0.6 ? 0.36 : 0.42));
  const band = ideaLayout({ width, height: bandHeight }, idea, {
    maxFont: Math.round(base * 0.5),
    minFont: Math.round(base * 0.3),
    columnGap: Math.round(width * 0.07),
    rowGap: Math.round(base * 0.18),
    padX: Math.round(base * 0.2),
    padY: Math.round(base * 0.12),
    ...coverMetrics(),
  });
  return { band, bandHeight };
}

/**
 * The labels of an idea that some cover (a PNG of any size, or the article page's) would have to
 * cut: where they are in the idea (`through.1`), for the schema to refuse them. Words of the
 * allowed lengths fit; a label of 20 wide letters (W) or one unbroken word may not.
 */
export function ideaCuts(idea: Idea, sizes: readonly { width: number; height: number }[]): string[] {
  const paths = [['from'], ...idea.through.map((_, i) => ['through', i]), ...idea.to.map((_, i) => ['to', i])].map(
    (p) => p.join('.'),
  );
  const layouts = [
    ...sizes.map((size) => coverIdea(size, idea).band),
    ideaLayout(PAGE_COVER.size, idea, PAGE_COVER.options),
  ];
  const cut = new Set<string>();
  for (const layout of layouts) layout.boxes.forEach((b, i) => b.cut && cut.add(paths[i]!));
  return paths.filter((p) => cut.has(p));
}

/**
 * Where every piece of a cover goes, for any card size and any words, top to bottom: the kicker,
 * the headline, the drawing of the idea (a band of about a third of the card, more on tall
 * cards), the author. The headline takes the largest size at which it wraps into the room
 * between the kicker and the drawing, so the blocks never overlap (the headline is cut, with
 * "…", only if it would not fit at 35% of the largest size, which no 160-character headline
 * reaches on the four cover sizes).
 */
export function coverLayout(
  size: { width: number; height: number },
  text: { headline: string; name: string; jobTitle: string; idea: Idea },
): CoverLayout {
  const pad = Math.round(size.width * 0.07);
  const padY = Math.round(Math.min(pad, size.height * 0.08));
  const width = size.width - 2 * pad;
  const base = Math.min(size.width / 18, size.height / 7.5);
  const gap = Math.round(base * 0.4);
  const metrics = coverMetrics();
  const line = (words: string, maxSize: number, lineHeight: number, letterSpacing = 0) =>
    fitText(
      words,
      { width, height: maxSize * lineHeight },
      {
        maxSize,
        minSize: Math.round(maxSize * 0.6),
        lineHeight,
        letterSpacing,
        maxLines: 1,
        ...metrics,
      },
    );

  const kickerSize = Math.round(base * 0.42);
  const kicker = { ...line(KICKER, kickerSize, LINE_HEIGHT.kicker, KICKER_LETTER_SPACING), top: padY };

  const authorSize = Math.round(base * 0.42);
  const nameFit = line(text.name, authorSize, LINE_HEIGHT.author);
  const jobFit = line(text.jobTitle, authorSize, LINE_HEIGHT.author);
  const jobTitle = { ...jobFit, top: Math.floor(size.height - padY - jobFit.height) };
  const name = { ...nameFit, top: Math.floor(jobTitle.top - nameFit.height) };

  const { band, bandHeight } = coverIdea(size, text.idea);
  const bandTop = Math.floor(name.top - gap - bandHeight);

  const roomTop = Math.ceil(kicker.top + kicker.height + gap);
  const room = { width, height: bandTop - gap - roomTop };
  const maxSize = Math.round(base);
  const fitted = fitText(text.headline, room, {
    maxSize,
    minSize: Math.round(maxSize * 0.35),
    lineHeight: LINE_HEIGHT.headline,
    ...metrics,
  });
  const headline = { ...fitted, top: roomTop };
  // The drawing moves up under the headline (the room a short headline leaves goes above the
  // author, not between the headline and its picture); it never moves down, so never overlaps.
  const drawn = Math.min(...band.boxes.map((b) => b.y));
  const idea = { ...band, top: Math.min(bandTop, Math.ceil(headline.top + headline.height + gap * 1.5 - drawn)) };

  return {
    pad,
    padY,
    width,
    idea,
    kicker: { ...kicker, lineHeight: LINE_HEIGHT.kicker, letterSpacing: KICKER_LETTER_SPACING },
    headline: { ...headline, lineHeight: LINE_HEIGHT.headline },
    name: { ...name, lineHeight: LINE_HEIGHT.author },
    jobTitle: { ...jobTitle, lineHeight: LINE_HEIGHT.author },
  };
}
