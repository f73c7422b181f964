import {
  countByStage,
  createMeasure,
  getBrief,
  listChanges,
  listMeasures,
  measureFacets,
  updateMeasure,
} from '@dossier/db';
import {
  historyInput,
  measureCreateInput,
  measureListInput,
  measureUpdateInput,
  refInput,
  todayUtc,
} from '@dossier/domain';
import { protectedProcedure, publicProcedure, router } from '../trpc';

export const measuresRouter = router({
  /** A page of measure cards: filters by stage, kind, jurisdiction, policy area and text. */
  list: publicProcedure
    .input(measureListInput)
    .query(({ ctx, input }) => listMeasures(ctx.database.db, input, todayUtc(ctx.now()))),

  /** How many measures stand at each stage under the same filters as `list`. */
  stageCounts: publicProcedure
    .input(measureListInput)
    .query(({ ctx, input }) => countByStage(ctx.database.db, input)),

  /** The jurisdictions, kinds and policy areas in use, with counts, for the filters. */
  facets: publicProcedure.query(({ ctx }) => measureFacets(ctx.database.db)),

  /** The whole brief of one measure, found by slug, id or any identifier. */
  get: publicProcedure
    .input(refInput)
    .query(({ ctx, input }) => getBrief(ctx.database.db, input.ref, todayUtc(ctx.now()))),

  /** What changed on one measure (or anything, without an id), newest first. */
  history: publicProcedure
    .input(historyInput)
    .query(({ ctx, input }) => listChanges(ctx.database.db, input)),

  create: protectedProcedure
    .input(measureCreateInput)
    .mutation(({ ctx, input }) => createMeasure(ctx.database.db, input, ctx.actor)),

  update: protectedProcedure
    .input(measureUpdateInput)
    .mutation(({ ctx, input }) => updateMeasure(ctx.database.db, input, ctx.actor)),
});
