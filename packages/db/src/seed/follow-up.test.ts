import { readFileSync } from 'node:fs';
import { interchangeFileSchema, precisionOf } from '@dossier/domain';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { importRecords } from '../dataset/import';
import { openDatabase } from '../open';
import { followUpFile, followUpRecords } from './follow-up';
import { seedDemo } from './seed';

const flat = (text: string) => text.replace(/\s+/g, ' ').trim();
const article = flat(readFileSync(new URL('./source-article.txt', import.meta.url), 'utf8'));

/** Every property of the file named `name`, with where it is. */
function everyProperty(name: string, value: unknown = followUpFile, path = '$') {
  const found: { path: string; value: unknown }[] = [];
  if (Array.isArray(value))
    value.forEach((v, i) => {
      found.push(...everyProperty(name, v, `${path}[${i}]`));
    });
  else if (value && typeof value === 'object')
    for (const [key, v] of Object.entries(value)) {
      if (key === name) found.push({ path: `${path}.${key}`, value: v });
      found.push(...everyProperty(name, v, `${path}.${key}`));
    }
  return found;
}

const sources = followUpFile.sources as { key: string; url: string | null; publisher: string }[];

describe('the follow-up dossier (what became of the 2016 report)', () => {
  it('is a valid interchange file, by the zod schema the JSON Schema is generated from', () => {
    const parsed = interchangeFileSchema.safeParse(followUpFile);
    expect(parsed.error?.issues ?? []).toEqual([]);
    expect((followUpFile.measures as unknown[]).length).toBeGreaterThanOrEqual(10);
  });

  it('names a public source with an address and a publisher for every fact', () => {
    for (const source of sources) {
      expect(source.url, source.key).toMatch(/^https?:\/\/[^\s]+$/);
      expect(source.publisher.trim(), source.key).not.toBe('');
    }
    const keys = new Set(sources.map((s) => s.key));
    const refs = everyProperty('source');
    expect(refs.length).toBeGreaterThan(100);
    for (const ref of refs) expect(keys.has(ref.value as string), ref.path).toBe(true);
    // Every record that states something carries its own source.
    for (const section of ['measures', 'positions', 'links', 'measureSystems'] as const)
      for (const [i, record] of (followUpFile[section] as { source?: string }[]).entries())
        expect(record.source, `${section}[${i}]`).toBeTruthy();
  });

  it('gives every date with its precision', () => {
    const dates = ['date', 'publishedOn', 'statedOn'].flatMap((name) => everyProperty(name));
    expect(dates.length).toBeGreaterThan(100);
    for (const date of dates)
      if (date.value !== null)
        expect(precisionOf(date.value as string), `${date.path} = ${date.value}`).not.toBeNull();
  });

  it('quotes nothing but the Reuters report, word for word', () => {
    for (const quote of everyProperty('quote'))
      if (quote.value !== null) expect(article).toContain(flat(quote.value as string));
  });

  it('loads with the demo on first start and imports again without changing anything', () => {
    const d = openDatabase(':memory:');
    try {
      expect(seedDemo(d.db, { followUp: true }).seeded).toBe(true);
      const measures = () => d.db.get<{ n: number }>(sql`select count(*) as n from measures`).n;
      expect(measures()).toBe(3 + (followUpFile.measures as unknown[]).length);
      const changes = () => d.db.get<{ n: number }>(sql`select count(*) as n from changes`).n;
      const before = changes();
      const again = importRecords(d.db, followUpRecords(), { actor: 'test' });
      expect(again.rejected).toEqual([]);
      expect(again.counts.created + again.counts.updated).toBe(0);
      expect(again.counts.unchanged).toBe(followUpRecords().length);
      expect(changes()).toBe(before);
      // The review the report called "in consultation" is linked to what it became.
      const became = d.db.get<{ n: number }>(
        sql`select count(*) as n from measure_links where relation = 'became'`,
      );
      expect(became.n).toBeGreaterThan(0);
    } finally {
      d.close();
    }
  });
});
