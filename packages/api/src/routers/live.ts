import { liveChangesInput, liveEditingInput } from '@dossier/domain';
import { tracked } from '@trpc/server';
import type { LiveEvent } from '../live/bus';
import { liveEvents } from '../live/stream';
import { protectedProcedure, publicProcedure, router } from '../trpc';

// The team's own work (its notes, its meetings, who has a form open) is not for a reader of a
// public deployment who is not signed in: they hear only changes to the record itself.
const teamOnlyPaths = /^(notes|meetings)\./;
const forAnonymous = (event: LiveEvent) =>
  event.kind === 'resync' || (event.kind === 'change' && !teamOnlyPaths.test(event.path));

export const liveRouter = router({
  /**
   * Every change saved from now on (and, given the `lastEventId` a reconnecting client last
   * saw, what it missed), and who has an edit form of a measure open. Served as server-sent
   * events; the dashboard refetches what an event touched.
   */
  changes: publicProcedure.input(liveChangesInput).subscription(async function* ({
    ctx,
    input,
    signal,
  }) {
    for await (const { trackedId, event } of liveEvents(
      ctx.live,
      input?.lastEventId ?? null,
      signal,
    ))
      if (ctx.caller || forAnonymous(event)) yield tracked(trackedId, event);
  }),

  /**
   * The caller opened (`editing: true`, renewed at least every minute while the form stays
   * open) or closed an edit form of a measure; the others' briefs say so.
   */
  editing: protectedProcedure.input(liveEditingInput).mutation(({ ctx, input }) => {
    ctx.live.setEditing(input.measureId, ctx.actor, input.editing);
    return { measureId: input.measureId, editing: input.editing };
  }),
});
