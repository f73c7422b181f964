import {
  createSystem,
  linkSystem,
  listSystemMeasures,
  listSystems,
  updateSystem,
} from '@dossier/db';
import {
  systemCreateInput,
  systemLinkInput,
  systemListInput,
  systemMeasuresInput,
  systemUpdateInput,
} from '@dossier/domain';
import { protectedProcedure, publicProcedure, router } from '../trpc';

export const systemsRouter = router({
  /**
   * A page of the information systems, each with the first measures that create, extend, link
   * or use it ({ items, total, nextCursor }).
   */
  list: publicProcedure
    .input(systemListInput)
    .query(({ ctx, input }) => listSystems(ctx.database.db, input)),
  /** A page of the measures acting on one system, after those `list` gave. */
  measures: publicProcedure
    .input(systemMeasuresInput)
    .query(({ ctx, input }) => listSystemMeasures(ctx.database.db, input)),
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
