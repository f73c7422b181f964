// The query plans of a subject's history and of a brief "as of" a past moment, on a dossier
// whose audit log holds a row for every record (ANALYZEd, as in query-plan.test.ts): each reads
// the log through its indexes, never by scanning it or another large table.
import { subjectHistoryInput } from '@dossier/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type DossierDatabase,
  getBriefAsOf,
  measureHistory,
  openDatabase,
  stakeholderHistory,
} from './index';
import { generateDossier } from './seed';

const today = '2026-06-01';
const size = { measures: 600, events: 5_000, positions: 2_000, stakeholders: 300 };
const largeTables = ['measures', 'events', 'claims', 'positions', 'stakeholders', 'changes'];
const fullScan = new RegExp(`^SCAN (${largeTables.join('|')})\\b(?! USING)`);

let captured: { sql: string; params: unknown[] }[] = [];
let database: DossierDatabase;
/** After the generator's creations, before the edits below. */
const asOf = new Date(Date.now() + 60_000).toISOString();

beforeAll(() => {
  database = openDatabase(':memory:', {
    onQuery: (sql, params) => captured.push({ sql, params }),
  });
  generateDossier(database.db, size, { today });
  // The generator logs each creation (insertRow); add a later edit of every measure, so that
  // as-of has something to undo.
  database.sqlite.exec(`
    insert into changes (id, at, actor, entity, entity_id, action, field, before, after, version)
    select lower(hex(randomblob(16))), '2099-01-01T00:00:00.000Z', 'editor', 'measures', id,
      'update', 'title', json_quote('Old ' || title), json_quote(title), 2 from measures`);
  database.sqlite.exec('analyze');
}, 120_000);
afterAll(() => database?.close());

function plansOf(read: () => unknown) {
  captured = [];
  read();
  const ran = captured;
  captured = [];
  return ran.map(({ sql, params }) => ({
    sql,
    plan: (
      database.sqlite
        .prepare(`explain query plan ${sql}`)
        .all(...params.map((p) => (typeof p === 'boolean' ? Number(p) : p))) as {
        detail: string;
      }[]
    ).map((row) => row.detail),
  }));
}

const pick = (table: string) =>
  database.sqlite
    .prepare(`select slug from ${table} order by slug limit 1 offset 100`)
    .pluck()
    .get() as string;

describe('the plans of history and as-of', () => {
  const reads = [
    {
      name: 'history.measure',
      read: () =>
        measureHistory(database.db, subjectHistoryInput.parse({ ref: pick('measures') }), {
          team: true,
        }),
    },
    {
      name: 'history.measure, second page',
      read: () => {
        const input = subjectHistoryInput.parse({ ref: pick('measures'), limit: 1 });
        const first = measureHistory(database.db, input, { team: true });
        return measureHistory(database.db, { ...input, cursor: first.nextCursor }, { team: true });
      },
    },
    {
      name: 'history.stakeholder',
      read: () =>
        stakeholderHistory(database.db, subjectHistoryInput.parse({ ref: pick('stakeholders') }), {
          team: true,
        }),
    },
    {
      name: 'measures.get asOf',
      read: () => getBriefAsOf(database.db, pick('measures'), asOf),
    },
  ];

  for (const { name, read } of reads) {
    it(`${name} reads the audit log through its indexes`, () => {
      const plans = plansOf(read);
      const logReads = plans.filter((p) => /\bchanges\b/.test(p.sql));
      expect(logReads.length, 'the audit log was read').toBeGreaterThan(0);
      for (const { sql, plan } of plans) {
        const scans = plan.filter((step) => fullScan.test(step));
        expect(scans, `${sql}\n${plan.join('\n')}`).toEqual([]);
      }
      for (const { sql, plan } of logReads) {
        expect(
          plan.some((step) => /USING (COVERING )?INDEX changes_/.test(step)),
          `${sql}\n${plan.join('\n')}`,
        ).toBe(true);
      }
    });
  }

  it('the as-of answer leaves the database as it was', () => {
    const ref = pick('measures');
    const count = () => database.sqlite.prepare('select count(*) from changes').pluck().get();
    const before = count();
    const past = getBriefAsOf(database.db, ref, asOf);
    expect(past.asOf).toBe(asOf);
    expect(past.measure.title).toMatch(/^Old /);
    expect(count()).toBe(before);
    expect(
      database.sqlite.prepare('select title from measures where slug = ?').pluck().get(ref),
    ).toBe(past.measure.title.replace(/^Old /, ''));
  });
});
