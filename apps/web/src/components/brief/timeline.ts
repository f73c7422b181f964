import { sortTimeline } from '@dossier/domain';
import type { TimelineEvent } from '../../trpc';

export type { TimelineEvent };

/**
 * Oldest first. A brief tells how the measure got where it is, and upcoming events then close
 * the list as "what comes next". Chronological order is also the only one in which a
 * month-precision event ("August 2016") reads right: it is sorted before the days of that
 * month, the earliest it could have been, which reversed would put it after them.
 */
export const orderTimeline = (events: readonly TimelineEvent[]): TimelineEvent[] =>
  sortTimeline(events);

/** The last event that has happened and the first still ahead, for the header's quick read. */
export function latestAndNext(events: readonly TimelineEvent[]): {
  latest: TimelineEvent | null;
  next: TimelineEvent | null;
} {
  const ordered = orderTimeline(events);
  return {
    latest: ordered.findLast((e) => !e.upcoming) ?? null,
    next: ordered.find((e) => e.upcoming) ?? null,
  };
}

type DateClaim = TimelineEvent['facts']['date']['claims'][number];

/**
 * The dates sources give an event, each once, in the order they were claimed: a disputed date
 * is written as all of them, so the record never picks one silently.
 */
export function claimedDates(
  claims: readonly DateClaim[],
): Pick<DateClaim, 'date' | 'datePrecision'>[] {
  const dates = new Map<string, Pick<DateClaim, 'date' | 'datePrecision'>>();
  for (const { date, datePrecision } of claims)
    if (!dates.has(date)) dates.set(date, { date, datePrecision });
  return [...dates.values()];
}
