import { DossierError, type DossierErrorKind } from '@dossier/db';
import { initTRPC, TRPCError } from '@trpc/server';
import type { InnerContext } from './context';

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

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;
export const publicProcedure = t.procedure.use(errorsForPeople);

/** For writes: the caller must be known, and `ctx.actor` is then never null. */
export const protectedProcedure = publicProcedure.use(({ ctx, next }) => {
  if (ctx.actor === null) {
    throw new TRPCError({
      code: 'UNAUTHORIZED',
      message:
        'Writing needs the server token: send "Authorization: Bearer <token>" (the DOSSIER_TOKEN of the server).',
    });
  }
  return next({ ctx: { ...ctx, actor: ctx.actor } });
});
