import { createApiToken, listApiTokens, revokeApiToken } from '@dossier/db';
import { tokenCreateInput, tokenRevokeInput } from '@dossier/domain';
import { protectedProcedure, router } from '../trpc';

export const tokensRouter = router({
  /** Every token, revoked ones too, with who made it and when it was last used. */
  list: protectedProcedure.query(({ ctx }) => listApiTokens(ctx.database.db)),

  /** Creates a token for a script or the CLI; `token` in the answer is its only copy. */
  create: protectedProcedure
    .input(tokenCreateInput)
    .mutation(({ ctx, input }) => createApiToken(ctx.database.db, input, ctx.actor, ctx.now())),

  /** Revokes a token at once; it stays listed, marked revoked. */
  revoke: protectedProcedure
    .input(tokenRevokeInput)
    .mutation(({ ctx, input }) => revokeApiToken(ctx.database.db, input.id, ctx.now())),
});
