// Who has an edit form of which measure open, as the live stream last said: a tiny store the
// stream writes and the brief's banner reads (useSyncExternalStore, no provider needed).
import { useSyncExternalStore } from 'react';

const editorsOf = new Map<string, readonly string[]>();
const listeners = new Set<() => void>();
const none: readonly string[] = [];

const notify = () => {
  for (const listener of listeners) listener();
};

export const presence = {
  set(measureId: string, editors: readonly string[]) {
    if (editors.length) editorsOf.set(measureId, editors);
    else editorsOf.delete(measureId);
    notify();
  },
  /** The stream is down: what it said may no longer hold. */
  clear() {
    if (editorsOf.size === 0) return;
    editorsOf.clear();
    notify();
  },
};

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
};

/** The people editing `measureId` now, the reader excluded. */
export function useOthersEditing(measureId: string, me: string | null): string[] {
  const editors = useSyncExternalStore(subscribe, () => editorsOf.get(measureId) ?? none);
  return editors.filter((name) => name !== me);
}
