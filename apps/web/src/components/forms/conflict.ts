// Saving an edit of a versioned record: only the fields the person changed are sent, with the
// version the form read. When someone else saved meanwhile (CONFLICT, nothing written), the
// record is read again and the person sees what changed and chooses: re-apply the edit on the
// current version, or discard it. Shared by the editing forms of stakeholders, positions,
// events and links (a measure's form keeps its own save, and shares the table).
import { useState } from 'react';
import type { ConflictField } from './ConflictNotice';
import { isConflict, type MutationError } from './serverError';

/** The values of the fields the person changed (react-hook-form's dirty fields), and no other. */
export function changedOnly<T extends object>(
  values: T,
  dirty: Partial<Readonly<Record<string, unknown>>>,
): Partial<T> {
  const changed: Partial<T> = {};
  for (const key of Object.keys(values) as (keyof T & string)[])
    if (dirty[key]) changed[key] = values[key];
  return changed;
}

export interface Stored<V> {
  /** The record as form values. */
  values: V;
  version: number;
}

interface Conflict<V, C> {
  now: Stored<V>;
  /** The changes refused, as sent. */
  changes: C;
  /** The form's values when they were sent, for the table. */
  mine: V;
}

/**
 * `send` writes the changes on top of a version; `reload` reads the record as stored now.
 * `submit` saves; after a conflict, `reapply` sends the same changes on the version now stored.
 */
export function useConflictSave<V, C extends object>({
  version,
  send,
  reload,
  onSaved,
}: {
  version: number;
  send: (changes: C, version: number) => Promise<unknown>;
  reload: () => Promise<Stored<V>>;
  onSaved: () => void;
}) {
  const [conflict, setConflict] = useState<Conflict<V, C> | null>(null);
  const [pending, setPending] = useState(false);
  // The version the person last saw: the form's, or the one a conflict showed them.
  const [seen, setSeen] = useState(version);
  const attempt = async (changes: C, mine: V, on: number) => {
    setPending(true);
    try {
      await send(changes, on);
      setConflict(null);
      onSaved();
    } catch (error) {
      // Any other refusal is shown by the form from its mutation's error.
      if (isConflict(error as MutationError)) {
        const now = await reload();
        setSeen(now.version);
        setConflict({ now, changes, mine });
      }
    } finally {
      setPending(false);
    }
  };
  return {
    conflict,
    pending,
    /** Saves the person's changes, on the version they last saw. */
    submit: (changes: C, mine: V) => attempt(changes, mine, seen),
    reapply: () =>
      conflict ? attempt(conflict.changes, conflict.mine, conflict.now.version) : null,
    /** Drops the edit; `reset` puts the stored values back in the form. */
    discard: (reset: (now: Stored<V>) => void) => {
      if (conflict) reset(conflict.now);
      setConflict(null);
    },
  };
}

/** A row of the conflict table: a field, and how its value is worded (else as it is). */
export interface ConflictColumn<V> {
  key: keyof V & string;
  label: string;
  show?: (values: V) => string;
}

/**
 * The rows of the conflict table: the values the form was opened with (`base`), the stored ones
 * (`now`) and the person's (`mine`), each field worded by its `show`.
 */
export const conflictTable =
  <V>(fields: readonly ConflictColumn<V>[], base: V) =>
  (now: V, mine: V): ConflictField[] =>
    fields.map(({ key, label, show = (v) => String(v[key] ?? '') }) => ({
      key,
      label,
      base: show(base),
      now: show(now),
      mine: show(mine),
    }));
