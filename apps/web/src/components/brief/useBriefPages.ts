import type { RouterOutputs } from '@dossier/client';
import { useState } from 'react';
import { type Brief, type BriefSource, type StakeholderEntry, trpc } from '../../trpc';
import { useMorePages, withMore } from '../useMorePages';

const byId = (row: { id: string }) => row.id;
const byStakeholder = (entry: StakeholderEntry) => entry.stakeholder.id;

/**
 * The brief's long lists (timeline, stakeholders, sources): the first pages the brief holds,
 * and the pages a reader asks for after them. Each page of events or stakeholders brings the
 * sources it cites, so every fact on screen can still be numbered against the list of sources.
 */
export function useBriefPages(brief: Brief) {
  const utils = trpc.useUtils();
  const ref = brief.measure.id;
  const [cited, setCited] = useState<BriefSource[]>([]);
  const addSources = (page: { sources: BriefSource[] }) =>
    setCited((before) => withMore(before, page.sources, byId));

  const timeline = useMorePages<RouterOutputs['measures']['timeline']>({
    firstCursor: brief.timeline.nextCursor,
    fetchPage: (cursor, limit) => utils.client.measures.timeline.query({ ref, cursor, limit }),
    keyOf: byId,
    // The brief holds the latest and the next events, not the head of the timeline's order
    // (the farthest planned step first): "all" reads it from the start.
    fromStartForAll: true,
    onPage: addSources,
  });
  const stakeholders = useMorePages<RouterOutputs['measures']['stakeholders']>({
    firstCursor: brief.stakeholders.nextCursor,
    fetchPage: (cursor, limit) => utils.client.measures.stakeholders.query({ ref, cursor, limit }),
    keyOf: byStakeholder,
    onPage: addSources,
  });
  const sources = useMorePages<RouterOutputs['measures']['sources']>({
    firstCursor: brief.sources.nextCursor,
    fetchPage: (cursor, limit) => utils.client.measures.sources.query({ ref, cursor, limit }),
    keyOf: byId,
  });

  return {
    events: withMore(brief.timeline.items, timeline.loaded, byId),
    entries: withMore(brief.stakeholders.items, stakeholders.loaded, byStakeholder),
    /** The brief's sources first, then those later pages brought, so numbers never change. */
    sources: withMore(withMore(brief.sources.items, cited, byId), sources.loaded, byId),
    more: { timeline, stakeholders, sources },
  };
}
