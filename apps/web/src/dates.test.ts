import { describe, expect, it } from 'vitest';
import { formatPartialDate, isoAtPrecision } from './dates';

describe('formatPartialDate', () => {
  it('shows a month-precision date as month and year, never with a day', () => {
    const shown = formatPartialDate('2016-08', 'month', 'en-GB');
    expect(shown).toBe('August 2016');
    expect(shown).not.toMatch(/\b1\b|\b01\b|31/);
  });

  it('never invents a day, even when told the precision is finer than what is written', () => {
    expect(formatPartialDate('2016-08', 'day', 'en-GB')).toBe('August 2016');
    expect(formatPartialDate('2016', 'day', 'en-GB')).toBe('2016');
  });

  it('cuts a full date down to the precision that was recorded', () => {
    expect(formatPartialDate('2016-08-23', 'month', 'en-GB')).toBe('August 2016');
    expect(formatPartialDate('2016-08-23', 'year', 'en-GB')).toBe('2016');
    expect(formatPartialDate('2016-08-23', 'day', 'en-GB')).toBe('23 August 2016');
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

  it('follows the locale it is given', () => {
    expect(formatPartialDate('2016-08', 'month', 'fr-FR')).toBe('août 2016');
    expect(formatPartialDate('2016-08-23', 'day', 'de-DE')).toBe('23. August 2016');
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
  });
});
