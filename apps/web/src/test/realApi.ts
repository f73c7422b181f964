// The page tests talk to the real API: Dossier's tRPC router over a private in-memory SQLite
// database, reached through the dashboard's own tRPC client and fetch. Only the network is
// left out: each request the page sends goes to tRPC's fetch adapter in this process, so the
// batching, the wire format, the input schemas, the SQL, who may write and the errors are the
// real ones.
import { actorFromHeaders, appRouter, createCaller, createInnerContext } from '@dossier/api';
import { openDatabase } from '@dossier/db';
import { seedDemo } from '@dossier/db/seed';
import { httpLimits } from '@dossier/domain';
import { fetchRequestHandler } from '@trpc/server/adapters/fetch';
import { onTestFinished } from 'vitest';

/** One procedure the page called, with the input as it came over the wire. */
export interface ApiCall {
  path: string;
  input: unknown;
}

export interface RealApi {
  /** Creates records as an editor would, through the same procedures and checks. */
  editor: ReturnType<typeof createCaller>;
  /** Reads as the page does, for what a test expects to see. */
  reader: ReturnType<typeof createCaller>;
  /** For the page's tRPC client. */
  fetch: typeof globalThis.fetch;
  /** Every procedure call the page made, in order. */
  calls: ApiCall[];
  /** The inputs of one procedure's calls, in order. */
  inputsOf: (path: string) => unknown[];
  /** How many HTTP requests reached the API or failed on the way. */
  requests: () => number;
  /**
   * While false, every request fails before it reaches the API, as when the connection drops
   * (the browser's fetch rejects with a TypeError): the one deliberately failing part.
   */
  setReachable: (reachable: boolean) => void;
}

/**
 * A fresh API over an empty database (or the demo dossier), closed when the test ends. Its
 * clock is fixed, so what counts as upcoming in a test's data does not change with the years.
 * Who may write is decided from each request's headers as the server decides it: with no
 * `token` (the server's default) anyone may; with one, only a request that sends it.
 */
export function realApi({
  demo = false,
  today = '2024-06-01',
  token = null,
}: {
  demo?: boolean;
  today?: string;
  token?: string | null;
} = {}): RealApi {
  const database = openDatabase(':memory:');
  onTestFinished(() => database.close());
  if (demo) seedDemo(database.db);
  const now = () => new Date(`${today}T12:00:00Z`);
  const context = (actor: string | null) => createInnerContext({ database, actor, now });

  const calls: ApiCall[] = [];
  let requests = 0;
  let reachable = true;

  const fetch = async (url: string | URL | Request, init?: RequestInit) => {
    requests++;
    if (!reachable) throw new TypeError('Failed to fetch');
    // The client asks for '/trpc/…' relative to the page, as a browser resolves it.
    const req = new Request(new URL(String(url), window.location.origin), init);
    return fetchRequestHandler({
      endpoint: '/trpc',
      req,
      router: appRouter,
      maxBatchSize: httpLimits.maxBatchSize,
      createContext: async ({ info }) => {
        for (const call of info.calls)
          calls.push({ path: call.path, input: await call.getRawInput() });
        const header = (name: string) => req.headers.get(name) ?? undefined;
        const actor = actorFromHeaders(
          { authorization: header('authorization'), 'x-dossier-actor': header('x-dossier-actor') },
          { token },
        );
        return context(actor);
      },
    });
  };

  return {
    editor: createCaller(context('page-test')),
    reader: createCaller(context(null)),
    fetch,
    calls,
    inputsOf: (path) => calls.filter((c) => c.path === path).map((c) => c.input),
    requests: () => requests,
    setReachable: (value) => {
      reachable = value;
    },
  };
}
