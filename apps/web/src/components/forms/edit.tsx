// The parts every editing form shares: sending only the fields the person changed, showing
// either the conflict (with re-apply and discard) or the server's other refusal, the title of a
// cited source, and a form that holds its given values once it is on screen.
import { useEffect, useRef } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';
import { trpc } from '../../trpc';
import { type ConflictField, ConflictNotice } from './ConflictNotice';
import { changedOnly, type Stored } from './conflict';
import { SaveError } from './FormParts';
import { isConflict, type MutationError } from './serverError';

/**
 * The submit handler of an edit: the fields the person changed (and, when one of `together`
 * changed, all of them: the API checks them as a pair) go to `save`; nothing changed closes.
 */
export function useChangedSubmit<TIn extends FieldValues, TOut extends FieldValues, V>(
  form: UseFormReturn<TIn, unknown, TOut>,
  save: { submit: (changes: Record<string, unknown>, mine: V) => Promise<unknown> },
  onDone: () => void,
  together: readonly string[] = [],
) {
  // Read while rendering, so that the form keeps track of which fields changed.
  const dirty = form.formState.dirtyFields as Record<string, unknown>;
  return form.handleSubmit((values) => {
    const { id: _id, version: _version, ...rest } = values;
    const pair = together.some((key) => dirty[key])
      ? Object.fromEntries(together.map((key) => [key, true]))
      : {};
    const changes = changedOnly(rest, { ...dirty, ...pair });
    if (Object.keys(changes).length === 0) return onDone();
    return save.submit(changes, form.getValues() as unknown as V);
  });
}

/** A save that may be refused for a newer version: what `useConflictSave` gives. */
interface ConflictOutcome<V> {
  conflict: { now: Stored<V>; mine: V } | null;
  reapply: () => unknown;
  discard: (reset: (now: Stored<V>) => void) => void;
}

/**
 * Under an edit's fields: after a conflict, what changed and the choice (re-apply or discard,
 * which puts the stored values back with `onDiscard`); else the server's refusal, if any.
 */
export function EditOutcome<V>({
  save,
  error,
  fields,
  onDiscard,
  focus = false,
}: {
  save: ConflictOutcome<V>;
  error: MutationError | null | undefined;
  /** The table's rows, from the stored values and the person's (see `conflictTable`). */
  fields: (now: V, mine: V) => ConflictField[];
  onDiscard: (now: Stored<V>) => void;
  /** Put the keyboard on the choice when a conflict shows. */
  focus?: boolean;
}) {
  const notice = useRef<HTMLDivElement>(null);
  const { conflict } = save;
  useEffect(() => {
    if (focus && conflict) notice.current?.querySelector<HTMLElement>('button')?.focus();
  }, [focus, conflict]);
  if (!conflict) return <SaveError error={isConflict(error) ? null : error} />;
  const shown = (
    <ConflictNotice
      fields={fields(conflict.now.values, conflict.mine)}
      onReapply={() => void save.reapply()}
      onDiscard={() => save.discard(onDiscard)}
    />
  );
  return focus ? <div ref={notice}>{shown}</div> : shown;
}

/** The title of a cited source (its id until the list of sources is in), or '' for none. */
export function useSourceTitle() {
  const sources = trpc.sources.list.useQuery(undefined, { staleTime: 60_000 });
  return (id: string | null | undefined) =>
    id ? (sources.data?.find((x) => x.id === id)?.title ?? id) : '';
}

/**
 * Once the form is on screen (it loads after its panel opens): its fields hold the values it was
 * given (a select shows its stored choice, none counted as changed), and the focus is on `focus`,
 * or without one on the first field of the form the returned ref is put on.
 */
export function useFormReady<F extends { reset: () => void; setFocus: (name: never) => void }>(
  form: F,
  focus?: Parameters<F['setFocus']>[0],
) {
  const element = useRef<HTMLFormElement>(null);
  useEffect(() => {
    form.reset();
    if (focus !== undefined) form.setFocus(focus);
    else element.current?.querySelector<HTMLElement>('input, select, textarea')?.focus();
  }, [form, focus]);
  return element;
}

/**
 * What a form that adds to the record does once it saved: the briefs reload (and the other
 * lists named in `also`), then `after` runs (announce it, close the form).
 */
export function useReloadAfterSave(
  after: readonly (() => void)[],
  also: readonly ('stakeholders' | 'systems')[] = [],
) {
  const utils = trpc.useUtils();
  return {
    onSuccess: async () => {
      await Promise.all([
        utils.measures.invalidate(),
        ...also.map((list) => utils[list].invalidate()),
      ]);
      for (const step of after) step();
    },
  };
}
