import { DossierError } from '@dossier/db';
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

/** Rewords zod's defaults into what a person would write. */
function reword(message: string): string {
  if (/received undefined$/.test(message)) return 'is required';
  const options = /^Invalid option: expected one of (.*)$/.exec(message);
  if (options?.[1]) return `must be one of ${options[1].replaceAll('"', '').replaceAll('|', ', ')}`;
  return message;
}

/** "title: is required; stage: must be one of announced, consultation, …" */
export function describeIssues(issues: IssueLike[]): string {
  return issues
    .map((i) =>
      i.path.length ? `${i.path.map(String).join('.')}: ${reword(i.message)}` : reword(i.message),
    )
    .join('; ');
}

const t = initTRPC.context<InnerContext>().create({
  // Never send stack traces to clients, whatever NODE_ENV says.
  isDev: false,
  errorFormatter({ shape, error }) {
    const issues = isValidationError(error.cause) ? error.cause.issues : undefined;
    return {
      ...shape,
      data: {
        code: shape.data.code,
        httpStatus: shape.data.httpStatus,
        path: shape.data.path,
        issues: issues?.map((i) => ({ path: i.path.map(String), message: reword(i.message) })),
      },
    };
  },
});

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
      throw new TRPCError({ code: cause.kind, message: cause.message, cause });
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
