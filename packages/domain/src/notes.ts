// The team's notes and meeting log: its own words, beside the record but not part of it. Notes
// and meetings are never shown to a reader who is not signed in (a public read-only tracker).
import { cursorSchema, limitSchema } from './paging';
import { idSchema, partialDateSchema, refInput, versionSchema } from './schemas';
import { multiLineText, oneLineText, optionalMultiLineText } from './text';
import { z } from './zod';

/** What a note is about. */
export const noteSubjects = ['measure', 'stakeholder'] as const;
export type NoteSubject = (typeof noteSubjects)[number];

/** The longest note or meeting text, in characters: a few pages of Markdown. */
export const maxNoteLength = 20_000;

/** Notes and meetings per page: a brief shows the latest few, "show more" reads on. */
export const notesPage = { default: 20, max: 100 } as const;

/** Who attended for the team: one name a line, at least one, at most 30. */
export const maxAttendees = 30;
/** The stakeholders or measures one meeting names, of each. */
export const maxMeetingLinks = 50;

/** A measure (slug, id or identifier) or a stakeholder (slug or id), as `refInput` takes it. */
const subjectRef = refInput.shape.ref;

export const noteCreateInput = z.object({
  subjectKind: z.enum(noteSubjects),
  subjectRef,
  /** Markdown; shown without raw HTML, scripts or links other than http(s), mailto and local. */
  body: multiLineText(maxNoteLength),
});

export const noteUpdateInput = z.object({
  id: idSchema,
  version: versionSchema,
  body: multiLineText(maxNoteLength),
});

export const noteRemoveInput = z.object({ id: idSchema, version: versionSchema });

/** The notes of one measure or stakeholder, newest first. */
export const noteListInput = z.object({
  subjectKind: z.enum(noteSubjects),
  subjectRef,
  limit: limitSchema(notesPage),
  cursor: cursorSchema,
});

/** Refs given once each: the same stakeholder twice is one link, not an error. */
const refList = (what: string) =>
  z
    .array(subjectRef)
    .max(maxMeetingLinks, `at most ${maxMeetingLinks} ${what}`)
    .transform((refs) => [...new Set(refs)]);

const attendeesSchema = z
  .array(oneLineText(200))
  .min(1, 'name at least one person who attended for the team')
  .max(maxAttendees, `at most ${maxAttendees} attendees`)
  .transform((names) => [...new Set(names)]);

const meetingFields = z.object({
  /** When it was held: YYYY-MM-DD, or YYYY-MM / YYYY when only that is known. */
  heldOn: partialDateSchema,
  title: oneLineText(300),
  attendees: attendeesSchema,
  /** Slugs or ids of the stakeholders met. */
  stakeholderRefs: refList('stakeholders').default([]),
  /** Slugs, ids or identifiers of the measures discussed. */
  measureRefs: refList('measures').default([]),
  /** Markdown. */
  summary: optionalMultiLineText(maxNoteLength),
  /** Markdown: what was agreed to do next. */
  followUps: optionalMultiLineText(maxNoteLength),
});

export const meetingLinksMessage =
  'name at least one stakeholder met or one measure discussed, so the meeting shows on its page';

export const meetingCreateInput = meetingFields.superRefine((m, ctx) => {
  if (m.stakeholderRefs.length === 0 && m.measureRefs.length === 0)
    ctx.addIssue({ code: 'custom', path: ['stakeholderRefs'], message: meetingLinksMessage });
});

/**
 * A change to a meeting: the fields given replace the meeting's; `stakeholderRefs` and
 * `measureRefs`, when given, replace its links as a whole (at least one link must remain).
 */
export const meetingUpdateInput = z
  .object({
    id: idSchema,
    version: versionSchema,
    heldOn: partialDateSchema.optional(),
    title: oneLineText(300).optional(),
    attendees: attendeesSchema.optional(),
    stakeholderRefs: refList('stakeholders').optional(),
    measureRefs: refList('measures').optional(),
    summary: optionalMultiLineText(maxNoteLength),
    followUps: optionalMultiLineText(maxNoteLength),
  })
  .superRefine((m, ctx) => {
    if (m.stakeholderRefs?.length === 0 && m.measureRefs?.length === 0)
      ctx.addIssue({ code: 'custom', path: ['stakeholderRefs'], message: meetingLinksMessage });
  });

/** The meetings of one measure or of one stakeholder, the latest held first. */
export const meetingListInput = z
  .object({
    measureRef: subjectRef.optional(),
    stakeholderRef: subjectRef.optional(),
    limit: limitSchema(notesPage),
    cursor: cursorSchema,
  })
  .superRefine((m, ctx) => {
    if ((m.measureRef === undefined) === (m.stakeholderRef === undefined))
      ctx.addIssue({
        code: 'custom',
        path: ['measureRef'],
        message: 'give either measureRef or stakeholderRef (one of them, not both)',
      });
  });

export type NoteCreateData = z.output<typeof noteCreateInput>;
export type NoteUpdateData = z.output<typeof noteUpdateInput>;
export type NoteRemoveData = z.output<typeof noteRemoveInput>;
export type NoteListQuery = z.output<typeof noteListInput>;
export type MeetingCreateData = z.output<typeof meetingCreateInput>;
export type MeetingUpdateData = z.output<typeof meetingUpdateInput>;
export type MeetingListQuery = z.output<typeof meetingListInput>;
