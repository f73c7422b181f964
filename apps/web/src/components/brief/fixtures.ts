// Builders of brief parts for the component tests; the page tests read whole briefs from the real API.
import { isVote, resolveDate, resolveResult } from '@dossier/domain';
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

export function position(overrides: Partial<Position> & { sourceId: string | null }): Position {
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
    unsourced: false,
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
type DateFact = BriefEvent['facts']['date'];
type ResultFact = NonNullable<BriefEvent['facts']['result']>;
export type DateClaim = DateFact['claims'][number];
export type ResultClaim = ResultFact['claims'][number];

const precisionOf = (date: string) =>
  date.length === 7 ? 'month' : date.length === 4 ? 'year' : 'day';

function claimBase(sourceId: string) {
  return {
    id: nextId('clm'),
    version: 1,
    sourceId,
    note: null,
    unconfirmed: false,
    preferred: false,
    preferredReason: null,
    createdAt: stamp,
  };
}

/** One source's date for an event; entry order is the order the fixtures are built in. */
export function dateClaim(
  date: string,
  sourceId: string,
  overrides: Partial<DateClaim> = {},
): DateClaim {
  return { ...claimBase(sourceId), date, datePrecision: precisionOf(date), ...overrides };
}

/** One source's result of a vote; a count it does not give is left out. */
export function resultClaim(
  result: Partial<ResultClaim['result']>,
  sourceId: string,
  overrides: Partial<ResultClaim> = {},
): ResultClaim {
  return {
    ...claimBase(sourceId),
    result: { for: null, against: null, abstentions: null, ...result },
    ...overrides,
  };
}

const preference = (c: { id: string; preferredReason: string | null } | null) =>
  c ? { claimId: c.id, reason: c.preferredReason ?? '' } : null;

/** The fact as the API reads it from these claims, by the same rules of @dossier/domain. */
function dateFact(claims: DateClaim[]): DateFact {
  const r = resolveDate(claims);
  return {
    value: r.shown ? { date: r.shown.date, datePrecision: r.shown.datePrecision } : null,
    disputed: r.disputed,
    preferred: preference(r.preferred),
    claims,
  };
}

function resultFact(claims: ResultClaim[]): ResultFact {
  const r = resolveResult(claims.map((c) => ({ ...c, ...c.result })));
  const shown = r.shown ? claims.find((c) => c.id === r.shown?.id)! : null;
  return {
    value: shown ? shown.result : null,
    disputed: r.disputed,
    preferred: preference(r.preferred),
    claims,
  };
}

/**
 * An event as the brief gives it. Without `claims` its date is one claim citing its source;
 * with them, its date, result and `disputed` are what the API would make of those claims.
 */
export function event(
  overrides: Partial<BriefEvent> & { date: string; sourceId: string },
  claims: { date?: DateClaim[]; result?: ResultClaim[] } = {},
): BriefEvent {
  const kind = overrides.kind ?? 'statement';
  const date = dateFact(claims.date ?? [dateClaim(overrides.date, overrides.sourceId)]);
  const result = isVote(kind) ? resultFact(claims.result ?? []) : null;
  const shownDate = date.value ?? {
    date: overrides.date,
    datePrecision: precisionOf(overrides.date),
  };
  return {
    id: nextId('evt'),
    version: 1,
    createdAt: stamp,
    updatedAt: stamp,
    measureId: 'measure-1',
    kind,
    title: 'Something happened',
    description: null,
    upcoming: false,
    body: null,
    memberStates: [],
    documents: [],
    unconfirmed: false,
    disputed: date.disputed || Boolean(result?.disputed),
    facts: { date, result },
    ...overrides,
    ...shownDate,
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
