import { createSource, getSource, listSources, updateSource } from '@dossier/db';
import { byIdInput, sourceCreateInput, sourceUpdateInput } from '@dossier/domain';
import { protectedProcedure, publicProcedure, router } from '../trpc';

export const sourcesRouter = router({
  list: publicProcedure.query(({ ctx }) => listSources(ctx.database.db)),
  get: publicProcedure
    .input(byIdInput)
    .query(({ ctx, input }) => getSource(ctx.database.db, input.id)),
  create: protectedProcedure
    .input(sourceCreateInput)
    .mutation(({ ctx, input }) => createSource(ctx.database.db, input, ctx.actor)),
  update: protectedProcedure
    .input(sourceUpdateInput)
    .mutation(({ ctx, input }) => updateSource(ctx.database.db, input, ctx.actor)),
});
