/**
 * A fingerprint of the content folder. Under `next dev`, Turbopack replaces this module with one
 * computed by lib/build/content-watch-loader.cjs, which also tells Turbopack to watch the content
 * folder: an edit to any MDX file then reloads every page that reads content, frontmatter edits
 * included. Under `next build` it is the constant 'build' (the build reads the content snapshot,
 * and an article's edit is no change to the code); elsewhere (Vitest, `npm run check`) this empty
 * string.
 */
const edits: string = '';

export default edits;
