// Export, import into an empty database, export again: the same file, byte for byte. And the
// database it makes shows the same record: the same stages, dates, disputes and preferences.
import { interchangeFileSchema } from '@dossier/domain';
import { sql } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { type DossierDatabase, openDatabase } from '../open';
import { getBrief } from '../repo/brief';
import { seedDemo } from '../seed/seed';
import { exportText, importText } from '../test/dataset';
import { buildRichDossier } from '../test/rich-dossier';

const today = '2026-01-01';
const opened: DossierDatabase[] = [];
const database = () => {
  const d = openDatabase(':memory:');
  opened.push(d);
  return d;
};
afterEach(() => {
  for (const d of opened.splice(0)) d.close();
});

const auditRows = (d: DossierDatabase) =>
  d.db.get<{ n: number }>(sql`select count(*) as n from changes`).n;

/** What a brief says, without what differs between two databases (ids, times, versions). */
function facts(d: DossierDatabase, slug: string, leaveOut: string[] = []) {
  const brief = getBrief(d.db, slug, today);
  const local = ['createdAt', 'updatedAt', 'version', 'setAside', ...leaveOut];
  return JSON.parse(
    JSON.stringify(brief, (key, value) =>
      local.includes(key) || key === 'id' || /Id$/.test(key) ? undefined : value,
    ),
  );
}

describe('the interchange round trip', () => {
  it('gives the same file, byte for byte, after an import into an empty database', async () => {
    const first = database();
    seedDemo(first.db);
    buildRichDossier(first.db);
    const text = await exportText(first.db);
    expect(interchangeFileSchema.safeParse(JSON.parse(text)).success).toBe(true);

    const second = database();
    const result = importText(second.db, text, { batchSize: 7 });
    expect(result.rejected).toEqual([]);
    expect(result.counts.created).toBeGreaterThan(60);
    expect(result.counts).toMatchObject({ updated: 0, unchanged: 0, rejected: 0 });

    expect(await exportText(second.db, { limit: 1000 })).toBe(text);
  });

  it('makes a database that shows the same record: stages, dates, disputes, preferences', async () => {
    const first = database();
    const { eprivacy } = buildRichDossier(first.db);
    const second = database();
    importText(second.db, await exportText(first.db));

    const before = facts(first, eprivacy.slug);
    expect(before.stage).toMatchObject({ value: 'negotiation', disputed: false });
    const vote = before.timeline.items.find((e: { kind: string }) => e.kind === 'committee_vote');
    expect(vote.facts.date).toMatchObject({ disputed: true });
    expect(vote.facts.result).toMatchObject({ disputed: true });
    expect(facts(second, eprivacy.slug)).toEqual(before);
    expect(facts(second, 'a-letter-on-encryption')).toEqual(facts(first, 'a-letter-on-encryption'));
  });

  it('changes nothing on a second import of the same file, and says so', async () => {
    const first = database();
    seedDemo(first.db);
    buildRichDossier(first.db);
    const text = await exportText(first.db);
    const second = database();
    const created = importText(second.db, text).counts.created;
    const logged = auditRows(second);

    const again = importText(second.db, text);
    expect(again.counts).toEqual({ created: 0, updated: 0, unchanged: created, rejected: 0 });
    expect(auditRows(second)).toBe(logged);
    expect(await exportText(second.db)).toBe(text);
  });

  it('exports one measure with what it needs, which imports alone into an empty database', async () => {
    const first = database();
    seedDemo(first.db);
    const { eprivacy } = buildRichDossier(first.db);
    const file = JSON.parse(await exportText(first.db, { measure: '2017/0003(COD)' }));

    expect(file.measures.map((m: { slug: string }) => m.slug)).toEqual([eprivacy.slug]);
    // The people with positions on it and the organizations above them; not the demo's.
    expect(file.persons.map((p: { id: string }) => p.id)).toEqual(['marie-dupont']);
    expect(file.organizations.map((o: { id: string }) => o.id)).toEqual([
      'z-holding',
      'a-subsidiary',
    ]);
    expect(file.sources).toHaveLength(3);
    expect(file.links).toEqual([]);
    expect(file.measureSystems).toEqual([
      { measure: eprivacy.slug, system: 'ees', action: 'uses', source: null },
    ]);

    const second = database();
    const result = importText(second.db, JSON.stringify(file));
    expect(result.rejected).toEqual([]);
    // Its links are left out: their other end is not in the file.
    expect(facts(second, eprivacy.slug, ['related'])).toEqual(
      facts(first, eprivacy.slug, ['related']),
    );
  });

  it('writes organizations after the ones they are part of, whatever their slugs', async () => {
    const d = database();
    buildRichDossier(d.db);
    const file = JSON.parse(await exportText(d.db));
    expect(
      file.organizations.map((o: { id: string; parent_id: string | null }) => [o.id, o.parent_id]),
    ).toEqual([
      ['z-holding', null],
      ['a-subsidiary', 'z-holding'],
    ]);
    // A person's role inside an organization is the membership's, Popolo's way.
    expect(file.memberships).toEqual([
      { person_id: 'marie-dupont', organization_id: 'a-subsidiary', role: 'Head of policy, A' },
    ]);
    expect(file.persons.find((p: { id: string }) => p.id === 'marie-dupont')).not.toHaveProperty(
      'role',
    );
    expect(file.persons.find((p: { id: string }) => p.id === 'jan-novak').role).toBe(
      'Professor; op-ed author',
    );
  });
});
