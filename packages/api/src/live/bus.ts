import { randomUUID } from 'node:crypto';
import type { DossierDatabase } from '@dossier/db';

/** A change someone saved: what an open dashboard refetches. */
export interface ChangeEvent {
  kind: 'change';
  /** Rises by one per event of this bus (of this server process). */
  id: number;
  at: string;
  actor: string;
  /** The procedure that saved it, e.g. `measures.update`. */
  path: string;
  measureIds: string[];
  stakeholderIds: string[];
}

/** Who has an edit form of a measure open now (every name, the reader's own included). */
export interface PresenceEvent {
  kind: 'presence';
  id: number;
  at: string;
  measureId: string;
  editors: string[];
}

/**
 * The client missed events (it reconnected after the backlog moved on, or to a restarted
 * server): it must refetch everything it shows.
 */
export interface ResyncEvent {
  kind: 'resync';
  id: number;
  at: string;
}

export type LiveEvent = ChangeEvent | PresenceEvent | ResyncEvent;

export interface LiveBusOptions {
  /** Events kept for a reconnecting client to catch up on. */
  backlog?: number;
  /** An edit form not renewed for this long no longer counts as open. */
  presenceTtlMs?: number;
  clock?: () => number;
}

type Listener = (event: LiveEvent) => void;

/**
 * The publish/subscribe of one server process: mutations publish what they changed, the
 * `live.changes` subscription streams it. In memory only: a second process behind the same
 * database would not see the first one's events (see docs/architecture.md, "Live updates").
 */
export function createLiveBus(options: LiveBusOptions = {}) {
  const backlogSize = options.backlog ?? 500;
  const ttl = options.presenceTtlMs ?? 60_000;
  const clock = options.clock ?? Date.now;
  // Event ids restart with the process; the epoch tells a client's old id from a new one.
  const epoch = randomUUID().slice(0, 8);
  const backlog: LiveEvent[] = [];
  const listeners = new Set<Listener>();
  /** measureId -> editor name -> when their form stops counting as open. */
  const editing = new Map<string, Map<string, number>>();
  let lastId = 0;
  let sweeper: ReturnType<typeof setInterval> | null = null;

  const emit = <E extends LiveEvent>(event: Omit<E, 'id' | 'at'>): E => {
    const full = { ...event, id: ++lastId, at: new Date(clock()).toISOString() } as E;
    backlog.push(full);
    if (backlog.length > backlogSize) backlog.shift();
    for (const listener of listeners) listener(full);
    return full;
  };

  const editorsOf = (measureId: string) => [...(editing.get(measureId)?.keys() ?? [])].sort();

  const emitPresence = (measureId: string) =>
    emit<PresenceEvent>({ kind: 'presence', measureId, editors: editorsOf(measureId) });

  /** Drops forms not renewed in time, and says so. */
  const sweep = () => {
    const now = clock();
    for (const [measureId, editors] of editing) {
      let changed = false;
      for (const [name, until] of editors)
        if (until <= now) {
          editors.delete(name);
          changed = true;
        }
      if (editors.size === 0) editing.delete(measureId);
      if (changed) emitPresence(measureId);
    }
    if (editing.size === 0 && sweeper) {
      clearInterval(sweeper);
      sweeper = null;
    }
  };

  return {
    epoch,
    /** The id a client sends back as `lastEventId`: the epoch and the event's number. */
    trackedId: (event: LiveEvent) => `${epoch}-${event.id}`,

    publishChange(change: Omit<ChangeEvent, 'kind' | 'id' | 'at'>): ChangeEvent {
      return emit<ChangeEvent>({ kind: 'change', ...change });
    },

    /** Someone opened (renewed) or closed an edit form of a measure. */
    setEditing(measureId: string, name: string, open: boolean): void {
      const editors = editing.get(measureId) ?? new Map<string, number>();
      const had = editors.has(name);
      if (open) editors.set(name, clock() + ttl);
      else editors.delete(name);
      if (editors.size) editing.set(measureId, editors);
      else editing.delete(measureId);
      if (open !== had) emitPresence(measureId);
      if (editing.size && !sweeper) {
        sweeper = setInterval(sweep, Math.min(5_000, ttl));
        // The sweep alone must not keep a process (a test, a script) alive.
        sweeper.unref?.();
      }
    },
    sweep,

    /** The forms open now, one presence event each (untracked: a state, not a history). */
    presenceNow(): PresenceEvent[] {
      const at = new Date(clock()).toISOString();
      return [...editing.keys()].map((measureId) => ({
        kind: 'presence',
        id: lastId,
        at,
        measureId,
        editors: editorsOf(measureId),
      }));
    },

    /**
     * What came after the client's `lastEventId`, or null when that cannot be told (its id is
     * from another process, or older than the backlog): then it must resync.
     */
    since(lastEventId: string): LiveEvent[] | null {
      const match = /^([0-9a-f]{8})-(\d+)$/.exec(lastEventId);
      if (!match || match[1] !== epoch) return null;
      const seen = Number(match[2]);
      if (seen > lastId) return null;
      const oldest = backlog[0]?.id ?? lastId + 1;
      if (seen < oldest - 1) return null;
      return backlog.filter((e) => e.id > seen);
    },

    subscribe(listener: Listener): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },

    /** The id of the newest event (0 before any). */
    headId: () => lastId,
    now: () => new Date(clock()).toISOString(),

    get subscribers() {
      return listeners.size;
    },

    close(): void {
      if (sweeper) clearInterval(sweeper);
      sweeper = null;
    },
  };
}

export type LiveBus = ReturnType<typeof createLiveBus>;

const perDatabase = new WeakMap<DossierDatabase, LiveBus>();

/**
 * The one bus of a database, for callers that do not bring their own: every context built
 * around the same database (a server's requests, a test's callers) shares it.
 */
export function liveBusFor(database: DossierDatabase): LiveBus {
  let bus = perDatabase.get(database);
  if (!bus) {
    bus = createLiveBus();
    perDatabase.set(database, bus);
  }
  return bus;
}
