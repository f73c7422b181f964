// What a note or a meeting is about, found by the ref a person gave: a measure by slug, id or
// identifier, a stakeholder by slug or id.
import type { NoteSubject } from '@dossier/domain';
import { eq, or } from 'drizzle-orm';
import { notFound } from '../errors';
import type { Db } from '../open';
import { requireMeasure } from '../repo/measures';
import { stakeholders } from '../schema';
import type { Tx } from '../write';

export interface Subject {
  kind: NoteSubject;
  id: string;
  slug: string;
  /** The measure's title or the stakeholder's name. */
  label: string;
}

export function requireStakeholder(db: Db | Tx, ref: string) {
  const row = db
    .select({ id: stakeholders.id, slug: stakeholders.slug, name: stakeholders.name })
    .from(stakeholders)
    .where(or(eq(stakeholders.slug, ref), eq(stakeholders.id, ref)))
    .get();
  if (!row) throw notFound('stakeholder', ref);
  return row;
}

/** The measure or stakeholder `ref` names; NOT_FOUND, naming the ref, when none does. */
export function requireSubject(db: Db | Tx, kind: NoteSubject, ref: string): Subject {
  if (kind === 'measure') {
    const m = requireMeasure(db, ref);
    return { kind, id: m.id, slug: m.slug, label: m.title };
  }
  const s = requireStakeholder(db, ref);
  return { kind, id: s.id, slug: s.slug, label: s.name };
}
