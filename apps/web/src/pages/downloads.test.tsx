// The CSV downloads: their addresses carry the very filters the schedule shows (read back as the
// server reads them), and a brief's carry its measure.
import { initiativeSlug } from '@dossier/db/seed';
import { type CsvKind, csvKinds, csvRequestOf } from '@dossier/domain';
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { scheduleStrings } from '../components/schedule/strings';
import { en } from '../i18n/en';
import { fr } from '../i18n/fr';
import { realApi } from '../test/realApi';
import { renderInApp } from '../test/render';
import MeasureBriefPage from './MeasureBriefPage';
import SchedulePage from './SchedulePage';

afterEach(() => {
  cleanup();
  window.history.replaceState(null, '', '/');
});

const d = en.ui.downloads;
const link = (table: CsvKind, labels = d) =>
  screen.getByRole('link', { name: labels.table[table] }).getAttribute('href')!;
/** What the server makes of an address: the table, filters and byte order mark it asks for. */
const served = (href: string) => {
  const url = new URL(href, 'http://dossier.test');
  const match = /^\/export\/(\w+)\.csv$/.exec(url.pathname);
  expect(match, href).not.toBeNull();
  const request = csvRequestOf(match![1]!, url.searchParams);
  if (!request.ok) throw new Error(request.message);
  return request;
};

describe('the schedule’s downloads', () => {
  it('carry the filters on screen, and a byte order mark for Excel on request', async () => {
    window.history.replaceState(
      null,
      '',
      '/?jurisdiction=EU,DE&kind=review,initiative&area=privacy&q=e-privacy%20%26%20data',
    );
    const api = realApi({ demo: true });
    renderInApp(<SchedulePage />, { api });
    await screen.findByRole('link', { name: d.table.measures });
    await waitFor(() => expect(api.inputsOf('measures.stageCounts').length).toBeGreaterThan(0));
    // The filters the board was drawn with.
    const shown = api.inputsOf('measures.stageCounts').at(-1);
    expect(shown).toEqual({
      jurisdiction: ['EU', 'DE'],
      kind: ['review', 'initiative'],
      policyArea: 'privacy',
      q: 'e-privacy & data',
    });
    expect(link('measures')).toBe(
      '/export/measures.csv?kind=review&kind=initiative&jurisdiction=EU&jurisdiction=DE&policyArea=privacy&q=e-privacy%20%26%20data',
    );
    for (const table of csvKinds) {
      const request = served(link(table));
      expect(request.table).toBe(table);
      expect(request.filters).toEqual(shown);
      expect(request.bom).toBe(false);
    }
    expect(screen.getByText(d.filtered)).toBeTruthy();

    fireEvent.click(screen.getByRole('checkbox', { name: d.excel }));
    for (const table of csvKinds) expect(served(link(table)).bom).toBe(true);
    expect(link('events')).toMatch(/&bom=1$/);

    // Filters cleared: every measure, and the links say so.
    fireEvent.click(screen.getByRole('button', { name: scheduleStrings.en.filters.clear }));
    await waitFor(() => expect(link('measures')).toBe('/export/measures.csv?bom=1'));
    expect(screen.getByText(d.all)).toBeTruthy();
  });

  it('lead to the import page, in French too', async () => {
    renderInApp(<SchedulePage />, { api: realApi(), locale: 'fr' });
    const positions = await screen.findByRole('link', { name: fr.ui.downloads.table.positions });
    expect(positions.getAttribute('href')).toBe('/export/positions.csv');
    expect(
      screen.getByRole('link', { name: fr.ui.downloads.importLink }).getAttribute('href'),
    ).toBe('/import');
  });
});

describe('a brief’s downloads', () => {
  it('are that measure’s positions and events', async () => {
    const api = realApi({ demo: true });
    renderInApp(<MeasureBriefPage slug={initiativeSlug} />, { api });
    await screen.findByRole('link', { name: d.table.positions });
    expect(screen.queryByRole('link', { name: d.table.measures })).toBeNull();
    for (const table of ['positions', 'events'] as const) {
      const request = served(link(table));
      expect(request.filters).toEqual({ measure: initiativeSlug });
      // And the server has rows for it: the measure's own, no other's.
      const csv = await api.reader.dataset.csv({ table, ...request.filters });
      const everything = await api.reader.dataset.csv({ table });
      const rows = (text: string) => text.trim().split('\n').length - 1;
      expect(rows(csv.text)).toBeGreaterThan(0);
      expect(rows(csv.text)).toBeLessThan(rows(everything.text));
    }
  });
});
