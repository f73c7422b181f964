import { describe, expect, it } from 'vitest';
import {
  hasFilters,
  noFilters,
  parseFilters,
  serializeFilters,
  toggleValue,
  toListInput,
  toQueryString,
} from './filters';

const parse = (query: string) => parseFilters(new URLSearchParams(query));

describe('parseFilters', () => {
  it('reads comma lists, repeated parameters and both mixed, without duplicates', () => {
    expect(parse('jurisdiction=EU,FR&jurisdiction=DE&jurisdiction=fr').jurisdictions).toEqual([
      'EU',
      'FR',
      'DE',
    ]);
    expect(parse('kind=initiative&kind=review,initiative').kinds).toEqual(['initiative', 'review']);
  });

  it('drops what the API would refuse instead of failing the page', () => {
    const f = parse('jurisdiction=EUR,E1,,de&kind=treaty,Directive&area=%20privacy%20&q=%20%20');
    expect(f).toEqual({ jurisdictions: ['DE'], kinds: ['directive'], area: 'privacy', q: '' });
  });

  it('keeps the search text whole, commas included, within the API limit', () => {
    expect(parse('q=encryption,+Telegram').q).toBe('encryption, Telegram');
    expect(parse(`q=${'a'.repeat(300)}`).q).toHaveLength(200);
  });

  it('reads an empty address as no filter at all', () => {
    expect(parse('')).toEqual(noFilters);
    expect(hasFilters(parse('page=2'))).toBe(false);
    expect(hasFilters(parse('area=privacy'))).toBe(true);
  });
});

describe('serializeFilters', () => {
  it('writes readable comma lists and reads back the same filters', () => {
    const filters = {
      jurisdictions: ['EU', 'FR'],
      kinds: ['initiative' as const, 'review' as const],
      area: 'internal security',
      q: 'back doors, encryption',
    };
    const query = toQueryString(serializeFilters(filters));
    expect(query).toBe(
      'jurisdiction=EU,FR&kind=initiative,review&area=internal+security&q=back+doors,+encryption',
    );
    expect(parse(query)).toEqual(filters);
  });

  it('leaves out empty filters and keeps parameters that are not filters', () => {
    const base = new URLSearchParams('view=compact&kind=review&q=old');
    const query = toQueryString(serializeFilters({ ...noFilters, jurisdictions: ['DE'] }, base));
    expect(query).toBe('view=compact&jurisdiction=DE');
    expect(toQueryString(serializeFilters(noFilters))).toBe('');
  });
});

describe('toListInput', () => {
  it('names only the filters in use, as the API calls them', () => {
    expect(toListInput(noFilters)).toEqual({});
    expect(toListInput(parse('jurisdiction=EU&area=privacy&q=encryption'))).toEqual({
      jurisdiction: ['EU'],
      policyArea: 'privacy',
      q: 'encryption',
    });
  });
});

describe('toggleValue', () => {
  it('adds a value once and removes it', () => {
    expect(toggleValue(['EU'], 'FR', true)).toEqual(['EU', 'FR']);
    expect(toggleValue(['EU', 'FR'], 'FR', true)).toEqual(['EU', 'FR']);
    expect(toggleValue(['EU', 'FR'], 'EU', false)).toEqual(['FR']);
  });
});
