import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as demo from './demo-data';

// The Reuters report the demo is built from, as delivered (seed/000_0e0a60eed2559698.txt). Line
// breaks are the wire's, not the writers': any run of white space counts as one space.
const flat = (text: string) => text.replace(/\s+/g, ' ').trim();
const article = flat(readFileSync(new URL('./source-article.txt', import.meta.url), 'utf8'));

/** Whether `words` stand in the report as whole words: "Germ" is not in "Germany". */
function stands(words: string): boolean {
  const escaped = words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'u').test(article);
}

/**
 * Null if `text` stands in the report word for word; otherwise where it leaves the report, so a
 * failure names the words instead of printing the whole article.
 */
function departure(text: string): string | null {
  const words = flat(text).split(' ');
  let kept = 0;
  while (kept < words.length && stands(words.slice(0, kept + 1).join(' '))) kept++;
  if (kept === words.length) return null;
  const before = words.slice(Math.max(0, kept - 6), kept).join(' ');
  return `leaves the report after "${before}" at "${words.slice(kept, kept + 6).join(' ')}"`;
}

/** Every string in the demo data, wherever it sits, with where it sits. */
function strings(value: unknown, at: string): [at: string, text: string][] {
  if (typeof value === 'string') return [[at, value]];
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, inner]) => strings(inner, `${at}.${key}`));
}

/** What stands between double quotation marks: the demo's claim that the report says so. */
const quotedRuns = (text: string) => [...text.matchAll(/"([^"]*)"/g)].map((m) => flat(m[1]!));

describe('the demo data', () => {
  it('finds quoted runs, however short, so the checks below cannot pass by finding none', () => {
    expect(quotedRuns('warned against "back doors" and "no".')).toEqual(['back doors', 'no']);
    expect(quotedRuns('no quotation marks')).toEqual([]);
    expect(departure("Among them was the head of CNIL, France's privacy watchdog.")).toBeNull();
    expect(departure('Germ')).toBe('leaves the report after "" at "Germ"');
    expect(departure('nothing to hide," privacy advocates wrote. "Cracking down')).toBe(
      'leaves the report after "nothing to hide," privacy advocates" at "wrote. "Cracking down"',
    );
  });

  it('takes every position quote word for word from the report, whole', () => {
    expect(demo.demoPositions.length).toBeGreaterThan(0);
    const astray = demo.demoPositions.flatMap(({ stakeholder, measure, quote }) => {
      const where = departure(quote);
      return where ? [`${stakeholder} on ${measure}: ${where}`] : [];
    });
    expect(astray).toEqual([]);
  });

  it('has every run it puts in quotation marks in the report word for word', () => {
    const all = strings(demo, 'demo');
    // An odd count would pair the marks wrongly and check the words between two quotations.
    const unbalanced = all.filter(([, text]) => (text.match(/"/g)?.length ?? 0) % 2 === 1);
    expect(unbalanced).toEqual([]);
    const runs = all.flatMap(([at, text]) => quotedRuns(text).map((run) => [at, run] as const));
    // Quotation marks outside the positions too (titles, summaries, notes) are read.
    expect(runs.some(([at]) => !at.startsWith('demo.demoPositions'))).toBe(true);
    const astray = runs.flatMap(([at, run]) => {
      const where = departure(run);
      return where ? [`${at} "${run}": ${where}`] : [];
    });
    expect(astray).toEqual([]);
  });
});
