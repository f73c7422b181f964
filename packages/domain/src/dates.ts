import type { DatePrecision } from './enums';

const patterns: Record<DatePrecision, RegExp> = {
  year: /^\d{4}$/,
  month: /^\d{4}-(0[1-9]|1[0-2])$/,
  day: /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/,
};

/** The precision a partial ISO date is written in, or null when it is not one. */
export function precisionOf(date: string): DatePrecision | null {
  for (const precision of ['day', 'month', 'year'] as const) {
    if (patterns[precision].test(date)) {
      if (precision === 'day' && !isRealDay(date)) return null;
      return precision;
    }
  }
  return null;
}

function isRealDay(date: string): boolean {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const probe = new Date(Date.UTC(y, m - 1, d));
  return probe.getUTCMonth() === m - 1 && probe.getUTCDate() === d;
}

/**
 * Whether a partial date lies after `today` (YYYY-MM-DD). A month or year counts as upcoming
 * only once all of it is still ahead, so "August 2016" is not upcoming on 23 August 2016.
 */
export function isUpcoming(date: string, today: string): boolean {
  return date > today.slice(0, date.length);
}

/** Today's date in UTC as YYYY-MM-DD. */
export function todayUtc(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/** The machine-readable form of a date for `<time dateTime>`, cut to its precision. */
export function isoAtPrecision(date: string, precision: DatePrecision | null | undefined): string {
  return date.slice(0, { year: 4, month: 7, day: 10 }[precision ?? 'day']);
}
