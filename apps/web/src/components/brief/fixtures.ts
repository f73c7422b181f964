// Builders of brief parts for the component tests; the page tests read whole briefs from the real API.
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
