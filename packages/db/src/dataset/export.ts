// The interchange file, a page at a time: every record of the dossier, or what one measure
// needs to stand on its own in another database (its sources, the stakeholders with positions
// on it and the organizations they belong to, its information systems). Pages follow the order
// of the file's sections, each section in a stable order: sources and positions by id (their
// key), stakeholders, systems and measures by slug (organizations after those they are part
// of), links by id. Nothing in it changes from one export to the next but the data.
import {
  type DatasetExportQuery,
  type InterchangeRecord,
  type InterchangeSection,
  interchangeSections,
} from '@dossier/domain';
import { and, asc, eq, gt, isNotNull, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { readMeetings, readNotes } from '../notes/interchange';
import type { Db } from '../open';
import { cursorLists, decodeCursor, encodeCursor } from '../repo/cursor';
import { requireMeasure } from '../repo/measures';
import { inIds } from '../repo/sql';
import {
  informationSystems,
  measureLinks,
  measureSystems,
  measures,
  positions,
  sources,
  stakeholders,
} from '../schema';
import { measureRecords } from './export-measures';

/** The records one measure's file holds besides the measure, by id. */
interface Scope {
  measureId: string;
  stakeholderIds: string[];
  sourceIds: string[];
  systemIds: string[];
}

export type ExportPage = {
  [S in InterchangeSection]: {
    section: S;
    items: InterchangeRecord<S>[];
    /** The cursor of the next page, null after the last. */
    nextCursor: string | null;
  };
}[InterchangeSection];

function scopeOf(db: Db, measureId: string, team: boolean): Scope {
  const ids = (query: SQL) => db.all<{ id: string | null }>(query).map((r) => r.id);
  // The team's file of a measure holds the stakeholders met about it too (its meetings name them).
  const met = team
    ? sql`union select ms.stakeholder_id from meeting_stakeholders ms
        join meeting_measures mm on mm.meeting_id = ms.meeting_id where mm.measure_id = ${measureId}`
    : sql``;
  const stakeholderIds = ids(sql`
    with recursive chain(id) as (
      select stakeholder_id from positions where measure_id = ${measureId}
      ${met}
      union
      select s.affiliation_id from stakeholders s join chain on s.id = chain.id
      where s.affiliation_id is not null
    ) select id from chain`).filter((id) => id !== null);
  const sourceIds = ids(sql`
    select source_id as id from measures where id = ${measureId}
    union select source_id from measure_identifiers where measure_id = ${measureId}
    union select source_id from events where measure_id = ${measureId}
    union select source_id from claims where measure_id = ${measureId}
    union select source_id from positions where measure_id = ${measureId}
    union select source_id from measure_systems where measure_id = ${measureId}
    union select source_id from stakeholders where ${inIds('id', stakeholderIds)}`).filter(
    (id) => id !== null,
  );
  const systemIds = ids(
    sql`select distinct system_id as id from measure_systems where measure_id = ${measureId}`,
  ).filter((id) => id !== null);
  return { measureId, stakeholderIds, sourceIds, systemIds };
}

/** `where` parts that are given, joined with and. */
const all = (...parts: (SQL | undefined | null | false)[]) =>
  and(...parts.filter((p): p is SQL => Boolean(p)));

type Reader = (
  db: Db,
  scope: Scope | null,
  after: readonly string[] | null,
  limit: number,
) => { items: unknown[]; last: string[] | null };

const parent = alias(stakeholders, 'parent');

/** People; a person's role sits on its membership when it has one (Popolo's way). */
const readPersons: Reader = (db, scope, after, limit) => {
  const rows = db
    .select()
    .from(stakeholders)
    .where(
      all(
        eq(stakeholders.kind, 'person'),
        scope && inIds(stakeholders.id, scope.stakeholderIds),
        after && gt(stakeholders.slug, after[0]!),
      ),
    )
    .orderBy(asc(stakeholders.slug))
    .limit(limit)
    .all();
  return {
    items: rows.map((s) => ({
      id: s.slug,
      name: s.name,
      category: s.category,
      ...(s.affiliationId ? {} : { role: s.role }),
      country: s.country,
      description: s.description,
      source: s.sourceId,
    })),
    last: rows.length ? [rows.at(-1)!.slug] : null,
  };
};

/**
 * Organizations, each after the one it is part of (by depth in that tree, then slug), so an
 * import finds every `parent_id` already there. Organizations caught in a loop of parents come
 * last.
 */
const readOrganizations: Reader = (db, scope, after, limit) => {
  const rows = db.all<{
    slug: string;
    name: string;
    category: string;
    role: string | null;
    country: string | null;
    description: string | null;
    sourceId: string | null;
    parentSlug: string | null;
    depth: number;
  }>(sql`
    with recursive tree(id, depth) as (
      select o.id, 0 from stakeholders o
      where o.kind = 'organisation' and not exists (
        select 1 from stakeholders p where p.id = o.affiliation_id and p.kind = 'organisation')
      union all
      select o.id, tree.depth + 1 from stakeholders o join tree on o.affiliation_id = tree.id
      where o.kind = 'organisation'
    )
    select * from (
      select o.slug, o.name, o.category, o.role, o.country, o.description,
        o.source_id as sourceId, p.slug as parentSlug,
        coalesce((select min(depth) from tree where tree.id = o.id), 1000000) as depth
      from stakeholders o left join stakeholders p on p.id = o.affiliation_id
      where o.kind = 'organisation' ${scope ? sql`and ${inIds('o.id', scope.stakeholderIds)}` : sql``}
    )
    ${after ? sql`where (depth, slug) > (${Number(after[0])}, ${after[1] ?? ''})` : sql``}
    order by depth, slug limit ${limit}`);
  const last = rows.at(-1);
  return {
    items: rows.map((o) => ({
      id: o.slug,
      name: o.name,
      category: o.category,
      role: o.role,
      country: o.country,
      description: o.description,
      source: o.sourceId,
      parent_id: o.parentSlug,
    })),
    last: last ? [String(last.depth), last.slug] : null,
  };
};

const readMemberships: Reader = (db, scope, after, limit) => {
  const rows = db
    .select({ person: stakeholders.slug, organization: parent.slug, role: stakeholders.role })
    .from(stakeholders)
    .innerJoin(parent, eq(parent.id, stakeholders.affiliationId))
    .where(
      all(
        eq(stakeholders.kind, 'person'),
        isNotNull(stakeholders.affiliationId),
        scope && inIds(stakeholders.id, scope.stakeholderIds),
        after && gt(stakeholders.slug, after[0]!),
      ),
    )
    .orderBy(asc(stakeholders.slug))
    .limit(limit)
    .all();
  return {
    items: rows.map((m) => ({
      person_id: m.person,
      organization_id: m.organization,
      role: m.role,
    })),
    last: rows.length ? [rows.at(-1)!.person] : null,
  };
};

const readSources: Reader = (db, scope, after, limit) => {
  const rows = db
    .select()
    .from(sources)
    .where(all(scope && inIds(sources.id, scope.sourceIds), after && gt(sources.id, after[0]!)))
    .orderBy(asc(sources.id))
    .limit(limit)
    .all();
  return {
    items: rows.map((s) => ({
      key: s.id,
      title: s.title,
      publisher: s.publisher,
      url: s.url,
      publishedOn: s.publishedOn,
      kind: s.kind,
      note: s.note,
    })),
    last: rows.length ? [rows.at(-1)!.id] : null,
  };
};

const readSystems: Reader = (db, scope, after, limit) => {
  const rows = db
    .select()
    .from(informationSystems)
    .where(
      all(
        scope && inIds(informationSystems.id, scope.systemIds),
        after && gt(informationSystems.slug, after[0]!),
      ),
    )
    .orderBy(asc(informationSystems.slug))
    .limit(limit)
    .all();
  return {
    items: rows.map((s) => ({
      slug: s.slug,
      acronym: s.acronym,
      name: s.name,
      holds: s.holds,
      description: s.description,
    })),
    last: rows.length ? [rows.at(-1)!.slug] : null,
  };
};

const readMeasures: Reader = (db, scope, after, limit) => {
  const rows = db
    .select()
    .from(measures)
    .where(all(scope && eq(measures.id, scope.measureId), after && gt(measures.slug, after[0]!)))
    .orderBy(asc(measures.slug))
    .limit(limit)
    .all();
  return { items: measureRecords(db, rows), last: rows.length ? [rows.at(-1)!.slug] : null };
};

const measureSlug = alias(measures, 'measure');
const otherSlug = alias(measures, 'other');

const readPositions: Reader = (db, scope, after, limit) => {
  const rows = db
    .select({ position: positions, measure: measureSlug.slug, stakeholder: stakeholders.slug })
    .from(positions)
    .innerJoin(measureSlug, eq(measureSlug.id, positions.measureId))
    .innerJoin(stakeholders, eq(stakeholders.id, positions.stakeholderId))
    .where(
      all(scope && eq(positions.measureId, scope.measureId), after && gt(positions.id, after[0]!)),
    )
    .orderBy(asc(positions.id))
    .limit(limit)
    .all();
  return {
    items: rows.map(({ position: p, measure, stakeholder }) => ({
      key: p.id,
      measure,
      stakeholder,
      stance: p.stance,
      role: p.role,
      statedOn: p.statedOn,
      quote: p.quote,
      // A stance recorded without a source says so; it never has both.
      ...(p.unsourced ? { source: null, unsourced: true } : { source: p.sourceId }),
    })),
    last: rows.length ? [rows.at(-1)!.position.id] : null,
  };
};

/** Links between measures; one measure's file holds none, since their other end is not in it. */
const readLinks: Reader = (db, scope, after, limit) => {
  if (scope) return { items: [], last: null };
  const rows = db
    .select({ link: measureLinks, from: measureSlug.slug, to: otherSlug.slug })
    .from(measureLinks)
    .innerJoin(measureSlug, eq(measureSlug.id, measureLinks.fromMeasureId))
    .innerJoin(otherSlug, eq(otherSlug.id, measureLinks.toMeasureId))
    .where(all(after && gt(measureLinks.id, after[0]!)))
    .orderBy(asc(measureLinks.id))
    .limit(limit)
    .all();
  return {
    items: rows.map(({ link, from, to }) => ({
      from,
      to,
      relation: link.relation,
      note: link.note,
      source: link.sourceId,
    })),
    last: rows.length ? [rows.at(-1)!.link.id] : null,
  };
};

const readMeasureSystems: Reader = (db, scope, after, limit) => {
  const rows = db
    .select({ link: measureSystems, measure: measureSlug.slug, system: informationSystems.slug })
    .from(measureSystems)
    .innerJoin(measureSlug, eq(measureSlug.id, measureSystems.measureId))
    .innerJoin(informationSystems, eq(informationSystems.id, measureSystems.systemId))
    .where(
      all(
        scope && eq(measureSystems.measureId, scope.measureId),
        after && gt(measureSystems.id, after[0]!),
      ),
    )
    .orderBy(asc(measureSystems.id))
    .limit(limit)
    .all();
  return {
    items: rows.map(({ link, measure, system }) => ({
      measure,
      system,
      action: link.action,
      source: link.sourceId,
    })),
    last: rows.length ? [rows.at(-1)!.link.id] : null,
  };
};

const readers: Record<InterchangeSection, Reader> = {
  sources: readSources,
  persons: readPersons,
  organizations: readOrganizations,
  memberships: readMemberships,
  informationSystems: readSystems,
  measures: readMeasures,
  positions: readPositions,
  links: readLinks,
  measureSystems: readMeasureSystems,
  notes: readNotes,
  meetings: readMeetings,
};

/** The team's own words: in the file only for a signed-in caller, never for a public reader. */
const teamSections: readonly InterchangeSection[] = ['notes', 'meetings'];
const nothing: Reader = () => ({ items: [], last: null });

/** Every cursor carries the section and two parts of a sort key (the second may be unused). */
const keyParts = 3;

/**
 * One page of the file: up to `limit` records of one section, from where `cursor` left off.
 * Sections without records are passed over; the last page has `nextCursor` null.
 */
export function exportPage(
  db: Db,
  input: DatasetExportQuery,
  /** `team`: the caller is signed in, so the team's notes and meetings are written too. */
  options: { team?: boolean } = {},
): ExportPage {
  const team = options.team ?? false;
  const scope = input.measure ? scopeOf(db, requireMeasure(db, input.measure).id, team) : null;
  const scopeKey = scope?.measureId ?? '';
  let at = 0;
  let after: string[] | null = null;
  if (input.cursor) {
    const [section, ...key] = decodeCursor(input.cursor, cursorLists.dataset, scopeKey, keyParts);
    at = Math.max(0, interchangeSections.indexOf(section as InterchangeSection));
    // A cursor at the start of a section carries no sort key.
    after = key[0] === '' ? null : key;
  }
  for (; ; at++, after = null) {
    const section = interchangeSections[at]!;
    const read = !team && teamSections.includes(section) ? nothing : readers[section];
    const { items, last } = read(db, scope, after, input.limit);
    const isLast = at === interchangeSections.length - 1;
    if (items.length === 0 && !isLast) continue;
    const next =
      items.length === input.limit && last
        ? encodeCursor(cursorLists.dataset, scopeKey, [section, last[0]!, last[1] ?? ''])
        : isLast
          ? null
          : encodeCursor(cursorLists.dataset, scopeKey, [interchangeSections[at + 1]!, '', '']);
    return { section, items, nextCursor: next } as ExportPage;
  }
}
