import { precisionOf } from '@dossier/domain';
import { sql } from 'drizzle-orm';
import type { Db } from '../open';
import { insertDateClaim, insertStageClaim } from '../repo/claims';
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
import { importFollowUp } from './follow-up';

const actor = 'demo-seed';

/** True when the database holds no dossier data at all. */
function isEmpty(db: Db | Tx): boolean {
  const row = db.get<{ n: number }>(
    sql`select (select count(*) from measures) + (select count(*) from stakeholders) + (select count(*) from sources) as n`,
  );
  return row.n === 0;
}

/**
 * Loads the demo dossier into an empty database, in one transaction. Refuses (and changes
 * nothing) when the database already holds data, so running it twice is harmless. With
 * `followUp`, what became of it to this day (follow-up.json) is imported after it, as a team
 * would import it; tests that count the 2016 dossier leave it out.
 */
export function seedDemo(db: Db, options: { followUp?: boolean } = {}): { seeded: boolean } {
  const seeded = seedArticle(db);
  if (seeded.seeded && options.followUp) importFollowUp(db);
  return seeded;
}

function seedArticle(db: Db): { seeded: boolean } {
  return writeTransaction(db, (tx) => {
    if (!isEmpty(tx)) return { seeded: false };
    const source = insertRow(tx, sources, article, actor);
    const sourceId = source.id;

    const measureId = new Map<string, string>();
    for (const m of demoMeasures) {
      const id = insertRow(tx, measures, { ...m, sourceId }, actor).id;
      measureId.set(m.slug, id);
      // The stage as the report has it, on the day it was published.
      insertStageClaim(tx, id, { stage: m.stage, date: article.publishedOn, sourceId }, actor);
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
      const event = insertRow(
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
      insertDateClaim(tx, event, { date: e.date, sourceId }, actor);
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
