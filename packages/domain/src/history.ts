// The history of a measure or a stakeholder (every save that touched it, with who, when and
// each field before and after) and "as of": a brief as it stood at a past moment.
import { precisionOf } from './dates';
import { cursorSchema, limitSchema } from './paging';
import { refInput } from './schemas';
import { z } from './zod';

/** Entries (saves) per page of a subject's history. */
export const historyPage = { default: 50, max: 200 } as const;

/** A page of the history of one measure or stakeholder, newest first. */
export const subjectHistoryInput = refInput.extend({
  limit: limitSchema(historyPage),
  cursor: cursorSchema,
});
export type SubjectHistoryQuery = z.output<typeof subjectHistoryInput>;

const instantPattern = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * The moment "as of" names, as an ISO instant in UTC: a day (`2019-01-01`) means the end of
 * that day in UTC, so everything saved on that day counts; a timestamp means itself. Null when
 * the text is neither.
 */
export function asOfInstant(asOf: string): string | null {
  if (precisionOf(asOf) === 'day') return `${asOf}T23:59:59.999Z`;
  if (!instantPattern.test(asOf)) return null;
  const time = new Date(asOf);
  return Number.isNaN(time.getTime()) ? null : time.toISOString();
}

export const asOfSchema = z
  .string()
  .trim()
  .refine((value) => asOfInstant(value) !== null, {
    message: 'give a day as YYYY-MM-DD (the end of that day, UTC) or an ISO timestamp',
  });

/** `measures.get`: the brief of today, or as it stood at `asOf`. */
export const measureGetInput = refInput.extend({ asOf: asOfSchema.nullish() });
