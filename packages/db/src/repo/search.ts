// One search over every kind of record: measures, stakeholders, positions, events and sources.
// Each kind has its own FTS5 table (drizzle/0005_search_everything.sql), ranked by bm25 with its
// own column weights, so the answer comes in groups, one per kind, the best match of each first.
// Every result carries the passage that matched, as parts a client renders safely, and what a
// client needs to link to it. Text shaped like an identifier goes to the identifiers first.
import {
  type DatePrecision,
  detectIdentifier,
  type EventKind,
  type IdentifierScheme,
  isTeamSearchKind,
  type MeasureKind,
  type NoteSubject,
  type SearchKind,
  type SearchQuery,
  type SourceKind,
  type Stage,
  type StakeholderCategory,
  type StakeholderKind,
  type Stance,
  searchKinds,
} from '@dossier/domain';
import { asc, eq, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../open';
import { measureIdentifiers, measures } from '../schema';
import {
  ellipsis,
  ftsPhrase,
  ftsQuery,
  hasMatch,
  markedParts,
  matchEnd,
  matchStart,
  plainParts,
  type TextPart,
} from './fts';
import { identifierSearchMatch } from './identifiers';
import { inIds } from './sql';

export type { TextPart } from './fts';

/** The passage of a result that matched, and the field it comes from. */
export interface Snippet {
  field: string;
  parts: TextPart[];
}

interface HitBase {
  id: string;
  /** What to show as the result's name: its title (or name), matches marked. */
  label: TextPart[];
  /** Where else it matched (a summary, a quote, a role), or null when only the label did. */
  snippet: Snippet | null;
}

/** The measure a position or an event belongs to: link to `/measures/<slug>`. */
export interface MeasureRef {
  id: string;
  slug: string;
  title: string;
}

export interface MeasureHit extends HitBase {
  kind: 'measure';
  slug: string;
  title: string;
  measureKind: MeasureKind;
  jurisdiction: string;
  stage: Stage | null;
  /** `identifier`: one of its identifiers is the one searched for (listed first). */
  matchedBy: 'identifier' | 'text';
}

export interface StakeholderHit extends HitBase {
  kind: 'stakeholder';
  slug: string;
  name: string;
  stakeholderKind: StakeholderKind;
  category: StakeholderCategory;
  country: string | null;
}

export interface PositionHit extends HitBase {
  kind: 'position';
  stance: Stance;
  statedOn: string;
  statedOnPrecision: DatePrecision;
  measure: MeasureRef;
  stakeholder: { id: string; slug: string; name: string };
}

export interface EventHit extends HitBase {
  kind: 'event';
  title: string;
  eventKind: EventKind;
  date: string;
  datePrecision: DatePrecision;
  measure: MeasureRef;
}

export interface SourceHit extends HitBase {
  kind: 'source';
  title: string;
  publisher: string;
  sourceKind: SourceKind;
  url: string | null;
  publishedOn: string | null;
}

/** What a note or meeting is about: link to its page (`/measures/<slug>`, `/stakeholders/<slug>`). */
export interface SubjectRef {
  kind: NoteSubject;
  id: string;
  slug: string;
  /** The measure's title or the stakeholder's name. */
  label: string;
}

/** One of the team's notes; its label is what it is about, its snippet the words that matched. */
export interface NoteHit extends HitBase {
  kind: 'note';
  author: string;
  createdAt: string;
  subject: SubjectRef;
}

export interface MeetingHit extends HitBase {
  kind: 'meeting';
  title: string;
  heldOn: string;
  /** Where the meeting is shown: its first measure discussed, else its first stakeholder met. */
  subject: SubjectRef | null;
}

interface HitOf {
  measure: MeasureHit;
  stakeholder: StakeholderHit;
  position: PositionHit;
  event: EventHit;
  source: SourceHit;
  note: NoteHit;
  meeting: MeetingHit;
}
export type SearchHit = HitOf[SearchKind];

/** The results of one kind: how many match in all, and the best `limit` of them. */
export type SearchGroup = {
  [K in SearchKind]: { kind: K; total: number; items: HitOf[K][] };
}[SearchKind];

export interface SearchResult {
  q: string;
  /** The identifier the text parses as (any written form), matched by canonical form. */
  identifier: { scheme: IdentifierScheme; canonical: string } | null;
  /** One group per kind asked for, in the order of `searchKinds`, empty ones included. */
  groups: SearchGroup[];
}

/**
 * An FTS5 table of the migration: its columns in order, as the field each names in a snippet,
 * and their bm25 weights (a match in a title counts for more than one in a summary).
 */
interface FtsTable {
  name: string;
  fields: readonly string[];
  weights: readonly number[];
  /** The first column is the result's label (its title or name), shown whole. */
  labelled: boolean;
}

const tables = {
  measure: {
    name: 'measures_fts',
    fields: ['title', 'summary', 'policyAreas', 'identifiers'],
    weights: [10, 1, 2, 5],
    labelled: true,
  },
  stakeholder: {
    name: 'stakeholders_fts',
    fields: ['name', 'role', 'affiliation'],
    weights: [10, 2, 1],
    labelled: true,
  },
  position: { name: 'positions_fts', fields: ['quote'], weights: [1], labelled: false },
  event: {
    name: 'events_fts',
    fields: ['title', 'description', 'body'],
    weights: [10, 1, 3],
    labelled: true,
  },
  source: {
    name: 'sources_fts',
    fields: ['title', 'publisher', 'note'],
    weights: [10, 3, 1],
    labelled: true,
  },
  note: { name: 'notes_fts', fields: ['body'], weights: [1], labelled: false },
  meeting: {
    name: 'meetings_fts',
    fields: ['title', 'summary', 'followUps', 'attendees'],
    weights: [10, 1, 1, 3],
    labelled: true,
  },
} as const satisfies Record<SearchKind, FtsTable>;

/** Words of context a snippet keeps around the match. */
const snippetWords = 16;

/** `highlight()` for the label (short, shown whole), `snippet()` for the rest, as m0, m1, ... */
function markedColumns(table: FtsTable): SQL {
  const name = sql.raw(table.name);
  return sql.join(
    table.fields.map((_, i) =>
      i === 0 && table.labelled
        ? sql`highlight(${name}, ${sql.raw(String(i))}, ${matchStart}, ${matchEnd}) as ${sql.raw(`m${i}`)}`
        : sql`snippet(${name}, ${sql.raw(String(i))}, ${matchStart}, ${matchEnd}, ${ellipsis}, ${snippetWords}) as ${sql.raw(`m${i}`)}`,
    ),
    sql`, `,
  );
}

const rank = (table: FtsTable) =>
  sql.raw(`bm25(${table.name}, ${table.weights.map((w) => w.toFixed(1)).join(', ')})`);

/** Policy areas are indexed as their JSON array: shown as "privacy, encryption". */
const readable = (field: string, marked: string) =>
  field === 'policyAreas' ? marked.replaceAll('","', ', ').replaceAll(/\[?"|"\]?/g, '') : marked;

/** The label and the first other field that matched, from the marked columns of a row. */
function passages(table: FtsTable, row: Record<string, unknown>, label?: string) {
  const marked = table.fields.map((_, i) => (row[`m${i}`] as string | null) ?? '');
  const first = table.labelled ? 1 : 0;
  let snippet: Snippet | null = null;
  for (let i = first; i < table.fields.length && !snippet; i++) {
    const field = table.fields[i]!;
    if (hasMatch(marked[i])) snippet = { field, parts: markedParts(readable(field, marked[i]!)) };
  }
  return {
    label: table.labelled ? markedParts(marked[0]!) : plainParts(label ?? ''),
    snippet,
  };
}

/** How many rows of an FTS table match, leaving out the rows `except` names. */
function countMatches(db: Db, table: FtsTable, match: string, except?: SQL): number {
  const name = sql.raw(table.name);
  return (
    db.get<{ n: number }>(
      sql`select count(*) as n from ${name} where ${name} match ${match}${except ? sql` and ${except}` : sql``}`,
    )?.n ?? 0
  );
}

/**
 * The best `limit` matches of one FTS table, joined to their records by rowid (the rowid of an
 * index row is its base row's): `select` names the record's columns, `from` its joins.
 */
function rankedMatches<T>(
  db: Db,
  table: FtsTable,
  q: { match: string; limit: number; except?: SQL },
  parts: { select: SQL; from: SQL; order: SQL },
): (T & Record<string, unknown>)[] {
  const name = sql.raw(table.name);
  return db.all<T & Record<string, unknown>>(sql`
    select ${parts.select}, ${markedColumns(table)}
    from ${name} ${parts.from}
    where ${name} match ${q.match}${q.except ? sql` and ${q.except}` : sql``}
    order by ${rank(table)}, ${parts.order}
    limit ${q.limit}`);
}

interface Text {
  match: string;
  limit: number;
}

interface MeasureRow {
  id: string;
  slug: string;
  title: string;
  measureKind: MeasureKind;
  jurisdiction: string;
  stage: Stage | null;
}

const measureHit = (
  row: MeasureRow,
  passage: Pick<HitBase, 'label' | 'snippet'>,
  matchedBy: MeasureHit['matchedBy'],
): MeasureHit => ({
  kind: 'measure',
  id: row.id,
  slug: row.slug,
  title: row.title,
  measureKind: row.measureKind,
  jurisdiction: row.jurisdiction,
  stage: row.stage,
  matchedBy,
  ...passage,
});

/**
 * The measures one of whose identifiers the text names (by canonical form: "2016/106/cod" is
 * 2016/0106(COD), and "2016/106" never 2016/1060(COD)), in title order, each with the
 * identifiers that matched as its snippet.
 */
function measuresByIdentifier(db: Db, where: SQL): MeasureHit[] {
  const rows = db
    .select({
      id: measures.id,
      slug: measures.slug,
      title: measures.title,
      measureKind: measures.kind,
      jurisdiction: measures.jurisdiction,
      stage: measures.stage,
      written: measureIdentifiers.value,
      canonical: measureIdentifiers.canonical,
    })
    .from(measureIdentifiers)
    .innerJoin(measures, eq(measures.id, measureIdentifiers.measureId))
    .where(where)
    .orderBy(asc(measures.title), asc(measures.id), asc(measureIdentifiers.createdAt))
    .all();
  const hits = new Map<string, MeasureHit>();
  for (const row of rows) {
    const parts: TextPart[] = [{ text: row.written, match: true }];
    if (row.canonical !== row.written && !row.canonical.startsWith('legacy:'))
      parts.push({ text: ` (${row.canonical})`, match: false });
    const hit = hits.get(row.id);
    if (hit?.snippet) hit.snippet.parts.push({ text: '; ', match: false }, ...parts);
    else
      hits.set(
        row.id,
        measureHit(
          row,
          { label: plainParts(row.title), snippet: { field: 'identifiers', parts } },
          'identifier',
        ),
      );
  }
  return [...hits.values()];
}

function measureGroup(db: Db, q: string, limit: number) {
  const table = tables.measure;
  const byIdentifier = identifierSearchMatch(q);
  const named = byIdentifier ? measuresByIdentifier(db, byIdentifier) : [];
  // Text shaped like an identifier is then looked for as a phrase of whole words, so a quote
  // citing "2016/679" is found, and no number that merely starts with the same digits.
  const match = byIdentifier ? ftsPhrase(q) : ftsQuery(q);
  const except = named.length
    ? sql`measures_fts.rowid not in (select rowid from measures where ${inIds(
        'id',
        named.map((m) => m.id),
      )})`
    : undefined;
  const room = Math.max(0, limit - named.length);
  const text =
    match && room > 0
      ? rankedMatches<MeasureRow>(
          db,
          table,
          { match, limit: room, ...(except ? { except } : {}) },
          {
            select: sql`m.id, m.slug, m.title, m.kind as "measureKind", m.jurisdiction, m.stage`,
            from: sql`join measures m on m.rowid = measures_fts.rowid`,
            order: sql`m.title, m.id`,
          },
        ).map((row) => measureHit(row, passages(table, row), 'text'))
      : [];
  const total = named.length + (match ? countMatches(db, table, match, except) : 0);
  return { kind: 'measure' as const, total, items: [...named.slice(0, limit), ...text] };
}

function stakeholderGroup(db: Db, { match, limit }: Text) {
  const table = tables.stakeholder;
  const rows = rankedMatches<{
    id: string;
    slug: string;
    name: string;
    stakeholderKind: StakeholderKind;
    category: StakeholderCategory;
    country: string | null;
  }>(
    db,
    table,
    { match, limit },
    {
      select: sql`s.id, s.slug, s.name, s.kind as "stakeholderKind", s.category, s.country`,
      from: sql`join stakeholders s on s.rowid = stakeholders_fts.rowid`,
      order: sql`s.name, s.id`,
    },
  );
  return {
    kind: 'stakeholder' as const,
    total: countMatches(db, table, match),
    items: rows.map(
      (r): StakeholderHit => ({
        kind: 'stakeholder',
        id: r.id,
        slug: r.slug,
        name: r.name,
        stakeholderKind: r.stakeholderKind,
        category: r.category,
        country: r.country,
        ...passages(table, r),
      }),
    ),
  };
}

function positionGroup(db: Db, { match, limit }: Text) {
  const table = tables.position;
  const rows = rankedMatches<{
    id: string;
    stance: Stance;
    statedOn: string;
    statedOnPrecision: DatePrecision;
    measureId: string;
    measureSlug: string;
    measureTitle: string;
    stakeholderId: string;
    stakeholderSlug: string;
    stakeholderName: string;
  }>(
    db,
    table,
    { match, limit },
    {
      select: sql`p.id, p.stance, p.stated_on as "statedOn", p.stated_on_precision as "statedOnPrecision",
        m.id as "measureId", m.slug as "measureSlug", m.title as "measureTitle",
        s.id as "stakeholderId", s.slug as "stakeholderSlug", s.name as "stakeholderName"`,
      from: sql`join positions p on p.rowid = positions_fts.rowid
        join measures m on m.id = p.measure_id
        join stakeholders s on s.id = p.stakeholder_id`,
      order: sql`p.stated_on desc, p.id`,
    },
  );
  return {
    kind: 'position' as const,
    total: countMatches(db, table, match),
    items: rows.map(
      (r): PositionHit => ({
        kind: 'position',
        id: r.id,
        stance: r.stance,
        statedOn: r.statedOn,
        statedOnPrecision: r.statedOnPrecision,
        measure: { id: r.measureId, slug: r.measureSlug, title: r.measureTitle },
        stakeholder: { id: r.stakeholderId, slug: r.stakeholderSlug, name: r.stakeholderName },
        // A position has no title of its own: who said it names it, the quote is the passage.
        ...passages(table, r, r.stakeholderName),
      }),
    ),
  };
}

function eventGroup(db: Db, { match, limit }: Text) {
  const table = tables.event;
  const rows = rankedMatches<{
    id: string;
    title: string;
    eventKind: EventKind;
    date: string;
    datePrecision: DatePrecision;
    measureId: string;
    measureSlug: string;
    measureTitle: string;
  }>(
    db,
    table,
    { match, limit },
    {
      select: sql`e.id, e.title, e.kind as "eventKind", e.date, e.date_precision as "datePrecision",
        m.id as "measureId", m.slug as "measureSlug", m.title as "measureTitle"`,
      from: sql`join events e on e.rowid = events_fts.rowid join measures m on m.id = e.measure_id`,
      order: sql`e.date desc, e.id`,
    },
  );
  return {
    kind: 'event' as const,
    total: countMatches(db, table, match),
    items: rows.map(
      (r): EventHit => ({
        kind: 'event',
        id: r.id,
        title: r.title,
        eventKind: r.eventKind,
        date: r.date,
        datePrecision: r.datePrecision,
        measure: { id: r.measureId, slug: r.measureSlug, title: r.measureTitle },
        ...passages(table, r),
      }),
    ),
  };
}

function sourceGroup(db: Db, { match, limit }: Text) {
  const table = tables.source;
  const rows = rankedMatches<{
    id: string;
    title: string;
    publisher: string;
    sourceKind: SourceKind;
    url: string | null;
    publishedOn: string | null;
  }>(
    db,
    table,
    { match, limit },
    {
      select: sql`s.id, s.title, s.publisher, s.kind as "sourceKind", s.url, s.published_on as "publishedOn"`,
      from: sql`join sources s on s.rowid = sources_fts.rowid`,
      order: sql`s.title, s.id`,
    },
  );
  return {
    kind: 'source' as const,
    total: countMatches(db, table, match),
    items: rows.map(
      (r): SourceHit => ({
        kind: 'source',
        id: r.id,
        title: r.title,
        publisher: r.publisher,
        sourceKind: r.sourceKind,
        url: r.url,
        publishedOn: r.publishedOn,
        ...passages(table, r),
      }),
    ),
  };
}

function noteGroup(db: Db, { match, limit }: Text) {
  const table = tables.note;
  const rows = rankedMatches<{
    id: string;
    author: string;
    createdAt: string;
    subjectKind: NoteSubject;
    subjectId: string;
    slug: string | null;
    subjectLabel: string | null;
  }>(
    db,
    table,
    { match, limit },
    {
      select: sql`n.id, n.author, n.created_at as "createdAt", n.subject_kind as "subjectKind",
        n.subject_id as "subjectId", coalesce(m.slug, s.slug) as slug,
        coalesce(m.title, s.name) as "subjectLabel"`,
      from: sql`join notes n on n.rowid = notes_fts.rowid
        left join measures m on n.subject_kind = 'measure' and m.id = n.subject_id
        left join stakeholders s on n.subject_kind = 'stakeholder' and s.id = n.subject_id`,
      order: sql`n.created_at desc, n.id`,
    },
  );
  return {
    kind: 'note' as const,
    total: countMatches(db, table, match),
    items: rows.map(
      (r): NoteHit => ({
        kind: 'note',
        id: r.id,
        author: r.author,
        createdAt: r.createdAt,
        subject: {
          kind: r.subjectKind,
          id: r.subjectId,
          slug: r.slug ?? '',
          label: r.subjectLabel ?? '',
        },
        // A note has no title: what it is about names it, the body is the passage.
        ...passages(table, r, r.subjectLabel ?? ''),
      }),
    ),
  };
}

function meetingGroup(db: Db, { match, limit }: Text) {
  const table = tables.meeting;
  const rows = rankedMatches<{
    id: string;
    title: string;
    heldOn: string;
    measureId: string | null;
    measureSlug: string | null;
    measureTitle: string | null;
    stakeholderId: string | null;
    stakeholderSlug: string | null;
    stakeholderName: string | null;
  }>(
    db,
    table,
    { match, limit },
    {
      select: sql`g.id, g.title, g.held_on as "heldOn",
        m.id as "measureId", m.slug as "measureSlug", m.title as "measureTitle",
        s.id as "stakeholderId", s.slug as "stakeholderSlug", s.name as "stakeholderName"`,
      from: sql`join meetings g on g.rowid = meetings_fts.rowid
        left join measures m on m.id = (select mm.measure_id from meeting_measures mm
          join measures x on x.id = mm.measure_id where mm.meeting_id = g.id order by x.title limit 1)
        left join stakeholders s on s.id = (select ms.stakeholder_id from meeting_stakeholders ms
          join stakeholders y on y.id = ms.stakeholder_id where ms.meeting_id = g.id order by y.name limit 1)`,
      order: sql`g.held_on desc, g.id`,
    },
  );
  return {
    kind: 'meeting' as const,
    total: countMatches(db, table, match),
    items: rows.map(
      (r): MeetingHit => ({
        kind: 'meeting',
        id: r.id,
        title: r.title,
        heldOn: r.heldOn,
        subject: r.measureId
          ? { kind: 'measure', id: r.measureId, slug: r.measureSlug!, label: r.measureTitle! }
          : r.stakeholderId
            ? {
                kind: 'stakeholder',
                id: r.stakeholderId,
                slug: r.stakeholderSlug!,
                label: r.stakeholderName!,
              }
            : null,
        ...passages(table, r),
      }),
    ),
  };
}

const textGroups = {
  stakeholder: stakeholderGroup,
  position: positionGroup,
  event: eventGroup,
  source: sourceGroup,
  note: noteGroup,
  meeting: meetingGroup,
} satisfies Record<Exclude<SearchKind, 'measure'>, (db: Db, text: Text) => SearchGroup>;

/**
 * Searches the kinds asked for (all by default; notes and meetings only with `team`), `limit` results of each, best first. Words
 * match as prefixes, accents optional; text shaped like an identifier finds the measures that
 * hold it first, then the records that cite it word for word. Text with no word in it (a lone
 * "*" or "-") matches nothing rather than failing.
 */
export function search(
  db: Db,
  input: SearchQuery,
  /**
   * `team`: the caller is signed in, so the team's notes and meetings are searched too. Left
   * out, they are not, whatever `kinds` asks: a public reader never sees them.
   */
  options: { team?: boolean } = {},
): SearchResult {
  const kinds = searchKinds.filter(
    (k) => (!input.kinds || input.kinds.includes(k)) && (options.team || !isTeamSearchKind(k)),
  );
  const byIdentifier = identifierSearchMatch(input.q) !== null;
  const match = byIdentifier ? ftsPhrase(input.q) : ftsQuery(input.q);
  const groups = kinds.map((kind): SearchGroup => {
    if (kind === 'measure') return measureGroup(db, input.q, input.limit);
    if (!match) return { kind, total: 0, items: [] };
    return textGroups[kind](db, { match, limit: input.limit });
  });
  return { q: input.q, identifier: detectIdentifier(input.q), groups };
}
