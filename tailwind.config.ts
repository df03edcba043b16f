import type { Config } from 'tailwindcss';

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
        mono: ['ui-monospace', 'SFMono-Regular', 'Menlo', 'Consolas', 'monospace'],
      },
      // A 1.2 modular scale from a 17px body size.
      fontSize: {
        sm: ['0.875rem', { lineHeight: '1.5' }],
        base: ['1.0625rem', { lineHeight: '1.7' }],
        lg: ['1.25rem', { lineHeight: '1.6' }],
        xl: ['1.5rem', { lineHeight: '1.35' }],
        '2xl': ['1.8rem', { lineHeight: '1.25' }],
        '3xl': ['2.16rem', { lineHeight: '1.15' }],
      },
      maxWidth: {
        measure: '68ch',
        page: '72rem',
      },
      spacing: {
        gutter: 'clamp(1rem, 4vw, 2rem)',
        section: 'clamp(3rem, 8vw, 4.5rem)',
      },
      typography: {
        DEFAULT: {
          css: {
            '--tw-prose-body': 'var(--ink)',
            '--tw-prose-headings': 'var(--ink)',
            '--tw-prose-links': 'var(--accent)',
            '--tw-prose-bold': 'var(--ink)',
            '--tw-prose-quotes': 'var(--ink)',
            '--tw-prose-quote-borders': 'var(--accent)',
            '--tw-prose-counters': 'var(--muted)',
            '--tw-prose-bullets': 'var(--muted)',
            '--tw-prose-hr': 'var(--line)',
            '--tw-prose-th-borders': 'var(--line)',
            '--tw-prose-td-borders': 'var(--line)',
            '--tw-prose-code': 'var(--ink)',
            // Figure captions (<Figure caption>): muted, at the contrast the tokens guarantee in light and dark.
            '--tw-prose-captions': 'var(--muted)',
            maxWidth: '68ch',
            a: { textUnderlineOffset: '3px', fontWeight: '500' },
            'h2, h3': { scrollMarginTop: '1.5rem' },
          },
        },
      },
    },
  },
} satisfies Config;
