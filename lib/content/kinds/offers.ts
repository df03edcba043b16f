import type { Table } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { slugify } from '@/lib/slug';
import type { Problem } from '../errors';
import { visit } from 'unist-util-visit';
import { lineOf, plainText } from '../parse/markdown';
import type { Section } from '../parse/section';

/** A price as the table states it: a USD range (or one amount) and what it is per. */
export interface Price {
  /** The cell as a reader sees it, e.g. "$6,000–$14,000/month". */
  text: string;
  currency: 'USD';
  min: number;
  max: number;
  /** The period the price is paid for; none for a fixed price. */
  unit?: 'month' | 'year';
}

/** One way to engage, read from a row of a service page's <Offers> table. */
export interface Offer {
  /** The row's first cell, e.g. "Fractional retainer". */
  name: string;
  /** The description column's cell, when the table has one. */
  description?: string;
  price: Price;
  /** The price column's header, e.g. "Typical cost (2026)": what the price is, as the table labels it. */
  priceLabel: string;
  /** Link id for the offer's JSON-LD node: the name's words joined by hyphens. */
  id: string;
  /** Heading id of the section holding the table: where the page shows the offer. */
  sectionId: string;
}

const AMOUNT = String.raw`\$(\d{1,3}(?:,\d{3})+|\d+)`;
const PRICE = new RegExp(String.raw`^${AMOUNT}(?:\s*[–-]\s*${AMOUNT})?\s*(.*)$`);
/** What may follow the amount: nothing, "fixed", or a period ("/month", "per year", "TC/year"). */
const PERIOD = /^(?:[A-Za-z]{1,4}\s*)?(?:\/\s*|per\s+)(month|year)$/;

export const PRICE_FORMAT =
  'a USD amount or range such as $6,000–$14,000/month, $200,000–$350,000 TC/year or $15,000–$60,000 fixed';

/** Reads one price cell; a string says what is wrong with it. */
export function parsePrice(cell: string): Price | string {
  const text = cell.replace(/\s+/g, ' ').trim();
  const match = PRICE.exec(text);
  if (!match) return `the price "${text}" is not a USD amount or range`;
  const [, from = '', to, rest = ''] = match;
  const min = Number(from.replace(/,/g, ''));
  const max = to === undefined ? min : Number(to.replace(/,/g, ''));
  if (max < min) return `the price "${text}" runs from high to low`;
  if (rest === '' || rest === 'fixed') return { text, currency: 'USD', min, max };
  const period = PERIOD.exec(rest);
  if (!period) return `the price "${text}" ends in "${rest}", which is not /month, /year or fixed`;
  return { text, currency: 'USD', min, max, unit: period[1] as 'month' | 'year' };
}

/** Every <Offers> element in these sections, with the section it is in. */
export function offersElements(sections: readonly Section[]): { section: Section; node: MdxJsxFlowElement }[] {
  const found: { section: Section; node: MdxJsxFlowElement }[] = [];
  for (const section of sections)
    visit(section.tree, 'mdxJsxFlowElement', (node) => {
      if (node.name === 'Offers') found.push({ section, node });
    });
  return found;
}

/**
 * The offers of a service page: the one <Offers> element's table, a row an offer. The first
 * column names the offer, the column whose header says "cost" or "price" gives its price, and
 * one more column, if any, describes it. Anything else is a problem located at its line, so the
 * page and its Service markup can only say the same thing. `fileOf` names a section's file.
 */
export function readOffers(
  sections: readonly Section[],
  fileOf: (section: Section) => string,
  metaFile: string,
): { offers: Offer[]; problems: Problem[] } {
  const found = offersElements(sections);
  const problems: Problem[] = [];
  if (found.length === 0)
    return {
      offers: [],
      problems: [
        {
          file: metaFile,
          line: 1,
          message:
            'a service page (kind: service) without <Offers>, so its Service markup would have no offers. Fix: put <Offers> and </Offers> on lines of their own around the table of engagement models (name, description, price), or use kind: page.',
        },
      ],
    };
  for (const extra of found.slice(1))
    problems.push({
      file: fileOf(extra.section),
      line: lineOf(extra.node),
      message: 'a second <Offers>. Fix: keep one <Offers> table per service page; merge the rows into it.',
    });
  const { section, node } = found[0]!;
  const file = fileOf(section);
  const at = (line: number, message: string) => problems.push({ file, line, message });
  const tables = node.children.filter((n): n is Table => n.type === 'table');
  // An empty <Offers> is the loader's to report (every component with children must hold some).
  if (node.children.length === 0) return { offers: [], problems };
  if (tables.length !== 1 || node.children.length !== 1) {
    at(
      lineOf(node),
      `<Offers> holds ${tables.length === 1 ? 'more than a table' : `${tables.length} tables`}. Fix: put exactly one table inside it, one row per offer, and the other text outside it.`,
    );
    return { offers: [], problems };
  }
  const [head, ...rows] = tables[0]!.children;
  const header = (head?.children ?? []).map((c) => plainText(c));
  const priceColumns = header.flatMap((h, i) => (/\b(cost|price)/i.test(h) && i > 0 ? [i] : []));
  const others = header.map((_, i) => i).filter((i) => i > 0 && !priceColumns.includes(i));
  if (priceColumns.length !== 1 || others.length > 1) {
    at(
      lineOf(head ?? node),
      `the <Offers> table's header is ${header.map((h) => `"${h}"`).join(', ')}. Fix: give it the offer's name first, one column whose header says cost or price, and at most one more column describing the offer.`,
    );
    return { offers: [], problems };
  }
  const priceAt = priceColumns[0]!;
  const offers: Offer[] = [];
  for (const row of rows) {
    const cells = row.children.map((c) => plainText(c));
    const name = cells[0] ?? '';
    const price = parsePrice(cells[priceAt] ?? '');
    if (!name) at(lineOf(row), 'an offer without a name. Fix: write its name in the first cell.');
    if (typeof price === 'string') at(lineOf(row), `${price}. Fix: write ${PRICE_FORMAT}.`);
    if (!name || typeof price === 'string') continue;
    const description = others[0] === undefined ? undefined : cells[others[0]] || undefined;
    offers.push({ name, description, price, priceLabel: header[priceAt]!, id: slugify(name), sectionId: section.id });
  }
  if (rows.length === 0) at(lineOf(tables[0]!), 'the <Offers> table has no rows. Fix: add one row per offer.');
  return { offers, problems };
}
