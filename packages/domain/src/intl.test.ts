import { describe, expect, it } from 'vitest';
import { isoAtPrecision } from './dates';
import { countOf, formatNumber, formatPartialDate, numberWords, pluralOf } from './intl';

describe('formatPartialDate', () => {
  it.each([
    ['en-GB', '23 August 2016', 'August 2016', '2016'],
    ['fr-FR', '23 août 2016', 'août 2016', '2016'],
    ['de-DE', '23. August 2016', 'August 2016', '2016'],
  ])('writes a day, a month and a year as %s does', (locale, day, month, year) => {
    expect(formatPartialDate('2016-08-23', 'day', locale)).toBe(day);
    expect(formatPartialDate('2016-08', 'month', locale)).toBe(month);
    expect(formatPartialDate('2016', 'year', locale)).toBe(year);
  });

  it.each([
    ['en-GB', '23 Aug 2016', 'Aug 2016'],
    ['fr-FR', '23 août 2016', 'août 2016'],
    ['de-DE', '23. Aug. 2016', 'Aug. 2016'],
  ])('abbreviates the month in the short style in %s', (locale, day, month) => {
    expect(formatPartialDate('2016-08-23', 'day', locale, 'short')).toBe(day);
    expect(formatPartialDate('2016-08', 'month', locale, 'short')).toBe(month);
    expect(formatPartialDate('2016', 'year', locale, 'short')).toBe('2016');
  });

  it('never shows a month-precision date as its first day', () => {
    const shown = formatPartialDate('2016-08', 'month', 'en-GB');
    expect(shown).toBe('August 2016');
    expect(shown).not.toMatch(/\b1\b|\b01\b|31/);
  });

  it('never invents a day, even when told the precision is finer than what is written', () => {
    expect(formatPartialDate('2016-08', 'day', 'en-GB')).toBe('August 2016');
    expect(formatPartialDate('2016', 'day', 'de-DE')).toBe('2016');
  });

  it('cuts a full date down to the precision that was recorded', () => {
    expect(formatPartialDate('2016-08-23', 'month', 'fr-FR')).toBe('août 2016');
    expect(formatPartialDate('2016-08-23', 'year', 'fr-FR')).toBe('2016');
  });

  it('reads the precision from the form of the date when none is given', () => {
    expect(formatPartialDate('2016-11', null, 'en-GB')).toBe('November 2016');
    expect(formatPartialDate('2016-08-01', undefined, 'en-GB')).toBe('1 August 2016');
  });

  it('formats in UTC, so the first and last day of a month do not slip to the next or previous one', () => {
    expect(formatPartialDate('2016-01-01', 'day', 'en-US')).toBe('January 1, 2016');
    expect(formatPartialDate('2016-12-31', 'day', 'en-US')).toBe('December 31, 2016');
    expect(formatPartialDate('2016-12', 'month', 'en-US')).toBe('December 2016');
  });

  it('keeps years before 100 as they are written', () => {
    expect(formatPartialDate('0012', 'year', 'en-GB')).toBe('12');
  });

  it('returns anything that is not a real partial date as it is', () => {
    expect(formatPartialDate('2016-02-30', 'day', 'en-GB')).toBe('2016-02-30');
    expect(formatPartialDate('2016-13', 'month', 'en-GB')).toBe('2016-13');
    expect(formatPartialDate('23/08/2016', 'day', 'en-GB')).toBe('23/08/2016');
  });
});

describe('isoAtPrecision', () => {
  it('gives <time> only the part of the date that is known', () => {
    expect(isoAtPrecision('2016-08-23', 'month')).toBe('2016-08');
    expect(isoAtPrecision('2016-08', 'month')).toBe('2016-08');
    expect(isoAtPrecision('2016-08-23', null)).toBe('2016-08-23');
  });
});

describe('numbers and counted words', () => {
  it('groups digits as each locale does', () => {
    expect(formatNumber(1234567, 'en-GB')).toBe('1,234,567');
    expect(formatNumber(1234567, 'fr-FR')).toBe('1\u202f234\u202f567');
    expect(formatNumber(1234567, 'de-DE')).toBe('1.234.567');
  });

  it('takes the singular for one in English and German, and for zero and one in French', () => {
    for (const locale of ['en-GB', 'de-DE']) {
      expect([0, 1, 2].map((n) => pluralOf(n, locale, 'one', 'other'))).toEqual([
        'other',
        'one',
        'other',
      ]);
    }
    expect([0, 1, 1.5, 2].map((n) => pluralOf(n, 'fr-FR', 'one', 'other'))).toEqual([
      'one',
      'one',
      'one',
      'other',
    ]);
  });

  it('takes the plural for the forms French keeps for round millions', () => {
    expect(pluralOf(1_000_000, 'fr-FR', 'mesure', 'mesures')).toBe('mesures');
  });

  it('writes a count with its word', () => {
    expect(countOf(1, 'en-GB', 'measure', 'measures')).toBe('1 measure');
    expect(countOf(1234, 'en-GB', 'measure', 'measures')).toBe('1,234 measures');
    expect(countOf(0, 'fr-FR', 'mesure', 'mesures')).toBe('0 mesure');
    expect(countOf(2000, 'de-DE', 'Position', 'Positionen')).toBe('2.000 Positionen');
  });

  it('binds the same helpers to one locale', () => {
    const fr = numberWords('fr-FR');
    expect(fr.number(1500)).toBe('1\u202f500');
    expect(fr.plural(1, 'lien', 'liens')).toBe('lien');
    expect(fr.count(3, 'lien', 'liens')).toBe('3 liens');
  });
});
