import { DossierError, type DossierErrorKind } from '@dossier/db';
import { roleAllows } from '@dossier/domain';
import { initTRPC, TRPCError } from '@trpc/server';
import { access } from './auth/access';
import type { InnerContext } from './context';
import { touched } from './live/touched';

interface IssueLike {
  path: readonly PropertyKey[];
  message: string;
}

const isValidationError = (cause: unknown): cause is { issues: IssueLike[] } =>
  typeof cause === 'object' &&
  cause !== null &&
  Array.isArray((cause as { issues?: unknown }).issues);

/**
 * "title: is required; stage: must be one of announced, consultation, …". The messages are
 * already worded for people by the domain's zod configuration (@dossier/domain `messages.ts`).
 */
export function describeIssues(issues: readonly IssueLike[]): string {
  return issues
    .map((i) => (i.path.length ? `${i.path.map(String).join('.')}: ${i.message}` : i.message))
    .join('; ');
}

const t = initTRPC.context<InnerContext>().create({
  // Never send stack traces to clients, whatever NODE_ENV says.
  isDev: false,
  // Subscriptions (live.changes) as server-sent events: a ping keeps proxies from closing a
  // quiet stream, and a client that hears nothing, not even a ping, reconnects by itself.
  sse: {
    ping: { enabled: true, intervalMs: 10_000 },
    client: { reconnectAfterInactivityMs: 25_000 },
  },
  errorFormatter({ shape, error, ctx }) {
    const issues = isValidationError(error.cause) ? error.cause.issues : undefined;
    // Over HTTP every message quotes the request's id, so a person's report finds its log line.
    const requestId = ctx?.requestId ?? null;
    return {
      ...shape,
      message: requestId ? `${shape.message} (request ${requestId})` : shape.message,
      data: {
        code: shape.data.code,
        httpStatus: shape.data.httpStatus,
        path: shape.data.path,
        requestId,
        issues: issues?.map((i) => ({ path: i.path.map(String), message: i.message })),
      },
    };
  },
});

/** The tRPC code (and so the HTTP status) of each kind of data-layer failure. */
const trpcCode = {
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
  BAD_REQUEST: 'BAD_REQUEST',
  // 503: the server is fine, the write may be sent again in a moment.
  UNAVAILABLE: 'SERVICE_UNAVAILABLE',
} as const satisfies Record<DossierErrorKind, TRPCError['code']>;

/**
 * Turns input validation failures and the data layer's errors into tRPC errors with a message a
 * person can act on, and hides anything unexpected behind a plain message. It wraps the input
 * parser, so it applies to in-process callers as well as to HTTP.
 */
const errorsForPeople = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok) {
    const { code, cause } = result.error;
    if (code === 'BAD_REQUEST' && isValidationError(cause)) {
      throw new TRPCError({
        code,
        message: `Invalid input: ${describeIssues(cause.issues)}`,
        cause,
      });
    }
    if (cause instanceof DossierError) {
      throw new TRPCError({ code: trpcCode[cause.kind], message: cause.message, cause });
    }
    if (code === 'INTERNAL_SERVER_ERROR') {
      throw new TRPCError({
        code,
        message:
          'Something went wrong on the server. Nothing was saved; the error is in the server log.',
        cause: result.error,
      });
    }
  }
  return result;
});

/**
 * Lets a call through when the caller holds the role `access` states for its procedure. The
 * server refuses regardless of what the dashboard shows.
 */
const accessControl = t.middleware(({ ctx, path, next }) => {
  const needed = access[path];
  if (needed === undefined)
    throw new TRPCError({
      code: 'INTERNAL_SERVER_ERROR',
      message: `No role is stated for ${path} in packages/api/src/auth/access.ts, so no one may call it.`,
    });
  if (needed === 'anyone') return next();
  if (ctx.credentialProblem)
    throw new TRPCError({ code: 'UNAUTHORIZED', message: ctx.credentialProblem });
  const { caller } = ctx;
  if (caller === null) {
    if (needed === 'viewer' && ctx.publicReads) return next();
    throw new TRPCError({
      code: 'UNAUTHORIZED',
      message:
        'Sign in first: open the dashboard and sign in, or send "Authorization: Bearer <token>" (pnpm dossier --token, or DOSSIER_TOKEN).',
    });
  }
  if (needed !== 'signed-in' && !roleAllows(caller.role, needed))
    throw new TRPCError({
      code: 'FORBIDDEN',
      message: `This needs the ${needed} role; ${caller.via === 'session' ? `you are signed in as ${caller.name}, with` : 'the token you sent has'} the ${caller.role} role. An admin can change that.`,
    });
  return next();
});

/**
 * Announces each change to the record on the live bus once it is saved: `next()` has returned,
 * so its write transaction has committed. Only the editors' mutations change the record (the
 * admin's change people and tokens); `live.editing` announces itself.
 */
const announceChanges = t.middleware(async ({ ctx, type, path, getRawInput, next }) => {
  const result = await next();
  if (!result.ok || type !== 'mutation' || access[path] !== 'editor' || path === 'live.editing')
    return result;
  const input = await getRawInput().catch(() => undefined);
  // A dry run (an import's rehearsal) saved nothing.
  if ((input as { dryRun?: unknown } | undefined)?.dryRun === true) return result;
  ctx.live.publishChange({
    actor: ctx.actor ?? 'someone',
    path,
    ...touched(path, input, result.data),
  });
  return result;
});

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;
/** Every procedure: its role is read from `access` (auth/access.ts) by its path. */
export const publicProcedure = t.procedure
  .use(errorsForPeople)
  .use(accessControl)
  .use(announceChanges);

/** The same, for procedures that write: `ctx.actor` (the audit log's name) is then never null. */
export const protectedProcedure = publicProcedure.use(({ ctx, next }) => {
  if (ctx.actor === null)
    throw new TRPCError({ code: 'UNAUTHORIZED', message: 'Sign in to change the record.' });
  return next({ ctx: { ...ctx, actor: ctx.actor } });
});

/** For procedures that act on the signed-in person's own account. */
export const callerProcedure = publicProcedure.use(({ ctx, next }) => {
  if (ctx.caller === null || ctx.actor === null)
    throw new TRPCError({ code: 'UNAUTHORIZED', message: 'Sign in first.' });
  return next({ ctx: { ...ctx, caller: ctx.caller, actor: ctx.actor } });
});
