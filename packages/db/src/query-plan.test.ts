// The plans SQLite makes for the hot reads, on a dossier large enough (and ANALYZEd) for its
// planner to choose as it would in production. The SQL is captured from the real code paths
// (through drizzle's logger, with its parameters), so a change of query is checked here too.
// Fails on a full scan of a large table, and on a page of a list sorted in a temporary B-tree
// where an index gives the order.
import {
  measureListInput,
  searchInput,
  stakeholderListInput,
  systemListInput,
} from '@dossier/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  countByStage,
  type DossierDatabase,
  getBrief,
  listMeasures,
  listStakeholders,
  listSystems,
  openDatabase,
  search,
} from './index';
import { generateDossier } from './seed';

const today = '2026-06-01';
const size = { measures: 1_500, events: 12_000, positions: 4_000, stakeholders: 600 };
const largeTables = [
  'measures',
  'events',
  'claims',
  'positions',
  'stakeholders',
  'sources',
  'measure_identifiers',
  'measure_links',
  'measure_systems',
  'event_documents',
  'changes',
];
const fullScan = new RegExp(`^SCAN (${largeTables.join('|')})\\b(?! USING)`);

let captured: { sql: string; params: unknown[] }[] = [];
let database: DossierDatabase;

beforeAll(() => {
  database = openDatabase(':memory:', {
    onQuery: (sql, params) => captured.push({ sql, params }),
  });
  generateDossier(database.db, size, { today });
  database.sqlite.exec('analyze');
}, 120_000);
afterAll(() => database?.close());

/** Runs `read` and gives the plan of every statement it ran. */
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

const slug = () =>
  database.sqlite
    .prepare('select slug from measures order by slug limit 1 offset 700')
    .pluck()
    .get() as string;
const list = (input: object) => () =>
  listMeasures(database.db, measureListInput.parse(input), today);

/**
 * Each read, and which of its statements (by the text they start a page with) must read their
 * page in order from an index: the page of a list, not the per-page details after it.
 */
const reads: { name: string; read: () => unknown; ordered?: RegExp }[] = [
  { name: 'measures.get', read: () => getBrief(database.db, slug(), today) },
  { name: 'measures.list', read: list({}), ordered: /^select .* from "measures"/ },
  {
    name: 'measures.list stage',
    read: list({ stage: ['negotiation'] }),
    ordered: /^select .* from "measures"/,
  },
  {
    name: 'measures.list kind',
    read: list({ kind: ['regulation'] }),
    ordered: /^select .* from "measures"/,
  },
  {
    name: 'measures.list jurisdiction',
    read: list({ jurisdiction: ['EU'] }),
    ordered: /^select .* from "measures"/,
  },
  { name: 'measures.list text', read: list({ q: 'digital identity' }) },
  {
    name: 'measures.list policy area',
    read: list({ policyArea: 'privacy' }),
    ordered: /^select .* from "measures"/,
  },
  {
    name: 'measures.list stage, second page',
    read: () => {
      const first = listMeasures(
        database.db,
        measureListInput.parse({ stage: ['negotiation'], limit: 5 }),
        today,
      );
      return listMeasures(
        database.db,
        measureListInput.parse({ stage: ['negotiation'], limit: 5, cursor: first.nextCursor }),
        today,
      );
    },
    ordered: /^select .* from "measures"/,
  },
  {
    name: 'measures.stageCounts',
    read: () => countByStage(database.db, measureListInput.parse({})),
  },
  {
    name: 'measures.stageCounts kind',
    read: () => countByStage(database.db, measureListInput.parse({ kind: ['regulation'] })),
  },
  {
    name: 'stakeholders.list',
    read: () => listStakeholders(database.db, stakeholderListInput.parse({})),
    ordered: /^select "stakeholders"\."id"/,
  },
  {
    name: 'stakeholders.list category',
    read: () => listStakeholders(database.db, stakeholderListInput.parse({ category: ['ngo'] })),
    ordered: /^select "stakeholders"\."id"/,
  },
  {
    name: 'stakeholders.list country',
    read: () => listStakeholders(database.db, stakeholderListInput.parse({ country: 'DE' })),
    ordered: /^select "stakeholders"\."id"/,
  },
  {
    name: 'systems.list',
    read: () => listSystems(database.db, systemListInput.parse({})),
    ordered: /from "information_systems" order by/,
  },
  {
    name: 'search.query',
    read: () => search(database.db, searchInput.parse({ q: 'passenger records' })),
  },
];

describe('query plans of the hot reads', () => {
  for (const { name, read, ordered } of reads) {
    it(name, () => {
      const plans = plansOf(read);
      expect(plans.length).toBeGreaterThan(0);
      const problems: string[] = [];
      for (const { sql, plan } of plans) {
        for (const step of plan.filter((s) => fullScan.test(s)))
          problems.push(`${step} in: ${sql.slice(0, 200)}`);
        if (ordered?.test(sql))
          for (const step of plan.filter((s) => /TEMP B-TREE FOR (.* )?ORDER BY/.test(s)))
            problems.push(`${step} (an index gives this order) in: ${sql.slice(0, 200)}`);
      }
      if (ordered)
        expect(
          plans.some((p) => ordered.test(p.sql)),
          'the page query ran',
        ).toBe(true);
      expect(problems).toEqual([]);
    });
  }
});
