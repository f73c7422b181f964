// The team's notes and meeting log. Reads need a signed-in person even when the server lets
// anyone read the record (`signed-in` in auth/access.ts): notes are the team's own words.
import {
  createMeeting,
  createNote,
  listMeetings,
  listNotes,
  removeNote,
  updateMeeting,
  updateNote,
} from '@dossier/db';
import {
  meetingCreateInput,
  meetingListInput,
  meetingUpdateInput,
  noteCreateInput,
  noteListInput,
  noteRemoveInput,
  noteUpdateInput,
} from '@dossier/domain';
import { protectedProcedure, publicProcedure, router } from '../trpc';

export const notesRouter = router({
  /** The notes of a measure or a stakeholder, newest first: `{ subject, items, nextCursor }`. */
  list: publicProcedure
    .input(noteListInput)
    .query(({ ctx, input }) => listNotes(ctx.database.db, input)),
  /** A note in Markdown; its author is the caller. */
  create: protectedProcedure
    .input(noteCreateInput)
    .mutation(({ ctx, input }) => createNote(ctx.database.db, input, ctx.actor)),
  /** A new body for the note, if it is still at `version` (CONFLICT otherwise). */
  update: protectedProcedure
    .input(noteUpdateInput)
    .mutation(({ ctx, input }) => updateNote(ctx.database.db, input, ctx.actor)),
  /** Removes the note at `version`; the audit log keeps what it said. */
  remove: protectedProcedure
    .input(noteRemoveInput)
    .mutation(({ ctx, input }) => removeNote(ctx.database.db, input, ctx.actor)),
});

export const meetingsRouter = router({
  /** The meetings of a measure (`measureRef`) or a stakeholder (`stakeholderRef`), latest first. */
  list: publicProcedure
    .input(meetingListInput)
    .query(({ ctx, input }) => listMeetings(ctx.database.db, input)),
  /** A meeting with the stakeholders met and the measures discussed (at least one of them). */
  create: protectedProcedure
    .input(meetingCreateInput)
    .mutation(({ ctx, input }) => createMeeting(ctx.database.db, input, ctx.actor)),
  /** Changes a meeting at `version`; link lists given replace the meeting's. */
  update: protectedProcedure
    .input(meetingUpdateInput)
    .mutation(({ ctx, input }) => updateMeeting(ctx.database.db, input, ctx.actor)),
});
