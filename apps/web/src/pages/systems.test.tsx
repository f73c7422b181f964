import type { RouterInputs } from '@dossier/api';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { fr } from '../i18n/fr';
import { type RealApi, realApi } from '../test/realApi';
import { renderInApp } from '../test/render';
import SystemsPage from './SystemsPage';

afterEach(cleanup);

type MeasureInput = RouterInputs['measures']['create'];

const linkage: MeasureInput = {
  slug: 'eu-personal-data-databases-linkage-2016',
  title: "Franco-German push for closer links between the EU's databases",
  stage: 'announced',
  kind: 'initiative',
  jurisdiction: 'EU',
};
const etias: MeasureInput = {
  slug: 'etias',
  title: 'Travel authorisation system',
  stage: 'proposal',
  kind: 'regulation',
  jurisdiction: 'EU',
};

const system = (api: RealApi, acronym: string, name: string) =>
  api.editor.systems.create({
    slug: acronym.toLowerCase(),
    acronym,
    name,
    holds: `data held in ${acronym}`,
  });

/** Two measures acting on SIS and VIS, recorded with no source, and ECRIS with none yet. */
async function recordMap(api: RealApi) {
  const { editor } = api;
  const push = await editor.measures.create(linkage);
  const travel = await editor.measures.create(etias);
  const sis = await system(api, 'SIS', 'Schengen Information System');
  const vis = await system(api, 'VIS', 'Visa Information System');
  // Added later, with no measure yet: it must still appear.
  await system(api, 'ECRIS', 'European Criminal Records Information System');
  await editor.systems.link({ measureId: push.id, systemId: sis.id, action: 'links' });
  await editor.systems.link({ measureId: travel.id, systemId: sis.id, action: 'uses' });
  await editor.systems.link({ measureId: push.id, systemId: vis.id, action: 'links' });
}

async function renderMap() {
  const api = realApi();
  await recordMap(api);
  return renderInApp(<SystemsPage />, { locale: 'fr', api });
}

describe('database map', () => {
  it('draws one line per link and lists every system with its measures, in French', async () => {
    const { container } = await renderMap();
    expect(await screen.findByRole('heading', { level: 1, name: 'Carte des bases' })).toBeTruthy();
    const drawing = (await screen.findByTitle(/Carte des mesures/)).closest('svg')!;
    expect(drawing.querySelectorAll('path.dbm-graph-edge')).toHaveLength(3);
    expect(drawing.querySelectorAll('.dbm-graph-node-measure')).toHaveLength(2);
    expect(drawing.querySelectorAll('.dbm-graph-node-system')).toHaveLength(3);
    expect(container.textContent).toContain('3 systèmes · 2 mesures · 3 liens');

    const sis = container.querySelector<HTMLElement>('#system-sis')!;
    expect(within(sis).getByRole('heading', { level: 3 }).textContent).toBe(
      'SIS — Schengen Information System',
    );
    const links = within(sis).getAllByRole('listitem');
    expect(links.map((l) => l.querySelector('.dbm-action-tag')?.textContent)).toEqual([
      fr.systemAction.links,
      fr.systemAction.uses,
    ]);
    // No source is recorded for these links, and the list says so rather than staying silent.
    expect(links.map((l) => l.querySelector('.no-source')?.textContent)).toEqual([
      fr.ui.noSource,
      fr.ui.noSource,
    ]);
    const brief = within(links[1]!).getByRole('link', { name: etias.title });
    expect(brief.getAttribute('href')).toBe('/measures/etias');
    const ecris = container.querySelector<HTMLElement>('#system-ecris')!;
    expect(
      within(ecris).getByText('Aucune mesure enregistrée n’agit encore sur ce système.'),
    ).toBeTruthy();
  });

  it('lights up the lines of a focused box and dims the rest', async () => {
    await renderMap();
    const drawing = (await screen.findByTitle(/Carte des mesures/)).closest('svg')!;
    const vis = within(drawing as unknown as HTMLElement).getByRole('link', {
      name: /^VIS, Visa Information System/,
    });
    expect(vis.getAttribute('href')).toBe('#system-vis');
    fireEvent.focus(vis);
    const lit = drawing.querySelectorAll('path.dbm-graph-edge.is-lit');
    expect(lit).toHaveLength(1);
    expect(drawing.querySelectorAll('path.dbm-graph-edge.is-dim')).toHaveLength(2);
    // The measure at the other end stays lit; the unrelated one fades.
    const measureLinks = drawing.querySelectorAll('.dbm-graph-node-measure');
    const classes = [...measureLinks].map((n) => n.getAttribute('class'));
    expect(classes.filter((c) => c?.includes('is-lit'))).toHaveLength(1);
    expect(drawing.querySelectorAll('.dbm-graph-label')).toHaveLength(1);
    expect(drawing.querySelector('.dbm-graph-label')?.textContent).toBe(fr.systemAction.links);
    fireEvent.blur(vis);
    expect(drawing.querySelectorAll('path.dbm-graph-edge.is-dim')).toHaveLength(0);
  });

  it('says the server did not answer, keeps the heading, and draws the map once Retry works', async () => {
    const api = realApi();
    await recordMap(api);
    api.setReachable(false);
    renderInApp(<SystemsPage />, { locale: 'fr', api });
    const alert = await screen.findByRole('alert', {}, { timeout: 4000 });
    expect(alert.textContent).toContain(fr.ui.errors.unreachable);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Carte des bases');
    api.setReachable(true);
    fireEvent.click(screen.getByRole('button', { name: fr.ui.retry }));
    expect(await screen.findByTitle(/Carte des mesures/)).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('says so when no system is on record', async () => {
    renderInApp(<SystemsPage />, { locale: 'fr', api: realApi() });
    expect(
      await screen.findByText('Aucun système d’information n’est encore enregistré.'),
    ).toBeTruthy();
    expect(document.querySelector('svg.dbm-system-graph-drawing')).toBeNull();
  });
});

describe('a system with more measures than its entry holds', () => {
  it('loads the other measures on request, into the list and the drawing', async () => {
    const api = realApi();
    const sis = await system(api, 'SIS', 'Schengen Information System');
    // The list of systems holds each one's first 20 measures.
    for (let i = 1; i <= 21; i++) {
      const measure = await api.editor.measures.create({
        ...etias,
        slug: `measure-${i}`,
        title: `Measure ${String(i).padStart(2, '0')}`,
      });
      await api.editor.systems.link({ measureId: measure.id, systemId: sis.id, action: 'uses' });
    }
    const listed = await api.reader.systems.list();
    const { container } = renderInApp(<SystemsPage />, { locale: 'fr', api });
    const drawing = (await screen.findByTitle(/Carte des mesures/)).closest('svg')!;
    expect(drawing.querySelectorAll('.dbm-graph-node-measure')).toHaveLength(20);
    expect(container.textContent).toContain('1 système · 21 mesures · 21 liens');
    const entry = container.querySelector<HTMLElement>('#system-sis')!;
    expect(within(entry).getByText('20 sur 21 à l’écran')).toBeTruthy();

    fireEvent.click(within(entry).getByRole('button', { name: 'Afficher 1 de plus' }));
    await waitFor(() => expect(within(entry).getAllByRole('listitem')).toHaveLength(21));
    expect(api.inputsOf('systems.measures')).toEqual([
      { systemId: sis.id, cursor: listed.items[0]!.measures.nextCursor, limit: 50 },
    ]);
    expect(drawing.querySelectorAll('.dbm-graph-node-measure')).toHaveLength(21);
    expect(within(entry).queryByRole('button')).toBeNull();
  });
});
