import { describe, expect, it } from 'vitest';
import { checkFolders } from '../checks';
import { formatProblem } from '../errors';
import { META as ARTICLE_META, section } from '../fixtures';
import { parsePrice } from './offers';
import { readPage } from './page';

describe('parsePrice', () => {
  it.each([
    ['$6,000–$14,000/month', { min: 6000, max: 14000, unit: 'month' }],
    ['$200,000–$350,000 TC/year', { min: 200000, max: 350000, unit: 'year' }],
    ['$15,000–$60,000 fixed', { min: 15000, max: 60000 }],
    ['$15,000-$60,000', { min: 15000, max: 60000 }],
    ['$900 per month', { min: 900, max: 900, unit: 'month' }],
    ['  $1,000 – $2,000 / year ', { min: 1000, max: 2000, unit: 'year' }],
  ])('reads %s', (cell, expected: { min: number; max: number; unit?: string }) => {
    const price = parsePrice(cell);
    expect(price).toMatchObject({ currency: 'USD', ...expected });
    expect(typeof price !== 'string' && price.unit).toBe(expected.unit);
  });

  it.each([
    ['6,000–14,000/month', /is not a USD amount or range/],
    ['€6,000–€14,000/month', /is not a USD amount or range/],
    ['$6,00–$14,000/month', /ends in ",00–\$14,000\/month"/],
    ['$14,000–$6,000/month', /runs from high to low/],
    ['$6,000–$14,000/week', /ends in "\/week", which is not \/month, \/year or fixed/],
    ['$6,000–$14,000 negotiable', /ends in "negotiable"/],
    ['Contact us', /is not a USD amount or range/],
    ['', /is not a USD amount or range/],
  ])('refuses %s', (cell, expected) => {
    expect(parsePrice(cell)).toMatch(expected);
  });
});

const META = `---
path: /services/test
kind: service
headline: A test service
title: A test service page title
description: A description long enough to pass the fifty character minimum rule.
updated: 2026-02-01T10:30:00+05:00
---
`;
const TABLE = `| Model | Best for | Typical cost (2026) |
|---|---|---|
| Retainer | Ongoing oversight | $6,000–$14,000/month |
| Project | One deliverable | $15,000–$60,000 fixed |`;
const page = (body: string, meta = META) => [
  { name: 'page.mdx', source: meta },
  { name: '01-offers.mdx', source: section('eyebrow: Offers\ntitle: Ways to engage', body) },
];
const problems = (body: string, meta = META) =>
  readPage('content/svc', page(body, meta)).problems.map(
    (p) => `${p.file.replace('content/svc/', '')}:${p.line}: ${p.message}`,
  );

describe('readPage: the offers of a service page', () => {
  it('reads one offer per row of the <Offers> table: name, description, price, where it is shown', () => {
    const read = readPage('content/svc', page(`Intro.\n\n<Offers>\n${TABLE}\n</Offers>`));
    expect(read.problems).toEqual([]);
    expect(read.offers).toEqual([
      {
        name: 'Retainer',
        description: 'Ongoing oversight',
        id: 'retainer',
        sectionId: 'ways-to-engage',
        price: { text: '$6,000–$14,000/month', currency: 'USD', min: 6000, max: 14000, unit: 'month' },
        priceLabel: 'Typical cost (2026)',
      },
      {
        name: 'Project',
        description: 'One deliverable',
        id: 'project',
        sectionId: 'ways-to-engage',
        price: { text: '$15,000–$60,000 fixed', currency: 'USD', min: 15000, max: 60000 },
        priceLabel: 'Typical cost (2026)',
      },
    ]);
  });

  it.each([
    ['no <Offers> (a missing table)', TABLE, [/^page\.mdx:1: a service page \(kind: service\) without <Offers>/]],
    ['an empty <Offers>', 'Intro.\n\n<Offers>\n</Offers>', [/^01-offers\.mdx:8: <Offers> is empty/]],
    [
      '<Offers> around a paragraph',
      '<Offers>\nNo table here.\n</Offers>',
      [/^01-offers\.mdx:6: <Offers> holds 0 tables/],
    ],
    [
      'a malformed price',
      `<Offers>\n${TABLE.replace('$15,000–$60,000 fixed', 'about 15k')}\n</Offers>`,
      [
        /^01-offers\.mdx:10: the price "about 15k" is not a USD amount or range\. Fix: write a USD amount or range such as \$6,000–\$14,000\/month/,
      ],
    ],
    [
      'a table with no price column',
      '<Offers>\n| Model | Best for |\n|---|---|\n| A | B |\n</Offers>',
      [
        /^01-offers\.mdx:7: the <Offers> table's header is "Model", "Best for"\. Fix: give it the offer's name first, one column whose header says cost or price/,
      ],
    ],
    [
      'two <Offers>',
      `<Offers>\n${TABLE}\n</Offers>\n\n<Offers>\n${TABLE}\n</Offers>`,
      [/^01-offers\.mdx:13: a second <Offers>/],
    ],
  ])('refuses %s with file, line and fix', (_, body, expected) => {
    const found = problems(body);
    expect(found).toHaveLength(expected.length);
    expected.forEach((re, i) => expect(found[i]).toMatch(re));
  });

  it('refuses <Offers> on a page that is not a service page', () => {
    expect(problems(`<Offers>\n${TABLE}\n</Offers>`, META.replace('kind: service', 'kind: page'))).toEqual([
      '01-offers.mdx:6: <Offers> on a page of kind page: only a service page turns its table into offers. Fix: set kind: service in page.mdx, or remove <Offers> and </Offers> around the table.',
    ]);
  });

  it('refuses <Offers> in an article', () => {
    const article = [
      { name: 'article.mdx', source: ARTICLE_META },
      { name: '01-a.mdx', source: section('eyebrow: A\ntitle: A', `<Offers>\n${TABLE}\n</Offers>`) },
    ];
    expect(checkFolders([{ dir: 'content/a', files: article }], new Set()).map(formatProblem)).toEqual([
      'content/a/01-a.mdx:6: <Offers> outside a service page: only a page with kind: service turns its table into offers. Fix: remove <Offers> and </Offers> around the table.',
    ]);
  });

  it('gives the same answer through the checks the build runs', () => {
    const found = checkFolders([{ dir: 'content/svc', files: page(TABLE) }], new Set()).map(formatProblem);
    expect(found).toContainEqual(
      expect.stringMatching(/^content\/svc\/page\.mdx:1: a service page \(kind: service\) without <Offers>/),
    );
  });
});
