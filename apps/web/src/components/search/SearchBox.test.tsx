// The header's search box against the real API (the demo dossier over in-memory SQLite).
import { initiativeSlug, syntheticMeasure } from '@dossier/db/seed';
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../App';
import { en } from '../../i18n/en';
import { fr } from '../../i18n/fr';
import { type RealApi, realApi } from '../../test/realApi';
import { renderInApp } from '../../test/render';
import { SearchBox } from './SearchBox';

afterEach(() => {
  cleanup();
  window.history.replaceState(null, '', '/');
});

const s = en.ui.search;
const box = () => screen.getByRole('combobox', { name: s.label });
const type = (text: string) => fireEvent.change(box(), { target: { value: text } });
const key = (name: string) => fireEvent.keyDown(box(), { key: name });
const options = () => {
  const list = screen.queryByRole('listbox');
  return list ? within(list).getAllByRole('option') : [];
};
const activeOption = () => {
  const id = box().getAttribute('aria-activedescendant');
  return id ? document.getElementById(id) : null;
};
const searched = (api: RealApi) => api.inputsOf('search.query').map((i) => (i as { q: string }).q);

describe('the search box', () => {
  it('finds "Maizière" typed without accents, by kind, the matching words marked', async () => {
    const api = realApi({ demo: true });
    renderInApp(<SearchBox />, { api });
    // Typed a letter at a time: only the words as they stand after a pause are searched.
    for (const text of ['m', 'ma', 'maiz', 'maizi', 'maiziere']) type(text);
    const list = await screen.findByRole('listbox', { name: s.results });
    expect(searched(api)).toEqual(['maiziere']);

    const people = within(list).getByRole('group', { name: s.kinds.stakeholder });
    const person = within(people).getByRole('option', { name: /Thomas de Maizière/ });
    expect([...person.querySelectorAll('mark')].map((m) => m.textContent)).toContain('Maizière');
    expect(person.getAttribute('href')).toBe('/stakeholders/thomas-de-maiziere');

    // What the API found, kind by kind, is what is listed, in the API's order.
    const answer = await api.reader.search.query({ q: 'maiziere', limit: 5 });
    const expected = answer.groups.filter((g) => g.items.length > 0).map((g) => s.kinds[g.kind]);
    expect(
      within(list)
        .getAllByRole('group')
        .map((g) => g.getAttribute('aria-label')),
    ).toEqual(expected);
    expect(expected.length).toBeGreaterThan(1);
    // A position or an event opens the brief of its measure.
    for (const group of answer.groups)
      if (group.kind === 'position' || group.kind === 'event')
        for (const hit of group.items)
          expect(list.querySelector(`[id$="-${hit.kind}-${hit.id}"]`)?.getAttribute('href')).toBe(
            `/measures/${hit.measure.slug}`,
          );
    expect(screen.getByRole('status').textContent).toBe(s.found(options().length));
  });

  it('moves through the results with the arrows and opens one with Enter', async () => {
    window.history.replaceState(null, '', '/stakeholders');
    const api = realApi({ demo: true });
    renderInApp(<App />, { api });
    await screen.findByRole('heading', { level: 1, name: 'Stakeholders' });

    // `/` anywhere but in a field puts the cursor in the box.
    fireEvent.keyDown(document.body, { key: '/' });
    expect(document.activeElement).toBe(box());
    type('maiziere');
    await screen.findByRole('listbox');
    const all = options();
    expect(box().getAttribute('aria-expanded')).toBe('true');
    expect(activeOption()).toBeNull();

    key('ArrowDown');
    expect(activeOption()).toBe(all[0]);
    expect(all[0]!.getAttribute('aria-selected')).toBe('true');
    key('ArrowDown');
    expect(activeOption()).toBe(all[1]);
    expect(all[0]!.getAttribute('aria-selected')).toBe('false');
    key('ArrowUp');
    key('ArrowUp'); // from the first, round to the last
    expect(activeOption()).toBe(all.at(-1));
    key('ArrowDown'); // and back round to the first
    expect(activeOption()).toBe(all[0]);
    // The focus never left the box.
    expect(document.activeElement).toBe(box());

    const target = all[0]!.getAttribute('href')!;
    expect(target).toMatch(/^\/measures\//);
    key('Enter');
    expect(window.location.pathname).toBe(target);
    expect(box().getAttribute('aria-expanded')).toBe('false');
    expect((box() as HTMLInputElement).value).toBe('');
    expect(await screen.findByRole('heading', { level: 1, name: /Franco-German/ })).toBeTruthy();
  });

  it('closes with Escape and gives the focus back to where it was', async () => {
    const api = realApi({ demo: true });
    renderInApp(
      <>
        <button type="button">Before</button>
        <SearchBox />
      </>,
      { api },
    );
    const before = screen.getByRole('button', { name: 'Before' });
    before.focus();
    fireEvent.keyDown(before, { key: '/' });
    expect(document.activeElement).toBe(box());
    type('cazeneuve');
    await screen.findByRole('listbox');
    key('ArrowDown');
    key('Escape');
    expect(screen.queryByRole('listbox')).toBeNull();
    expect(box().getAttribute('aria-expanded')).toBe('false');
    expect(box().getAttribute('aria-activedescendant')).toBeNull();
    expect(document.activeElement).toBe(before);
    expect(window.location.pathname).toBe('/');
  });

  it('leaves `/` alone while someone types in another field', async () => {
    renderInApp(
      <>
        <input aria-label="Other field" />
        <SearchBox />
      </>,
      { api: realApi() },
    );
    const other = screen.getByRole('textbox', { name: 'Other field' });
    other.focus();
    const event = new KeyboardEvent('keydown', { key: '/', bubbles: true, cancelable: true });
    other.dispatchEvent(event);
    expect(event.defaultPrevented).toBe(false);
    expect(document.activeElement).toBe(other);
  });

  it('puts the measure a reference names first, and Enter opens it', async () => {
    const api = realApi();
    const measure = syntheticMeasure(5); // 2000/0006(COD)
    await api.editor.dataset.import({
      records: [
        {
          section: 'sources',
          index: 0,
          record: {
            key: 'synthetic-source-2',
            title: 'A source',
            publisher: 'Test',
            kind: 'other',
          },
        },
        { section: 'measures', index: 0, record: measure },
        // Another measure whose summary merely mentions the same reference.
        {
          section: 'measures',
          index: 1,
          record: {
            ...syntheticMeasure(6),
            summary: 'Follows 2000/0006(COD) closely.',
            identifiers: [],
            source: 'synthetic-source-2',
            stageClaims: [{ stage: 'proposal', date: '2016', source: 'synthetic-source-2' }],
            events: [],
          },
        },
      ],
    });
    renderInApp(<App />, { api });
    type('2000/0006(COD)');
    const measures = await screen.findByRole('group', { name: s.kinds.measure });
    await waitFor(() => expect(screen.getByText(s.identifier('2000/0006(COD)'))).toBeTruthy());
    const first = within(measures).getAllByRole('option')[0]!;
    expect(first.textContent).toContain(measure.title);
    expect(first.textContent).toContain(s.exactIdentifier);
    expect(within(measures).getAllByRole('option')).toHaveLength(2);

    key('Enter'); // nothing chosen: the exact reference opens
    expect(window.location.pathname).toBe(`/measures/${measure.slug}`);
  });

  it('says plainly when nothing matches, and what to try', async () => {
    renderInApp(<SearchBox />, { api: realApi({ demo: true }) });
    type('zzyzx');
    expect(await screen.findByText(s.empty('zzyzx'))).toBeTruthy();
    expect(screen.getByRole('status').textContent).toContain(s.emptyHint);
    expect(screen.queryByRole('listbox')).toBeNull();
    expect(box().getAttribute('aria-expanded')).toBe('false');
  });

  it('says the server did not answer, and searches again on request', async () => {
    const api = realApi({ demo: true });
    api.setReachable(false);
    renderInApp(<SearchBox />, { api });
    type('maiziere');
    expect(await screen.findByText(s.unreachable, {}, { timeout: 4000 })).toBeTruthy();
    api.setReachable(true);
    fireEvent.click(screen.getByRole('button', { name: s.retry }));
    const people = await screen.findByRole('group', { name: s.kinds.stakeholder });
    expect(within(people).getByRole('option', { name: /Thomas de Maizière/ })).toBeTruthy();
  });

  it('speaks French', async () => {
    renderInApp(<SearchBox />, { api: realApi({ demo: true }), locale: 'fr' });
    const input = screen.getByRole('combobox', { name: fr.ui.search.label });
    fireEvent.change(input, { target: { value: 'maiziere' } });
    expect(await screen.findByRole('group', { name: fr.ui.search.kinds.stakeholder })).toBeTruthy();
  });
});

describe('the header', () => {
  it('has the search box on every page', async () => {
    for (const path of [
      '/',
      `/measures/${initiativeSlug}`,
      '/stakeholders',
      '/systems',
      '/import',
    ]) {
      window.history.replaceState(null, '', path);
      renderInApp(<App />, { api: realApi({ demo: true }) });
      await act(async () => {});
      expect(screen.getByRole('combobox', { name: s.label }).closest('header')).toBeTruthy();
      cleanup();
    }
  });
});
