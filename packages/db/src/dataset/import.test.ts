// Importing records: bad ones are left out whole with their paths and reasons while the good
// ones go in; what a file changes is an update in the audit log; nothing the file leaves out is
// deleted; a dry run saves nothing.
import type { ImportRecord } from '@dossier/domain';
import { eq, sql } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { type DossierDatabase, openDatabase } from '../open';
import { getBrief } from '../repo/brief';
import { listChanges } from '../repo/reads';
import { events, measures, stakeholders } from '../schema';
import { recordsOf } from '../test/dataset';
import { importRecords } from './import';

const today = '2026-01-01';
const opened: DossierDatabase[] = [];
function database() {
  const d = openDatabase(':memory:');
  opened.push(d);
  return d;
}
afterEach(() => {
  for (const d of opened.splice(0)) d.close();
});

const source = (key: string) => ({
  key,
  title: `Source ${key}`,
  publisher: 'Reuters',
  kind: 'news',
});
const event = (key: string, date: string, over: Record<string, unknown> = {}) => ({
  key,
  kind: 'statement',
  title: `Event ${key}`,
  source: 'reuters',
  dateClaims: [{ date, source: 'reuters' }],
  ...over,
});
const measure = (slug: string, over: Record<string, unknown> = {}) => ({
  slug,
  title: `Measure ${slug}`,
  kind: 'regulation',
  jurisdiction: 'EU',
  stageClaims: [{ stage: 'proposal', date: '2017-01-10', source: 'reuters' }],
  events: [event('first', '2017-01-10'), event('second', '2017-02')],
  ...over,
});

const run = (d: DossierDatabase, file: Record<string, unknown>, options = {}) =>
  importRecords(d.db, recordsOf(file), { actor: 'importer', ...options });

const count = (d: DossierDatabase, table: string) =>
  d.db.get<{ n: number }>(sql`select count(*) as n from ${sql.raw(table)}`).n;

describe('a file with bad records among good ones', () => {
  it('imports the good ones and leaves each bad one out whole, saying where and why', () => {
    const d = database();
    const result = run(d, {
      sources: [source('reuters'), { ...source('bad'), kind: 'rumour' }],
      measures: [
        measure('good-one'),
        // Valid events come before the bad one: none of them may stay behind.
        measure('half', {
          events: [event('a', '2017-01'), event('b', '2017-02'), event('c', '2017-02-30')],
        }),
        measure('unsourced', { events: [event('x', '2017', { source: 'nowhere' })] }),
        measure('good-two', { identifiers: [{ scheme: 'procedure_ref', value: '2017/3/COD' }] }),
        measure('same-number', {
          identifiers: [{ scheme: 'procedure_ref', value: '2017/0003(COD)' }],
        }),
      ],
    });

    expect(result.counts).toEqual({ created: 3, updated: 0, unchanged: 0, rejected: 4 });
    expect(result.rejected).toEqual([
      {
        record: 'sources[1]',
        problems: [
          {
            path: 'sources[1].kind',
            message: 'must be one of news, official, press_release, opinion, other',
          },
        ],
      },
      {
        record: 'measures[1]',
        problems: [
          {
            path: 'measures[1].events[2].dateClaims[0].date',
            message:
              'must be a real date written as YYYY-MM-DD, YYYY-MM (month known) or YYYY (year known)',
          },
        ],
      },
      {
        record: 'measures[2]',
        problems: [
          {
            path: 'measures[2].events[0].source',
            message:
              'names the source "nowhere", which is neither earlier in the file nor in the database',
          },
        ],
      },
      {
        record: 'measures[4]',
        problems: [
          {
            path: 'measures[4].slug',
            message:
              'its identifier 2017/0003(COD) is recorded for the measure "good-two", which has another slug: give the record the slug "good-two" so the two are one measure (or rename it in Dossier first)',
          },
        ],
      },
    ]);
    const slugs = d.db
      .select({ slug: measures.slug })
      .from(measures)
      .all()
      .map((m) => m.slug);
    expect(slugs.sort()).toEqual(['good-one', 'good-two']);
    // Two measures of two events each, each event with its date claim, each measure its stage claim.
    expect(count(d, 'events')).toBe(4);
    expect(count(d, 'claims')).toBe(6);
    const logged = d.db.all<{ entityId: string }>(
      sql`select entity_id as entityId from changes where entity = 'measures'`,
    );
    expect(logged).toHaveLength(2);
  });

  it('lets a record that fails in the database (not in its schema) leave nothing either', () => {
    const d = database();
    run(d, {
      sources: [source('reuters')],
      measures: [measure('first', { identifiers: [{ scheme: 'celex', value: '32016R0679' }] })],
    });
    const before = {
      events: count(d, 'events'),
      claims: count(d, 'claims'),
      changes: count(d, 'changes'),
    };
    const result = run(d, {
      measures: [
        measure('second', {
          events: [event('e1', '2018')],
          identifiers: [
            { scheme: 'com', value: 'COM(2018) 1' },
            { scheme: 'celex', value: 'CELEX:32016R0679' },
          ],
        }),
      ],
    });
    expect(result.rejected[0]?.problems[0]?.path).toBe('measures[0].slug');
    expect({
      events: count(d, 'events'),
      claims: count(d, 'claims'),
      changes: count(d, 'changes'),
    }).toEqual(before);
  });
});

describe('importing over what the database holds', () => {
  it('updates what differs, in the audit log under the importer’s name, and deletes nothing', () => {
    const d = database();
    run(d, {
      sources: [source('reuters')],
      measures: [measure('m1', { summary: 'First words.' })],
    });
    const result = run(d, {
      measures: [
        {
          ...measure('m1', { title: 'A better title' }),
          // Only one of the two events: the other stays.
          events: [event('second', '2017-02', { title: 'Renamed' })],
        },
      ],
    });
    expect(result.rejected).toEqual([]);
    expect(result.counts).toEqual({ created: 0, updated: 1, unchanged: 0, rejected: 0 });
    const row = d.db.select().from(measures).where(eq(measures.slug, 'm1')).get()!;
    expect(row).toMatchObject({ title: 'A better title', summary: 'First words.', version: 2 });
    expect(count(d, 'events')).toBe(2);
    const history = listChanges(d.db, { id: row.id, limit: 10, cursor: null }).items;
    expect(history[0]).toMatchObject({
      actor: 'importer',
      field: 'title',
      after: '"A better title"',
    });
  });

  it('adds a source’s claim beside the others and moves the preference where the file sets it', () => {
    const d = database();
    run(d, { sources: [source('reuters'), source('ep')], measures: [measure('m1')] });
    const result = run(d, {
      measures: [
        measure('m1', {
          events: [
            event('first', '2017-01-10', {
              dateClaims: [
                { date: '2017-01-10', source: 'reuters' },
                { date: '2017-01-11', source: 'ep', preferred: { reason: 'The official record' } },
              ],
            }),
          ],
        }),
      ],
    });
    expect(result.counts.updated).toBe(1);
    const brief = getBrief(d.db, 'm1', today);
    const first = brief.timeline.items.find((e) => e.title === 'Event first')!;
    expect(first.date).toBe('2017-01-11');
    expect(first.facts.date.claims).toHaveLength(2);
    expect(first.facts.date.preferred).toMatchObject({ reason: 'The official record' });
    // The same file again: nothing more.
    expect(
      run(d, {
        measures: [
          measure('m1', {
            events: [
              event('first', '2017-01-10', {
                dateClaims: [
                  { date: '2017-01-10', source: 'reuters' },
                  {
                    date: '2017-01-11',
                    source: 'ep',
                    preferred: { reason: 'The official record' },
                  },
                ],
              }),
            ],
          }),
        ],
      }).counts,
    ).toEqual({ created: 0, updated: 0, unchanged: 1, rejected: 0 });
  });

  it('finds a measure by an identifier written another way, and refuses one claimed by two', () => {
    const d = database();
    run(d, {
      sources: [source('reuters')],
      measures: [
        measure('eprivacy', {
          identifiers: [{ scheme: 'procedure_ref', value: '2017/0003(COD)' }],
        }),
        measure('gdpr', { identifiers: [{ scheme: 'celex', value: '32016R0679' }] }),
      ],
    });
    const result = run(d, {
      measures: [
        measure('eprivacy', {
          identifiers: [
            { scheme: 'procedure_ref', value: '2017/3/cod', role: 'original_proposal' },
            { scheme: 'celex', value: 'celex:32016r0679' },
          ],
        }),
      ],
      positions: [],
    });
    expect(result.rejected[0]?.problems).toEqual([
      {
        path: 'measures[0].identifiers[1].value',
        message:
          '32016R0679 is recorded for the measure "gdpr", not for "eprivacy": an identifier names one measure only. Correct it in the file, or link the two measures instead',
      },
    ]);
    const ok = run(d, {
      measures: [
        measure('eprivacy', {
          identifiers: [
            { scheme: 'procedure_ref', value: '2017/3/cod', role: 'original_proposal' },
          ],
        }),
      ],
    });
    expect(ok.counts.updated).toBe(1);
    const brief = getBrief(d.db, '2017/0003(COD)', today);
    expect(brief.identifiers).toMatchObject([{ written: '2017/3/cod', role: 'original_proposal' }]);
  });

  it('finds records named by hand-written keys again, so a second import changes nothing', () => {
    const d = database();
    const file = {
      sources: [source('reuters-2016-08-23')],
      persons: [{ id: 'ana', name: 'Ana', category: 'ngo' }],
      organizations: [{ id: 'edri', name: 'EDRi', category: 'ngo' }],
      memberships: [{ person_id: 'ana', organization_id: 'edri', role: 'Policy advisor' }],
      measures: [
        measure('m1', {
          stageClaims: [{ stage: 'proposal', date: '2017', source: 'reuters-2016-08-23' }],
          events: [
            event('kick-off', '2017', {
              source: 'reuters-2016-08-23',
              dateClaims: [{ date: '2017', source: 'reuters-2016-08-23' }],
            }),
          ],
        }),
      ],
      positions: [
        {
          key: 'ana-on-m',
          measure: 'm1',
          stakeholder: 'ana',
          stance: 'oppose',
          role: 'critic',
          statedOn: '2017-03',
          source: 'reuters-2016-08-23',
        },
      ],
    };
    expect(run(d, file).counts).toEqual({ created: 6, updated: 0, unchanged: 0, rejected: 0 });
    const changes = count(d, 'changes');
    expect(run(d, file).counts).toEqual({ created: 0, updated: 0, unchanged: 6, rejected: 0 });
    expect(count(d, 'changes')).toBe(changes);
    const ana = d.db.select().from(stakeholders).where(eq(stakeholders.slug, 'ana')).get()!;
    expect(ana.role).toBe('Policy advisor');
  });

  it('refuses an event key that belongs to another measure, and a person listed as an organization', () => {
    const d = database();
    const id = '01900000-0000-7000-8000-000000000001';
    run(d, {
      sources: [source('reuters')],
      measures: [measure('m1', { events: [event(id, '2017')] })],
    });
    const result = run(d, {
      organizations: [{ id: 'ana', name: 'Ana', category: 'ngo' }],
      persons: [{ id: 'ana', name: 'Ana', category: 'ngo' }],
      measures: [measure('other', { events: [event(id, '2018')] })],
    });
    expect(result.rejected.map((r) => r.problems[0])).toEqual([
      {
        path: 'organizations[0].id',
        message: '"ana" is a person in the database; list it under persons, or give it another id',
      },
      {
        path: 'measures[0].events[0].key',
        message: `"${id}" is the key of an event of another measure in the database; give this event a key of its own`,
      },
    ]);
    expect(d.db.select().from(events).where(eq(events.id, id)).get()?.date).toBe('2017');
  });
});

describe('a dry run', () => {
  it('counts what an import would do and saves nothing', () => {
    const d = database();
    run(d, { sources: [source('reuters')], measures: [measure('m1')] });
    const changes = count(d, 'changes');
    const result = run(
      d,
      {
        sources: [source('reuters'), source('new')],
        measures: [measure('m1', { title: 'New title' }), measure('n1')],
      },
      { dryRun: true },
    );
    expect(result).toMatchObject({
      dryRun: true,
      counts: { created: 2, updated: 1, unchanged: 1, rejected: 0 },
    });
    expect(count(d, 'changes')).toBe(changes);
    expect(count(d, 'measures')).toBe(1);
    expect(d.db.select().from(measures).get()?.title).toBe('Measure m1');
  });

  it('takes records an earlier batch of the same run would have created as there', () => {
    const d = database();
    const records: ImportRecord[] = recordsOf({
      positions: [
        {
          key: 'p',
          measure: 'later',
          stakeholder: 'ana',
          stance: 'oppose',
          role: 'critic',
          statedOn: '2017',
          source: 'reuters',
        },
      ],
    });
    const without = importRecords(d.db, records, { actor: 'x', dryRun: true });
    expect(without.counts.rejected).toBe(1);
    const assumed = importRecords(d.db, records, {
      actor: 'x',
      dryRun: true,
      assume: { measures: ['later'], stakeholders: ['ana'], sources: ['reuters'] },
    });
    expect(assumed.counts).toEqual({ created: 1, updated: 0, unchanged: 0, rejected: 0 });
    expect(count(d, 'positions')).toBe(0);
  });
});
