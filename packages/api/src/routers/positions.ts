import { createPosition, updatePosition } from '@dossier/db';
import { positionCreateInput, positionUpdateInput } from '@dossier/domain';
import { protectedProcedure, router } from '../trpc';

export const positionsRouter = router({
  create: protectedProcedure
    .input(positionCreateInput)
    .mutation(({ ctx, input }) => createPosition(ctx.database.db, input, ctx.actor)),
  update: protectedProcedure
    .input(positionUpdateInput)
    .mutation(({ ctx, input }) => updatePosition(ctx.database.db, input, ctx.actor)),
});
