import { httpLimits } from '@dossier/domain';

/**
 * What one request may cost. A tracker serves a team, not the internet at large, so these are
 * generous for people and the dashboard and small for anything hostile. The README's
 * "Limits" table lists them; change both together.
 */
export const limits = {
  /** Longest request target (path and query); the clients split batches to stay below it. */
  maxUrlBytes: httpLimits.maxUrlBytes,
  /** Largest request body; the largest real write (a measure with its summary) is under 64 KB. */
  maxBodyBytes: httpLimits.maxBodyBytes,
  /** Most procedures in one tRPC batch; the clients split larger batches themselves. */
  maxBatchSize: httpLimits.maxBatchSize,
  /** Time to receive all headers, then the whole request: a slow client is cut off. */
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 30_000,
  /** An idle keep-alive connection is closed after this. */
  keepAliveTimeoutMs: 5_000,
  /** Open connections at once; more are refused by the socket, not queued. */
  maxConnections: 512,
  /** Largest header block. */
  maxHeaderBytes: 16 * 1024,
  /** How long a client should wait before retrying a write refused because the database is busy. */
  retryAfterSeconds: 2,
} as const;
