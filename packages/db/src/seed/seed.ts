import { precisionOf } from '@dossier/domain';
import { sql } from 'drizzle-orm';
import type { Db } from '../open';
import {
  events,
  informationSystems,
  measureLinks,
  measureSystems,
  measures,
  positions,
  sources,
  stakeholders,
} from '../schema';
import { insertRow, type Tx, writeTransaction } from '../write';
import {
  article,
  demoEvents,
  demoLinks,
  demoMeasures,
  demoPositions,
  demoStakeholders,
  demoSystemLinks,
  demoSystems,
} from './demo-data';

const actor = 'demo-seed';

/** True when the database holds no dossier data at all. */
export function isEmpty(db: Db | Tx): boolean {
  const row = db.get<{ n: number }>(
    sql`select (select count(*) from measures) + (select count(*) from stakeholders) + (select count(*) from sources) as n`,
  );
  return row.n === 0;
}

/**
 * Loads the demo dossier into an empty database, in one transaction. Refuses (and changes
 * nothing) when the database already holds data, so running it twice is harmless.
 */
export function seedDemo(db: Db): { seeded: boolean } {
  return writeTransaction(db, (tx) => {
    if (!isEmpty(tx)) return { seeded: false };
    const source = insertRow(tx, sources, article, actor);
    const sourceId = source.id;

    const measureId = new Map<string, string>();
    for (const m of demoMeasures) {
      measureId.set(m.slug, insertRow(tx, measures, { ...m, sourceId }, actor).id);
    }
    const stakeholderId = new Map<string, string>();
    for (const s of demoStakeholders) {
      const { affiliation, ...values } = s;
      const affiliationId = affiliation ? stakeholderId.get(affiliation) : null;
      if (affiliationId === undefined)
        throw new Error(`demo data: ${s.slug} is listed before ${affiliation}`);
      stakeholderId.set(
        s.slug,
        insertRow(tx, stakeholders, { ...values, affiliationId, sourceId }, actor).id,
      );
    }
    const ref = (map: Map<string, string>, slug: string) => {
      const id = map.get(slug);
      if (!id) throw new Error(`demo data: unknown slug ${slug}`);
      return id;
    };
    for (const p of demoPositions) {
      insertRow(
        tx,
        positions,
        {
          measureId: ref(measureId, p.measure),
          stakeholderId: ref(stakeholderId, p.stakeholder),
          stance: p.stance,
          role: p.role,
          statedOn: p.statedOn,
          statedOnPrecision: precisionOf(p.statedOn)!,
          quote: p.quote,
          sourceId,
        },
        actor,
      );
    }
    for (const e of demoEvents) {
      const { measure, ...values } = e;
      insertRow(
        tx,
        events,
        {
          ...values,
          measureId: ref(measureId, measure),
          datePrecision: precisionOf(e.date)!,
          sourceId,
        },
        actor,
      );
    }
    for (const l of demoLinks) {
      insertRow(
        tx,
        measureLinks,
        {
          fromMeasureId: ref(measureId, l.from),
          toMeasureId: ref(measureId, l.to),
          relation: l.relation,
          note: l.note,
          sourceId,
        },
        actor,
      );
    }
    const systemId = new Map<string, string>();
    for (const s of demoSystems) {
      systemId.set(
        s.slug,
        insertRow(tx, informationSystems, { ...s, description: null }, actor).id,
      );
    }
    for (const l of demoSystemLinks) {
      insertRow(
        tx,
        measureSystems,
        {
          measureId: ref(measureId, l.measure),
          systemId: ref(systemId, l.system),
          action: l.action,
          sourceId,
        },
        actor,
      );
    }
    return { seeded: true };
  });
}
