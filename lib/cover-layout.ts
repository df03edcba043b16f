import { fitText, type FittedText } from './fit-text';

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
  width: number;
  kicker: PlacedText & { letterSpacing: number };
  /** Between the kicker and the author block, centred in the room left between them. */
  headline: PlacedText;
  /** At the bottom: the author's name over the job title. */
  name: PlacedText;
  jobTitle: PlacedText;
}

/**
 * Where every piece of a cover goes, for any card size and any words: the headline takes the
 * largest size at which it wraps into the room between the kicker and the author block, so the
 * blocks never overlap (the headline is cut, with "…", only if it would not fit at 45% of the
 * largest size, which no 160-character headline reaches on the four cover sizes).
 */
export function coverLayout(
  size: { width: number; height: number },
  text: { headline: string; name: string; jobTitle: string },
): CoverLayout {
  const pad = Math.round(size.width * 0.07);
  const width = size.width - 2 * pad;
  const base = Math.min(size.width / 18, size.height / 7.5);
  const gap = Math.round(base * 0.5);
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
      },
    );

  const kickerSize = Math.round(base * 0.42);
  const kicker = { ...line(KICKER, kickerSize, LINE_HEIGHT.kicker, KICKER_LETTER_SPACING), top: pad };

  const authorSize = Math.round(base * 0.5);
  const nameFit = line(text.name, authorSize, LINE_HEIGHT.author);
  const jobFit = line(text.jobTitle, authorSize, LINE_HEIGHT.author);
  const jobTitle = { ...jobFit, top: Math.floor(size.height - pad - jobFit.height) };
  const name = { ...nameFit, top: Math.floor(jobTitle.top - nameFit.height) };

  const roomTop = Math.ceil(kicker.top + kicker.height + gap);
  const room = { width, height: name.top - gap - roomTop };
  const maxSize = Math.round(base);
  const fitted = fitText(text.headline, room, {
    maxSize,
    minSize: Math.round(maxSize * 0.45),
    lineHeight: LINE_HEIGHT.headline,
  });
  const headline = { ...fitted, top: roomTop + Math.floor((room.height - fitted.height) / 2) };

  return {
    pad,
    width,
    kicker: { ...kicker, lineHeight: LINE_HEIGHT.kicker, letterSpacing: KICKER_LETTER_SPACING },
    headline: { ...headline, lineHeight: LINE_HEIGHT.headline },
    name: { ...name, lineHeight: LINE_HEIGHT.author },
    jobTitle: { ...jobTitle, lineHeight: LINE_HEIGHT.author },
  };
}
