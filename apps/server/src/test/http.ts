// Raw HTTP for tests: fetch() cleans up what it sends, and hostile requests must reach the
// server exactly as written.
import { request } from 'node:http';
import { connect } from 'node:net';

export interface RawAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** Sends a request through node:http, which passes the path and headers on as given. */
export function send(
  base: string,
  options: {
    method?: string;
    path: string;
    headers?: Record<string, string>;
    body?: string | Buffer;
  },
): Promise<RawAnswer> {
  const url = new URL(base);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: url.hostname,
        port: url.port,
        method: options.method ?? 'GET',
        path: options.path,
        headers: options.headers,
        agent: false,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    if (options.body !== undefined) req.write(options.body);
    req.end();
  });
}

/**
 * Writes bytes straight to the socket and reads the status line of the answer; 0 when the
 * server closed the connection without answering.
 */
export function sendRaw(base: string, bytes: string | Buffer): Promise<RawAnswer> {
  const url = new URL(base);
  return new Promise((resolve) => {
    const socket = connect(Number(url.port), url.hostname);
    const chunks: Buffer[] = [];
    socket.on('data', (c: Buffer) => chunks.push(c));
    socket.on('error', () => {});
    socket.on('close', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(text)?.[1] ?? 0);
      const body = text.split('\r\n\r\n').slice(1).join('\r\n\r\n');
      resolve({ status, headers: {}, body });
    });
    socket.setTimeout(5_000, () => socket.destroy());
    socket.end(bytes);
  });
}

/** A tRPC query input as it goes into the address. */
export const input = (value: unknown) => encodeURIComponent(JSON.stringify(value));

/** The server's own token (DOSSIER_ADMIN_TOKEN) in tests: an admin credential, 16 characters or more. */
export const testToken = 'test-server-token-0123456789';

/** The Authorization header that carries a token. */
export const bearer = (token: string = testToken) => ({ authorization: `Bearer ${token}` });
