// The baseline's answers: hand-written SQL over better-sqlite3, every statement prepared once,
// shaped like the tRPC answers (the same fields; see packages/db/src/repo/*.ts for what each
// procedure returns). It does the same reads as Dossier, without its layers (zod, tRPC, drizzle,
// the domain's rules), so the ratio of the two is what those layers cost.
import type Database from 'better-sqlite3';

type Row = Record<string, unknown>;

const stanceOrder = [
  'strongly_support',
  'support',
  'neutral',
  'oppose',
  'strongly_oppose',
  'unknown',
] as const;
const side: Record<string, 'support' | 'neutral' | 'oppose' | 'unknown'> = {
  strongly_support: 'support',
  support: 'support',
  neutral: 'neutral',
  oppose: 'oppose',
  strongly_oppose: 'oppose',
  unknown: 'unknown',
};
const balanceOf = (counts: Record<string, number>) => {
  const balance = { support: 0, neutral: 0, oppose: 0, unknown: 0 };
  for (const [stance, n] of Object.entries(counts)) balance[side[stance] ?? 'unknown'] += n;
  return balance;
};
const bool = (v: unknown) => v === 1 || v === true;

/** The measure row as drizzle answers it: camelCase, booleans and JSON decoded. */
const measureColumns = `id, version, created_at as createdAt, updated_at as updatedAt, slug, title,
  kind, jurisdiction, stage, stage_disputed as stageDisputed, summary, policy_areas as policyAreas,
  source_id as sourceId`;
const measureOut = (m: Row) => ({
  ...m,
  stageDisputed: bool(m.stageDisputed),
  policyAreas: JSON.parse(m.policyAreas as string),
});
const eventColumns = `id, version, created_at as createdAt, updated_at as updatedAt, measure_id as measureId,
  date, date_precision as datePrecision, kind, title, description, source_id as sourceId,
  body_kind as bodyKind, body_name as bodyName, member_states as memberStates,
  unconfirmed, disputed`;
const sourceColumns = `id, version, created_at as createdAt, updated_at as updatedAt, title, publisher,
  url, published_on as publishedOn, kind, note`;
const stakeholderColumns = `s.id, s.version, s.created_at as createdAt, s.updated_at as updatedAt, s.slug,
  s.kind, s.name, s.category, s.role, s.affiliation_id as affiliationId, s.country, s.description,
  s.source_id as sourceId, a.id as aId, a.slug as aSlug, a.name as aName`;
const stakeholderOut = ({ aId, aSlug, aName, ...s }: Row) => ({
  ...s,
  affiliation: aId ? { id: aId, slug: aSlug, name: aName } : null,
});
const cursorOf = (parts: unknown[]) => Buffer.from(JSON.stringify(parts)).toString('base64url');
const isUpcoming = (date: string, today: string) => date > today.slice(0, date.length);

export function baselineQueries(db: Database.Database) {
  const prepared = new Map<string, Database.Statement>();
  /** A statement compiled once per text (lists of ids of different lengths are few). */
  const q = (text: string) => {
    let s = prepared.get(text);
    if (!s) {
      s = db.prepare(text);
      prepared.set(text, s);
    }
    return s;
  };
  const marks = (n: number) => Array.from({ length: n }, () => '?').join(', ');

  const lastOrNext = (ids: string[], today: string, which: 'last' | 'next') => {
    const result = new Map<string, Row>();
    if (ids.length === 0) return result;
    const [when, dir] = which === 'last' ? ['<=', 'desc'] : ['>', 'asc'];
    const rows =
      q(`select measure_id as measureId, date, date_precision as datePrecision, kind, title from (
      select *, row_number() over (partition by measure_id order by date ${dir}, created_at ${dir}, id ${dir}) as n
      from events where measure_id in (${marks(ids.length)}) and date ${when} substr(?, 1, length(date))
    ) where n = 1`).all(...ids, today) as Row[];
    for (const r of rows) result.set(r.measureId as string, r);
    return result;
  };

  function listFilters(input: { stage?: string[]; q?: string }) {
    const where: string[] = [];
    const params: unknown[] = [];
    if (input.stage?.length) {
      where.push(`stage in (${marks(input.stage.length)})`);
      params.push(...input.stage);
    }
    if (input.q) {
      const words = input.q.toLowerCase().match(/[\p{L}\p{N}\p{M}]+/gu) ?? [];
      where.push('rowid in (select rowid from measures_fts where measures_fts match ?)');
      params.push(words.map((w) => `"${w}"*`).join(' '));
    }
    return { where: where.length ? `where ${where.join(' and ')}` : '', params };
  }

  function measuresList(input: { stage?: string[]; q?: string; limit?: number }, today: string) {
    const limit = input.limit ?? 50;
    const { where, params } = listFilters(input);
    const rows = q(
      `select ${measureColumns} from measures ${where} order by title, id limit ?`,
    ).all(...params, limit + 1) as Row[];
    const page = rows.slice(0, limit);
    const ids = page.map((r) => r.id as string);
    const last = lastOrNext(ids, today, 'last');
    const next = lastOrNext(ids, today, 'next');
    const stances = new Map<string, Record<string, number>>();
    const disputed = new Set<string>();
    if (ids.length) {
      for (const r of q(`select measure_id as m, stance from (
        select measure_id, stance, row_number() over (
          partition by measure_id, stakeholder_id order by stated_on desc, created_at desc, id desc) as n
        from positions where measure_id in (${marks(ids.length)})) where n = 1`).all(...ids) as {
        m: string;
        stance: string;
      }[]) {
        const counts = stances.get(r.m) ?? {};
        counts[r.stance] = (counts[r.stance] ?? 0) + 1;
        stances.set(r.m, counts);
      }
      for (const r of q(
        `select distinct measure_id as m from events where disputed = 1 and measure_id in (${marks(ids.length)})`,
      ).all(...ids) as { m: string }[])
        disputed.add(r.m);
    }
    const lastRow = page.at(-1);
    return {
      items: page.map((m) => ({
        id: m.id,
        slug: m.slug,
        title: m.title,
        kind: m.kind,
        jurisdiction: m.jurisdiction,
        stage: m.stage,
        policyAreas: JSON.parse(m.policyAreas as string),
        updatedAt: m.updatedAt,
        lastEvent: last.get(m.id as string) ?? null,
        nextEvent: next.get(m.id as string) ?? null,
        balance: balanceOf(stances.get(m.id as string) ?? {}),
        disputed: bool(m.stageDisputed) || disputed.has(m.id as string),
      })),
      nextCursor: rows.length > limit && lastRow ? cursorOf([lastRow.title, lastRow.id]) : null,
    };
  }

  function stageCounts(input: { q?: string }) {
    const { where, params } = listFilters(input);
    const rows = q(`select stage, count(*) as n from measures ${where} group by stage`).all(
      ...params,
    ) as { stage: string | null; n: number }[];
    return Object.fromEntries(rows.map((r) => [r.stage ?? 'none', r.n]));
  }

  function stakeholdersList(limit = 100) {
    const total = (q('select count(*) from stakeholders').pluck().get() as number) ?? 0;
    const rows = q(`select ${stakeholderColumns},
        (select count(*) from positions p where p.stakeholder_id = s.id) as positionCount
      from stakeholders s left join stakeholders a on a.id = s.affiliation_id
      order by s.name, s.id limit ?`).all(limit + 1) as Row[];
    const page = rows.slice(0, limit);
    const last = page.at(-1);
    return {
      items: page.map(stakeholderOut),
      nextCursor: rows.length > limit && last ? cursorOf([last.name, last.id]) : null,
      total,
    };
  }

  function systemsList(limit = 50, perSystem = 20) {
    const rows =
      q(`select id, version, created_at as createdAt, updated_at as updatedAt, slug, acronym,
      name, holds, description from information_systems order by acronym, id limit ?`).all(
        limit + 1,
      ) as Row[];
    const page = rows.slice(0, limit);
    const ids = page.map((r) => r.id as string);
    const links = ids.length
      ? (q(`select * from (select ms.system_id as systemId, ms.id as linkId, ms.action, m.id as measureId,
          m.slug, m.title, m.stage, m.kind, s.id as sourceId, s.title as sourceTitle,
          row_number() over (partition by ms.system_id order by m.title, ms.id) as n,
          count(*) over (partition by ms.system_id) as total
        from measure_systems ms join measures m on m.id = ms.measure_id
        left join sources s on s.id = ms.source_id
        where ms.system_id in (${marks(ids.length)})) where n <= ? order by n`).all(
          ...ids,
          perSystem,
        ) as Row[])
      : [];
    const totals = q(`select (select count(*) from information_systems) as systems,
      count(distinct measure_id) as measures, count(*) as links from measure_systems`).get() as Row;
    return {
      items: page.map((system) => {
        const mine = links.filter((l) => l.systemId === system.id);
        const total = (mine[0]?.total as number) ?? 0;
        const last = mine.at(-1);
        return {
          ...system,
          measures: {
            items: mine.map((l) => ({
              linkId: l.linkId,
              action: l.action,
              measure: {
                id: l.measureId,
                slug: l.slug,
                title: l.title,
                stage: l.stage,
                kind: l.kind,
              },
              source: l.sourceId ? { id: l.sourceId, title: l.sourceTitle } : null,
            })),
            total,
            nextCursor: total > mine.length && last ? cursorOf([last.title, last.linkId]) : null,
          },
        };
      }),
      nextCursor: rows.length > limit ? cursorOf([page.at(-1)?.acronym, page.at(-1)?.id]) : null,
      total: totals.systems,
      measureCount: totals.measures,
      linkCount: totals.links,
    };
  }

  const sourcesIn = `id in (
    select source_id from events where measure_id = @id
    union select source_id from claims where measure_id = @id and source_id is not null
    union select source_id from measure_identifiers where measure_id = @id and source_id is not null
    union select source_id from positions where measure_id = @id
    union select source_id from measure_links where (from_measure_id = @id or to_measure_id = @id) and source_id is not null
    union select source_id from measure_systems where measure_id = @id and source_id is not null
    union select source_id from measures where id = @id and source_id is not null)`;

  function claimView(c: Row) {
    return {
      ...c,
      unconfirmed: bool(c.unconfirmed),
      preferred: bool(c.preferred),
    };
  }

  /** The brief: the same fourteen reads as getBrief, in the same shape. */
  function brief(ref: string, today: string) {
    // By slug, by id, else by an identifier as written: each branch on its own index.
    const measure = q(`select ${measureColumns} from measures where id = (
        select id from measures where slug = @ref
        union all select id from measures where id = @ref
        union all select measure_id from measure_identifiers where value = @ref collate nocase
        limit 1)`).get({ ref }) as Row | undefined;
    if (!measure) return null;
    const id = measure.id as string;
    const identifiers = (
      q(`select id, scheme, value as written, canonical, role, source_id as sourceId
        from measure_identifiers where measure_id = ? order by created_at, id`).all(id) as Row[]
    ).map((i): Row => ({ ...i, label: `${i.scheme} ${i.canonical}` }));
    const counts = q(`select
        (select count(*) from events where measure_id = @id) as events,
        (select json_group_array(json_object('id', id, 'kind', kind, 'date', date)) from (
          select id, kind, date, row_number() over (partition by kind order by date, created_at, id) as n
          from events where measure_id = @id and unconfirmed = 0 and date <= substr(@today, 1, length(date))
        ) where n = 1) as evidence,
        (select group_concat(distinct kind) from events
          where measure_id = @id and date <= substr(@today, 1, length(date))) as pastKinds,
        (select json_group_object(stance, n) from (select stance, count(*) as n from (
          select stance, row_number() over (partition by stakeholder_id order by stated_on desc, created_at desc, id desc) as r
          from positions where measure_id = @id) where r = 1 group by stance)) as stances`).get({
      id,
      today,
    }) as Row;
    const held = JSON.parse((counts.stances as string) ?? '{}') as Record<string, number>;
    const stanceCounts = Object.fromEntries(stanceOrder.map((s) => [s, held[s] ?? 0]));

    const rows = q(`select * from (select ${eventColumns} from events where measure_id = @id
        and date > substr(@today, 1, length(date)) order by date, created_at, id limit 10)
      union all select * from (select ${eventColumns} from events where measure_id = @id
        and date <= substr(@today, 1, length(date)) order by date desc, created_at desc, id desc limit 41)`).all(
      { id, today },
    ) as Row[];
    const past = rows.filter((e) => !isUpcoming(e.date as string, today)).slice(0, 40);
    const shown = [...rows.filter((e) => isUpcoming(e.date as string, today)), ...past].sort(
      (a, b) =>
        (a.date as string).localeCompare(b.date as string) ||
        (a.createdAt as string).localeCompare(b.createdAt as string),
    );
    const eventIds = shown.map((e) => e.id as string);
    const claimRows = q(`select id, version, created_at as createdAt, updated_at as updatedAt,
        measure_id as measureId, event_id as eventId, fact, date, date_precision as datePrecision,
        stage, votes_for as votesFor, votes_against as votesAgainst, abstentions,
        source_id as sourceId, note, unconfirmed, preferred, preferred_reason as preferredReason
      from claims where event_id in (${marks(eventIds.length)})
        or (measure_id = ? and fact = 'stage') order by created_at, id`).all(
      ...eventIds,
      id,
    ) as Row[];
    const documents = eventIds.length
      ? (q(`select id, event_id as eventId, title, scheme, value, canonical, url from event_documents
          where event_id in (${marks(eventIds.length)}) order by created_at, id`).all(
          ...eventIds,
        ) as Row[])
      : [];
    const fact = (list: Row[]) => ({
      claims: list.map(claimView),
      disputed: new Set(list.map((c) => `${c.date}|${c.stage}|${c.votesFor}`)).size > 1,
      preferred: list.find((c) => bool(c.preferred))?.id ?? null,
    });
    const items = shown.map((e): Row => {
      const mine = claimRows.filter((c) => c.eventId === e.id);
      return {
        ...e,
        memberStates: JSON.parse(e.memberStates as string),
        unconfirmed: bool(e.unconfirmed),
        disputed: bool(e.disputed),
        upcoming: isUpcoming(e.date as string, today),
        dateFact: fact(mine.filter((c) => c.fact === 'date')),
        resultFact: mine.some((c) => c.fact === 'result')
          ? fact(mine.filter((c) => c.fact === 'result'))
          : null,
        documents: documents.filter((d) => d.eventId === e.id),
      };
    });
    const stageClaims = claimRows.filter((c) => c.fact === 'stage');

    const stakeholderRows = q(`with latest as (
        select stakeholder_id, stance, count(*) over (partition by stakeholder_id) as positionCount,
          row_number() over (partition by stakeholder_id order by stated_on desc, created_at desc, id desc) as n
        from positions where measure_id = @id)
      select ${stakeholderColumns}, latest.positionCount, (case latest.stance
        ${stanceOrder.map((s, i) => `when '${s}' then ${i}`).join(' ')} end) as rank
      from latest join stakeholders s on s.id = latest.stakeholder_id
      left join stakeholders a on a.id = s.affiliation_id
      where latest.n = 1 order by rank, s.name, s.id limit 51`).all({ id }) as Row[];
    const shownStakeholders = stakeholderRows.slice(0, 50);
    const sIds = shownStakeholders.map((s) => s.id as string);
    const history = sIds.length
      ? (q(`select * from (select id, version, created_at as createdAt, updated_at as updatedAt,
          measure_id as measureId, stakeholder_id as stakeholderId, stance, role, stated_on as statedOn,
          stated_on_precision as statedOnPrecision, quote, source_id as sourceId,
          row_number() over (partition by stakeholder_id order by stated_on desc, created_at desc, id desc) as n
          from positions where measure_id = ? and stakeholder_id in (${marks(sIds.length)}))
        where n <= 20 order by statedOn`).all(id, ...sIds) as Row[])
      : [];
    const stakeholderItems = shownStakeholders.map(({ rank: _, positionCount, ...s }) => {
      const mine = history
        .filter((p) => p.stakeholderId === s.id)
        .map(({ n: __, ...p }): Row => ({ ...p, date: p.statedOn }));
      return { stakeholder: stakeholderOut(s), current: mine.at(-1), history: mine, positionCount };
    });

    const linked = (direction: 'outgoing' | 'incoming') =>
      (
        q(`select l.id as linkId, l.version, l.relation, l.note, l.source_id as sourceId,
          m.id, m.slug, m.title, m.kind, m.stage, m.jurisdiction
        from measure_links l join measures m on m.id = l.${direction === 'outgoing' ? 'to' : 'from'}_measure_id
        where l.${direction === 'outgoing' ? 'from' : 'to'}_measure_id = ?`).all(id) as Row[]
      ).map((r): Row => ({ ...r, direction }));
    const links = [...linked('outgoing'), ...linked('incoming')];
    const linkedIds = [...new Set(links.map((l) => l.id as string))];
    const lastOfLinked = lastOrNext(linkedIds, today, 'last');
    const nextOfLinked = lastOrNext(linkedIds, today, 'next');
    const related = links.map((l) => ({
      linkId: l.linkId,
      version: l.version,
      relation: l.relation,
      direction: l.direction,
      reading: l.direction === 'outgoing' ? l.relation : `${l.relation}_by`,
      label: String(l.relation).replaceAll('_', ' '),
      note: l.note,
      sourceId: l.sourceId,
      measure: {
        id: l.id,
        slug: l.slug,
        title: l.title,
        kind: l.kind,
        stage: l.stage,
        jurisdiction: l.jurisdiction,
      },
      lastEvent: lastOfLinked.get(l.id as string) ?? null,
      nextEvent: nextOfLinked.get(l.id as string) ?? null,
    }));
    const systems = (
      q(`select ms.id as linkId, ms.action, ms.source_id as sourceId, s.id, s.version,
          s.created_at as createdAt, s.updated_at as updatedAt, s.slug, s.acronym, s.name, s.holds, s.description
        from measure_systems ms join information_systems s on s.id = ms.system_id
        where ms.measure_id = ? order by s.acronym`).all(id) as Row[]
    ).map(({ linkId, action, sourceId, ...system }) => ({ linkId, action, sourceId, system }));

    const cited = new Set(
      [
        measure.sourceId,
        ...identifiers.map((i) => i.sourceId),
        ...items.map((e) => e.sourceId),
        ...claimRows.map((c) => c.sourceId),
        ...stakeholderItems.flatMap((s) => s.history.map((p) => p.sourceId)),
        ...related.map((r) => r.sourceId),
        ...systems.map((s) => s.sourceId),
      ].filter((s): s is string => typeof s === 'string'),
    );
    const citedList = [...cited];
    const sourceRows = q(`select * from (select ${sourceColumns},
        row_number() over (order by coalesce(published_on, ''), title, id) as n, count(*) over () as total
        from sources where ${sourcesIn})
      where n <= 50 or id in (select value from json_each(@cited)) order by n`).all({
      id,
      cited: JSON.stringify(citedList),
    }) as Row[];
    const sourcesTotal = (sourceRows[0]?.total as number) ?? 0;
    const reached = ((counts.pastKinds as string | null)?.split(',') ?? []).at(-1) ?? null;
    return {
      measure: measureOut(measure),
      identifiers,
      stage: fact(stageClaims),
      stageWarning: null,
      stageReached: reached,
      timeline: {
        items,
        nextCursor:
          rows.length > shown.length ? cursorOf([past.at(-1)?.date, past.at(-1)?.id]) : null,
        total: counts.events,
      },
      stakeholders: {
        items: stakeholderItems,
        nextCursor: stakeholderRows.length > 50 ? cursorOf([sIds.at(-1)]) : null,
        total: Object.values(stanceCounts).reduce((a, b) => a + b, 0),
      },
      stanceCounts,
      balance: balanceOf(stanceCounts),
      related,
      reviews: related.filter(
        (r) =>
          r.direction === 'outgoing' &&
          r.relation === 'depends_on' &&
          (r.measure.kind === 'review' || r.measure.kind === 'consultation'),
      ),
      systems,
      sources: {
        items: sourceRows.map(({ n: _, total: __, ...s }) => s),
        total: sourcesTotal,
        nextCursor: sourcesTotal > 50 ? cursorOf([sourceRows[49]?.id]) : null,
      },
    };
  }

  const ftsTables = [
    {
      kind: 'measure',
      name: 'measures_fts',
      cols: 4,
      join: 'measures m on m.rowid = measures_fts.rowid',
      select: 'm.id, m.slug, m.title, m.kind as measureKind, m.jurisdiction, m.stage',
      order: 'm.title, m.id',
      weights: '10.0, 1.0, 2.0, 5.0',
    },
    {
      kind: 'stakeholder',
      name: 'stakeholders_fts',
      cols: 3,
      join: 'stakeholders s on s.rowid = stakeholders_fts.rowid',
      select: 's.id, s.slug, s.name, s.kind as stakeholderKind, s.category, s.country',
      order: 's.name, s.id',
      weights: '10.0, 2.0, 1.0',
    },
    {
      kind: 'position',
      name: 'positions_fts',
      cols: 1,
      join: 'positions p on p.rowid = positions_fts.rowid join measures m on m.id = p.measure_id join stakeholders s on s.id = p.stakeholder_id',
      select:
        'p.id, p.stance, p.stated_on as statedOn, m.slug as measureSlug, m.title as measureTitle, s.slug as stakeholderSlug, s.name as stakeholderName',
      order: 'p.stated_on desc, p.id',
      weights: '1.0',
    },
    {
      kind: 'event',
      name: 'events_fts',
      cols: 3,
      join: 'events e on e.rowid = events_fts.rowid join measures m on m.id = e.measure_id',
      select: 'e.id, e.date, e.kind as eventKind, m.slug as measureSlug, m.title as measureTitle',
      order: 'e.date desc, e.id',
      weights: '10.0, 1.0, 3.0',
    },
    {
      kind: 'source',
      name: 'sources_fts',
      cols: 3,
      join: 'sources s on s.rowid = sources_fts.rowid',
      select: 's.id, s.title, s.publisher, s.published_on as publishedOn',
      order: 's.title, s.id',
      weights: '10.0, 3.0, 1.0',
    },
  ];
  const [start, end] = [String.fromCharCode(2), String.fromCharCode(3)];
  const marked = new RegExp(`(${start}[^${end}]*${end})`);
  const parts = (text: string | null) =>
    (text ?? '')
      .split(marked)
      .filter(Boolean)
      .map((t) =>
        t.startsWith(start) ? { text: t.slice(1, -1), match: true } : { text: t, match: false },
      );

  function search(text: string, limit = 5) {
    const words = text.toLowerCase().match(/[\p{L}\p{N}\p{M}]+/gu) ?? [];
    const match = words.map((w) => `"${w}"*`).join(' ');
    const groups = ftsTables.map((t) => {
      if (!match) return { kind: t.kind, total: 0, items: [] };
      const marked = Array.from({ length: t.cols }, (_, i) =>
        i === 0 && t.kind !== 'position'
          ? `highlight(${t.name}, 0, char(2), char(3)) as m0`
          : `snippet(${t.name}, ${i}, char(2), char(3), '…', 16) as m${i}`,
      ).join(', ');
      const rows = q(`select ${t.select}, ${marked} from ${t.name} join ${t.join}
        where ${t.name} match ? order by bm25(${t.name}, ${t.weights}), ${t.order} limit ?`).all(
        match,
        limit,
      ) as Row[];
      const total = q(`select count(*) from ${t.name} where ${t.name} match ?`).pluck().get(match);
      return {
        kind: t.kind,
        total,
        items: rows.map((r) => {
          const out: Row = { kind: t.kind };
          let snippet: { field: number; parts: ReturnType<typeof parts> } | null = null;
          for (const [key, value] of Object.entries(r)) {
            if (!/^m\d$/.test(key)) out[key] = value;
            else if (key !== 'm0' && !snippet && String(value).includes(start))
              snippet = { field: Number(key.slice(1)), parts: parts(value as string) };
          }
          return { ...out, label: parts(r.m0 as string), snippet };
        }),
      };
    });
    return { q: text, identifier: null, groups };
  }

  return { measuresList, stageCounts, stakeholdersList, systemsList, brief, search };
}
