/**
 * What the server accepts in one HTTP request, shared with the clients so that their batches
 * never exceed it: the server refuses a larger batch with 400 and a longer address with 414.
 */
export const httpLimits = {
  /** Most procedures in one tRPC batch. */
  maxBatchSize: 10,
  /** Longest request target (path and query), in bytes. */
  maxUrlBytes: 8 * 1024,
  /** Largest request body, in bytes: the server refuses more with 413 before parsing it. */
  maxBodyBytes: 1024 * 1024,
} as const;
