import { createEvent, updateEvent } from '@dossier/db';
import { eventCreateInput, eventUpdateInput } from '@dossier/domain';
import { protectedProcedure, router } from '../trpc';

export const eventsRouter = router({
  create: protectedProcedure
    .input(eventCreateInput)
    .mutation(({ ctx, input }) => createEvent(ctx.database.db, input, ctx.actor)),
  update: protectedProcedure
    .input(eventUpdateInput)
    .mutation(({ ctx, input }) => updateEvent(ctx.database.db, input, ctx.actor)),
});
