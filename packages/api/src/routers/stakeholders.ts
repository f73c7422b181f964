import {
  createStakeholder,
  getStakeholder,
  listStakeholders,
  stakeholderFacets,
  updateStakeholder,
} from '@dossier/db';
import {
  refInput,
  stakeholderCreateInput,
  stakeholderFilterInput,
  stakeholderListInput,
  stakeholderUpdateInput,
} from '@dossier/domain';
import { protectedProcedure, publicProcedure, router } from '../trpc';

export const stakeholdersRouter = router({
  /** A page of the register in name order, filtered by category, country and text. */
  list: publicProcedure
    .input(stakeholderListInput)
    .query(({ ctx, input }) => listStakeholders(ctx.database.db, input)),
  /** Each category and country on record with how many it would show under the other filters. */
  facets: publicProcedure
    .input(stakeholderFilterInput)
    .query(({ ctx, input }) => stakeholderFacets(ctx.database.db, input)),
  /** One stakeholder by slug or id, with its positions on every measure. */
  get: publicProcedure
    .input(refInput)
    .query(({ ctx, input }) => getStakeholder(ctx.database.db, input.ref)),
  create: protectedProcedure
    .input(stakeholderCreateInput)
    .mutation(({ ctx, input }) => createStakeholder(ctx.database.db, input, ctx.actor)),
  update: protectedProcedure
    .input(stakeholderUpdateInput)
    .mutation(({ ctx, input }) => updateStakeholder(ctx.database.db, input, ctx.actor)),
});
