import type { IncomingMessage } from 'node:http';

/**
 * The address a request came from, for counting failed sign-ins. Behind a reverse proxy every
 * request comes from the proxy, so with `trustProxy` the address the proxy appended last to
 * X-Forwarded-For is taken (earlier entries are whatever the client chose to send). Without a
 * proxy the header is ignored: anyone could write it.
 */
export function clientAddress(
  req: Pick<IncomingMessage, 'headers' | 'socket'>,
  trustProxy: boolean,
): string {
  const socket = req.socket.remoteAddress ?? 'unknown';
  if (!trustProxy) return socket;
  const header = req.headers['x-forwarded-for'];
  const list = (Array.isArray(header) ? header.join(',') : (header ?? '')).split(',');
  const last = list.at(-1)?.trim();
  return last && last.length <= 64 ? last : socket;
}
