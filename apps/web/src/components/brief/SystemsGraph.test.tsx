import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { en } from '../../i18n/en';
import { renderInApp } from '../../test/render';
import { indexSources } from '../SourceRef';
import { systemLink } from './fixtures';
import { SystemsPanel } from './SystemsGraph';
import { layoutSystemsGraph } from './systemsGraph';
import { briefText } from './text';

afterEach(cleanup);

const four = [
  systemLink('VIS', 'links', { name: 'Visa Information System' }),
  systemLink('SIS', 'links', { name: 'Schengen Information System' }),
  systemLink('Eurodac', 'links'),
  systemLink('PNR', 'links'),
];

describe('layoutSystemsGraph', () => {
  it('gives each system one node and one edge from the measure', () => {
    const graph = layoutSystemsGraph(four);
    expect(graph.nodes.map((n) => n.acronym)).toEqual(['VIS', 'SIS', 'Eurodac', 'PNR']);
    expect(graph.edges.map((e) => e.systemId)).toEqual(graph.nodes.map((n) => n.id));
    expect(graph.edges.every((e) => e.actions.join() === 'links')).toBe(true);
  });

  it('joins the actions of a system the measure touches in several ways into one edge', () => {
    const graph = layoutSystemsGraph([
      systemLink('SIS', 'extends'),
      systemLink('VIS', 'creates'),
      systemLink('SIS', 'links'),
    ]);
    expect(graph.nodes.map((n) => n.acronym)).toEqual(['SIS', 'VIS']);
    expect(graph.edges.map((e) => e.actions)).toEqual([['extends', 'links'], ['creates']]);
  });

  it('places the systems around the measure, inside the frame, the labels between them', () => {
    const graph = layoutSystemsGraph([...four, systemLink('ECRIS-TCN', 'uses')]);
    const { centre } = graph;
    for (const node of graph.nodes) {
      expect(node.x - node.hw).toBeGreaterThanOrEqual(0);
      expect(node.x + node.hw).toBeLessThanOrEqual(graph.width);
      expect(node.y - node.hh).toBeGreaterThanOrEqual(0);
      expect(node.y + node.hh).toBeLessThanOrEqual(graph.height);
      // No node sits on the measure.
      const apart =
        Math.abs(node.x - centre.x) >= node.hw + centre.hw ||
        Math.abs(node.y - centre.y) >= node.hh + centre.hh;
      expect(apart).toBe(true);
    }
    const [top] = graph.nodes;
    expect(top!.x).toBe(centre.x);
    expect(top!.y).toBeLessThan(centre.y);
    for (const edge of graph.edges) {
      const node = graph.nodes.find((n) => n.id === edge.systemId)!;
      // The edge starts at the border of the measure's box and stops at the system's.
      expect(
        Math.abs(edge.x1 - centre.x) >= centre.hw - 0.1 ||
          Math.abs(edge.y1 - centre.y) >= centre.hh - 0.1,
      ).toBe(true);
      expect(
        Math.abs(edge.x2 - node.x) >= node.hw - 0.1 || Math.abs(edge.y2 - node.y) >= node.hh - 0.1,
      ).toBe(true);
      expect(edge.labelX).toBeCloseTo((edge.x1 + edge.x2) / 2, 0);
      expect(edge.labelY).toBeCloseTo((edge.y1 + edge.y2) / 2, 0);
    }
  });
});

describe('layoutSystemsGraph, tall', () => {
  it('hangs one node per system off a trunk below the measure, one row each', () => {
    const graph = layoutSystemsGraph([...four, systemLink('SIS', 'extends')], 'tall');
    expect(graph.nodes.map((n) => n.acronym)).toEqual(['VIS', 'SIS', 'Eurodac', 'PNR']);
    const rows = graph.nodes.map((n) => n.y);
    expect(new Set(rows).size).toBe(4);
    expect([...rows].sort((a, b) => a - b)).toEqual(rows);
    const { trunk, centre } = graph;
    expect(trunk!.y1).toBe(centre.y + centre.hh);
    expect(trunk!.y2).toBe(rows.at(-1));
    for (const [i, edge] of graph.edges.entries()) {
      const node = graph.nodes[i]!;
      expect(edge.systemId).toBe(node.id);
      expect([edge.x1, edge.y1, edge.y2]).toEqual([trunk!.x, node.y, node.y]);
      expect(edge.x2).toBe(node.x - node.hw);
      expect(edge.labelX).toBeGreaterThan(edge.x1);
      expect(edge.labelX).toBeLessThan(edge.x2);
      expect(node.x + node.hw).toBeLessThanOrEqual(graph.width);
    }
    expect(graph.edges[1]!.actions).toEqual(['links', 'extends']);
    expect(graph.height).toBeGreaterThanOrEqual(rows.at(-1)! + 18);
  });
});

describe('SystemsPanel', () => {
  it('draws one node per system with its action on the edge, described for screen readers', () => {
    const { container } = renderInApp(
      <SystemsPanel
        links={[...four, systemLink('SIS', 'extends', { name: 'Schengen Information System' })]}
        measureTitle="Linking the databases"
        sources={indexSources([])}
      />,
    );
    const graph = screen.getByRole('img', {
      name: `${briefText.en.graphTitle('Linking the databases')} VIS (Visa Information System): Links; SIS (Schengen Information System): Links, extends; Eurodac (Eurodac system): Links; PNR (PNR system): Links`,
    });
    const nodes = [...graph.querySelectorAll('.bf-node-system text')].map((t) => t.textContent);
    expect(nodes).toEqual(['VIS', 'SIS', 'Eurodac', 'PNR']);
    const labels = [...graph.querySelectorAll('.bf-edge-label text')].map((t) => t.textContent);
    expect(labels).toEqual(['Links', 'Links, extends', 'Links', 'Links']);
    expect(graph.querySelector('.bf-node-measure text')!.textContent).toBe(
      briefText.en.thisMeasure,
    );

    // The same facts as a table, one row per link.
    const table = screen.getByRole('table', { name: briefText.en.systemsTable });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual([
      'VIS',
      'SIS',
      'Eurodac',
      'PNR',
      'SIS',
    ]);
    expect(rows[4]!.textContent).toContain(en.systemAction.extends);
    expect(container.querySelectorAll('.no-source')).toHaveLength(5);
  });

  it('speaks German in the graph', () => {
    renderInApp(
      <SystemsPanel
        links={four.slice(0, 1)}
        measureTitle="Datenbanken"
        sources={indexSources([])}
      />,
      { locale: 'de' },
    );
    const graph = screen.getByRole('img');
    expect(graph.querySelector('title')!.textContent).toBe(
      'Informationssysteme, die „Datenbanken“ betrifft',
    );
    expect(graph.querySelector('.bf-node-measure text')!.textContent).toBe('Dieses Vorhaben');
  });

  it('says so when the measure touches no system', () => {
    renderInApp(<SystemsPanel links={[]} measureTitle="x" sources={indexSources([])} />);
    expect(screen.getByText(en.ui.brief.noSystems)).toBeTruthy();
    expect(screen.queryByRole('img')).toBeNull();
  });
});
