import type { AppRouter } from '@dossier/api';
import { httpLimits } from '@dossier/domain';
import {
  createTRPCClient,
  httpBatchLink,
  httpSubscriptionLink,
  isTRPCClientError,
  splitLink,
} from '@trpc/client';
import { FetchEventSource } from './event-source';

export type { AppRouter, RouterInputs, RouterOutputs } from '@dossier/api';
export { FetchEventSource, type FetchEventSourceInit } from './event-source';

export interface DossierClientOptions {
  /** Where the Dossier server listens, e.g. `http://localhost:3000` (without `/trpc`). */
  url: string;
  /**
   * An API token (`pnpm dossier token create`) or the server's DOSSIER_ADMIN_TOKEN. The audit log
   * names its creator: who acts is proved by the token, never claimed.
   */
  token?: string | null;
  fetch?: typeof globalThis.fetch;
}

export type DossierClient = ReturnType<typeof createDossierClient>;

/** A fetch that failed before any answer came back: the server is down or the address is wrong. */
export class ServerUnreachableError extends Error {
  constructor(
    readonly url: string,
    cause: unknown,
  ) {
    super(`Cannot reach the Dossier server at ${url}`, { cause });
    this.name = 'ServerUnreachableError';
  }
}

/** The typed tRPC client of a Dossier server: `client.measures.get.query({ ref })`. */
export function createDossierClient(options: DossierClientOptions) {
  const url = options.url.replace(/\/+$/, '');
  const baseFetch = options.fetch ?? globalThis.fetch;
  const headers: Record<string, string> = {};
  if (options.token) headers.authorization = `Bearer ${options.token}`;

  // Tag network failures with the server's address, so the message can say where we looked.
  const fetch: typeof globalThis.fetch = (input, init) =>
    baseFetch(input, init).catch((error: unknown) => {
      if ((error as { name?: unknown } | null)?.name === 'AbortError') throw error;
      throw new ServerUnreachableError(url, error);
    });

  return createTRPCClient<AppRouter>({
    links: [
      splitLink({
        condition: (op) => op.type === 'subscription',
        // Subscriptions (`live.changes`) as server-sent events, over fetch so the token goes
        // along; it reconnects by itself, resuming after the last event it had.
        true: httpSubscriptionLink({
          url: `${url}/trpc`,
          EventSource: FetchEventSource,
          eventSourceOptions: { headers, fetch },
        }),
        false: httpBatchLink({
          url: `${url}/trpc`,
          headers,
          // Stay within what the server takes in one request (it refuses more with 400 or 414).
          maxItems: httpLimits.maxBatchSize,
          maxURLLength: httpLimits.maxUrlBytes - 512,
          fetch,
        }),
      }),
    ],
  });
}

/** The tRPC error code the server sent ('NOT_FOUND', 'CONFLICT', ...), or null. */
export function errorCode(error: unknown): string | null {
  return isTRPCClientError(error) ? (error.data?.code ?? null) : null;
}

export const isNotFound = (error: unknown): boolean => errorCode(error) === 'NOT_FOUND';

/** One line a person can act on, for any error a client call may throw. */
export function describeError(error: unknown): string {
  const unreachable = findUnreachable(error);
  if (unreachable) {
    const hint = causeCodes(unreachable).includes('ENOTFOUND')
      ? 'no host has that name (check the address)'
      : 'is it running? (start it with `pnpm start`)';
    return `${unreachable.message}: ${hint}`;
  }
  if (isTRPCClientError(error)) {
    if (error.data) return oneLine(error.message);
    // Without `data` the answer was not a tRPC error, so something else holds that address.
    const status = (error.meta?.response as { status?: unknown } | undefined)?.status;
    const http = typeof status === 'number' ? ` (HTTP ${status})` : '';
    return `The server did not answer as a Dossier server${http}: ${oneLine(error.message)}`;
  }
  return oneLine(error instanceof Error ? error.message : String(error));
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

function findUnreachable(error: unknown): ServerUnreachableError | null {
  for (let e: unknown = error, depth = 0; e && depth < 10; depth++) {
    if (e instanceof ServerUnreachableError) return e;
    e = (e as { cause?: unknown }).cause;
  }
  return null;
}

/** The system error codes (ECONNREFUSED, ...) anywhere in the cause chain, AggregateErrors included. */
function causeCodes(error: unknown, depth = 0): string[] {
  if (!error || typeof error !== 'object' || depth > 10) return [];
  const { code, cause, errors } = error as { code?: unknown; cause?: unknown; errors?: unknown };
  return [
    ...(typeof code === 'string' ? [code] : []),
    ...causeCodes(cause, depth + 1),
    ...(Array.isArray(errors) ? errors.flatMap((e) => causeCodes(e, depth + 1)) : []),
  ];
}
