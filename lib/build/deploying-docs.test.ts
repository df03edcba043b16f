import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, PAGE_SCRIPT_SOURCES } from './headers.mjs';

// docs/deploying.md repeats the policies for the hosts that do not read out/_headers (Vercel,
// CloudFront, nginx): they must be the ones the build writes, or a host copied from the docs
// serves a stricter or looser site than the tests proved.
const DOC = readFileSync('docs/deploying.md', 'utf8');
const SITE = contentSecurityPolicy([]);
const SEARCH = contentSecurityPolicy([], PAGE_SCRIPT_SOURCES['search.html']);
/** Every Content-Security-Policy value the document writes, wherever it writes one. */
const policies = [...DOC.matchAll(/"(default-src [^"]+)"/g)].map(([, value]) => value);

describe('docs/deploying.md', () => {
  it('writes only the policies the build writes: the site-wide one and the one for /search', () => {
    expect(policies.length).toBeGreaterThan(0);
    for (const policy of policies) expect([SITE, SEARCH]).toContain(policy);
  });

  it('gives Vercel and nginx both, the /search one on /search', () => {
    const vercel = DOC.slice(DOC.indexOf('```json'), DOC.indexOf('```', DOC.indexOf('```json') + 7));
    expect(vercel).toContain(`"value": "${SITE}"`);
    expect(vercel).toMatch(
      new RegExp(
        `"source": "/search",\\s*"headers": \\[\\s*\\{\\s*"key": "Content-Security-Policy",\\s*"value": "${SEARCH.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"`,
      ),
    );
    const nginx = DOC.slice(DOC.indexOf('map $uri $site_csp'));
    expect(nginx).toContain(`default "${SITE}";`);
    expect(nginx).toContain(`/search "${SEARCH}";`);
    expect(nginx).toContain(`/search.html "${SEARCH}";`);
  });

  it('shows the site-wide policy in its table of headers', () => {
    expect(DOC).toContain(`| Content-Security-Policy                           | \`${SITE}\``);
  });
});
