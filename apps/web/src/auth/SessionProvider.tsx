// Asks the server once who is signed in (`auth.me`) and tells the pages; hears every request that
// is refused for want of a session (it expired, or was ended elsewhere) and asks again, so the
// sign-in page appears instead of a page of errors.
import { type Query, useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useCallback, useEffect, useMemo } from 'react';
import { trpc } from '../trpc';
import { type Session, SessionContext, type SessionLoad, SessionLoadContext } from './session';

const isMe = (query: Pick<Query, 'queryKey'>) => {
  const path = query.queryKey[0];
  return Array.isArray(path) && path.join('.') === 'auth.me';
};

/** A refusal that means "sign in first", from any procedure but the sign-in ones themselves. */
function needsSignIn(error: unknown): boolean {
  const data = (error as { data?: { code?: unknown; path?: unknown } } | null)?.data;
  if (data?.code !== 'UNAUTHORIZED') return false;
  return !(typeof data.path === 'string' && data.path.startsWith('auth.'));
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const utils = trpc.useUtils();
  const queryClient = useQueryClient();
  // Who is signed in changes by signing in or out here (each updates it) or by the session
  // ending, which the next refused request reveals: no need to ask often.
  const me = trpc.auth.me.useQuery(undefined, { staleTime: 5 * 60_000 });

  useEffect(() => {
    const recheck = (error: unknown) => {
      if (needsSignIn(error)) void utils.auth.me.invalidate();
    };
    const queries = queryClient.getQueryCache().subscribe((event) => {
      if (event.type === 'updated' && event.action.type === 'error') recheck(event.action.error);
    });
    const mutations = queryClient.getMutationCache().subscribe((event) => {
      if (event.type === 'updated' && event.action.type === 'error') recheck(event.action.error);
    });
    return () => {
      queries();
      mutations();
    };
  }, [queryClient, utils]);

  const session = useMemo<Session>(
    () => ({ user: me.data?.user ?? null, publicReads: me.data?.publicReads ?? false }),
    [me.data],
  );
  const { refetch } = me;
  const load = useMemo<SessionLoad>(
    () => ({
      // Data on screen stays what counts if a later check fails on the way.
      status: me.data ? 'success' : me.status,
      error: me.error,
      retrying: me.isFetching,
      retry: () => void refetch(),
    }),
    [me.data, me.status, me.error, me.isFetching, refetch],
  );
  return (
    <SessionLoadContext.Provider value={load}>
      <SessionContext.Provider value={session}>{children}</SessionContext.Provider>
    </SessionLoadContext.Provider>
  );
}

/**
 * After signing in: the session is the server's answer, and everything read before (as no one,
 * or refused) is read again.
 */
export function useSignedIn() {
  const utils = trpc.useUtils();
  return useCallback(
    async (user: Session['user']) => {
      const publicReads = utils.auth.me.getData()?.publicReads ?? false;
      utils.auth.me.setData(undefined, { user, publicReads });
      await utils.invalidate();
    },
    [utils],
  );
}

/**
 * After signing out: no one is signed in, and nothing read as the person who was stays in
 * memory (the next person at this browser reads afresh).
 */
export function useSignedOut() {
  const utils = trpc.useUtils();
  const queryClient = useQueryClient();
  return useCallback(() => {
    const publicReads = utils.auth.me.getData()?.publicReads ?? false;
    utils.auth.me.setData(undefined, { user: null, publicReads });
    queryClient.removeQueries({ predicate: (query) => !isMe(query) });
    // What was sent as that person (a new password among it) is not kept either.
    queryClient.getMutationCache().clear();
    void utils.auth.me.invalidate();
  }, [utils, queryClient]);
}
