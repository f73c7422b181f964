import type { SystemAction } from '@dossier/domain';
import { useId } from 'react';
import { useLabels, useTranslations } from '../../i18n';
import { AddSystemLink } from '../forms/system';
import { type SourceIndex, SourceRef } from '../SourceRef';
import { useMediaQuery } from '../useMediaQuery';
import { type GraphShape, layoutSystemsGraph, type SystemLink } from './systemsGraph';
import { briefText } from './text';

/** Roughly the width of one character of the 13px edge label. */
const labelCharWidth = 7.2;

/**
 * The information systems the measure creates, extends, links or uses: a small graph for the
 * eye, and the same facts as a table for keyboards, screen readers and print.
 */
export function SystemsPanel({
  links,
  measureTitle,
  sources,
  measureId,
}: {
  links: readonly SystemLink[];
  measureTitle: string;
  sources: SourceIndex;
  /** The measure on screen: with it, an editor can record what it does to a system. */
  measureId?: string;
}) {
  const t = useLabels();
  const x = useTranslations(briefText);
  const narrow = useMediaQuery('screen and (max-width: 560px)');
  const add = measureId ? <AddSystemLink measureId={measureId} /> : null;
  if (links.length === 0)
    return (
      <>
        <p className="empty">{t.ui.brief.noSystems}</p>
        {add}
      </>
    );
  const columns = t.ui.brief.systemColumns;
  return (
    <div className="bf-systems">
      {add}
      <SystemsGraph links={links} measureTitle={measureTitle} shape={narrow ? 'tall' : 'wide'} />
      <div className="bf-table-scroll">
        <table className="data-table bf-systems-table">
          <caption className="visually-hidden">{x.systemsTable}</caption>
          <thead>
            <tr>
              <th scope="col">{columns.acronym}</th>
              <th scope="col">{columns.name}</th>
              <th scope="col">{columns.holds}</th>
              <th scope="col">{columns.action}</th>
              <th scope="col">{columns.source}</th>
            </tr>
          </thead>
          <tbody>
            {links.map((link) => (
              <tr key={link.linkId}>
                <th scope="row" data-label={columns.acronym}>
                  {link.system.acronym}
                </th>
                <td data-label={columns.name}>{link.system.name}</td>
                <td data-label={columns.holds}>{link.system.holds}</td>
                <td data-label={columns.action}>{t.systemAction[link.action]}</td>
                <td data-label={columns.source}>
                  <SourceRef
                    sourceId={link.sourceId}
                    sources={sources}
                    bare
                    numbered
                    numberLabel={x.sourceNumber}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

export function SystemsGraph({
  links,
  measureTitle,
  shape = 'wide',
}: {
  links: readonly SystemLink[];
  measureTitle: string;
  shape?: GraphShape;
}) {
  const t = useLabels();
  const x = useTranslations(briefText);
  const id = useId();
  const graph = layoutSystemsGraph(links, shape);
  const actions = (list: readonly SystemAction[]) =>
    list.map((a, i) => (i === 0 ? t.systemAction[a] : t.systemAction[a].toLowerCase())).join(', ');
  const { centre } = graph;
  return (
    <svg
      className={`bf-graph bf-graph-${shape}`}
      viewBox={`0 0 ${graph.width} ${graph.height}`}
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
    >
      <title id={`${id}-title`}>{x.graphTitle(measureTitle)}</title>
      <desc id={`${id}-desc`}>
        {graph.nodes
          .map((n) => x.graphEdge(`${n.acronym} (${n.name})`, actions(n.actions)))
          .join('; ')}
      </desc>
      <g className="bf-graph-edges">
        {graph.trunk ? (
          <line
            className="bf-edge"
            x1={graph.trunk.x}
            y1={graph.trunk.y1}
            x2={graph.trunk.x}
            y2={graph.trunk.y2}
          />
        ) : null}
        {graph.edges.map((edge) => (
          <line
            key={edge.systemId}
            className={`bf-edge bf-edge-${edge.actions[0]}`}
            x1={edge.x1}
            y1={edge.y1}
            x2={edge.x2}
            y2={edge.y2}
          />
        ))}
      </g>
      <g className="bf-graph-labels">
        {graph.edges.map((edge) => {
          const label = actions(edge.actions);
          const w = label.length * labelCharWidth + 10;
          return (
            <g key={edge.systemId} className="bf-edge-label">
              <rect x={edge.labelX - w / 2} y={edge.labelY - 10} width={w} height={20} rx={4} />
              <text x={edge.labelX} y={edge.labelY} dominantBaseline="central" textAnchor="middle">
                {label}
              </text>
            </g>
          );
        })}
      </g>
      <NodeBox box={centre} rx={8} className="bf-node-measure" label={x.thisMeasure} />
      {graph.nodes.map((node) => (
        <NodeBox
          key={node.id}
          box={node}
          rx={6}
          className="bf-node-system"
          label={node.acronym}
          title={node.name}
        />
      ))}
    </svg>
  );
}

interface Box {
  x: number;
  y: number;
  /** Half the width and half the height: the box is centred on (x, y). */
  hw: number;
  hh: number;
}

/** A labelled rounded box of the graph, centred on its point. */
function NodeBox({
  box,
  rx,
  className,
  label,
  title,
}: {
  box: Box;
  rx: number;
  className: string;
  label: string;
  title?: string;
}) {
  return (
    <g className={`bf-node ${className}`}>
      {title ? <title>{title}</title> : null}
      <rect x={box.x - box.hw} y={box.y - box.hh} width={box.hw * 2} height={box.hh * 2} rx={rx} />
      <text x={box.x} y={box.y} dominantBaseline="central" textAnchor="middle">
        {label}
      </text>
    </g>
  );
}
