import { addUser, listUsers, removeUser, renewSignInLink, setUserRole } from '@dossier/db';
import { userAddInput, userNameInput, userRoleInput } from '@dossier/domain';
import { protectedProcedure, router } from '../trpc';

// The link's secret is in `link.path` after the #: the answer is its only copy.
const shown = ({ path, expiresAt }: { path: string; expiresAt: string }) => ({ path, expiresAt });

export const usersRouter = router({
  /** Everyone who may sign in, with their role and when they last did. */
  list: protectedProcedure.query(({ ctx }) => listUsers(ctx.database.db)),

  /** Adds a person; the answer holds their one-time sign-in link (valid for a day). */
  add: protectedProcedure.input(userAddInput).mutation(({ ctx, input }) => {
    const { user, link } = addUser(ctx.database.db, input, ctx.actor, ctx.now());
    return { user, link: shown(link) };
  }),

  setRole: protectedProcedure
    .input(userRoleInput)
    .mutation(({ ctx, input }) =>
      setUserRole(ctx.database.db, input.name, input.role, ctx.actor, ctx.now()),
    ),

  /** Removes a person: their sessions end and the tokens they created are revoked. */
  remove: protectedProcedure.input(userNameInput).mutation(({ ctx, input }) => {
    removeUser(ctx.database.db, input.name, ctx.actor, ctx.now());
    return { ok: true as const };
  }),

  /** A new one-time sign-in link for someone (their older links stop working). */
  link: protectedProcedure.input(userNameInput).mutation(({ ctx, input }) => ({
    link: shown(renewSignInLink(ctx.database.db, input.name, ctx.now())),
  })),
});
