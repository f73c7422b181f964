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
  measureCreateInput,
  measureListInput,
  measureUpdateInput,
  refInput,
  todayUtc,
} from '@dossier/domain';
import { z } from 'zod';
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
    .input(
      z.object({
        id: z.string().max(64).optional(),
        limit: z.number().int().min(1).max(500).default(100),
      }),
    )
    .query(({ ctx, input }) =>
      listChanges(ctx.database.db, { entityId: input.id, limit: input.limit }),
    ),

  create: protectedProcedure
    .input(measureCreateInput)
    .mutation(({ ctx, input }) => createMeasure(ctx.database.db, input, ctx.actor)),

  update: protectedProcedure
    .input(measureUpdateInput)
    .mutation(({ ctx, input }) => updateMeasure(ctx.database.db, input, ctx.actor)),
});
