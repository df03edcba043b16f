import { describe, expect, it } from 'vitest';
import { site } from '@/content/site';
import { featuredArticle, loadArticles, loadCaseStudies, loadPages } from '@/lib/content';
import { caseStudyCards } from '@/lib/listing/case-studies';
import { linkTo } from '@/lib/links';
import { latestWriting } from './home';

const a = (slug: string) => ({ slug });
const NEWEST_FIRST = ['e', 'd', 'c', 'b', 'a'].map(a);

describe('latestWriting', () => {
  it.each([
    ['the featured one first, then the newest others', a('c'), 3, ['c', 'e', 'd']],
    ['the featured one is the newest: newest first', a('e'), 3, ['e', 'd', 'c']],
    ['no featured one: the newest', undefined, 2, ['e', 'd']],
    ['fewer articles than asked for: all of them', a('a'), 10, ['a', 'e', 'd', 'c', 'b']],
    ['none asked for: none', a('a'), 0, []],
  ] as const)('%s', (_, featured, count, expected) => {
    expect(latestWriting(NEWEST_FIRST, featured, count).map((x) => x.slug)).toEqual(expected);
  });

  it('lists nothing when there are no articles', () => {
    expect(latestWriting([], undefined, 4)).toEqual([]);
  });

  it('reads the fixture content: the featured (else the newest) first, no article twice', () => {
    const root = 'tests/fixtures/content';
    const list = latestWriting(loadArticles(root), featuredArticle(root), 4);
    expect(list[0]).toBe(featuredArticle(root));
    expect(new Set(list).size).toBe(list.length);
  });
});

// The home page's words agree with the content: the proof's figure is its case study's, and
// the line on deliverables pointing at the services page's section that lists them.
describe('site.home', () => {
  it('names a case study with a headline figure, and its sentence states that figure', () => {
    const card = caseStudyCards(loadCaseStudies()).find((c) => c.href === linkTo(site.home.proof.link));
    expect(card?.figure, `${linkTo(site.home.proof.link)}: a case study with a figure`).toBeDefined();
    expect(site.home.proof.context).toContain(card!.figure!.value);
  });

  it('links its line on deliverables to a section of the services page that names the first and the last', () => {
    const service = loadPages().find((p) => p.kind === 'service');
    const section = service?.sections.find((s) => s.id === site.home.receive.section);
    expect(section, `a section #${site.home.receive.section} on the service page`).toBeDefined();
    for (const name of ['Architecture document', 'Handoff documentation']) {
      expect(section!.text).toContain(name);
      expect(site.home.receive.text.toLowerCase()).toContain(name.toLowerCase());
    }
  });
});
