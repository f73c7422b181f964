import { createLink, updateLink } from '@dossier/db';
import { linkCreateInput, linkUpdateInput } from '@dossier/domain';
import { protectedProcedure, router } from '../trpc';

export const linksRouter = router({
  create: protectedProcedure
    .input(linkCreateInput)
    .mutation(({ ctx, input }) => createLink(ctx.database.db, input, ctx.actor)),
  update: protectedProcedure
    .input(linkUpdateInput)
    .mutation(({ ctx, input }) => updateLink(ctx.database.db, input, ctx.actor)),
});
