/**
 * A minimal valid page holding `snippet` in its <main>, for the validators' probes (html.test.ts,
 * nu-html.test.ts): both pass it with `<p>x</p>`, so a probe's errors are its snippet's.
 */
export const probePage = (snippet: string) =>
  `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"/><title>Probe</title></head><body><main>${snippet}</main></body></html>`;
