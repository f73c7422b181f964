import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { actorFromHeaders, appRouter, createInnerContext } from '@dossier/api';
import { type DossierDatabase, isHealthy, openDatabase, seedDemo } from '@dossier/db';
import { createHTTPHandler } from '@trpc/server/adapters/standalone';
import { createStaticHandler } from './static';

export interface StartOptions {
  db: string;
  port: number;
  host?: string;
  token?: string | null;
  /** The dashboard's build folder; null serves a hint instead. */
  webDir?: string | null;
  /** Load the demo dossier into an empty database (default true). */
  seed?: boolean;
  log?: (line: string) => void;
}

export interface RunningServer {
  url: string;
  server: Server;
  database: DossierDatabase;
  close(): Promise<void>;
}

/** Opens the database (migrating it, seeding an empty one) and serves API, health and dashboard. */
export async function startServer(options: StartOptions): Promise<RunningServer> {
  const log = options.log ?? ((line: string) => console.log(line));
  const database = openDatabase(options.db);
  if (options.seed !== false && seedDemo(database.db).seeded)
    log('Loaded the demo dossier into the empty database.');

  const auth = { token: options.token ?? null };
  const trpc = createHTTPHandler({
    router: appRouter,
    basePath: '/trpc/',
    createContext: ({ req }) =>
      createInnerContext({ database, actor: actorFromHeaders(req.headers, auth) }),
    onError: ({ error, path }) => {
      if (error.code === 'INTERNAL_SERVER_ERROR')
        log(`error in ${path ?? '?'}: ${error.cause?.stack ?? error.stack}`);
    },
  });
  const serveStatic = createStaticHandler(options.webDir ?? null);

  const server = createServer((req, res) => {
    const started = performance.now();
    res.on('finish', () => {
      const ms = (performance.now() - started).toFixed(1);
      log(
        `${new Date().toISOString()} ${req.method} ${req.url?.split('?')[0]} ${res.statusCode} ${ms}ms`,
      );
    });
    const pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (pathname.startsWith('/trpc/')) return trpc(req, res);
    if (pathname === '/healthz') {
      const ok = isHealthy(database);
      res.writeHead(ok ? 200 : 503, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ status: ok ? 'ok' : 'database unavailable' }));
      return;
    }
    serveStatic(req, res, pathname);
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host ?? '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const host =
    options.host && !['0.0.0.0', '::'].includes(options.host) ? options.host : 'localhost';
  let closing: Promise<void> | null = null;
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
    server,
    database,
    close: () => {
      closing ??= new Promise<void>((resolve) => {
        server.close(() => {
          database.close();
          resolve();
        });
        server.closeAllConnections();
      });
      return closing;
    },
  };
}
