import {
  createStakeholder,
  getStakeholder,
  listStakeholders,
  updateStakeholder,
} from '@dossier/db';
import {
  refInput,
  stakeholderCreateInput,
  stakeholderListInput,
  stakeholderUpdateInput,
} from '@dossier/domain';
import { protectedProcedure, publicProcedure, router } from '../trpc';

export const stakeholdersRouter = router({
  list: publicProcedure
    .input(stakeholderListInput)
    .query(({ ctx, input }) => listStakeholders(ctx.database.db, input)),
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
