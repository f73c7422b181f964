import type { IncomingMessage, ServerResponse } from 'node:http';
import pino, { type Logger } from 'pino';

export type { Logger };

/**
 * One JSON line per event on standard output (pino), or into `sink` line by line, as tests
 * and embedding scripts want.
 */
export function createLogger(sink?: (line: string) => void): Logger {
  const options = { base: null, timestamp: pino.stdTimeFunctions.isoTime };
  if (!sink) return pino(options);
  return pino(options, { write: (chunk: string) => sink(chunk.trimEnd()) });
}

/** What the request log needs to know about one request beyond what the response says. */
export interface RequestState {
  id: string;
  actor: string | null;
  /** Why the request was refused (4xx) or failed (5xx), in the words sent to the client. */
  reason: string | null;
  /** The stack of an unexpected failure, logged with the request's id and never sent. */
  stack: string | null;
}

const states = new WeakMap<IncomingMessage, RequestState>();

export const requestState = (req: IncomingMessage) => states.get(req);

/**
 * Gives the request an id (sent back as X-Request-Id) and writes one line when it ends: id,
 * method, path, status, duration, bytes, actor, client address, and the reason of a refusal.
 */
export function trackRequest(
  logger: Logger,
  req: IncomingMessage,
  res: ServerResponse,
  id: string,
): RequestState {
  const state: RequestState = { id, actor: null, reason: null, stack: null };
  states.set(req, state);
  res.setHeader('x-request-id', id);
  const started = performance.now();
  let bytes = 0;
  const write = res.write.bind(res) as (...args: unknown[]) => boolean;
  const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
  const count = (chunk: unknown) => {
    if (typeof chunk === 'string') bytes += Buffer.byteLength(chunk);
    else if (chunk instanceof Uint8Array) bytes += chunk.byteLength;
  };
  res.write = ((chunk: unknown, ...rest: unknown[]) => {
    count(chunk);
    return write(chunk, ...rest);
  }) as ServerResponse['write'];
  res.end = ((chunk?: unknown, ...rest: unknown[]) => {
    if (typeof chunk !== 'function') count(chunk);
    return end(chunk, ...rest);
  }) as ServerResponse['end'];

  let logged = false;
  const done = (aborted: boolean) => {
    if (logged) return;
    logged = true;
    const status = aborted && !res.writableFinished ? 499 : res.statusCode;
    const line = {
      req: id,
      method: req.method,
      path: (req.url ?? '').split('?')[0]?.slice(0, 200),
      status,
      ms: Math.round((performance.now() - started) * 10) / 10,
      bytes,
      actor: state.actor,
      ip: req.socket.remoteAddress ?? null,
      ...(state.reason && status >= 400 ? { reason: state.reason } : {}),
      ...(state.stack ? { stack: state.stack } : {}),
    };
    if (status >= 500) logger.error(line, 'request failed');
    else if (status >= 400) logger.warn(line, 'request refused');
    else logger.info(line, 'request');
  };
  res.once('finish', () => done(false));
  res.once('close', () => done(true));
  return state;
}
