import type { RouterOutputs } from '@dossier/client';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SystemLink } from '../components/systems/types';
import { fr } from '../i18n/fr';
import { renderInApp } from '../test/render';
import { inputsOf, stubApi } from '../test/stubApi';
import SystemsPage from './SystemsPage';

const json = (body: unknown) =>
  new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });

const stamp = '2024-01-01T00:00:00.000Z';
const linkage = {
  id: 'm-link',
  slug: 'eu-personal-data-databases-linkage-2016',
  title: "Franco-German push for closer links between the EU's databases",
  stage: 'announced' as const,
  kind: 'initiative' as const,
};
const etias = {
  id: 'm-etias',
  slug: 'etias',
  title: 'Travel authorisation system',
  stage: 'proposal' as const,
  kind: 'regulation' as const,
};

type Listed = RouterOutputs['systems']['list']['items'][number];

let linkSeq = 0;
const link = (action: SystemLink['action'], measure: SystemLink['measure']): SystemLink => ({
  linkId: `link-${++linkSeq}`,
  action,
  measure,
  source: null,
});

/** A system with all its measures on the first page, unless told how many there are in all. */
function system(
  acronym: string,
  name: string,
  links: SystemLink[],
  more: { total?: number; nextCursor?: string } = {},
): Listed {
  return {
    id: `s-${acronym}`,
    version: 1,
    createdAt: stamp,
    updatedAt: stamp,
    slug: acronym.toLowerCase(),
    acronym,
    name,
    holds: `data held in ${acronym}`,
    description: null,
    measures: {
      items: links,
      total: more.total ?? links.length,
      nextCursor: more.nextCursor ?? null,
    },
  };
}

/** The answer of systems.list: one page holding every system given. */
const listed = (items: Listed[]): RouterOutputs['systems']['list'] => {
  const links = items.flatMap((s) => s.measures.items);
  return {
    items,
    nextCursor: null,
    total: items.length,
    measureCount: new Set(links.map((l) => l.measure.id)).size,
    linkCount: links.length,
  };
};

const systems: Listed[] = [
  system('SIS', 'Schengen Information System', [link('links', linkage), link('uses', etias)]),
  system('VIS', 'Visa Information System', [link('links', linkage)]),
  // Added later, with no measure yet: it must still appear.
  system('ECRIS', 'European Criminal Records Information System', []),
];

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const render = (items: Listed[]) => {
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => json([{ result: { data: listed(items) } }])),
  );
  return renderInApp(<SystemsPage />, { locale: 'fr', api: true });
};

describe('database map', () => {
  it('draws one line per link and lists every system with its measures, in French', async () => {
    const { container } = render(systems);
    expect(await screen.findByRole('heading', { level: 1, name: 'Carte des bases' })).toBeTruthy();
    const drawing = (await screen.findByTitle(/Carte des mesures/)).closest('svg')!;
    expect(drawing.querySelectorAll('path.dbm-graph-edge')).toHaveLength(3);
    expect(drawing.querySelectorAll('.dbm-graph-node-measure')).toHaveLength(2);
    expect(drawing.querySelectorAll('.dbm-graph-node-system')).toHaveLength(3);
    expect(container.textContent).toContain('3 systèmes · 2 mesures · 3 liens');

    const sis = container.querySelector('#system-sis')!;
    expect(within(sis as HTMLElement).getByRole('heading', { level: 3 }).textContent).toBe(
      'SIS — Schengen Information System',
    );
    const links = within(sis as HTMLElement).getAllByRole('listitem');
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
    const ecris = container.querySelector('#system-ecris') as HTMLElement;
    expect(
      within(ecris).getByText('Aucune mesure enregistrée n’agit encore sur ce système.'),
    ).toBeTruthy();
  });

  it('lights up the lines of a focused box and dims the rest', async () => {
    render(systems);
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
    let up = false;
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => {
        if (!up) throw new TypeError('Failed to fetch');
        return json([{ result: { data: listed(systems) } }]);
      }),
    );
    renderInApp(<SystemsPage />, { locale: 'fr', api: true });
    const alert = await screen.findByRole('alert', {}, { timeout: 4000 });
    expect(alert.textContent).toContain(fr.ui.errors.unreachable);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Carte des bases');
    up = true;
    fireEvent.click(screen.getByRole('button', { name: fr.ui.retry }));
    expect(await screen.findByTitle(/Carte des mesures/)).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('says so when no system is on record', async () => {
    render([]);
    expect(
      await screen.findByText('Aucun système d’information n’est encore enregistré.'),
    ).toBeTruthy();
    expect(document.querySelector('svg.dbm-system-graph-drawing')).toBeNull();
  });
});

describe('a system with more measures than its entry holds', () => {
  const extra = Array.from({ length: 3 }, (_, i) =>
    link('uses', {
      id: `m-extra-${i}`,
      slug: `extra-${i}`,
      title: `Extra measure ${i}`,
      stage: 'proposal',
      kind: 'regulation',
    }),
  );

  it('loads the other measures on request, into the list and the drawing', async () => {
    const sis = system('SIS', 'Schengen Information System', [link('links', linkage)], {
      total: 4,
      nextCursor: 'sis-1',
    });
    const fetch = stubApi({
      'systems.list': () => ({
        ...listed([sis]),
        measureCount: 4,
        linkCount: 4,
      }),
      'systems.measures': () => ({ items: extra, nextCursor: null }),
    });
    const { container } = renderInApp(<SystemsPage />, { locale: 'fr', api: true });
    const drawing = (await screen.findByTitle(/Carte des mesures/)).closest('svg')!;
    expect(drawing.querySelectorAll('.dbm-graph-node-measure')).toHaveLength(1);
    expect(container.textContent).toContain('1 système · 4 mesures · 4 liens');
    const entry = container.querySelector('#system-sis') as HTMLElement;
    expect(within(entry).getByText('1 sur 4 à l’écran')).toBeTruthy();

    fireEvent.click(within(entry).getByRole('button', { name: 'Afficher 3 de plus' }));
    await waitFor(() => expect(within(entry).getAllByRole('listitem')).toHaveLength(4));
    expect(inputsOf(fetch, 'systems.measures')).toEqual([
      { systemId: sis.id, cursor: 'sis-1', limit: 50 },
    ]);
    expect(drawing.querySelectorAll('.dbm-graph-node-measure')).toHaveLength(4);
    expect(within(entry).queryByRole('button')).toBeNull();
  });
});
