// Where each box and line of the database map goes. Measures stand in the left column and
// the information systems in the right one, each edge running from a measure to a system it
// creates, extends, links or uses. Pure and deterministic: the same systems at the same width
// always give the same picture, which is what the tests pin down.
// Hand-written, not dagre/elkjs: two fixed columns need only sorting and stacking, at no KB cost.
import type { MeasureKind, Stage, SystemAction } from '@dossier/domain';
import { textWidth, wrapText } from './wrap';

export interface GraphMeasure {
  id: string;
  slug: string;
  title: string;
  /** Null for a measure that follows no procedure. */
  stage: Stage | null;
  kind: MeasureKind;
}

export interface GraphSystem {
  id: string;
  slug: string;
  acronym: string;
  name: string;
  measures: readonly { action: SystemAction; measure: GraphMeasure }[];
}

export interface Point {
  x: number;
  y: number;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface MeasureNode extends Box {
  id: string;
  measure: GraphMeasure;
  titleLines: string[];
}

export interface SystemNode extends Box {
  id: string;
  system: GraphSystem;
  nameLines: string[];
}

export interface GraphEdge {
  id: string;
  measureId: string;
  systemId: string;
  action: SystemAction;
  start: Point;
  end: Point;
  /** An SVG path: a horizontal S-curve from the measure's right side to the system's left. */
  path: string;
  label: Box & {
    text: string;
    centre: Point;
    /** False where the label would cover another: it then shows only while highlighted. */
    shown: boolean;
  };
}

export interface ColumnHeading {
  x: number;
  /** Baselines of the heading's lines, top to bottom. */
  lines: { text: string; y: number }[];
}

export interface GraphLayout {
  width: number;
  height: number;
  columns: { measures: Box; systems: Box };
  headings: { measures: ColumnHeading; systems: ColumnHeading };
  measures: MeasureNode[];
  systems: SystemNode[];
  edges: GraphEdge[];
}

/**
 * Sizes in SVG user units; the component and its CSS draw text with the same font sizes.
 * `glyph` is the average character width as a share of the size, measured in Chromium on
 * English, French and German samples and rounded up, bold faces being wider.
 */
export const metrics = {
  padding: 8,
  nodeGap: 14,
  nodePadX: 12,
  nodePadY: 10,
  heading: { size: 12, line: 16, glyph: 0.68, below: 14 },
  title: { size: 14, line: 18, glyph: 0.64 },
  meta: { size: 12, line: 16 },
  acronym: { size: 16, line: 20 },
  name: { size: 13, line: 17, glyph: 0.58 },
  label: { size: 12, height: 18, padX: 6, glyph: 0.64 },
} as const;

const actionOrder: Record<SystemAction, number> = { creates: 0, extends: 1, links: 2, uses: 3 };

export interface LayoutOptions {
  /** Width of the drawing in user units; the height follows from the content. */
  width: number;
  /** The words written on each edge, in the reader's language. */
  actionLabels: Record<SystemAction, string>;
  /** The words above each column. */
  headings: { measures: string; systems: string };
}

const mean = (values: readonly number[]) =>
  values.reduce((sum, v) => sum + v, 0) / Math.max(1, values.length);

/** Sorts items by a key, keeping the given order among equal keys; items without one go last. */
function sortByKey<T>(items: readonly T[], key: (item: T) => number | null): T[] {
  return items
    .map((item, index) => ({ item, index, k: key(item) }))
    .sort((a, b) => {
      const ka = a.k ?? Number.POSITIVE_INFINITY;
      const kb = b.k ?? Number.POSITIVE_INFINITY;
      return ka !== kb ? ka - kb : a.index - b.index;
    })
    .map((entry) => entry.item);
}

/**
 * Orders both columns so linked boxes face each other (the barycentre heuristic): each measure
 * goes by the mean position of its systems, then each system by the mean of its measures, back
 * and forth, keeping the order whose lines cross least.
 */
function orderColumns(systems: readonly GraphSystem[]) {
  const measures = new Map<string, GraphMeasure>();
  const neighbours = new Map<string, Set<string>>(); // node id -> ids of the other column
  const link = (a: string, b: string) => {
    const set = neighbours.get(a) ?? new Set<string>();
    set.add(b);
    neighbours.set(a, set);
  };
  for (const system of systems) {
    for (const { measure } of system.measures) {
      if (!measures.has(measure.id)) measures.set(measure.id, measure);
      link(system.id, measure.id);
      link(measure.id, system.id);
    }
  }
  const indexOf = (order: readonly { id: string }[]) =>
    new Map(order.map((item, i) => [item.id, i] as const));
  const barycentre = (id: string, index: Map<string, number>) => {
    const around = [...(neighbours.get(id) ?? [])].map((n) => index.get(n) ?? 0);
    return around.length ? mean(around) : null;
  };

  const crossings = (
    systemOrder: readonly GraphSystem[],
    measureOrder: readonly GraphMeasure[],
  ) => {
    const systemIndex = indexOf(systemOrder);
    const measureIndex = indexOf(measureOrder);
    const pairs = systems.flatMap((system) =>
      system.measures.map(
        ({ measure }) => [measureIndex.get(measure.id)!, systemIndex.get(system.id)!] as const,
      ),
    );
    let count = 0;
    for (let i = 0; i < pairs.length; i++) {
      for (let j = i + 1; j < pairs.length; j++) {
        if ((pairs[i]![0] - pairs[j]![0]) * (pairs[i]![1] - pairs[j]![1]) < 0) count++;
      }
    }
    return count;
  };

  let systemOrder = [...systems];
  let measureOrder = sortByKey([...measures.values()], (m) =>
    barycentre(m.id, indexOf(systemOrder)),
  );
  let best = { systemOrder, measureOrder, crossings: crossings(systemOrder, measureOrder) };
  // A few sweeps back and forth; each may undo the last one's gains, so the best is kept.
  for (let sweep = 0; sweep < 6 && best.crossings > 0; sweep++) {
    const measureIndex = indexOf(measureOrder);
    systemOrder = sortByKey(systemOrder, (s) => barycentre(s.id, measureIndex));
    const systemIndex = indexOf(systemOrder);
    measureOrder = sortByKey(measureOrder, (m) => barycentre(m.id, systemIndex));
    const count = crossings(systemOrder, measureOrder);
    if (count < best.crossings) best = { systemOrder, measureOrder, crossings: count };
  }
  systemOrder = best.systemOrder;
  measureOrder = best.measureOrder;
  return { systemOrder, measureOrder, neighbours };
}

/** Stacks boxes from the top, one under the other. */
function stack(heights: readonly number[], top: number): number[] {
  const ys: number[] = [];
  let y = top;
  for (const h of heights) {
    ys.push(y);
    y += h + metrics.nodeGap;
  }
  return ys;
}

/**
 * Puts each box as near as it can to where it wants to be (the middle of what it links to)
 * without two boxes touching and without leaving [top, bottom]. The boxes keep their order.
 */
export function placeNear(
  wanted: readonly number[],
  heights: readonly number[],
  top: number,
  bottom: number,
): number[] {
  const gap = metrics.nodeGap;
  const ys = wanted.map((centre, i) => centre - heights[i]! / 2);
  for (let i = 0; i < ys.length; i++) {
    const floor = i === 0 ? top : ys[i - 1]! + heights[i - 1]! + gap;
    ys[i] = Math.max(ys[i]!, floor);
  }
  for (let i = ys.length - 1; i >= 0; i--) {
    const ceiling = i === ys.length - 1 ? bottom - heights[i]! : ys[i + 1]! - gap - heights[i]!;
    ys[i] = Math.min(ys[i]!, ceiling);
  }
  // Only if the boxes need more room than there is could the second pass push one above the
  // top; one more downward pass then wins, and the column simply grows.
  for (let i = 0; i < ys.length; i++) {
    const floor = i === 0 ? top : ys[i - 1]! + heights[i - 1]! + gap;
    ys[i] = Math.max(ys[i]!, floor);
  }
  return ys;
}

const bezier = (p0: Point, p1: Point, p2: Point, p3: Point, t: number): Point => {
  const u = 1 - t;
  const a = u * u * u;
  const b = 3 * u * u * t;
  const c = 3 * u * t * t;
  const d = t * t * t;
  return {
    x: a * p0.x + b * p1.x + c * p2.x + d * p3.x,
    y: a * p0.y + b * p1.y + c * p2.y + d * p3.y,
  };
};

export const overlaps = (a: Box, b: Box, margin = 0): boolean =>
  a.x < b.x + b.width + margin &&
  b.x < a.x + a.width + margin &&
  a.y < b.y + b.height + margin &&
  b.y < a.y + a.height + margin;

const round = (n: number) => Math.round(n * 10) / 10;

export function layoutSystemGraph(
  systems: readonly GraphSystem[],
  { width, actionLabels, headings }: LayoutOptions,
): GraphLayout {
  const m = metrics;
  const gap = Math.round(Math.min(280, Math.max(90, width * 0.24)));
  const columnWidth = Math.floor((width - 2 * m.padding - gap) / 2);
  const measureX = m.padding;
  const systemX = width - m.padding - columnWidth;
  const charsIn = (room: number, style: { size: number; glyph: number }) =>
    room / (style.size * style.glyph);
  const headingChars = charsIn(columnWidth, m.heading);
  const headingLines = {
    measures: wrapText(headings.measures, headingChars, 2),
    systems: wrapText(headings.systems, headingChars, 2),
  };
  const headingRows = Math.max(headingLines.measures.length, headingLines.systems.length);
  const top = m.padding + headingRows * m.heading.line + m.heading.below;
  const headingAt = (x: number, lines: string[]): ColumnHeading => ({
    x,
    lines: lines.map((text, i) => ({ text, y: m.padding + i * m.heading.line + m.heading.size })),
  });
  const inner = columnWidth - 2 * m.nodePadX;
  const titleChars = charsIn(inner, m.title);
  const nameChars = charsIn(inner, m.name);
  // A phone gets narrower boxes, so it may take a line more before cutting a title short.
  const titleLinesMax = width < 700 ? 4 : 3;
  const nameLinesMax = width < 700 ? 3 : 2;

  const { systemOrder, measureOrder, neighbours } = orderColumns(systems);

  const measureLines = measureOrder.map((mm) => wrapText(mm.title, titleChars, titleLinesMax));
  const measureHeights = measureLines.map(
    (lines) => 2 * m.nodePadY + lines.length * m.title.line + 4 + m.meta.line,
  );
  const systemLines = systemOrder.map((s) => wrapText(s.name, nameChars, nameLinesMax));
  const systemHeights = systemLines.map(
    (lines) => 2 * m.nodePadY + m.acronym.line + lines.length * m.name.line,
  );
  const columnHeight = (heights: number[]) =>
    heights.reduce((sum, h) => sum + h, 0) + m.nodeGap * Math.max(0, heights.length - 1);

  // The fuller column is stacked; the other is placed beside what it links to.
  const systemsLead = columnHeight(systemHeights) >= columnHeight(measureHeights);
  const leadHeights = systemsLead ? systemHeights : measureHeights;
  const followHeights = systemsLead ? measureHeights : systemHeights;
  const leadIds = (systemsLead ? systemOrder : measureOrder).map((n) => n.id);
  const followIds = (systemsLead ? measureOrder : systemOrder).map((n) => n.id);
  const leadYs = stack(leadHeights, top);
  const bottom = top + columnHeight(leadHeights);
  const leadCentre = new Map(leadIds.map((id, i) => [id, leadYs[i]! + leadHeights[i]! / 2]));
  const fallback = stack(followHeights, top).map((y, i) => y + followHeights[i]! / 2);
  const wanted = followIds.map((id, i) => {
    const around = [...(neighbours.get(id) ?? [])].map((n) => leadCentre.get(n)!);
    return around.length ? mean(around) : fallback[i]!;
  });
  const followYs = placeNear(wanted, followHeights, top, bottom);
  const measureYs = systemsLead ? followYs : leadYs;
  const systemYs = systemsLead ? leadYs : followYs;

  const measureNodes: MeasureNode[] = measureOrder.map((measure, i) => ({
    id: measure.id,
    measure,
    titleLines: measureLines[i]!,
    x: measureX,
    y: measureYs[i]!,
    width: columnWidth,
    height: measureHeights[i]!,
  }));
  const systemNodes: SystemNode[] = systemOrder.map((system, i) => ({
    id: system.id,
    system,
    nameLines: systemLines[i]!,
    x: systemX,
    y: systemYs[i]!,
    width: columnWidth,
    height: systemHeights[i]!,
  }));
  const measureById = new Map(measureNodes.map((n) => [n.id, n]));
  const systemById = new Map(systemNodes.map((n) => [n.id, n]));
  const centreY = (box: Box) => box.y + box.height / 2;

  const links = systemOrder.flatMap((system) =>
    system.measures.map(({ action, measure }) => ({
      id: `${measure.id}>${system.id}:${action}`,
      action,
      measure: measureById.get(measure.id)!,
      system: systemById.get(system.id)!,
    })),
  );

  // Several edges at one box leave it from separate points, in the order of their other ends,
  // so they fan out instead of crossing on the box.
  const ports = new Map<string, number>();
  const assignPorts = (side: 'measure' | 'system') => {
    const other = side === 'measure' ? 'system' : 'measure';
    const byNode = new Map<Box & { id: string }, typeof links>();
    for (const l of links) byNode.set(l[side], [...(byNode.get(l[side]) ?? []), l]);
    for (const [node, edges] of byNode) {
      const sorted = [...edges].sort(
        (a, b) =>
          centreY(a[other]) - centreY(b[other]) || actionOrder[a.action] - actionOrder[b.action],
      );
      sorted.forEach((edge, i) => {
        ports.set(`${side}|${edge.id}`, node.y + (node.height * (i + 1)) / (sorted.length + 1));
      });
    }
  };
  assignPorts('measure');
  assignPorts('system');

  // Labels sit nearer the column with more boxes, where fanned-out edges are furthest apart.
  const t = measureNodes.length <= systemNodes.length ? 0.66 : 0.34;
  const placedLabels: Box[] = [];
  const nodeBoxes: Box[] = [...measureNodes, ...systemNodes];
  const edges: GraphEdge[] = links.map((l) => {
    const start = { x: l.measure.x + l.measure.width, y: ports.get(`measure|${l.id}`)! };
    const end = { x: l.system.x, y: ports.get(`system|${l.id}`)! };
    const bend = (end.x - start.x) / 2;
    const c1 = { x: start.x + bend, y: start.y };
    const c2 = { x: end.x - bend, y: end.y };
    const centre = bezier(start, c1, c2, end, t);
    const text = actionLabels[l.action];
    const labelWidth = textWidth(text, m.label.size, m.label.glyph) + 2 * m.label.padX;
    const labelBox = {
      x: centre.x - labelWidth / 2,
      y: centre.y - m.label.height / 2,
      width: labelWidth,
      height: m.label.height,
    };
    const shown =
      !placedLabels.some((b) => overlaps(b, labelBox, 2)) &&
      !nodeBoxes.some((b) => overlaps(b, labelBox));
    if (shown) placedLabels.push(labelBox);
    return {
      id: l.id,
      measureId: l.measure.id,
      systemId: l.system.id,
      action: l.action,
      start,
      end,
      path: `M${round(start.x)} ${round(start.y)} C${round(c1.x)} ${round(c1.y)} ${round(c2.x)} ${round(c2.y)} ${round(end.x)} ${round(end.y)}`,
      label: { ...labelBox, text, centre, shown },
    };
  });

  const contentBottom = Math.max(
    top,
    ...measureNodes.map((n) => n.y + n.height),
    ...systemNodes.map((n) => n.y + n.height),
  );
  const height = Math.ceil(contentBottom + m.padding);
  return {
    width,
    height,
    columns: {
      measures: { x: measureX, y: m.padding, width: columnWidth, height: height - 2 * m.padding },
      systems: { x: systemX, y: m.padding, width: columnWidth, height: height - 2 * m.padding },
    },
    headings: {
      measures: headingAt(measureX, headingLines.measures),
      systems: headingAt(systemX, headingLines.systems),
    },
    measures: measureNodes,
    systems: systemNodes,
    edges,
  };
}
