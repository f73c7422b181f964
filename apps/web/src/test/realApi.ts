// The page tests talk to the real API: Dossier's tRPC router over a private in-memory SQLite
// database, reached through the dashboard's own tRPC client and fetch. Only the network is
// left out: each request the page sends goes to tRPC's fetch adapter in this process, so the
// batching, the wire format, the input schemas, the SQL, who may write and the errors are the
// real ones.
import {
  appRouter,
  createAttemptLimiter,
  createCaller,
  createInnerContext,
  createRequestContext,
} from '@dossier/api';
import { addUser, openDatabase, redeemSignInLink, startSession } from '@dossier/db';
import { seedDemo } from '@dossier/db/seed';
import { httpLimits, type Role } from '@dossier/domain';
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
  /** The page's session cookie, as the browser would keep it (null: signed out). */
  cookie: () => string | null;
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
 * Who the page is comes from its requests as the server decides it: the session cookie the
 * page holds (signed in as `role`, "page-<role>", unless `role` is null) or a bearer token
 * (`token` is the server's own). The cookie is kept as a browser keeps it: sign-in and
 * sign-out change it.
 */
export function realApi({
  demo = false,
  today = '2024-06-01',
  token = null,
  role = 'editor',
  publicReads = false,
}: {
  demo?: boolean;
  today?: string;
  token?: string | null;
  role?: Role | null;
  publicReads?: boolean;
} = {}): RealApi {
  const database = openDatabase(':memory:');
  onTestFinished(() => database.close());
  if (demo) seedDemo(database.db);
  const now = () => new Date(`${today}T12:00:00Z`);
  const context = (actor: string | null) => createInnerContext({ database, actor, now });
  const settings = {
    database,
    serverToken: token,
    publicReads,
    attempts: createAttemptLimiter(),
    secureCookies: false,
    now,
  };
  let cookie: string | null = null;
  if (role) {
    const { link } = addUser(database.db, { name: `page-${role}`, role }, 'realApi', now());
    const owner = redeemSignInLink(database.db, link.token, now());
    if (owner) cookie = startSession(database.db, owner.userId, null, now()).id;
  }

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
        return createRequestContext(settings, {
          headers: {
            authorization: req.headers.get('authorization') ?? undefined,
            cookie: cookie ? `dossier_session=${cookie}` : undefined,
          },
          address: '127.0.0.1',
          requestId: null,
          setCookie: (header) => {
            cookie = /^dossier_session=([^;]*)/.exec(header)?.[1] || null;
          },
        });
      },
    });
  };

  return {
    editor: createCaller(context('page-test')),
    reader: createCaller(context(null)),
    fetch,
    calls,
    inputsOf: (path) => calls.filter((c) => c.path === path).map((c) => c.input),
    cookie: () => cookie,
    requests: () => requests,
    setReachable: (value) => {
      reachable = value;
    },
  };
}
