// `pnpm dossier generate`: the same seed makes the same dossier (the same export, byte for
// byte), another seed another one, and the dossier has the proportions its tier promises.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Db, exportPage, openDatabase } from '@dossier/db';
import { generateDossier, tierRecordCount, tierShape, tiers } from '@dossier/db/seed';
import { parseIdentifier } from '@dossier/domain';
import { afterAll, describe, expect, it } from 'vitest';
import { parseCli } from './args';
import { runCli } from './cli';

const dir = mkdtempSync(join(tmpdir(), 'dossier-cli-generate-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A tenth of tier S, in its proportions: quick enough to build twice. */
const small = { measures: 100, events: 1_000, positions: 300, stakeholders: 50 };

/**
 * The export, the one thing in it that the database makes up set aside: an event's key is its
 * row id, made from the measure's id (a UUIDv7, new in every database), and the export lists
 * a measure's events in that id's order. So events go by their dates here, without their keys.
 */
function exported(db: Db): string {
  const pages: unknown[] = [];
  let cursor: string | null = null;
  do {
    const page = exportPage(db, { limit: 500, cursor });
    const items =
      page.section === 'measures'
        ? page.items.map((m) => ({
            ...m,
            events: (m.events ?? [])
              .map(({ key: _, ...event }) => event)
              .sort((a, b) =>
                JSON.stringify([a.dateClaims, a.kind]).localeCompare(
                  JSON.stringify([b.dateClaims, b.kind]),
                ),
              ),
          }))
        : page.items;
    pages.push(page.section, items);
    cursor = page.nextCursor;
  } while (cursor);
  return JSON.stringify(pages);
}

function generated(seed: number) {
  const database = openDatabase(':memory:');
  const done = generateDossier(database.db, small, { seed, batch: 700 });
  return { database, done };
}

// Generating and exporting take seconds on a loaded two-core machine: patience, not a speed claim.
describe('dossier generate', { timeout: 120_000 }, () => {
  it('makes the same dossier from the same seed, and another from another seed', () => {
    const a = generated(7);
    const b = generated(7);
    const c = generated(8);
    try {
      expect(a.done.result.counts).toMatchObject({ rejected: 0, created: tierRecordCount(small) });
      const text = exported(a.database.db);
      expect(exported(b.database.db)).toBe(text);
      expect(exported(c.database.db)).not.toBe(text);
    } finally {
      for (const d of [a, b, c]) d.database.close();
    }
  });

  it('has the proportions of its tier: events, positions, stakeholders, links, systems, claims', () => {
    const { database } = generated(1);
    const count = (sql: string) => database.sqlite.prepare(sql).pluck().get() as number;
    const shape = tierShape(small);
    try {
      expect(count('select count(*) from measures')).toBe(small.measures);
      expect(count('select count(*) from events')).toBe(small.events);
      expect(count('select count(*) from positions')).toBe(small.positions);
      expect(count('select count(*) from stakeholders')).toBe(small.stakeholders);
      expect(count('select count(*) from sources')).toBe(shape.sources);
      expect(count('select count(*) from measure_links')).toBe(shape.links);
      expect(count('select count(*) from measure_systems')).toBe(shape.measureSystems);
      expect(count('select count(*) from information_systems')).toBe(shape.systems);
      // Timelines differ in length, around ten events each.
      expect(
        count('select max(n) from (select count(*) n from events group by measure_id)'),
      ).toBeGreaterThan(10);
      expect(
        count('select min(n) from (select count(*) n from events group by measure_id)'),
      ).toBeLessThan(10);
      // Every claim cites a source; some dates are disputed; votes have results.
      expect(count('select count(*) from claims where source_id is null')).toBe(0);
      expect(count("select count(*) from claims where fact = 'date'")).toBeGreaterThan(
        small.events,
      );
      expect(count('select count(*) from events where disputed = 1')).toBeGreaterThan(0);
      expect(count("select count(*) from claims where fact = 'result'")).toBeGreaterThan(0);
      expect(count('select count(distinct stage) from measures')).toBeGreaterThan(4);
      // Identifiers are written in the canonical forms the parser knows.
      const identifiers = database.sqlite
        .prepare('select scheme, value, canonical from measure_identifiers')
        .all() as { scheme: 'procedure_ref'; value: string; canonical: string }[];
      expect(new Set(identifiers.map((i) => i.scheme))).toEqual(
        new Set(['procedure_ref', 'com', 'celex']),
      );
      for (const i of identifiers)
        expect(parseIdentifier(i.scheme, i.value)).toEqual({
          ok: true,
          scheme: i.scheme,
          canonical: i.value,
        });
    } finally {
      database.close();
    }
  });

  it('fills a new database file with tier S, and refuses one that holds measures', {
    timeout: 120_000,
  }, async () => {
    const out: string[] = [];
    const err: string[] = [];
    const io = { stdout: (t: string) => out.push(t), stderr: (t: string) => err.push(t) };
    const db = join(dir, 'tier-s.db');
    expect(await runCli(['generate', '--tier', 's', '--db', db], {}, io)).toBe(0);
    expect(out.join('')).toMatch(
      /^Generated tier S \(seed 1\) into .* in [\d.]+ s: 1,000 measures, 10,000 events, 3,000 positions, 500 stakeholders/,
    );
    const d = openDatabase(db, { readonly: true });
    const count = (table: string) =>
      d.sqlite.prepare(`select count(*) from ${table}`).pluck().get() as number;
    expect([count('measures'), count('events'), count('positions'), count('stakeholders')]).toEqual(
      [tiers.S.measures, tiers.S.events, tiers.S.positions, tiers.S.stakeholders],
    );
    d.close();
    expect(await runCli(['generate', '--tier', 'S', '--db', db], {}, io)).toBe(1);
    expect(err.join('')).toMatch(/already holds 1,000 measures/);
  });

  it('needs a tier and a database, and a whole number for a seed', () => {
    expect(
      parseCli(['generate', '--tier', 'M', '--seed', '3', '--db', '/tmp/x.db'], {}).command,
    ).toEqual({ name: 'generate', tier: 'M', seed: 3, db: '/tmp/x.db' });
    expect(() => parseCli(['generate', '--db', 'x.db'], {})).toThrow(/--tier S, M, L/);
    expect(() => parseCli(['generate', '--tier', 'XL', '--db', 'x.db'], {})).toThrow(/got "XL"/);
    expect(() => parseCli(['generate', '--tier', 'S'], {})).toThrow(/--db FILE/);
    expect(() => parseCli(['generate', '--tier', 'S', '--seed', 'x', '--db', 'x.db'], {})).toThrow(
      /--seed must be a whole number/,
    );
    expect(() => parseCli(['generate', '--tier', 'S', '--db', 'x.db', '--out', 'y'], {})).toThrow(
      /--out does not apply to generate/,
    );
  });
});
