import type { LiveBus, LiveEvent } from './bus';

/** One event for a subscriber, with the id it resumes from. */
export interface StreamItem {
  trackedId: string;
  event: LiveEvent;
}

/**
 * What one subscriber receives: first the state it may have missed (the backlog after its
 * `lastEventId`, or a resync when that is lost), the forms open now, then every new event,
 * until `signal` aborts (the client went away or the server closes).
 */
export async function* liveEvents(
  bus: LiveBus,
  lastEventId: string | null,
  signal: AbortSignal | undefined,
): AsyncGenerator<StreamItem> {
  // Listen before reading the backlog, so nothing published in between is lost.
  const queue: LiveEvent[] = [];
  let wake: (() => void) | null = null;
  const unsubscribe = bus.subscribe((event) => {
    queue.push(event);
    wake?.();
  });
  const stopped = new Promise<void>((resolve) => {
    if (!signal) return;
    if (signal.aborted) resolve();
    else signal.addEventListener('abort', () => resolve(), { once: true });
  });
  try {
    // The id of the newest event this subscriber has had (or the state it was told of).
    let cursor = 0;
    const current = (event: LiveEvent) => ({ trackedId: bus.trackedId(event), event });
    const missed = lastEventId ? bus.since(lastEventId) : [];
    const head = bus.headId();
    if (missed === null) {
      yield {
        trackedId: `${bus.epoch}-${head}`,
        event: { kind: 'resync', id: head, at: bus.now() },
      };
      cursor = head;
    } else
      for (const event of missed) {
        yield current(event);
        cursor = event.id;
      }
    for (const presence of bus.presenceNow())
      yield { trackedId: `${bus.epoch}-${Math.max(cursor, head)}`, event: presence };
    cursor = Math.max(cursor, head);

    while (!signal?.aborted) {
      const event = queue.shift();
      if (event) {
        if (event.id > cursor) {
          cursor = event.id;
          yield current(event);
        }
        continue;
      }
      await Promise.race([new Promise<void>((resolve) => (wake = resolve)), stopped]);
      wake = null;
    }
  } finally {
    unsubscribe();
  }
}
