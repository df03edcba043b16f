/**
 * A fingerprint of the content folder. Under `next dev` and `next build`, Turbopack replaces this
 * module with one computed by lib/build/content-watch-loader.cjs, which also tells Turbopack to
 * watch the content folder: an edit to any MDX file then reloads every page that reads content,
 * frontmatter edits included. Elsewhere (Vitest, `npm run check`) it is this empty string.
 */
const edits: string = '';

export default edits;
