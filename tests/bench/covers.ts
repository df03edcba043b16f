// Times drawing covers as the build does (SVG → sharp → PNG), 50 of them with distinct headlines
// over the four sizes, after one warm-up (font parse, sharp's start). Run: npx tsx tests/bench/covers.ts
import { loadArticles } from '@/lib/content';
import { coverPng } from '@/lib/art/cover-png';
import { COVER_IMAGES } from '@/lib/media/covers';

const COUNT = 50;
const article = loadArticles()[0]!;
const sizes = Object.values(COVER_IMAGES);
const text = (i: number) => ({
  headline: `${article.headline} (${i})`,
  name: article.author.name,
  jobTitle: article.author.jobTitle,
  idea: article.idea,
});

await coverPng(sizes[0]!, text(-1));
const cpu = process.cpuUsage();
const start = performance.now();
let bytes = 0;
for (let i = 0; i < COUNT; i++) bytes += (await coverPng(sizes[i % sizes.length]!, text(i))).length;
const wall = (performance.now() - start) / COUNT;
const used = process.cpuUsage(cpu);
console.log(
  `${COUNT} covers: ${wall.toFixed(1)} ms a cover (wall), ${((used.user + used.system) / 1000 / COUNT).toFixed(1)} ms CPU, ` +
    `${Math.round(bytes / COUNT / 1024)} KiB`,
);
