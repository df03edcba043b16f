/**
 * The widest the text column gets, in CSS pixels: Tailwind's `max-w-measure` (tailwind.config.ts)
 * and the width images in the text are encoded and sized for (lib/media/media.ts) are this one number,
 * so the column and its images cannot drift apart when the body font changes. 720 px is about
 * 68 characters of the 17 px body font.
 */
export const COLUMN_PX = 720;
