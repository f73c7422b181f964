import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import {
  appRouter,
  createAttemptLimiter,
  createLiveBus,
  createRequestContext,
  identify,
  readCookie,
  sessionCookie,
} from '@dossier/api';
import { type DossierDatabase, ensureFirstAdmin, openDatabase } from '@dossier/db';
import { seedDemo } from '@dossier/db/seed';
import { roleAllows } from '@dossier/domain';
import { createHTTPHandler } from '@trpc/server/adapters/standalone';
import { clientAddress } from './http/client-address';
import { answerCsv, csvPrefix } from './http/csv-download';
import { setSecurityHeaders } from './http/headers';
import { answerHealth } from './http/health';
import {
  createLogger,
  type Logger,
  type RequestState,
  requestState,
  trackRequest,
} from './http/logger';
import { createOriginPolicy } from './http/origin';
import { parseTarget } from './http/request-target';
import { limits } from './limits';
import { createStaticHandler } from './static';

export interface StartOptions {
  db: string;
  port: number;
  host?: string;
  /** The operator's DOSSIER_ADMIN_TOKEN: an admin credential kept outside the database. */
  token?: string | null;
  /** Anyone may read without signing in (a team that publishes its tracker). */
  publicReads?: boolean;
  /** A reverse proxy in front appends the client's address to X-Forwarded-For. */
  trustProxy?: boolean;
  /** The dashboard's build folder; null serves a hint instead. */
  webDir?: string | null;
  /** Load the demo dossier into an empty database (default true). */
  seed?: boolean;
  /** Create the database file when it does not exist (default true). */
  create?: boolean;
  /** The address people open, when it is not localhost (behind a proxy, a name on the network). */
  publicUrl?: string | null;
  /** Receives each log line (JSON); without it, lines go to standard output. */
  log?: (line: string) => void;
}

export interface RunningServer {
  url: string;
  server: Server;
  database: DossierDatabase;
  /**
   * On first start against a database with no one in it: the one-time link the first admin
   * signs in with. Printed once to the terminal, never logged.
   */
  firstSignIn: { url: string; expiresAt: string } | null;
  close(): Promise<void>;
}

/** A reason not to start that the operator can act on (printed without a stack). */
export class StartupError extends Error {
  override name = 'StartupError';
}

const apiPrefix = '/trpc/';

/** Opens the database (migrating it, seeding an empty one) and serves API, health and dashboard. */
export async function startServer(options: StartOptions): Promise<RunningServer> {
  const host = options.host ?? '127.0.0.1';
  const logger = createLogger(options.log);
  const database = openDatabase(options.db, { create: options.create ?? true });
  if (database.created) logger.info({ db: options.db }, `Created a new database at ${options.db}`);
  else if (!database.fullyChecked)
    logger.info(
      { db: database.path },
      'The database is large: start-up checked its schema, not every page. `pnpm dossier backup` checks every page of its copy.',
    );
  if (options.seed !== false && seedDemo(database.db, { followUp: true }).seeded)
    logger.info(
      'Loaded the demo dossier (the 2016 report and what followed) into the empty database.',
    );

  const firstLink = ensureFirstAdmin(database.db, new Date());
  if (firstLink)
    logger.info(
      'Created the first admin ("admin"); its one-time sign-in link is printed on the terminal, not in this log.',
    );

  // Parsed, not matched as text: "HTTPS://Example.org/" is https too.
  const publicUrl = options.publicUrl ? new URL(options.publicUrl) : null;
  const settings = {
    database,
    serverToken: options.token ?? null,
    publicReads: options.publicReads ?? false,
    attempts: createAttemptLimiter(),
    secureCookies: publicUrl?.protocol === 'https:',
    // What this process's writes announce to the open dashboards (live.changes).
    live: createLiveBus(),
  };
  const origins = createOriginPolicy({ host, publicUrl: options.publicUrl ?? null });
  const serveStatic = createStaticHandler(options.webDir ?? null);

  const trpc = createHTTPHandler({
    router: appRouter,
    basePath: apiPrefix,
    maxBatchSize: limits.maxBatchSize,
    maxBodySize: limits.maxBodyBytes,
    createContext: ({ req, res }) => {
      const state = requestState(req);
      const ctx = createRequestContext(settings, {
        headers: req.headers,
        address: clientAddress(req, options.trustProxy ?? false),
        requestId: state?.id ?? null,
        setCookie: (header) => res.appendHeader('set-cookie', header),
      });
      if (state) state.actor = ctx.actor;
      return ctx;
    },
    responseMeta: ({ errors }) =>
      errors.some((e) => e.code === 'SERVICE_UNAVAILABLE')
        ? { headers: { 'retry-after': String(limits.retryAfterSeconds) } }
        : {},
    onError: ({ error, req }) => {
      const state = requestState(req);
      if (!state) return;
      state.reason = error.message;
      if (error.code === 'INTERNAL_SERVER_ERROR')
        state.stack = (error.cause as Error | undefined)?.stack ?? error.stack ?? null;
    },
  });

  const refuse = (
    req: IncomingMessage,
    res: ServerResponse,
    state: RequestState,
    status: number,
    reason: string,
    headers: Record<string, string> = {},
  ) => {
    state.reason = reason;
    if (res.headersSent) {
      res.destroy();
      return;
    }
    const message = `${reason} (request ${state.id})`;
    const api = req.url?.startsWith(apiPrefix) ?? false;
    res.writeHead(status, {
      ...headers,
      'content-type': api ? 'application/json' : 'text/plain; charset=utf-8',
      'cache-control': 'no-store',
    });
    // The API answers in tRPC's error envelope, so the typed client reads the message.
    res.end(
      api
        ? JSON.stringify({
            error: {
              message,
              code: -32600,
              data: { httpStatus: status, requestId: state.id },
            },
          })
        : `${message}\n`,
    );
  };

  const route = async (req: IncomingMessage, res: ServerResponse, state: RequestState) => {
    const target = parseTarget(req.url);
    if (!target.ok) return refuse(req, res, state, target.status, target.reason);
    const hostProblem = origins.checkHost(req.headers.host);
    if (hostProblem && target.pathname !== '/healthz')
      return refuse(req, res, state, 403, hostProblem);

    if (target.pathname.startsWith(apiPrefix)) {
      if (req.method !== 'GET' && req.method !== 'POST')
        return refuse(
          req,
          res,
          state,
          405,
          `${req.method} is not used by the API: queries are GET, changes are POST.`,
          { allow: 'GET, POST' },
        );
      if (req.method === 'POST') {
        const originProblem = origins.checkOrigin(req.headers.origin, req.headers.host);
        if (originProblem) return refuse(req, res, state, 403, originProblem);
        // A browser sends the session cookie by itself; only our own pages may use it to write.
        // Browsers send Origin (or Sec-Fetch-Site) with every POST; a cookie without either is
        // not a page of ours.
        if (
          req.headers.authorization === undefined &&
          readCookie(req.headers.cookie, sessionCookie) !== null &&
          req.headers.origin === undefined &&
          req.headers['sec-fetch-site'] !== 'same-origin'
        )
          return refuse(
            req,
            res,
            state,
            403,
            'A change signed in by the dashboard must come from its own pages. Scripts send "Authorization: Bearer <token>" instead of a cookie.',
          );
        const type = req.headers['content-type'] ?? '';
        if (!/^application\/json\s*(;|$)/i.test(type))
          return refuse(
            req,
            res,
            state,
            415,
            'Changes must be sent as JSON (Content-Type: application/json).',
          );
        const length = Number(req.headers['content-length'] ?? 0);
        if (length > limits.maxBodyBytes)
          return refuse(
            req,
            res,
            state,
            413,
            `The body is larger than ${limits.maxBodyBytes / 1024} KB; send fewer records in one call.`,
            { connection: 'close' },
          );
      }
      return trpc(req, res);
    }
    if (target.pathname === '/healthz') {
      if (req.method !== 'GET' && req.method !== 'HEAD')
        return refuse(req, res, state, 405, 'The health check answers GET and HEAD only.', {
          allow: 'GET, HEAD',
        });
      return answerHealth(database, res, req.method === 'HEAD');
    }
    if (target.pathname.startsWith(csvPrefix)) {
      if (req.method !== 'GET' && req.method !== 'HEAD')
        return refuse(req, res, state, 405, 'Downloads answer GET and HEAD only.', {
          allow: 'GET, HEAD',
        });
      const who = identify(database.db, req.headers, {
        serverToken: settings.serverToken,
        now: new Date(),
      });
      state.actor = who.caller?.actor ?? null;
      if (who.credentialProblem) return refuse(req, res, state, 401, who.credentialProblem);
      if (who.caller ? !roleAllows(who.caller.role, 'viewer') : !settings.publicReads)
        return refuse(
          req,
          res,
          state,
          401,
          'Sign in to download: open the dashboard and sign in, or send "Authorization: Bearer <token>".',
        );
      return answerCsv(
        database,
        target.pathname,
        new URLSearchParams(target.search),
        res,
        req.method === 'HEAD',
        (status, reason) => refuse(req, res, state, status, reason),
      );
    }
    if (req.method !== 'GET' && req.method !== 'HEAD')
      return refuse(req, res, state, 405, 'The dashboard is served with GET and HEAD only.', {
        allow: 'GET, HEAD',
      });
    return serveStatic(req, res, (reason) => refuse(req, res, state, 404, reason));
  };

  const fail = (req: IncomingMessage, res: ServerResponse, state: RequestState, error: unknown) => {
    state.stack = (error as Error)?.stack ?? String(error);
    refuse(
      req,
      res,
      state,
      500,
      'Something went wrong on the server; nothing was saved. The error is in the server log',
    );
  };

  const server = createServer(
    { maxHeaderSize: limits.maxHeaderBytes, requestTimeout: limits.requestTimeoutMs },
    (req, res) => {
      const state = trackRequest(logger, req, res, randomUUID());
      setSecurityHeaders(res);
      // Nothing a client sends may end the process: every throw and rejection is answered here.
      try {
        route(req, res, state).catch((error) => fail(req, res, state, error));
      } catch (error) {
        fail(req, res, state, error);
      }
    },
  );
  server.headersTimeout = limits.headersTimeoutMs;
  server.keepAliveTimeout = limits.keepAliveTimeoutMs;
  server.maxConnections = limits.maxConnections;
  // A malformed request line or header never reaches the listener; answer it instead of hanging up.
  server.on('clientError', (error: NodeJS.ErrnoException, socket) => {
    if (!socket.writable) return socket.destroy();
    const [status, reason] =
      error.code === 'HPE_HEADER_OVERFLOW'
        ? [
            '431 Request Header Fields Too Large',
            `The headers (with the address) are larger than ${limits.maxHeaderBytes / 1024} KB.`,
          ]
        : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
          ? ['408 Request Timeout', 'The request took too long to arrive.']
          : error.code === 'HPE_INVALID_METHOD'
            ? [
                '400 Bad Request',
                'Unknown HTTP method: the dashboard uses GET, the API GET and POST.',
              ]
            : ['400 Bad Request', 'The request is not valid HTTP/1.1.'];
    const body = `${reason}\n`;
    logger.warn(
      { status: Number(status.slice(0, 3)), reason, ip: (socket as Socket).remoteAddress ?? null },
      'request refused',
    );
    socket.end(
      `HTTP/1.1 ${status}\r\ncontent-type: text/plain; charset=utf-8\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`,
    );
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, host, () => resolve());
  }).catch((error) => {
    database.close();
    throw error;
  });
  const { port } = server.address() as AddressInfo;
  const shown = !['0.0.0.0', '::'].includes(host) ? host : 'localhost';
  const url = `http://${shown.includes(':') ? `[${shown}]` : shown}:${port}`;
  const publicBase = publicUrl?.href.replace(/\/+$/, '') ?? url;
  let closing: Promise<void> | null = null;
  return {
    url,
    server,
    database,
    firstSignIn: firstLink
      ? { url: `${publicBase}${firstLink.path}`, expiresAt: firstLink.expiresAt }
      : null,
    close: () => {
      closing ??= new Promise<void>((resolve) => {
        server.close(() => {
          settings.live.close();
          database.close();
          resolve();
        });
        // Open subscriptions (live.changes) never end by themselves: cutting their connections
        // aborts each stream, so closing does not wait on them.
        server.closeAllConnections();
      });
      return closing;
    },
  };
}

export type { Logger };
