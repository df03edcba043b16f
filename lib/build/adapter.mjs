// A Next.js build adapter (next.config.mjs: adapterPath). Its onBuildComplete hook runs at the end
// of `next build`, after the static export has been written to out/, and finishes the files there.
import { join } from 'node:path';
import { moveMarkdownTwins } from './markdown-twins.mjs';

/** @type {import('next').NextAdapter} */
const adapter = {
  name: 'static-site-finisher',
  async onBuildComplete({ projectDir }) {
    const out = join(projectDir, 'out');
    for (const { from, to } of moveMarkdownTwins(out)) console.log(`  Markdown twin: out/${from} → out/${to}`);
  },
};

export default adapter;
