// What a person watches: measures and stakeholders by id, policy areas and saved searches by
// their text. Refs are resolved once, when watching, so a renamed slug keeps its watch.
import type { WatchData, WatchKind } from '@dossier/domain';
import { and, asc, eq, or } from 'drizzle-orm';
import { notFound } from '../errors';
import type { Db } from '../open';
import { requireMeasure } from '../repo/measures';
import { measures, stakeholders, watches } from '../schema';
import { notBeforeLog } from './clock';

export interface WatchView {
  kind: WatchKind;
  /** The measure's or stakeholder's id, the policy area, or the search text. */
  target: string;
  createdAt: string;
  /** What to show and where to link: the title or name and slug of a record; the text itself otherwise. */
  label: string;
  slug: string | null;
}

/** The stored target of a watch: the id of the record a ref names (NOT_FOUND otherwise). */
export function resolveTarget(db: Db, { kind, target }: WatchData): string {
  if (kind === 'measure') return requireMeasure(db, target).id;
  if (kind === 'stakeholder') {
    const row = db
      .select({ id: stakeholders.id })
      .from(stakeholders)
      .where(or(eq(stakeholders.slug, target), eq(stakeholders.id, target)))
      .get();
    if (!row) throw notFound('stakeholder', target);
    return row.id;
  }
  // Policy areas are matched whatever the case, as the schedule's filter does: keep one form.
  return kind === 'policy_area' ? target.toLowerCase() : target;
}

/** Starts watching; watching what one already watches changes nothing. */
export function addWatch(db: Db, userId: number, input: WatchData, now: Date): WatchView {
  const target = resolveTarget(db, input);
  db.insert(watches)
    .values({ userId, kind: input.kind, target, createdAt: notBeforeLog(db, now) })
    .onConflictDoNothing()
    .run();
  return listWatches(db, userId).find((w) => w.kind === input.kind && w.target === target)!;
}

/** Stops watching; true when there was such a watch. */
export function removeWatch(db: Db, userId: number, input: WatchData): boolean {
  const target = resolveTarget(db, input);
  const removed = db
    .delete(watches)
    .where(
      and(eq(watches.userId, userId), eq(watches.kind, input.kind), eq(watches.target, target)),
    )
    .run();
  return removed.changes > 0;
}

/** A person's watches, records first (by title or name), then areas and searches. */
export function listWatches(db: Db, userId: number): WatchView[] {
  const rows = db
    .select({
      kind: watches.kind,
      target: watches.target,
      createdAt: watches.createdAt,
      measureTitle: measures.title,
      measureSlug: measures.slug,
      stakeholderName: stakeholders.name,
      stakeholderSlug: stakeholders.slug,
    })
    .from(watches)
    .leftJoin(measures, and(eq(watches.kind, 'measure'), eq(measures.id, watches.target)))
    .leftJoin(
      stakeholders,
      and(eq(watches.kind, 'stakeholder'), eq(stakeholders.id, watches.target)),
    )
    .where(eq(watches.userId, userId))
    .orderBy(asc(watches.createdAt), asc(watches.id))
    .all();
  const order: Record<WatchKind, number> = {
    measure: 0,
    stakeholder: 1,
    policy_area: 2,
    search: 3,
  };
  return rows
    .map((r) => ({
      kind: r.kind,
      target: r.target,
      createdAt: r.createdAt,
      label: r.measureTitle ?? r.stakeholderName ?? r.target,
      slug: r.measureSlug ?? r.stakeholderSlug ?? null,
    }))
    .sort((a, b) => order[a.kind] - order[b.kind] || a.label.localeCompare(b.label));
}
