import { createSystem, linkSystem, listSystems, updateSystem } from '@dossier/db';
import { systemCreateInput, systemLinkInput, systemUpdateInput } from '@dossier/domain';
import { protectedProcedure, publicProcedure, router } from '../trpc';

export const systemsRouter = router({
  /** Every information system with the measures that create, extend, link or use it. */
  list: publicProcedure.query(({ ctx }) => listSystems(ctx.database.db)),
  create: protectedProcedure
    .input(systemCreateInput)
    .mutation(({ ctx, input }) => createSystem(ctx.database.db, input, ctx.actor)),
  update: protectedProcedure
    .input(systemUpdateInput)
    .mutation(({ ctx, input }) => updateSystem(ctx.database.db, input, ctx.actor)),
  /** Records that a measure creates, extends, links or uses a system. */
  link: protectedProcedure
    .input(systemLinkInput)
    .mutation(({ ctx, input }) => linkSystem(ctx.database.db, input, ctx.actor)),
});
