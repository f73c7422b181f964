import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { demoPositions } from './demo-data';

// The Reuters report the demo is built from, as delivered (seed/000_0e0a60eed2559698.txt).
const article = readFileSync(new URL('./source-article.txt', import.meta.url), 'utf8').replace(
  /\s+/g,
  ' ',
);

/** The runs of a quote between our own joins: each must stand in the report word for word. */
const runs = (quote: string) =>
  quote
    .replace(/^Among them was the head of CNIL, France's privacy watchdog\. /, '')
    .split(/(?<=[.,])"?\s+"?|"\s+/)
    .map((run) => run.replace(/^"|"$/g, '').trim())
    .filter((run) => run.split(' ').length >= 4);

describe('the demo data', () => {
  it('quotes the report word for word', () => {
    for (const position of demoPositions) {
      for (const run of runs(position.quote)) {
        expect(article, `${position.stakeholder}: ${run}`).toContain(run);
      }
    }
  });
});
