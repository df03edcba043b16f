import type { Config } from 'tailwindcss';
import { COLUMN_PX } from './lib/column';

/** The type scale's steps: a phone's size, growing with the viewport, up to a desktop's. */
const SCALE = {
  lead: 'clamp(1.0625rem, 1rem + 0.35vw, 1.25rem)',
  h3: 'clamp(1.125rem, 1.05rem + 0.3vw, 1.3125rem)',
  h2: 'clamp(1.25rem, 1.05rem + 0.85vw, 1.75rem)',
  h1: 'clamp(1.45rem, 1.05rem + 1.9vw, 2.5rem)',
  display: 'clamp(1.9rem, 1.2rem + 3vw, 2.875rem)',
};

/**
 * The design system. Colours are CSS variables set in app/globals.css for light and dark (the
 * system preference decides, no JavaScript), so every token works in both schemes.
 */
export default {
  content: ['./app/**/*.{ts,tsx}', './components/**/*.{ts,tsx}', './content/**/*.mdx'],
  theme: {
    extend: {
      colors: {
        paper: 'var(--paper)',
        raised: 'var(--raised)',
        ink: 'var(--ink)',
        muted: 'var(--muted)',
        line: 'var(--line)',
        accent: 'var(--accent)',
        'accent-soft': 'var(--accent-soft)',
        'on-accent': 'var(--on-accent)',
      },
      fontFamily: {
        // System fonts: nothing to download, no layout shift.
        sans: [
          'ui-sans-serif',
          'system-ui',
          '-apple-system',
          '"Segoe UI"',
          'Roboto',
          '"Helvetica Neue"',
          'Arial',
          'sans-serif',
        ],
        // Headings: a serif from the system (app/globals.css --font-heading), beside the sans text.
        serif: ['var(--font-heading)'],
        mono: ['ui-monospace', 'SFMono-Regular', 'Menlo', 'Consolas', 'monospace'],
      },
      // The type scale, from a 17px body. Headings and leads use the named steps (text-h1, text-h2,
      // text-h3, text-lead): each grows with the viewport between a phone's size and a desktop's,
      // and at every width h1 > h2 > h3 > body and lead ≥ body (tests/e2e/page.spec.ts measures it
      // on every page). An article's h1 steps down on a phone when its headline is long
      // (lib/headline.ts), never below the phone's h2.
      fontSize: {
        sm: ['0.875rem', { lineHeight: '1.5' }],
        base: ['1.0625rem', { lineHeight: '1.7' }],
        lead: [SCALE.lead, { lineHeight: '1.5' }],
        h3: [SCALE.h3, { lineHeight: '1.35' }],
        h2: [SCALE.h2, { lineHeight: '1.25' }],
        h1: [SCALE.h1, { lineHeight: '1.15' }],
        display: [SCALE.display, { lineHeight: '1.1' }],
        lg: ['1.25rem', { lineHeight: '1.6' }],
        xl: ['1.5rem', { lineHeight: '1.35' }],
        '2xl': ['1.8rem', { lineHeight: '1.25' }],
        '3xl': ['2.16rem', { lineHeight: '1.15' }],
      },
      maxWidth: {
        // The text column (lib/column.ts): images in the text are sized for the same width.
        measure: `${COLUMN_PX / 16}rem`,
        page: '72rem',
      },
      spacing: {
        gutter: 'clamp(1rem, 4vw, 2rem)',
        section: 'clamp(3rem, 8vw, 4.5rem)',
      },
    },
  },
} satisfies Config;
