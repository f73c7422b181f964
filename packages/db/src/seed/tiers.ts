// Generated dossiers of a given size (tiers S, M, L) for benchmarks and scale tests: never loaded
// into a real dossier. The records are interchange records, built like `syntheticMeasure` in
// interchange.ts but closer to life: procedures of every kind with their identifiers in the
// canonical forms the identifier parser knows (2017/0003(COD), COM(2017) 10, CELEX 32017R0010),
// timelines of a dozen events with votes, some dates disputed between two sources, stakeholders
// with positions that change over time, links between measures and the information systems
// they act on. Every record is decided by the seed and its own number alone, so the same seed
// gives the same file whatever the order it is read in.
import {
  type EventKind,
  type InterchangePage,
  type InterchangeRecord,
  interchangeText,
  type MeasureKind,
  type Stage,
  type Stance,
} from '@dossier/domain';

export const tierNames = ['S', 'M', 'L'] as const;
export type TierName = (typeof tierNames)[number];

export interface TierSize {
  measures: number;
  /** Events on all timelines together (each measure has about events / measures). */
  events: number;
  positions: number;
  /** Persons and organizations together. */
  stakeholders: number;
}

/** The sizes the issue "Measured speed at scale" asks for; S keeps M's proportions. */
export const tiers: Record<TierName, TierSize> = {
  S: { measures: 1_000, events: 10_000, positions: 3_000, stakeholders: 500 },
  M: { measures: 10_000, events: 100_000, positions: 30_000, stakeholders: 5_000 },
  L: { measures: 100_000, events: 1_000_000, positions: 300_000, stakeholders: 50_000 },
};

/** What else a dossier of that size holds, in proportion to its measures. */
export function tierShape(size: TierSize) {
  const organizations = Math.max(1, Math.round(size.stakeholders / 5));
  return {
    ...size,
    organizations,
    persons: size.stakeholders - organizations,
    /** Sources every claim cites: one for every five measures. */
    sources: Math.max(3, Math.round(size.measures / 5)),
    /** One measure in ten links to an earlier one. */
    links: Math.floor(size.measures / 10),
    /** Information systems, and one measure in twenty acting on one of them. */
    systems: Math.max(3, Math.round(size.measures / 2_000)),
    measureSystems: Math.floor(size.measures / 20),
  };
}
export type TierShape = ReturnType<typeof tierShape>;

/** A number from 0 (inclusive) to 1 decided by the seed and the numbers given, and nothing else. */
export function chance(seed: number, ...parts: number[]): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (const part of parts) {
    h = Math.imul(h ^ (part >>> 0), 0x01000193) >>> 0;
    h = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d) >>> 0;
    h = Math.imul(h ^ (h >>> 12), 0x297a2d39) >>> 0;
    h = (h ^ (h >>> 15)) >>> 0;
  }
  return h / 2 ** 32;
}

const pick = <T>(list: readonly T[], r: number): T => list[Math.floor(r * list.length)]!;

/**
 * How many of `total` things the thing number `i` of `count` gets: about total / count, uneven
 * within each pair of neighbours but exact over the whole (for an even count).
 */
function share(total: number, count: number, i: number, seed: number, salt: number): number {
  const base = Math.floor(total / count);
  const spread = Math.floor(base / 2);
  const pair = Math.floor(i / 2);
  const d = Math.floor(chance(seed, salt, pair) * (spread + 1));
  // The last of an odd count has no neighbour to balance it.
  const alone = count % 2 === 1 && i === count - 1;
  // What does not divide evenly goes to the first measures, one each.
  const remainder = i < total - base * count ? 1 : 0;
  return (alone ? base : i % 2 === 0 ? base + d : base - d) + remainder;
}

const areas = [
  'privacy',
  'encryption',
  'borders',
  'migration',
  'counter-terrorism',
  'competition',
  'digital markets',
  'artificial intelligence',
  'energy',
  'health',
  'financial services',
  'consumer protection',
];
const topics = [
  'retention of communications data',
  'interoperability of large-scale IT systems',
  'cross-border access to electronic evidence',
  'screening of third-country nationals',
  'detection of child sexual abuse online',
  'passenger name records',
  'harmonised rules on artificial intelligence',
  'contestable and fair digital markets',
  'European health data space',
  'anti-money laundering authority',
  'cyber resilience of products with digital elements',
  'a single market for digital services',
  'European digital identity',
  'exchange of DNA and fingerprint data',
  'entry and exit of travellers at the external borders',
  'asylum and migration management',
];
const adjectives = ['Proposal for', 'Amendment of', 'Review of', 'Recast of', 'Framework for'];
const measureKinds: readonly MeasureKind[] = [
  'regulation',
  'regulation',
  'regulation',
  'directive',
  'directive',
  'decision',
  'initiative',
  'consultation',
  'review',
  'national_law',
  'resolution',
  'report',
  'statement',
];
const procedureTypes: Partial<Record<MeasureKind, string>> = {
  regulation: 'COD',
  directive: 'COD',
  decision: 'NLE',
  initiative: 'INI',
  resolution: 'RSP',
};
const celexLetter: Partial<Record<MeasureKind, string>> = {
  regulation: 'R',
  directive: 'L',
  decision: 'D',
};
const committees = ['LIBE', 'IMCO', 'ITRE', 'JURI', 'ECON', 'ENVI'];
const countries = ['FR', 'DE', 'IT', 'ES', 'NL', 'BE', 'PL', 'SE', 'AT', 'IE'] as const;
const categories = [
  'ngo',
  'ngo',
  'company',
  'trade_association',
  'government',
  'eu_institution',
  'regulator',
  'academic',
  'media',
] as const;
const stanceList: readonly Stance[] = [
  'strongly_support',
  'support',
  'support',
  'neutral',
  'oppose',
  'oppose',
  'strongly_oppose',
  'unknown',
];
const firstNames = ['Anna', 'Jan', 'Marie', 'Luca', 'Sofia', 'Pieter', 'Eva', 'Tomasz', 'Inés'];
const lastNames = ['Müller', 'Dubois', 'Rossi', 'García', 'de Vries', 'Nowak', 'Lindqvist'];
const orgWords = ['Digital', 'Rights', 'Council', 'Federation', 'Institute', 'Alliance', 'Watch'];

/** The life of a procedure, in order; a measure's events follow it and then repeat its steps. */
const course: readonly { kind: EventKind; stage?: Stage }[] = [
  { kind: 'announcement', stage: 'announced' },
  { kind: 'consultation', stage: 'consultation' },
  { kind: 'proposal', stage: 'proposal' },
  { kind: 'committee_vote', stage: 'negotiation' },
  { kind: 'negotiating_mandate' },
  { kind: 'council_general_approach' },
  { kind: 'trilogue' },
  { kind: 'trilogue' },
  { kind: 'provisional_agreement' },
  { kind: 'plenary_vote' },
  { kind: 'adoption', stage: 'adopted' },
  { kind: 'publication_oj' },
  { kind: 'entry_into_force', stage: 'in_force' },
  { kind: 'date_of_application', stage: 'applicable' },
  { kind: 'review' },
  { kind: 'meeting' },
];

const pad = (n: number, width: number) => String(n).padStart(width, '0');
const day = (year: number, month: number, d: number) =>
  `${year}-${pad(month, 2)}-${pad(Math.min(d, 28), 2)}`;

export const tierSourceKey = (seed: number, n: number) => `gen-${seed}-source-${n}`;
export const tierMeasureSlug = (seed: number, i: number) => `gen-${seed}-m${i}`;
const personSlug = (seed: number, n: number) => `gen-${seed}-person-${n}`;
const orgSlug = (seed: number, n: number) => `gen-${seed}-org-${n}`;
const systemSlug = (seed: number, n: number) => `gen-${seed}-system-${n}`;

/** The slug of stakeholder number n: organizations first, then persons. */
const stakeholderSlug = (shape: TierShape, seed: number, n: number) =>
  n < shape.organizations ? orgSlug(seed, n) : personSlug(seed, n - shape.organizations);

/** Year and number of measure i: numbers run per year, so identifiers never collide. */
function numbering(i: number) {
  const year = 1998 + (i % 28);
  const number = Math.floor(i / 28) + 1;
  return { year, number };
}

/** Measure number i of a dossier of that shape: identifiers, stage claims, a timeline. */
export function tierMeasure(
  shape: TierShape,
  i: number,
  seed = 1,
  today = '2026-01-01',
): InterchangeRecord<'measures'> {
  const r = (salt: number, n = 0) => chance(seed, 1, i, salt, n);
  const kind = pick(measureKinds, r(1));
  const { year, number } = numbering(i);
  const source = (n: number) =>
    tierSourceKey(seed, Math.floor(chance(seed, 2, i, n) * shape.sources));
  const own = source(0);
  const topic = pick(topics, r(2));
  const area = pick(areas, r(3));

  const identifiers: NonNullable<InterchangeRecord<'measures'>['identifiers']> = [];
  const procedure = procedureTypes[kind];
  const followsProcedure =
    procedure !== undefined ||
    kind === 'consultation' ||
    kind === 'review' ||
    kind === 'national_law';
  if (procedure) {
    identifiers.push({
      scheme: 'procedure_ref',
      value: `${year}/${pad(number, 4)}(${procedure})`,
      role: 'original_proposal',
      source: own,
    });
    identifiers.push({
      scheme: 'com',
      value: `COM(${year}) ${number}`,
      role: 'original_proposal',
      source: own,
    });
  }

  const count = share(shape.events, shape.measures, i, seed, 3);
  // Where the procedure stands: how far along its course today falls.
  const start = { year, month: 1 + Math.floor(r(4) * 12) };
  const stepMonths = 1 + Math.floor(r(5) * 4);
  const events: NonNullable<InterchangeRecord<'measures'>['events']> = [];
  let stage: Stage | null = null;
  let stageDate = `${year}`;
  for (let e = 0; e < count; e++) {
    const step = course[e % course.length]!;
    const monthIndex = start.month - 1 + e * stepMonths;
    const eventYear = start.year + Math.floor(monthIndex / 12);
    const date = day(eventYear, (monthIndex % 12) + 1, 1 + Math.floor(r(6, e) * 28));
    if (date <= today && step.stage && followsProcedure) {
      stage = step.stage;
      stageDate = date;
    }
    const eventSource = source(10 + e);
    const vote = step.kind === 'committee_vote' || step.kind === 'plenary_vote';
    const disputed = r(7, e) < 0.05;
    const event: NonNullable<InterchangeRecord<'measures'>['events']>[number] = {
      key: `e${e}`,
      kind: step.kind,
      title: `${step.kind.replaceAll('_', ' ')} on ${topic}`,
      source: eventSource,
      dateClaims: [{ date, source: eventSource }],
    };
    if (disputed) {
      // A second source reports another day; half of them an editor has settled.
      const other = source(100 + e);
      const otherDate = day(eventYear, (monthIndex % 12) + 1, 1 + Math.floor(r(8, e) * 28));
      if (other !== eventSource && otherDate !== date) {
        event.dateClaims.push({ date: otherDate, source: other });
        if (r(9, e) < 0.5)
          event.dateClaims[0]!.preferred = { reason: 'The official journal gives this date.' };
      }
    }
    if (vote) {
      event.body =
        step.kind === 'committee_vote'
          ? { kind: 'ep_committee', name: pick(committees, r(10, e)) }
          : { kind: 'ep_plenary' };
      const favour = 20 + Math.floor(r(11, e) * 400);
      event.resultClaims = [
        {
          for: favour,
          against: Math.floor(r(12, e) * 300),
          abstentions: Math.floor(r(13, e) * 40),
          source: eventSource,
        },
      ];
    }
    if (step.kind === 'adoption' && celexLetter[kind]) {
      // Numbered by the proposal's year, so that no two measures share one.
      const celex = `3${year}${celexLetter[kind]}${pad(number, 4)}`;
      identifiers.push({ scheme: 'celex', value: celex, role: 'adopted_act', source: eventSource });
    }
    if (step.kind === 'council_general_approach')
      event.documents = [
        {
          scheme: 'council_doc',
          value: `ST ${pad(10_000 + (i % 80_000), 5)} ${eventYear} INIT`,
          title: 'General approach',
        },
      ];
    events.push(event);
  }
  const stageClaims: NonNullable<InterchangeRecord<'measures'>['stageClaims']> = [];
  if (followsProcedure) {
    const shown: Stage = stage ?? (r(14) < 0.1 ? 'withdrawn' : 'announced');
    stageClaims.push({ stage: shown, date: stageDate, source: own });
    // Some measures have a source that is behind, or that reports a withdrawal.
    if (r(15) < 0.03) stageClaims.push({ stage: 'proposal', date: `${year}`, source: source(1) });
  }
  return {
    slug: tierMeasureSlug(seed, i),
    title: `${pick(adjectives, r(16))} ${topic} (${year}/${number})`,
    kind,
    jurisdiction: kind === 'national_law' ? pick(countries, r(17)) : 'EU',
    summary: `Generated measure ${i} on ${topic}, in the area of ${area}. It sets out obligations for providers and public authorities, with safeguards and a review after ${2 + Math.floor(r(18) * 4)} years.`,
    policyAreas: [area, ...(r(19) < 0.3 ? [pick(areas, r(20))] : [])],
    source: own,
    identifiers,
    stageClaims,
    events,
  };
}

function* pages<T>(
  section: InterchangePage['section'],
  count: number,
  make: (n: number) => T,
  size = 500,
): Generator<InterchangePage> {
  for (let start = 0; start < count; start += size)
    yield {
      section,
      items: Array.from({ length: Math.min(size, count - start) }, (_, n) => make(start + n)),
    };
}

/**
 * The pages of a generated dossier of `size`, in the order of an interchange file: sources,
 * persons, organizations, memberships, information systems, measures, positions, links and
 * measure-system links. Every record names only records before it, so importing it rejects
 * nothing.
 */
export function* tierInterchange(
  size: TierSize,
  seed = 1,
  today = '2026-01-01',
): Generator<InterchangePage> {
  const shape = tierShape(size);
  const publishers = ['EUR-Lex', 'Legislative Observatory', 'Euractiv', 'Politico Europe'];
  yield* pages('sources', shape.sources, (n) => ({
    key: tierSourceKey(seed, n),
    title: `Source ${n}: report on the procedure`,
    publisher: pick(publishers, chance(seed, 3, n)),
    url: `https://example.org/sources/${seed}/${n}`,
    publishedOn: `${1998 + (n % 28)}-${pad(1 + (n % 12), 2)}`,
    kind: n % 3 === 0 ? 'official' : 'news',
  }));
  yield* pages('persons', shape.persons, (n) => ({
    id: personSlug(seed, n),
    name: `${pick(firstNames, chance(seed, 4, n))} ${pick(lastNames, chance(seed, 5, n))} ${n}`,
    category: pick(categories, chance(seed, 6, n)),
    country: pick(countries, chance(seed, 7, n)),
    source: tierSourceKey(seed, n % shape.sources),
  }));
  yield* pages('organizations', shape.organizations, (n) => ({
    id: orgSlug(seed, n),
    name: `${pick(countries, chance(seed, 8, n))} ${pick(orgWords, chance(seed, 9, n))} ${pick(orgWords, chance(seed, 10, n))} ${n}`,
    category: pick(categories, chance(seed, 11, n)),
    country: pick(countries, chance(seed, 8, n)),
  }));
  // Two persons in three belong to an organization.
  yield* pages('memberships', Math.floor((shape.persons * 2) / 3), (n) => {
    const person = Math.floor((n * 3) / 2);
    return {
      person_id: personSlug(seed, person),
      organization_id: orgSlug(seed, Math.floor(chance(seed, 12, person) * shape.organizations)),
      role: 'Policy officer',
    };
  });
  yield* pages('informationSystems', shape.systems, (n) => ({
    slug: systemSlug(seed, n),
    acronym: `SYS${n}`,
    name: `Information system ${n}`,
    holds: pick(['visa applications', 'fingerprints', 'travel records', 'alerts'], (n % 4) / 4),
  }));
  yield* pages('measures', shape.measures, (i) => tierMeasure(shape, i, seed, today), 100);
  // Positions go measure by measure: each stakeholder a measure has speaks once or twice.
  yield* (function* () {
    let page: InterchangeRecord<'positions'>[] = [];
    for (let i = 0; i < shape.measures; i++) {
      const count = share(shape.positions, shape.measures, i, seed, 20);
      const { year } = numbering(i);
      for (let p = 0; p < count; p++) {
        const r = (salt: number) => chance(seed, 21, i, p, salt);
        // Every third position is a stakeholder changing its mind about the measure.
        const again = p % 3 === 2;
        const who = again ? p - 1 : p;
        const stakeholder = Math.floor(chance(seed, 22, i, who) * shape.stakeholders);
        page.push({
          key: `gen-${seed}-p${i}-${p}`,
          measure: tierMeasureSlug(seed, i),
          stakeholder: stakeholderSlug(shape, seed, stakeholder),
          stance: pick(stanceList, r(1)),
          role: pick(['critic', 'supporter', 'observer', 'proponent'] as const, r(2)),
          statedOn: day(year + 1 + (again ? 1 : 0), 1 + Math.floor(r(3) * 12), 1 + p),
          quote: `"We ${r(4) < 0.5 ? 'welcome' : 'are concerned by'} the proposal on ${pick(topics, r(5))}."`,
          source: tierSourceKey(seed, Math.floor(r(6) * shape.sources)),
        });
        if (page.length === 500) {
          yield { section: 'positions', items: page } as InterchangePage;
          page = [];
        }
      }
    }
    if (page.length > 0) yield { section: 'positions', items: page } as InterchangePage;
  })();
  const relations = ['amends', 'depends_on', 'implements', 'replaces', 'related_to'] as const;
  yield* pages('links', shape.links, (n) => {
    const from = n * 10 + 1 + Math.floor(chance(seed, 30, n) * 9);
    const to = Math.floor(chance(seed, 31, n) * from);
    return {
      from: tierMeasureSlug(seed, from),
      to: tierMeasureSlug(seed, to === from ? from - 1 : to),
      relation: pick(relations, chance(seed, 32, n)),
    };
  });
  const actions = ['creates', 'extends', 'links', 'uses'] as const;
  yield* pages('measureSystems', shape.measureSystems, (n) => ({
    measure: tierMeasureSlug(seed, n * 20 + Math.floor(chance(seed, 40, n) * 20)),
    system: systemSlug(seed, Math.floor(chance(seed, 41, n) * shape.systems)),
    action: pick(actions, chance(seed, 42, n)),
  }));
}

/** The text of that file, in pieces, to write to disk without holding it all. */
export const tierInterchangeText = (size: TierSize, seed = 1, today = '2026-01-01') =>
  interchangeText(tierInterchange(size, seed, today));
