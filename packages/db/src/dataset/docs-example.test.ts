// The example in docs/interchange.md is a real file: it passes the schema and imports cleanly,
// and what it says is what the brief then shows.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { interchangeFileSchema } from '@dossier/domain';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../open';
import { getBrief } from '../repo/brief';
import { importText } from '../test/dataset';

const docs = readFileSync(
  join(import.meta.dirname, '..', '..', '..', '..', 'docs', 'interchange.md'),
  'utf8',
);
const example = /## Example\n\n```json\n([\s\S]*?)\n```/.exec(docs)?.[1] ?? '';

describe('the example of docs/interchange.md', () => {
  it('is a valid file that imports with nothing rejected, twice', () => {
    expect(interchangeFileSchema.safeParse(JSON.parse(example)).error?.issues ?? []).toEqual([]);
    const d = openDatabase(':memory:');
    const first = importText(d.db, example);
    expect(first.rejected).toEqual([]);
    expect(first.counts).toEqual({ created: 11, updated: 0, unchanged: 0, rejected: 0 });
    expect(importText(d.db, example).counts).toEqual({
      created: 0,
      updated: 0,
      unchanged: 11,
      rejected: 0,
    });

    const brief = getBrief(d.db, '2017/0003(COD)', '2026-01-01');
    expect(brief.stage).toMatchObject({ value: 'negotiation', disputed: false });
    const vote = brief.timeline.items[0]!;
    expect(vote).toMatchObject({ date: '2017-10-19', kind: 'committee_vote' });
    expect(vote.facts.date).toMatchObject({ preferred: { reason: "The Parliament's own record" } });
    expect(vote.facts.date.claims).toHaveLength(2);
    d.close();
  });
});
