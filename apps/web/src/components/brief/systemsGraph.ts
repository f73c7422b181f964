import type { SystemAction } from '@dossier/domain';
import type { Brief } from '../../trpc';

export type SystemLink = Brief['systems'][number];

interface Box {
  x: number;
  y: number;
  /** Half width and half height: boxes are placed by their centre. */
  hw: number;
  hh: number;
}

export interface SystemNode extends Box {
  id: string;
  acronym: string;
  name: string;
  actions: SystemAction[];
}

export interface GraphEdge {
  systemId: string;
  actions: SystemAction[];
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  /** Where the action label sits: the middle of the visible part of the edge. */
  labelX: number;
  labelY: number;
}

/**
 * `wide`: the measure in the middle, the systems on an ellipse around it. `tall`, for a phone:
 * the measure on top, the systems in a column hanging off one trunk, so the labels keep their
 * size instead of shrinking with a wide drawing.
 */
export type GraphShape = 'wide' | 'tall';

export interface SystemsGraph {
  width: number;
  height: number;
  centre: Box;
  nodes: SystemNode[];
  edges: GraphEdge[];
  /** The vertical line the systems hang off in the tall shape. */
  trunk: { x: number; y1: number; y2: number } | null;
}

const nodeHeight = 36;
/** Roughly the width of one character of the 15px bold acronym. */
const charWidth = 9.5;

/** One node per system, with every action the measure takes on it; placed at 0,0. */
function systemNodes(links: readonly SystemLink[]): SystemNode[] {
  const bySystem = new Map<string, SystemNode>();
  for (const link of links) {
    const known = bySystem.get(link.system.id);
    if (known) {
      if (!known.actions.includes(link.action)) known.actions.push(link.action);
      continue;
    }
    bySystem.set(link.system.id, {
      id: link.system.id,
      acronym: link.system.acronym,
      name: link.system.name,
      actions: [link.action],
      x: 0,
      y: 0,
      hw: Math.max(32, (link.system.acronym.length * charWidth + 24) / 2),
      hh: nodeHeight / 2,
    });
  }
  return [...bySystem.values()];
}

/** How far a ray from a box's centre travels before it leaves the box. */
function exitDistance(box: Box, dx: number, dy: number): number {
  const tx = dx === 0 ? Number.POSITIVE_INFINITY : box.hw / Math.abs(dx);
  const ty = dy === 0 ? Number.POSITIVE_INFINITY : box.hh / Math.abs(dy);
  return Math.min(tx, ty);
}

/** The edge from the measure's box to a node's box, from border to border. */
function edgeBetween(centre: Box, node: SystemNode): GraphEdge {
  const dx = node.x - centre.x;
  const dy = node.y - centre.y;
  const from = exitDistance(centre, dx, dy);
  const to = 1 - exitDistance(node, dx, dy);
  const mid = (from + to) / 2;
  return {
    systemId: node.id,
    actions: node.actions,
    x1: round(centre.x + dx * from),
    y1: round(centre.y + dy * from),
    x2: round(centre.x + dx * to),
    y2: round(centre.y + dy * to),
    labelX: round(centre.x + dx * mid),
    labelY: round(centre.y + dy * mid),
  };
}

function wideLayout(nodes: SystemNode[]): SystemsGraph {
  const width = 560;
  const height = 340;
  const centre: Box = { x: width / 2, y: height / 2, hw: 80, hh: 26 };
  nodes.forEach((node, i) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / nodes.length;
    // A long acronym on the left or right is pulled in rather than cut off by the frame.
    const x = centre.x + 205 * Math.cos(angle);
    node.x = round(Math.min(width - node.hw - 4, Math.max(node.hw + 4, x)));
    node.y = round(centre.y + 125 * Math.sin(angle));
  });
  return {
    width,
    height,
    centre,
    nodes,
    edges: nodes.map((n) => edgeBetween(centre, n)),
    trunk: null,
  };
}

function tallLayout(nodes: SystemNode[]): SystemsGraph {
  const width = 340;
  const trunkX = 40;
  const firstRow = 100;
  const rowGap = 56;
  const centre: Box = { x: 112, y: 34, hw: 100, hh: 24 };
  // One width for the whole column, so the branches line up.
  const hw = Math.max(0, ...nodes.map((n) => n.hw));
  const edges = nodes.map((node, i) => {
    node.hw = hw;
    node.y = firstRow + i * rowGap;
    node.x = width - 12 - node.hw;
    const x2 = round(node.x - node.hw);
    return {
      systemId: node.id,
      actions: node.actions,
      x1: trunkX,
      y1: node.y,
      x2,
      y2: node.y,
      labelX: round((trunkX + x2) / 2),
      labelY: node.y,
    };
  });
  const last = nodes.at(-1)?.y ?? firstRow;
  return {
    width,
    height: last + nodeHeight / 2 + 16,
    centre,
    nodes,
    edges,
    trunk: { x: trunkX, y1: centre.y + centre.hh, y2: last },
  };
}

/**
 * The measure and one node per system around it; a system the measure touches in several ways
 * gets one edge with all of its actions. Coordinates are in the SVG's own units (a viewBox that
 * scales). The wide shape starts at the top and goes clockwise.
 */
export function layoutSystemsGraph(
  links: readonly SystemLink[],
  shape: GraphShape = 'wide',
): SystemsGraph {
  const nodes = systemNodes(links);
  return shape === 'wide' ? wideLayout(nodes) : tallLayout(nodes);
}

const round = (n: number) => Math.round(n * 10) / 10;
