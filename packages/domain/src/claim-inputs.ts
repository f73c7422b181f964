// What an editor sends to record a claim (a source's word on a date, a vote's result or a
// stage) and to prefer one claim over the others. Nothing is overwritten: a correction is a new
// claim, or a change of which claim is preferred.
import { stages } from './enums';
import { idSchema, partialDateSchema, versionSchema, voteResultInput } from './schemas';
import { oneLineText, optionalMultiLineText, optionalOneLineText } from './text';
import { z } from './zod';

const claimFields = {
  /** Every claim names its source. */
  sourceId: idSchema,
  note: optionalMultiLineText(2000),
  /** Reported, but not confirmed by a source that would know. */
  unconfirmed: z.boolean().optional(),
};

export const claimAddInput = z.discriminatedUnion(
  'fact',
  [
    z.object({
      fact: z.literal('date'),
      eventId: idSchema,
      date: partialDateSchema,
      ...claimFields,
    }),
    z.object({
      fact: z.literal('result'),
      eventId: idSchema,
      result: voteResultInput,
      ...claimFields,
    }),
    z.object({
      fact: z.literal('stage'),
      measureId: idSchema,
      stage: z.enum(stages),
      /** When the measure reached the stage, as the source has it. */
      date: partialDateSchema,
      ...claimFields,
    }),
  ],
  { error: 'must be one of date (of an event), result (of a vote), stage (of a measure)' },
);

/**
 * Prefer one claim: the record shows it and is no longer disputed. `version` is the version of
 * the record the claim is about, as the brief shows it: the event for a date or a result, the
 * measure for a stage; a stale one gets CONFLICT, as every edit does.
 */
export const claimPreferInput = z.object({
  id: idSchema,
  version: versionSchema,
  reason: oneLineText(1000),
});

/** Take a preference back: the record is shown as its claims say again (disputed if they disagree). */
export const claimWithdrawPreferenceInput = z.object({
  id: idSchema,
  version: versionSchema,
  reason: optionalOneLineText(1000),
});

export type ClaimAddData = z.output<typeof claimAddInput>;
export type ClaimPreferData = z.output<typeof claimPreferInput>;
export type ClaimWithdrawPreferenceData = z.output<typeof claimWithdrawPreferenceInput>;
