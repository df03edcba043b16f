/**
 * The primary button (a link or a submit button that is the page's next step): the accent, at
 * least 44 px tall (WCAG 2.2's target size for a primary action), in one place so every call to
 * action looks and sizes alike. Add layout classes (width, order, text size) beside it.
 */
export const PRIMARY_BUTTON =
  'inline-flex min-h-11 items-center justify-center rounded-md bg-accent px-5 font-semibold text-on-accent no-underline hover:opacity-90';
