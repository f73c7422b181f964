// How much one answer may hold. Every list the API serves is read a page at a time: a `limit`
// with a default and a ceiling, and an opaque `cursor` that the previous page handed out.
import { z } from './zod';

/** Default and largest page size of each paged list. */
export const pageSizes = {
  stakeholders: { default: 100, max: 500 },
  systems: { default: 50, max: 200 },
  /** The measures acting on one information system. */
  systemMeasures: { default: 20, max: 200 },
  /** The audit log. */
  history: { default: 100, max: 500 },
  /** One measure's timeline, stakeholders or sources, past the brief's first page. */
  dossier: { default: 50, max: 500 },
} as const;

/**
 * What the brief of a measure holds of each long list. Chosen so that a printed brief stays a
 * few pages and its answer a few dozen kilobytes, even for a measure with 20,000 events.
 */
export const briefPage = {
  /** The latest events that have happened: "what happened last". */
  pastEvents: 40,
  /** The soonest events still ahead: "what comes next". */
  upcomingEvents: 10,
  stakeholders: 50,
  /** A stakeholder's latest positions on the measure, as the stance history of its card. */
  positionsPerStakeholder: 20,
  sources: 50,
} as const;

/** A page size the client may choose, up to the ceiling the message names. */
export const limitSchema = (size: { default: number; max: number }) =>
  z
    .number()
    .int('must be a whole number')
    .min(1, 'must be at least 1')
    .max(size.max, `must be at most ${size.max}`)
    .default(size.default);

/**
 * The `nextCursor` of the previous page, as it was given; absent or null for the first page. A
 * cursor holds the sort key of a row, so it is as long as a title of 300 non-Latin characters.
 */
export const cursorSchema = z.string().max(2000, 'is not a cursor this server gave out').nullish();
