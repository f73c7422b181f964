import { describe, expect, it } from 'vitest';
import { csvDownloadPath, csvRequestOf } from './csv-address';

/**
 * A query string as the server route receives it (URLSearchParams there; this package is
 * compiled without Node's or the browser's types, so a few lines do the same here).
 */
const params = (path: string) => {
  const pairs = (path.split('?')[1] ?? '')
    .split('&')
    .filter(Boolean)
    .map((pair) => pair.split('=').map((part) => decodeURIComponent(part)) as [string, string]);
  return {
    get: (name: string) => pairs.find(([key]) => key === name)?.[1] ?? null,
    getAll: (name: string) => pairs.filter(([key]) => key === name).map(([, value]) => value),
  };
};

describe('the address of a CSV download', () => {
  it('carries the filters of the list there and back', () => {
    const filters = {
      stage: ['proposal', 'none'] as const,
      kind: ['regulation'] as const,
      jurisdiction: ['EU', 'FR'],
      policyArea: 'privacy & data',
      q: 'encryption "back doors"',
    };
    const path = csvDownloadPath(
      'positions',
      { ...filters, stage: [...filters.stage], kind: [...filters.kind] },
      { bom: true },
    );
    expect(path).toBe(
      '/export/positions.csv?stage=proposal&stage=none&kind=regulation&jurisdiction=EU&jurisdiction=FR&policyArea=privacy%20%26%20data&q=encryption%20%22back%20doors%22&bom=1',
    );
    expect(csvRequestOf('positions', params(path))).toEqual({
      ok: true,
      table: 'positions',
      bom: true,
      filters: { ...filters, stage: ['proposal', 'none'], kind: ['regulation'] },
    });
    expect(csvDownloadPath('measures', {})).toBe('/export/measures.csv');
    expect(
      csvRequestOf('measures', params('/export/measures.csv?stage=proposal,adopted')),
    ).toMatchObject({
      ok: true,
      bom: false,
      filters: { stage: ['proposal', 'adopted'] },
    });
  });

  it("carries one measure for a brief's downloads, whatever its identifier holds", () => {
    const path = csvDownloadPath('events', { measure: '2017/0003(COD)' });
    expect(path).toBe('/export/events.csv?measure=2017%2F0003(COD)');
    expect(csvRequestOf('events', params(path))).toEqual({
      ok: true,
      table: 'events',
      bom: false,
      filters: { measure: '2017/0003(COD)' },
    });
  });

  it('says what is wrong with an address it cannot serve', () => {
    expect(csvRequestOf('stakeholders', params(''))).toEqual({
      ok: false,
      message: 'There is no stakeholders.csv: ask for measures.csv, positions.csv, events.csv.',
    });
    expect(csvRequestOf('events', params('?stage=dreaming'))).toEqual({
      ok: false,
      message:
        'stage.0: must be one of announced, consultation, proposal, negotiation, adopted, in_force, applicable, withdrawn, rejected, lapsed, none',
    });
  });
});
