// Keeps an open dashboard current: one subscription to `live.changes` (server-sent events),
// refetching what is on screen when a teammate saves, and telling who is editing a measure.
// Mounted once in the App; shows nothing while all is well.
import type { Query, QueryClient } from '@tanstack/react-query';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useSession, useSessionLoad } from '../../auth/session';
import { useTranslations } from '../../i18n';
import { trpc, useLiveTransport } from '../../trpc';
import { presence } from './presence';
import { liveStrings } from './strings';
import './live.css';

/** Areas whose queries a change can make stale: everything but who is signed in and the admin's. */
const untouched = new Set(['auth', 'users', 'tokens', 'live']);

/** Whether a query may show something a saved change altered (tRPC keys start [path, ...]). */
export function touchedByChanges(query: Pick<Query, 'queryKey'>): boolean {
  const path = query.queryKey[0];
  return !Array.isArray(path) || !untouched.has(String(path[0]));
}

/**
 * Marks every query a change may touch as stale. React Query refetches at once only those on
 * screen; the rest when next shown. A burst of events (an import) makes one refetch.
 */
export function createInvalidator(queryClient: QueryClient, delayMs = 100) {
  let timer: ReturnType<typeof setTimeout> | null = null;
  return {
    schedule() {
      if (timer) return;
      timer = setTimeout(() => {
        timer = null;
        void queryClient.invalidateQueries({ predicate: touchedByChanges });
      }, delayMs);
    },
    cancel() {
      if (timer) clearTimeout(timer);
      timer = null;
    },
  };
}

/** After a failure the link does not retry by itself (a refusal), try again after this. */
const retryAfterMs = 10_000;
/** A stream down for less than this is not worth a word on screen. */
const quietMs = 1_500;

/** One subscription; `fresh` is false when it replaces one that failed (events were lost). */
function Stream({ fresh, onFailed }: { fresh: boolean; onFailed: () => void }) {
  const p = useTranslations(liveStrings);
  const queryClient = useQueryClient();
  const [invalidator] = useState(() => createInvalidator(queryClient));
  const wasLive = useRef(false);
  const subscription = trpc.live.changes.useSubscription(undefined, {
    onData: ({ data: event }) => {
      if (event.kind === 'presence') presence.set(event.measureId, event.editors);
      else invalidator.schedule();
    },
    onError: () => onFailed(),
  });
  const { status } = subscription;
  // The link's own reconnections resume after the last event (or send a resync); a stream
  // replacing a failed one cannot, so it refetches once it is up.
  useEffect(() => {
    if (status !== 'pending') return;
    if (!wasLive.current && !fresh) invalidator.schedule();
    wasLive.current = true;
  }, [status, fresh, invalidator]);
  const down = status === 'connecting' && wasLive.current;
  const [showDown, setShowDown] = useState(false);
  useEffect(() => {
    if (!down) {
      setShowDown(false);
      return;
    }
    presence.clear();
    const timer = setTimeout(() => setShowDown(true), quietMs);
    return () => clearTimeout(timer);
  }, [down]);
  useEffect(() => () => invalidator.cancel(), [invalidator]);
  return showDown ? <Paused text={p.paused} /> : null;
}

function Paused({ text }: { text: string }) {
  return (
    <p className="live-paused" role="status">
      {text}
    </p>
  );
}

/** The live stream for whoever may read; restarted after a failure the link gives up on. */
export function LiveUpdates() {
  const transport = useLiveTransport();
  const { user, publicReads } = useSession();
  const load = useSessionLoad();
  const p = useTranslations(liveStrings);
  const [attempt, setAttempt] = useState(0);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (!failed) return;
    presence.clear();
    const timer = setTimeout(() => {
      setFailed(false);
      setAttempt((n) => n + 1);
    }, retryAfterMs);
    return () => clearTimeout(timer);
  }, [failed]);
  const mayRead = (user !== null || publicReads) && load.status !== 'pending';
  if (!transport || !mayRead) return null;
  if (failed) return <Paused text={p.paused} />;
  // A new key after a failure: a fresh subscription.
  return (
    <Stream
      key={`${attempt}-${user?.name ?? ''}`}
      fresh={attempt === 0}
      onFailed={() => setFailed(true)}
    />
  );
}
