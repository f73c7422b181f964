import { type SystemAction, systemActions } from '@dossier/domain';
import { useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { stageName, useLabels, useTranslations } from '../../i18n';
import { Link, paths } from '../../router';
import {
  type GraphEdge,
  type GraphLayout,
  type GraphSystem,
  layoutSystemGraph,
  type MeasureNode,
  metrics,
  type SystemNode,
} from './layout';
import { systemStrings } from './strings';

const minWidth = 480;
const maxWidth = 1200;

/**
 * The width the drawing gets, in CSS pixels, so text is drawn at its real size. Below
 * `minWidth` (phones) the drawing is laid out at that width and scaled down to fit.
 */
function useDrawingWidth() {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(960);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => {
      const available = element.clientWidth;
      if (available > 0) {
        setWidth(Math.min(maxWidth, Math.max(minWidth, Math.floor(available / 10) * 10)));
      }
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width] as const;
}

type NodeKey = `m:${string}` | `s:${string}`;

/** Measures on the left, systems on the right, one line per action; hover or focus highlights. */
export function SystemGraph({ systems }: { systems: readonly GraphSystem[] }) {
  const t = useLabels();
  const s = useTranslations(systemStrings);
  const [ref, width] = useDrawingWidth();
  const layout = useMemo(
    () =>
      layoutSystemGraph(systems, {
        width,
        actionLabels: t.systemAction,
        headings: { measures: s.measuresColumn, systems: s.systemsColumn },
      }),
    [systems, width, t.systemAction, s],
  );
  const [active, setActive] = useState<NodeKey | null>(null);
  const markerId = useId();

  const touches = (edge: GraphEdge, key: NodeKey | null) =>
    key === `m:${edge.measureId}` || key === `s:${edge.systemId}`;
  const lit = new Set<NodeKey>();
  if (active) {
    lit.add(active);
    for (const edge of layout.edges) {
      if (touches(edge, active)) {
        lit.add(`m:${edge.measureId}`);
        lit.add(`s:${edge.systemId}`);
      }
    }
  }
  const nodeClass = (key: NodeKey, kind: string) =>
    `dbm-graph-node dbm-graph-node-${kind}${active ? (lit.has(key) ? ' is-lit' : ' is-dim') : ''}`;
  const hover = (key: NodeKey) => ({
    onMouseEnter: () => setActive(key),
    onMouseLeave: () => setActive(null),
    onFocus: () => setActive(key),
    onBlur: () => setActive(null),
  });

  return (
    <div className="dbm-system-graph-frame">
      <div ref={ref} className={active ? 'dbm-system-graph has-active' : 'dbm-system-graph'}>
        <svg
          className="dbm-system-graph-drawing"
          viewBox={`0 0 ${layout.width} ${layout.height}`}
          width={layout.width}
          height={layout.height}
        >
          <title>{s.mapLabel}</title>
          <defs>
            {systemActions.map((action) => (
              <marker
                key={action}
                id={`${markerId}-${action}`}
                viewBox="0 0 10 10"
                refX="9"
                refY="5"
                markerUnits="userSpaceOnUse"
                markerWidth="10"
                markerHeight="10"
                orient="auto"
              >
                <path d="M0 0 L10 5 L0 10 z" className={`dbm-graph-arrow dbm-action-${action}`} />
              </marker>
            ))}
          </defs>
          <ColumnHeadings layout={layout} />
          <g>
            {layout.edges.map((edge) => (
              <path
                key={edge.id}
                d={edge.path}
                className={`dbm-graph-edge dbm-action-${edge.action}${
                  active ? (touches(edge, active) ? ' is-lit' : ' is-dim') : ''
                }`}
                markerEnd={`url(#${markerId}-${edge.action})`}
              />
            ))}
          </g>
          {layout.measures.map((node) => (
            <MeasureBox
              key={node.id}
              node={node}
              className={nodeClass(`m:${node.id}`, 'measure')}
              {...hover(`m:${node.id}`)}
            />
          ))}
          {layout.systems.map((node) => (
            <SystemBox
              key={node.id}
              node={node}
              className={nodeClass(`s:${node.id}`, 'system')}
              {...hover(`s:${node.id}`)}
            />
          ))}
          <g>
            {layout.edges
              .filter((edge) => (active ? touches(edge, active) : edge.label.shown))
              .map((edge) => (
                <EdgeLabel key={edge.id} edge={edge} />
              ))}
          </g>
        </svg>
      </div>
    </div>
  );
}

function ColumnHeadings({ layout }: { layout: GraphLayout }) {
  return (
    <g className="dbm-graph-heading">
      {[layout.headings.measures, layout.headings.systems].map((heading) => (
        <text key={heading.x}>
          {heading.lines.map((line) => (
            <tspan key={line.y} x={heading.x} y={line.y}>
              {line.text}
            </tspan>
          ))}
        </text>
      ))}
    </g>
  );
}

/** The box every node of the map is drawn in. */
function NodeBox({ node }: { node: { x: number; y: number; width: number; height: number } }) {
  return (
    <rect
      className="dbm-node-box"
      x={node.x}
      y={node.y}
      width={node.width}
      height={node.height}
      rx="6"
    />
  );
}

/** Text broken onto lines; each line but the last keeps its space, so a copy reads as one line. */
function WrappedText({
  className,
  lines,
  x,
  y,
}: {
  className: string;
  lines: readonly string[];
  x: number;
  y: (line: number) => number;
}) {
  return (
    <text className={className}>
      {lines.map((line, i) => (
        <tspan key={i} x={x} y={y(i)}>
          {i < lines.length - 1 ? `${line} ` : line}
        </tspan>
      ))}
    </text>
  );
}

interface NodeEvents {
  className: string;
  onMouseEnter: () => void;
  onMouseLeave: () => void;
  onFocus: () => void;
  onBlur: () => void;
}

function MeasureBox({ node, ...events }: { node: MeasureNode } & NodeEvents) {
  const t = useLabels();
  const s = useTranslations(systemStrings);
  const { measure } = node;
  const m = metrics;
  const textX = node.x + m.nodePadX;
  const firstLine = node.y + m.nodePadY;
  const metaTop = firstLine + node.titleLines.length * m.title.line + 4;
  return (
    <Link to={paths.measure(measure.slug)} {...events}>
      {/* Names the link, and shows the whole title where the box had to cut it short. */}
      <title>{s.measureNode(measure.title, stageName(t, measure.stage))}</title>
      <NodeBox node={node} />
      <WrappedText
        className="dbm-node-title"
        lines={node.titleLines}
        x={textX}
        y={(i) => firstLine + i * m.title.line + m.title.size}
      />
      <text className="dbm-node-meta" x={textX} y={metaTop + m.meta.size}>
        {stageName(t, measure.stage)} · {t.kind[measure.kind]}
      </text>
    </Link>
  );
}

function SystemBox({ node, ...events }: { node: SystemNode } & NodeEvents) {
  const s = useTranslations(systemStrings);
  const { system } = node;
  const m = metrics;
  const textX = node.x + m.nodePadX;
  const nameTop = node.y + m.nodePadY + m.acronym.line;
  return (
    <a href={`#system-${system.slug}`} {...events}>
      <title>{s.systemNode(system.acronym, system.name, countMeasures(system))}</title>
      <NodeBox node={node} />
      <text className="dbm-node-acronym" x={textX} y={node.y + m.nodePadY + m.acronym.size}>
        {system.acronym}
      </text>
      <WrappedText
        className="dbm-node-name"
        lines={node.nameLines}
        x={textX}
        y={(i) => nameTop + i * m.name.line + m.name.size}
      />
    </a>
  );
}

const countMeasures = (system: GraphSystem) =>
  new Set(system.measures.map((l) => l.measure.id)).size;

function EdgeLabel({ edge }: { edge: GraphEdge }) {
  const { label } = edge;
  return (
    <g className={`dbm-graph-label dbm-action-${edge.action}`}>
      <rect x={label.x} y={label.y} width={label.width} height={label.height} rx="9" />
      {/* biome-ignore lint/a11y/noAriaHiddenOnFocusable: SVG text takes no focus; the list below says the same in full */}
      <text
        x={label.centre.x}
        y={label.centre.y + metrics.label.size * 0.35}
        textAnchor="middle"
        aria-hidden="true"
      >
        {label.text}
      </text>
    </g>
  );
}

/** The key to the lines: one sample of each action's colour and dash pattern. */
export function ActionLegend() {
  const t = useLabels();
  const s = useTranslations(systemStrings);
  const id = useId();
  return (
    <div className="dbm-graph-legend">
      <p id={id} className="dbm-graph-legend-title">
        {s.legend}
      </p>
      <ul aria-labelledby={id}>
        {systemActions.map((action: SystemAction) => (
          <li key={action}>
            <svg width="40" height="12" aria-hidden="true" focusable="false">
              <line
                x1="2"
                y1="6"
                x2="38"
                y2="6"
                className={`dbm-graph-edge dbm-action-${action}`}
              />
            </svg>
            {t.systemAction[action]}
          </li>
        ))}
      </ul>
    </div>
  );
}
