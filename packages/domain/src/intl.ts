// What people read in their language: partial dates, numbers and counted words, all on Intl,
// so the dashboard and the command line write "August 2016" and "1,234 measures" alike.
import { precisionOf } from './dates';
import type { DatePrecision } from './enums';

/** `long` spells the month out ("23 August 2016"), `short` abbreviates it ("23 Aug 2016"). */
export type DateStyle = 'long' | 'short';

const rank: Record<DatePrecision, number> = { year: 0, month: 1, day: 2 };
const byRank: DatePrecision[] = ['year', 'month', 'day'];

// Building an Intl formatter costs far more than using one, and a long timeline formats
// hundreds of dates in a render.
const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat | Intl.PluralRules>();
function cached<T extends Intl.DateTimeFormat | Intl.NumberFormat | Intl.PluralRules>(
  key: string,
  make: () => T,
): T {
  let made = cache.get(key) as T | undefined;
  if (!made) {
    made = make();
    cache.set(key, made);
  }
  return made;
}

const fields: Record<DatePrecision, (style: DateStyle) => Intl.DateTimeFormatOptions> = {
  year: () => ({ year: 'numeric' }),
  month: (style) => ({ year: 'numeric', month: style }),
  day: (style) => ({ year: 'numeric', month: style, day: 'numeric' }),
};

function dateFormat(locale: string, precision: DatePrecision, style: DateStyle) {
  return cached(
    `date|${locale}|${precision}|${style}`,
    // UTC: the date is a calendar date, not an instant, so no time zone may move it a day.
    () => new Intl.DateTimeFormat(locale, { ...fields[precision](style), timeZone: 'UTC' }),
  );
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
  style: DateStyle = 'long',
): string {
  const written = precisionOf(date);
  if (!written) return date;
  const shown = byRank[Math.min(rank[written], rank[precision ?? written])]!;
  const [y, m = '01', d = '01'] = date.split('-');
  const value = new Date(Date.UTC(2000, Number(m) - 1, Number(d)));
  // Date.UTC reads years 0-99 as 1900-1999.
  value.setUTCFullYear(Number(y));
  return dateFormat(locale, shown, style).format(value);
}

/** 1234 as the locale writes it: "1,234" (en), "1 234" (fr), "1.234" (de). */
export function formatNumber(n: number, locale: string): string {
  return cached(`number|${locale}`, () => new Intl.NumberFormat(locale)).format(n);
}

/**
 * The form of a word that goes with `n` under the locale's plural rules: French says
 * "0 mesure" where English says "0 measures". English, French and German need only the
 * singular and the plural (French's "many", for round millions, takes the plural).
 */
export function pluralOf(n: number, locale: string, one: string, other: string): string {
  return cached(`plural|${locale}`, () => new Intl.PluralRules(locale)).select(n) === 'one'
    ? one
    : other;
}

/** `n` and the word that goes with it: "1 measure", "1,234 measures", "0 mesure". */
export function countOf(n: number, locale: string, one: string, other: string): string {
  return `${formatNumber(n, locale)} ${pluralOf(n, locale, one, other)}`;
}

/** The number helpers bound to one locale, for a language's table of words. */
export function numberWords(locale: string) {
  return {
    number: (n: number) => formatNumber(n, locale),
    plural: (n: number, one: string, other: string) => pluralOf(n, locale, one, other),
    count: (n: number, one: string, other: string) => countOf(n, locale, one, other),
  };
}
