import type { SystemAction } from '@dossier/domain';
import { describe, expect, it } from 'vitest';
import { en } from '../../i18n/en';
import {
  type Box,
  type GraphMeasure,
  type GraphSystem,
  layoutSystemGraph,
  overlaps,
  placeNear,
} from './layout';
import { wrapText } from './wrap';

const measure = (n: number, title = `Measure number ${n} on the linkage of databases`) =>
  ({
    id: `m${n}`,
    slug: `measure-${n}`,
    title,
    stage: 'announced',
    kind: 'initiative',
  }) satisfies GraphMeasure;

const system = (
  acronym: string,
  links: [GraphMeasure, SystemAction][] = [],
  name = `${acronym} information system`,
): GraphSystem => ({
  id: `s-${acronym}`,
  slug: acronym.toLowerCase(),
  acronym,
  name,
  measures: links.map(([m, action]) => ({ action, measure: m })),
});

const options = {
  width: 960,
  actionLabels: en.systemAction,
  headings: { measures: 'Mesures', systems: 'Systèmes d’information' },
};

const noneOverlap = (boxes: readonly Box[]) => {
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      if (overlaps(boxes[i]!, boxes[j]!)) return false;
    }
  }
  return true;
};

const centre = (b: Box) => b.y + b.height / 2;

describe('layoutSystemGraph', () => {
  // The demo dossier: one initiative that links four databases.
  const linkage = measure(1, "Franco-German push for closer links between the EU's databases");
  const demo = ['Eurodac', 'PNR', 'SIS', 'VIS'].map((a) => system(a, [[linkage, 'links']]));

  it('puts measures left and systems right, one edge per link, each labelled with its action', () => {
    const layout = layoutSystemGraph(demo, options);
    expect(layout.measures).toHaveLength(1);
    expect(layout.systems.map((s) => s.system.acronym)).toEqual(['Eurodac', 'PNR', 'SIS', 'VIS']);
    expect(layout.edges).toHaveLength(4);
    const [m] = layout.measures;
    for (const s of layout.systems) expect(m!.x + m!.width).toBeLessThan(s.x);
    for (const edge of layout.edges) {
      expect(edge.start.x).toBe(m!.x + m!.width);
      expect(edge.path.startsWith(`M${edge.start.x} `)).toBe(true);
      expect(edge.label.text).toBe('Links');
    }
    expect(layout.edges.every((e) => e.label.shown)).toBe(true);
    expect(noneOverlap(layout.edges.map((e) => e.label))).toBe(true);
  });

  it('centres a lone measure on the systems it links', () => {
    const layout = layoutSystemGraph(demo, options);
    const systems = layout.systems;
    const middle = (centre(systems[0]!) + centre(systems.at(-1)!)) / 2;
    expect(centre(layout.measures[0]!)).toBeCloseTo(middle, 5);
  });

  it('spreads the edges of one box over separate points, in the order of their other ends', () => {
    const layout = layoutSystemGraph(demo, options);
    const starts = layout.edges.map((e) => e.start.y);
    expect(new Set(starts).size).toBe(4);
    const bySystemY = [...layout.edges].sort(
      (a, b) =>
        centre(layout.systems.find((s) => s.id === a.systemId)!) -
        centre(layout.systems.find((s) => s.id === b.systemId)!),
    );
    const ys = bySystemY.map((e) => e.start.y);
    expect(ys).toEqual([...ys].sort((a, b) => a - b));
  });

  // Twenty boxes: 12 measures and 8 systems, linked in a fixed but irregular pattern.
  const measures = Array.from({ length: 12 }, (_, i) => measure(i + 1));
  const actions: SystemAction[] = ['creates', 'extends', 'links', 'uses'];
  const crowded = Array.from({ length: 8 }, (_, s) =>
    system(
      `SYS${s}`,
      measures
        .filter((_, m) => (m * 7 + s * 3) % 5 === 0 || m === s)
        .map((m, k) => [m, actions[(s + k) % 4]!]),
      s === 5
        ? 'A system whose name is much too long to fit on two lines of its box at all'
        : undefined,
    ),
  );
  crowded.push(system('NEW')); // a system no measure touches yet

  it('lays out twenty-odd boxes without any two overlapping, all inside the drawing', () => {
    const layout = layoutSystemGraph(crowded, options);
    const linkCount = crowded.reduce((sum, s) => sum + s.measures.length, 0);
    expect(layout.edges).toHaveLength(linkCount);
    expect(layout.measures).toHaveLength(12);
    expect(layout.systems).toHaveLength(9);
    const boxes = [...layout.measures, ...layout.systems];
    expect(noneOverlap(boxes)).toBe(true);
    for (const b of boxes) {
      expect(b.x).toBeGreaterThanOrEqual(0);
      expect(b.y).toBeGreaterThanOrEqual(0);
      expect(b.x + b.width).toBeLessThanOrEqual(layout.width);
      expect(b.y + b.height).toBeLessThanOrEqual(layout.height);
    }
    const shown = layout.edges.filter((e) => e.label.shown).map((e) => e.label);
    expect(shown.length).toBeGreaterThan(0);
    expect(noneOverlap(shown)).toBe(true);
    expect(layout.systems.some((s) => s.system.acronym === 'NEW')).toBe(true);
  });

  it('stacks boxes that all want the same place instead of piling them up', () => {
    const many = Array.from({ length: 6 }, (_, i) => measure(i + 1));
    // B, C and D all hang on the first measure, at the top of a taller column of measures.
    const layout = layoutSystemGraph(
      [
        ...['B', 'C', 'D'].map((a) => system(a, [[many[0]!, 'creates']])),
        system(
          'A',
          many.slice(1).map((m) => [m, 'uses']),
        ),
      ],
      options,
    );
    expect(layout.measures[0]!.id).toBe('m1');
    expect(noneOverlap(layout.systems)).toBe(true);
    expect(noneOverlap(layout.measures)).toBe(true);
    for (const s of layout.systems) expect(s.y).toBeGreaterThanOrEqual(0);
    const first = layout.measures.find((m) => m.id === 'm1')!;
    expect(layout.systems[0]!.y).toBeLessThanOrEqual(first.y + first.height);
  });

  it('gives the same picture for the same input, and a narrower one for a phone', () => {
    const a = layoutSystemGraph(crowded, options);
    const b = layoutSystemGraph(crowded, options);
    expect(b).toEqual(a);
    const narrow = layoutSystemGraph(crowded, { ...options, width: 480 });
    expect(narrow.width).toBe(480);
    expect(noneOverlap([...narrow.measures, ...narrow.systems])).toBe(true);
    for (const s of narrow.systems) expect(s.x + s.width).toBeLessThanOrEqual(480);
    // The systems heading no longer fits one line of a narrow column: it wraps, and the boxes
    // start below it.
    expect(narrow.headings.systems.lines).toHaveLength(2);
    expect(a.headings.systems.lines).toHaveLength(1);
    const headingBottom = narrow.headings.systems.lines.at(-1)!.y;
    for (const b of [...narrow.measures, ...narrow.systems]) {
      expect(b.y).toBeGreaterThan(headingBottom);
    }
  });

  it('orders both columns so that links do not cross where they need not', () => {
    const [m1, m2, m3] = [measure(1), measure(2), measure(3)];
    const given = [
      system('X', [
        [m1, 'links'],
        [m3, 'creates'],
      ]),
      system('Y', [[m2, 'uses']]),
      system('Z', [[m1, 'extends']]),
    ];
    const layout = layoutSystemGraph(given, options);
    expect(layout.measures.map((m) => m.id)).toEqual(['m3', 'm1', 'm2']);
    expect(layout.systems.map((s) => s.system.acronym)).toEqual(['X', 'Z', 'Y']);
    const rank = (id: string) =>
      [...layout.measures, ...layout.systems].findIndex((n) => n.id === id);
    const pairs = layout.edges.map((e) => [rank(e.measureId), rank(e.systemId)] as const);
    const crossings = pairs.flatMap((a, i) =>
      pairs.slice(i + 1).filter((b) => (a[0] - b[0]) * (a[1] - b[1]) < 0),
    );
    expect(crossings).toEqual([]);
  });

  it('draws nothing but headings for no systems at all', () => {
    const layout = layoutSystemGraph([], options);
    expect(layout.edges).toEqual([]);
    expect(layout.measures).toEqual([]);
    expect(layout.height).toBeGreaterThan(0);
  });
});

describe('placeNear', () => {
  it('keeps boxes where they want to be when there is room', () => {
    expect(placeNear([50, 200], [20, 20], 0, 400)).toEqual([40, 190]);
  });

  it('pushes boxes apart, and back inside the column', () => {
    const ys = placeNear([100, 100, 100], [40, 40, 40], 0, 148);
    expect(ys).toEqual([0, 54, 108]);
    const low = placeNear([390, 395], [20, 20], 0, 400);
    expect(low[1]! + 20).toBeLessThanOrEqual(400);
    expect(low[0]! + 20).toBeLessThanOrEqual(low[1]!);
  });
});

describe('wrapText', () => {
  it('breaks at spaces and ends what does not fit with an ellipsis', () => {
    expect(wrapText('Visa Information System', 12, 3)).toEqual(['Visa', 'Information', 'System']);
    const lines = wrapText('one two three four five six seven eight', 9, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]!.endsWith('…')).toBe(true);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(9);
  });

  it('cuts a word longer than a line', () => {
    const lines = wrapText('Dactyloscopy', 6, 3);
    expect(lines.every((l) => l.length <= 6)).toBe(true);
    expect(lines.join('').replaceAll('-', '')).toBe('Dactyloscopy');
  });
});
