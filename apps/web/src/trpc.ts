import type { AppRouter, RouterOutputs } from '@dossier/client';
import { httpLimits } from '@dossier/domain';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { httpBatchLink } from '@trpc/client';
import { createTRPCReact } from '@trpc/react-query';
import { createElement, type ReactNode, useState } from 'react';
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

/**
 * Holds the one QueryClient and tRPC client of the app, created on first render only. `fetch`
 * replaces the browser's: the page tests hand each request to the real API in-process.
 */
export function TrpcProvider({
  children,
  fetch,
}: {
  children: ReactNode;
  fetch?: typeof globalThis.fetch;
}) {
  const [queryClient] = useState(createQueryClient);
  const [trpcClient] = useState(() =>
    trpc.createClient({
      links: [
        // Batches stay within what the server takes in one request (it refuses more).
        httpBatchLink({
          // Beside the dashboard: under its base path when it is served under one.
          url: `${basePath(import.meta.env.BASE_URL)}/trpc`,
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
        }),
      ],
    }),
  );
  return createElement(trpc.Provider, {
    client: trpcClient,
    queryClient,
    children: createElement(QueryClientProvider, { client: queryClient, children }),
  });
}
