// Builders of brief data for the tests: each fills in what a test does not care about.
import { stances } from '@dossier/domain';
import type { Brief, BriefSource, StakeholderEntry } from '../../trpc';

const stamp = '2024-01-01T00:00:00.000Z';
let seq = 0;
const nextId = (prefix: string) => `${prefix}${String(++seq).padStart(4, '0')}`;

export function source(overrides: Partial<BriefSource> = {}): BriefSource {
  return {
    id: nextId('src'),
    version: 1,
    createdAt: stamp,
    updatedAt: stamp,
    title: 'A report',
    publisher: 'A publisher',
    url: null,
    publishedOn: null,
    kind: 'news',
    note: null,
    ...overrides,
  };
}

export type Position = StakeholderEntry['current'];

export function position(overrides: Partial<Position> & { sourceId: string }): Position {
  const statedOn = overrides.statedOn ?? '2016-08-23';
  return {
    id: nextId('pos'),
    version: 1,
    createdAt: stamp,
    updatedAt: stamp,
    measureId: 'measure-1',
    stakeholderId: 'unset',
    stance: 'unknown',
    role: 'addressee',
    statedOnPrecision: 'day',
    quote: null,
    ...overrides,
    statedOn,
    date: statedOn,
  };
}

/** A stakeholder with its positions, oldest first; the last one is the current stance. */
export function entry(
  name: string,
  positions: Position[],
  overrides: Partial<StakeholderEntry['stakeholder']> = {},
): StakeholderEntry {
  const id = nextId('stk');
  const history = positions.map((p) => ({ ...p, stakeholderId: id }));
  return {
    stakeholder: {
      id,
      version: 1,
      createdAt: stamp,
      updatedAt: stamp,
      slug: name.toLowerCase().replaceAll(/[^a-z]+/g, '-'),
      kind: 'organisation',
      name,
      category: 'ngo',
      role: null,
      affiliationId: null,
      country: null,
      description: null,
      sourceId: null,
      affiliation: null,
      ...overrides,
    },
    current: history.at(-1)!,
    history,
    positionCount: history.length,
  };
}

export type BriefEvent = Brief['timeline']['items'][number];

export function event(
  overrides: Partial<BriefEvent> & { date: string; sourceId: string },
): BriefEvent {
  return {
    id: nextId('evt'),
    version: 1,
    createdAt: stamp,
    updatedAt: stamp,
    measureId: 'measure-1',
    datePrecision:
      overrides.date.length === 7 ? 'month' : overrides.date.length === 4 ? 'year' : 'day',
    kind: 'statement',
    title: 'Something happened',
    description: null,
    upcoming: false,
    ...overrides,
  };
}

export type SystemLinkRow = Brief['systems'][number];

export function systemLink(
  acronym: string,
  action: SystemLinkRow['action'],
  overrides: { systemId?: string; sourceId?: string | null; name?: string } = {},
): SystemLinkRow {
  const id = overrides.systemId ?? `sys-${acronym.toLowerCase()}`;
  return {
    linkId: nextId('msl'),
    action,
    sourceId: overrides.sourceId ?? null,
    system: {
      id,
      version: 1,
      createdAt: stamp,
      updatedAt: stamp,
      slug: acronym.toLowerCase(),
      acronym,
      name: overrides.name ?? `${acronym} system`,
      holds: 'personal data',
      description: null,
    },
  };
}

export type LinkedMeasure = Brief['related'][number];

export function linked(
  title: string,
  overrides: Partial<Omit<LinkedMeasure, 'measure'>> & {
    measure?: Partial<LinkedMeasure['measure']>;
  } = {},
): LinkedMeasure {
  const { measure, ...rest } = overrides;
  return {
    linkId: nextId('lnk'),
    version: 1,
    relation: 'related_to',
    direction: 'outgoing',
    note: null,
    sourceId: null,
    lastEvent: null,
    nextEvent: null,
    ...rest,
    measure: {
      id: nextId('msr'),
      slug: title.toLowerCase().replaceAll(/[^a-z]+/g, '-'),
      title,
      kind: 'review',
      stage: 'consultation',
      jurisdiction: 'EU',
      ...measure,
    },
  };
}

/** A first page that holds the whole list, unless told how many there are in all and where the rest is. */
export function page<T>(items: T[], more: { total?: number; nextCursor?: string | null } = {}) {
  return { items, total: more.total ?? items.length, nextCursor: more.nextCursor ?? null };
}

type Lists = 'timeline' | 'stakeholders' | 'sources';

/**
 * A brief; the timeline, stakeholders and sources may be given as plain arrays (a first page
 * that holds them all) or as pages. The stance counts follow the stakeholders given.
 */
export function brief(
  overrides: Partial<Omit<Brief, 'measure' | Lists>> & {
    measure?: Partial<Brief['measure']>;
    timeline?: BriefEvent[] | Brief['timeline'];
    stakeholders?: StakeholderEntry[] | Brief['stakeholders'];
    sources?: BriefSource[] | Brief['sources'];
  } = {},
): Brief {
  const { measure, timeline = [], stakeholders = [], sources = [], ...rest } = overrides;
  const asPage = <T>(list: T[] | { items: T[]; total: number; nextCursor: string | null }) =>
    Array.isArray(list) ? page(list) : list;
  const entries = asPage(stakeholders);
  const stanceCounts = Object.fromEntries(stances.map((s) => [s, 0])) as Brief['stanceCounts'];
  for (const entry of entries.items) stanceCounts[entry.current.stance]++;
  return {
    identifiers: [],
    stageReached: 'announced',
    timeline: asPage(timeline),
    stakeholders: entries,
    stanceCounts,
    balance: { support: 0, neutral: 0, oppose: 0, unknown: 0 },
    related: [],
    reviews: [],
    systems: [],
    sources: asPage(sources),
    ...rest,
    measure: {
      id: 'measure-1',
      version: 1,
      createdAt: stamp,
      updatedAt: stamp,
      slug: 'a-measure',
      title: 'A measure',
      kind: 'initiative',
      jurisdiction: 'EU',
      stage: 'announced',
      summary: null,
      policyAreas: [],
      sourceId: null,
      ...measure,
    },
  };
}
