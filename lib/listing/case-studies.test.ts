import { describe, expect, it } from 'vitest';
import { caseStudyCards } from './case-studies';

const study = (n: number, figures: { value: string; label: string }[] = []) => ({
  path: `/case-studies/s${n}`,
  headline: `Study ${n}`,
  client: `Client ${n}`,
  description: `What study ${n} did.`,
  figures,
});

describe('caseStudyCards', () => {
  it('lists those built here first, each with its client, summary and first figure as the headline figure', () => {
    const cards = caseStudyCards(
      [
        study(1, [
          { value: '50%', label: 'shorter' },
          { value: '3×', label: 'more' },
        ]),
        study(2),
      ],
      [],
    );
    expect(cards).toEqual([
      {
        href: '/case-studies/s1',
        title: 'Study 1',
        client: 'Client 1',
        description: 'What study 1 did.',
        figure: { value: '50%', label: 'shorter' },
      },
      {
        href: '/case-studies/s2',
        title: 'Study 2',
        client: 'Client 2',
        description: 'What study 2 did.',
        figure: undefined,
      },
    ]);
  });

  it('then those served elsewhere, on the production origin, with the client and figure their entry gives', () => {
    const cards = caseStudyCards(
      [study(1)],
      [
        { path: '/case-studies/far', name: 'Far away', client: 'Far Co', figure: { value: '2×', label: 'faster' } },
        { path: '/case-studies/bare', name: 'Bare entry' },
      ],
    );
    expect(cards.map((c) => c.href)).toEqual([
      '/case-studies/s1',
      'https://mudassirkhan.me/case-studies/far',
      'https://mudassirkhan.me/case-studies/bare',
    ]);
    expect(cards[1]).toMatchObject({ title: 'Far away', client: 'Far Co', figure: { value: '2×', label: 'faster' } });
    expect(cards[2]).toEqual({
      href: 'https://mudassirkhan.me/case-studies/bare',
      title: 'Bare entry',
      client: undefined,
      figure: undefined,
    });
  });

  it('lists nothing when there is nothing', () => {
    expect(caseStudyCards([], [])).toEqual([]);
  });
});
