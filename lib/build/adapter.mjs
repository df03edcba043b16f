// A Next.js build adapter (next.config.mjs: adapterPath), the documented hook into `next build`.
// Before the build it removes the previous out/, so a failed build never leaves an old site that
// looks like a new one; after the static export it finishes the files in out/.
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatHeaders, headerRules, readOut } from './headers.mjs';
import { moveMarkdownTwins } from './markdown-twins.mjs';

/** @type {import('next').NextAdapter} */
const adapter = {
  name: 'static-site-finisher',
  modifyConfig(config, { phase, projectDir }) {
    if (phase === 'phase-production-build') rmSync(join(projectDir, 'out'), { recursive: true, force: true });
    return config;
  },
  async onBuildComplete({ projectDir }) {
    const out = join(projectDir, 'out');
    for (const { from, to } of moveMarkdownTwins(out)) console.log(`  Markdown twin: out/${from} → out/${to}`);
    const rules = headerRules(readOut(out));
    writeFileSync(join(out, '_headers'), formatHeaders(rules));
    console.log(`  _headers: ${rules.length} rules`);
  },
};

export default adapter;
