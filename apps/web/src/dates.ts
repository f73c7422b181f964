import type { DatePrecision } from '@dossier/domain';

const options: Record<DatePrecision, Intl.DateTimeFormatOptions> = {
  day: { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' },
  month: { year: 'numeric', month: 'long', timeZone: 'UTC' },
  year: { year: 'numeric', timeZone: 'UTC' },
};
const rank: Record<DatePrecision, number> = { year: 0, month: 1, day: 2 };
const byRank: DatePrecision[] = ['year', 'month', 'day'];

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: string, precision: DatePrecision): Intl.DateTimeFormat {
  const key = `${locale}|${precision}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, options[precision]);
    formatters.set(key, f);
  }
  return f;
}

/**
 * A partial ISO date (YYYY, YYYY-MM or YYYY-MM-DD) as people write it: "2016-08" with precision
 * `month` is "August 2016" and never shows a day. Without a precision, the form of the date
 * decides; with one, the coarser of the two wins, so nothing is shown that was not recorded.
 * Anything that is not such a date is returned as it is.
 */
export function formatPartialDate(
  date: string,
  precision: DatePrecision | null | undefined,
  locale: string,
): string {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
  if (!match) return date;
  const [, y, m, d] = match;
  const written: DatePrecision = d ? 'day' : m ? 'month' : 'year';
  const shown = byRank[Math.min(rank[written], rank[precision ?? written])]!;
  const value = new Date(Date.UTC(2000, Number(m ?? 1) - 1, Number(d ?? 1)));
  value.setUTCFullYear(Number(y));
  if (Number.isNaN(value.getTime()) || (m && value.getUTCMonth() !== Number(m) - 1)) return date;
  return formatter(locale, shown).format(value);
}

/** The machine-readable form of the same date for `<time dateTime>`, cut to its precision. */
export function isoAtPrecision(date: string, precision: DatePrecision | null | undefined): string {
  const length = { year: 4, month: 7, day: 10 }[precision ?? 'day'];
  return date.slice(0, length);
}
