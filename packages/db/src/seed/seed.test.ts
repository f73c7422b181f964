import { describe, expect, it } from 'vitest';
import { openDatabase } from '../open';
import { getBrief } from '../repo/brief';
import { listMeasures } from '../repo/measures';
import {
  databasesSlug,
  demoStakeholders,
  eprivacySlug,
  initiativeSlug,
  reportedStakeholderNames,
} from './demo-data';
import { seedDemo } from './seed';

const snapshot = (d: ReturnType<typeof openDatabase>) =>
  Object.fromEntries(
    [
      'measures',
      'stakeholders',
      'positions',
      'events',
      'sources',
      'measure_links',
      'information_systems',
      'measure_systems',
      'changes',
    ].map((table) => [table, d.sqlite.prepare(`select * from ${table} order by id`).all()]),
  );

describe('the demo dossier', () => {
  it('loads once; a second run changes nothing', () => {
    const d = openDatabase(':memory:');
    expect(seedDemo(d.db)).toEqual({ seeded: true });
    const before = snapshot(d);
    expect(seedDemo(d.db)).toEqual({ seeded: false });
    expect(snapshot(d)).toEqual(before);
    d.close();
  });

  it('never writes into a database that already holds data', () => {
    const d = openDatabase(':memory:');
    d.sqlite
      .prepare(
        "insert into sources (id, version, created_at, updated_at, title, publisher, kind) values ('s', 1, 'x', 'x', 'Own', 'Us', 'other')",
      )
      .run();
    expect(seedDemo(d.db)).toEqual({ seeded: false });
    expect((d.sqlite.prepare('select count(*) as n from measures').get() as { n: number }).n).toBe(
      0,
    );
    d.close();
  });

  it('gives the initiative every stakeholder of the article, each with a quote and the Reuters source', () => {
    const d = openDatabase(':memory:');
    seedDemo(d.db);
    const brief = getBrief(d.db, initiativeSlug, '2026-11-27');
    const names = brief.stakeholders.items.map((s) => s.stakeholder.name);
    for (const name of reportedStakeholderNames) {
      expect(names).toContain(name);
    }
    const [source] = brief.sources.items;
    expect(brief.sources.items).toHaveLength(1);
    expect(source).toMatchObject({ publisher: 'Reuters', publishedOn: '2016-08-23' });
    for (const s of brief.stakeholders.items) {
      expect(s.current.quote, s.stakeholder.name).toBeTruthy();
      expect(s.current.sourceId).toBe(source?.id);
    }
    for (const e of brief.timeline.items) expect(e.sourceId).toBe(source?.id);
    // "which he hinted at earlier this month": August 2016, day unknown
    expect(brief.timeline.items[0]).toMatchObject({ date: '2016-08', datePrecision: 'month' });
    expect(brief.timeline.items.some((e) => e.date === '2016-08-23' && /Paris/.test(e.title))).toBe(
      true,
    );
    d.close();
  });

  it('links the initiative to the e-privacy review (with its stage) and to the database linkage', () => {
    const d = openDatabase(':memory:');
    seedDemo(d.db);
    const brief = getBrief(d.db, initiativeSlug, '2026-11-27');
    expect(brief.reviews).toMatchObject([
      {
        relation: 'depends_on',
        measure: { slug: eprivacySlug, kind: 'review', stage: 'consultation' },
        lastEvent: { date: '2016-08-23' },
      },
    ]);
    expect(brief.related.map((r) => r.measure.slug)).toContain(databasesSlug);
    const linkage = getBrief(d.db, databasesSlug, '2026-11-27');
    expect(linkage.systems.map((s) => [s.system.acronym, s.action])).toEqual([
      ['Eurodac', 'links'],
      ['PNR', 'links'],
      ['SIS', 'links'],
      ['VIS', 'links'],
    ]);
    const holds = linkage.systems.map((s) => s.system.holds).join(' | ');
    for (const data of ['visas', 'Schengen', 'refugees', 'airline passengers'])
      expect(holds).toContain(data);
    d.close();
  });

  it('holds every stakeholder listed in the demo data and finds the initiative by text', () => {
    const d = openDatabase(':memory:');
    seedDemo(d.db);
    const count = (
      d.sqlite.prepare('select count(*) as n from stakeholders').get() as { n: number }
    ).n;
    expect(count).toBe(demoStakeholders.length);
    const encrypted = listMeasures(
      d.db,
      { limit: 10, q: 'encrypted messaging terrorism' },
      '2026-11-27',
    );
    expect(encrypted.items.map((m) => m.slug)).toEqual([initiativeSlug]);
    d.close();
  });
});
