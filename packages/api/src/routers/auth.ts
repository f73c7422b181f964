import {
  decoyHash,
  endSession,
  findUser,
  hashPassword,
  redeemSignInLink,
  setPasswordHash,
  startSession,
  verifyPassword,
} from '@dossier/db';
import { redeemLinkInput, type SessionUser, setPasswordInput, signInInput } from '@dossier/domain';
import { TRPCError } from '@trpc/server';
import type { AttemptKey } from '../auth/attempts';
import type { InnerContext } from '../context';
import { callerProcedure, publicProcedure, router } from '../trpc';

const minutes = (ms: number) => Math.max(1, Math.ceil(ms / 60_000));

function refuseWhileBlocked(ctx: InnerContext, keys: AttemptKey[]) {
  const wait = ctx.attempts.blockedFor(keys, ctx.now());
  if (wait > 0)
    throw new TRPCError({
      code: 'TOO_MANY_REQUESTS',
      message: `Too many failed sign-ins. Try again in ${minutes(wait)} minute${minutes(wait) === 1 ? '' : 's'}, or ask an admin for a sign-in link.`,
    });
}

/** Starts a session for a person who proved who they are, and hands the browser its cookie. */
function signedIn(
  ctx: InnerContext,
  user: { userId: number; name: string; role: SessionUser['role'] },
) {
  if (ctx.http) {
    const session = startSession(ctx.database.db, user.userId, ctx.http.sessionId, ctx.now());
    ctx.http.setSession(session.id, session.expiresAt);
  }
  return { name: user.name, role: user.role, via: 'session' } satisfies SessionUser;
}

const addressKey = (ctx: InnerContext): AttemptKey[] =>
  ctx.http ? [{ address: ctx.http.address }] : [];

export const authRouter = router({
  /** Who is signed in (null when no one), and whether the server lets anyone read. */
  me: publicProcedure.query(({ ctx }) => ({
    user: ctx.caller
      ? ({
          name: ctx.caller.name,
          role: ctx.caller.role,
          via: ctx.caller.via,
        } satisfies SessionUser)
      : null,
    publicReads: ctx.publicReads,
  })),

  /**
   * Signs in with name and password. A wrong name and a wrong password get the same answer
   * after the same work, so the answer does not tell who has an account.
   */
  signIn: publicProcedure.input(signInInput).mutation(async ({ ctx, input }) => {
    const keys: AttemptKey[] = [{ account: input.name }, ...addressKey(ctx)];
    refuseWhileBlocked(ctx, keys);
    const user = findUser(ctx.database.db, input.name);
    const stored = user?.passwordHash ?? (await decoyHash());
    const matches = await verifyPassword(input.password, stored);
    if (!user?.passwordHash || !matches) {
      ctx.attempts.fail(keys, ctx.now());
      throw new TRPCError({
        code: 'UNAUTHORIZED',
        message:
          'That name and password do not match. No password yet, or forgotten? Ask an admin for a sign-in link.',
      });
    }
    ctx.attempts.clear({ account: input.name });
    return { user: signedIn(ctx, { userId: user.id, name: user.name, role: user.role }) };
  }),

  /** Signs in with a one-time link (the token after its #); it works once, within a day. */
  redeemLink: publicProcedure.input(redeemLinkInput).mutation(({ ctx, input }) => {
    const keys = addressKey(ctx);
    refuseWhileBlocked(ctx, keys);
    const owner = redeemSignInLink(ctx.database.db, input.token, ctx.now());
    if (!owner) {
      ctx.attempts.fail(keys, ctx.now());
      throw new TRPCError({
        code: 'UNAUTHORIZED',
        message:
          'This sign-in link has been used already or has expired. Ask an admin for a new one (pnpm dossier user link <name>).',
      });
    }
    return { user: signedIn(ctx, owner), hasPassword: owner.hasPassword };
  }),

  /** Ends this browser's session (the cookie is cleared and the session revoked on the server). */
  signOut: publicProcedure.mutation(({ ctx }) => {
    if (ctx.http?.sessionId) endSession(ctx.database.db, ctx.http.sessionId);
    ctx.http?.clearSession();
    return { ok: true as const };
  }),

  /** Sets the signed-in person's own password (for signing in without a link next time). */
  setPassword: callerProcedure.input(setPasswordInput).mutation(async ({ ctx, input }) => {
    if (ctx.caller.userId === null)
      throw new TRPCError({
        code: 'BAD_REQUEST',
        message: 'A token has no password: sign in to the dashboard as yourself to set one.',
      });
    setPasswordHash(ctx.database.db, ctx.caller.userId, await hashPassword(input.password));
    return { ok: true as const };
  }),
});
