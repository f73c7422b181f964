import type { AppRouter, RouterOutputs } from '@dossier/client';
import { httpLimits } from '@dossier/domain';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { httpBatchLink, httpSubscriptionLink, splitLink } from '@trpc/client';
import { createTRPCReact } from '@trpc/react-query';
import { createContext, createElement, type ReactNode, useContext, useState } from 'react';
import { basePath } from './router';

export const trpc = createTRPCReact<AppRouter>();

export type MeasureCard = RouterOutputs['measures']['list']['items'][number];
export type Brief = RouterOutputs['measures']['get'];
export type BriefSource = Brief['sources']['items'][number];
export type StakeholderEntry = Brief['stakeholders']['items'][number];
export type TimelineEvent = Brief['timeline']['items'][number];

/** Whether the server answered at all: only an answer carries an HTTP status. */
export const isAnswered = (error: unknown): boolean =>
  typeof (error as { data?: { httpStatus?: unknown } } | null)?.data?.httpStatus === 'number';

function createQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        // A 4xx (NOT_FOUND, bad input) will not change on a second try; a dropped connection may.
        retry: (failures, error) => {
          const status = (error as { data?: { httpStatus?: unknown } }).data?.httpStatus;
          if (typeof status === 'number' && status < 500) return false;
          return failures < 1;
        },
      },
    },
  });
}

/** An EventSource for subscriptions: the browser's, or a test's (over its in-process fetch). */
type EventSourceClass = new (
  url: string,
  init?: { withCredentials?: boolean; fetch?: typeof globalThis.fetch },
) => {
  readonly CLOSED: number;
  readonly CONNECTING: number;
  readonly OPEN: number;
  readyState: number;
  addEventListener(type: string, listener: (event: Event) => void): void;
  removeEventListener(type: string, listener: (event: Event) => void): void;
  close(): void;
};

const LiveTransport = createContext(false);
/** Whether live updates can run here (a browser has EventSource; happy-dom has none). */
export const useLiveTransport = () => useContext(LiveTransport);

/**
 * Holds the one QueryClient and tRPC client of the app, created on first render only. `fetch`
 * replaces the browser's: the page tests hand each request to the real API in-process, and
 * give an `EventSource` reading from it when they test live updates.
 */
export function TrpcProvider({
  children,
  fetch,
  EventSource = globalThis.EventSource,
}: {
  children: ReactNode;
  fetch?: typeof globalThis.fetch;
  EventSource?: EventSourceClass | undefined;
}) {
  const [queryClient] = useState(createQueryClient);
  const url = `${basePath(import.meta.env.BASE_URL)}/trpc`;
  const [trpcClient] = useState(() =>
    trpc.createClient({
      links: [
        splitLink({
          condition: (op) => op.type === 'subscription',
          // live.changes as server-sent events: same origin, so the session cookie goes along;
          // the link reconnects by itself and resumes after the last event it had.
          true: httpSubscriptionLink({
            url,
            ...(EventSource ? { EventSource } : {}),
            eventSourceOptions: fetch ? { fetch } : {},
          }),
          false: batchLink(url, fetch),
        }),
      ],
    }),
  );
  return createElement(trpc.Provider, {
    client: trpcClient,
    queryClient,
    children: createElement(QueryClientProvider, {
      client: queryClient,
      children: createElement(LiveTransport.Provider, { value: Boolean(EventSource), children }),
    }),
  });
}

/** Batches stay within what the server takes in one request (it refuses more). */
function batchLink(url: string, fetch: typeof globalThis.fetch | undefined) {
  return httpBatchLink({
    // Beside the dashboard: under its base path when it is served under one.
    url,
    maxItems: httpLimits.maxBatchSize,
    maxURLLength: httpLimits.maxUrlBytes - 512,
    // The dashboard sends no token, save for a call given one in its context (an import
    // from the import page, where a person typed the server's token for that import).
    headers: ({ opList }) => {
      const token = opList
        .map((op) => op.context.token)
        .find((t): t is string => typeof t === 'string' && t !== '');
      return token ? { authorization: `Bearer ${token}` } : {};
    },
    fetch,
  });
}
