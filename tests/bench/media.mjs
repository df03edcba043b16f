// `npm run bench:media`: what one photograph costs a reader. Builds a site of one article whose
// first section holds a 2,400 × 1,600 PNG photograph (made here with sharp: a noisy photographic
// gradient, which compresses like a photo, not a flat colour), then measures:
//   - the encode: how many files, how long, and a rebuild's encodes (0: the cache);
//   - the bytes a 375 px phone downloads for the image at DPR 2 and DPR 3 (budget: 60 KiB), and
//     which file it picked, in Chromium;
//   - Lighthouse (mobile preset) on the article: the four scores and CLS (budget: 100 and 0).
// A measurement, not a test: it exits non-zero only when something broke, or a budget is missed.
// BENCH_PORT (default 3201) is the port it serves out/ on.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from '@playwright/test';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { tsImport } from 'tsx/esm/api';
import { CHROMIUM_ARGS, chromiumPath } from '../chromium.mjs';
import { CATEGORIES, kib, summarize, table } from './lighthouse.mjs';

const DIR = '.tmp/bench-media';
const SLUG = 'one-photograph';
/** The same article without the photograph: Lighthouse on both, in the same run, shows what the image costs. */
const BASELINE = 'no-photograph';
/** The issue's budget: the image on a 375 px phone, and the page's scores. */
export const BUDGET = { imageBytes: 60 * 1024, score: 100, cls: 0 };

const ARTICLE = `---
slug: ${SLUG}
headline: What One Photograph Costs a Reader on a Phone
title: What one photograph costs a reader on a phone
description: A benchmark article holding one large photograph, to measure what the optimized image costs a reader on a phone.
author: mudassir-khan
published: 2026-01-05T09:00:00+00:00
updated: 2026-01-05T09:00:00+00:00
tags: [Benchmark]
---
`;
const SECTION = `---
eyebrow: Photograph
title: A photograph in the first screen
---

![A harbour at dusk: green hills under a pale sky](./photo.png)

The photograph above was exported as a 2,400 by 1,600 pixel PNG, as a camera app or a screenshot tool would give it. The build makes AVIF, WebP and JPEG files of it at four widths, and the phone picks the one it needs.
`;

/** Writes the one-article site; returns the photo's size in bytes. */
async function writeSite() {
  const { photoPng } = await tsImport('../fixtures/images.ts', import.meta.url);
  rmSync(DIR, { recursive: true, force: true });
  const folder = join(DIR, SLUG);
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, 'article.mdx'), ARTICLE);
  writeFileSync(join(folder, '01-photograph.mdx'), SECTION);
  const baseline = join(DIR, BASELINE);
  mkdirSync(baseline, { recursive: true });
  writeFileSync(
    join(baseline, 'article.mdx'),
    ARTICLE.replace(`slug: ${SLUG}`, `slug: ${BASELINE}`)
      .replace('headline: What One', 'headline: Baseline, What One')
      .replace('title: What one', 'title: Baseline, what one')
      .replace(
        'description: A benchmark article holding one large photograph',
        'description: The benchmark article without its photograph',
      ),
  );
  writeFileSync(join(baseline, '01-photograph.mdx'), SECTION.replace(/^!\[.*\n\n/m, ''));
  // Texture at several scales, as a photo of a landscape has: it must survive the encoder.
  const png = await photoPng(2400, 1600, { grain: 10, detail: 24 });
  writeFileSync(join(folder, 'photo.png'), png);
  return png.length;
}

/** One build of the site; returns seconds and the files it encoded (IMAGE_ENCODE_LOG). */
function build(label) {
  const log = join(DIR, `encodes-${label}.log`);
  rmSync(log, { force: true });
  const started = Date.now();
  const run = spawnSync('npm', ['run', 'build'], {
    encoding: 'utf8',
    env: { ...process.env, CONTENT_DIR: DIR, IMAGE_ENCODE_LOG: log },
  });
  if (run.status !== 0) throw new Error(`npm run build failed:\n${run.stdout}\n${run.stderr}`);
  let encodes = 0;
  try {
    encodes = readFileSync(log, 'utf8').trim().split('\n').filter(Boolean).length;
  } catch {
    // No log: nothing was encoded.
  }
  return { seconds: (Date.now() - started) / 1000, encodes };
}

/** The image bytes Chromium downloads for the article at this screen, and the files it chose. */
async function imageCost(base, width, dpr) {
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  try {
    const context = await browser.newContext({ viewport: { width, height: 800 }, deviceScaleFactor: dpr });
    const page = await context.newPage();
    /** @type {{ url: string, bytes: number }[]} */
    const images = [];
    page.on('response', async (res) => {
      if (res.request().resourceType() === 'image') images.push({ url: res.url(), bytes: (await res.body()).length });
    });
    await page.goto(`${base}/blog/${SLUG}`, { waitUntil: 'networkidle' });
    return {
      bytes: images.reduce((sum, i) => sum + i.bytes, 0),
      files: images.map((i) => new URL(i.url).pathname.split('/').pop()),
    };
  } finally {
    await browser.close();
  }
}

async function main() {
  const photoBytes = await writeSite();
  rmSync('.next/cache/optimized-images', { recursive: true, force: true });
  const cold = build('cold');
  const warm = build('warm');
  const port = process.env.BENCH_PORT || '3201';
  const server = spawn(process.execPath, ['tests/static-server.mjs', 'out', port], { stdio: 'ignore' });
  const base = `http://127.0.0.1:${port}`;
  /** @type {chromeLauncher.LaunchedChrome | undefined} */
  let chrome;
  try {
    for (
      let i = 0;
      i < 120 &&
      !(await fetch(base)
        .then((r) => r.ok)
        .catch(() => false));
      i++
    )
      await new Promise((r) => setTimeout(r, 250));
    const phones = [];
    for (const dpr of [2, 3]) phones.push({ dpr, ...(await imageCost(base, 375, dpr)) });
    chrome = await chromeLauncher.launch({
      chromePath: chromiumPath(),
      chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
    });
    const lighthouseOn = async (/** @type {string} */ slug) => {
      const run = await lighthouse(`${base}/blog/${slug}`, {
        port: /** @type {chromeLauncher.LaunchedChrome} */ (chrome).port,
        logLevel: 'error',
        onlyCategories: CATEGORIES,
        formFactor: 'mobile',
        throttlingMethod: 'simulate',
        extraHeaders: { 'Accept-Encoding': 'gzip' },
      });
      if (!run) throw new Error('Lighthouse returned no result.');
      return summarize(run.lhr, `/blog/${slug}`);
    };
    const page = await lighthouseOn(SLUG);
    const without = await lighthouseOn(BASELINE);

    console.log(`\nOne 2,400 × 1,600 PNG photograph (${kib(photoBytes)} KiB), first image of the first section\n`);
    console.log(
      table(
        ['build', 'seconds', 'files encoded'],
        [
          ['cold cache', cold.seconds.toFixed(1), String(cold.encodes)],
          ['rebuild', warm.seconds.toFixed(1), String(warm.encodes)],
        ],
      ),
    );
    console.log(
      `\n${table(
        ['375 px phone', 'image KiB', 'budget KiB', 'file'],
        phones.map((p) => [`DPR ${p.dpr}`, kib(p.bytes), kib(BUDGET.imageBytes), p.files.join(', ')]),
      )}`,
    );
    console.log(
      `\n${table(
        ['Lighthouse (mobile)', ...CATEGORIES, 'CLS', 'LCP ms', 'image KiB'],
        [
          [page, 'with the photograph'],
          [without, 'without it (baseline)'],
        ].map(([p, label]) => {
          const r = /** @type {import('./lighthouse.mjs').PageResult} */ (p);
          return [
            /** @type {string} */ (label),
            ...CATEGORIES.map((c) => String(r.scores[c])),
            String(r.cls),
            String(Math.round(r.lcpMs ?? 0)),
            kib(r.bytes?.gzip.images ?? 0),
          ];
        }),
      )}`,
    );
    const missed = [
      ...phones.filter((p) => p.bytes > BUDGET.imageBytes).map((p) => `DPR ${p.dpr}: ${kib(p.bytes)} KiB`),
      ...CATEGORIES.filter((c) => page.scores[c] !== BUDGET.score).map((c) => `${c}: ${page.scores[c]}`),
      ...(page.cls === BUDGET.cls ? [] : [`CLS ${page.cls}`]),
      ...(warm.encodes === 0 ? [] : [`rebuild encoded ${warm.encodes} files`]),
    ];
    if (missed.length) throw new Error(`Over budget:\n  ${missed.join('\n  ')}`);
  } finally {
    chrome?.kill();
    server.kill();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
