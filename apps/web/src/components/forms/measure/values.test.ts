import { describe, expect, it } from 'vitest';
import { changedKeys, type MeasureValues, slugFrom, splitAreas } from './values';

const base: MeasureValues = {
  slug: 'a-regulation',
  title: 'A regulation',
  kind: 'regulation',
  jurisdiction: 'EU',
  summary: '',
  policyAreas: ['privacy'],
  identifiers: [{ scheme: 'procedure_ref', value: '2016/0411(COD)', role: null, sourceId: null }],
  sourceId: null,
};

describe('what an edit changed', () => {
  it('is nothing when the values are the same, once trimmed', () => {
    expect(
      changedKeys(base, { ...base, title: ' A regulation ', policyAreas: ['privacy '] }),
    ).toEqual([]);
  });

  it('names each field that differs, a list of references as a whole', () => {
    const mine: MeasureValues = {
      ...base,
      summary: 'Now with a summary.',
      identifiers: [{ ...base.identifiers[0]!, role: 'original_proposal' }],
    };
    expect(changedKeys(base, mine)).toEqual(['summary', 'identifiers']);
    expect(changedKeys(base, { ...base, identifiers: [] })).toEqual(['identifiers']);
  });

  it('reads policy areas and suggests slugs as a person would expect', () => {
    expect(splitAreas(' encryption, , privacy ,')).toEqual(['encryption', 'privacy']);
    expect(slugFrom('Règlement « vie privée » 2017')).toBe('reglement-vie-privee-2017');
  });
});
