// The digest: what changed in what a person watches over a period, as Markdown a team can
// paste into an e-mail. One function serves the CLI and the dashboard (through digest.get).
import { sql } from 'drizzle-orm';
import type { Db } from '../open';
import type { FeedUser } from './feed';
import { mdLink, mdText, words } from './markdown';
import { changesInScope, followedBy } from './scope';

export interface DigestOptions {
  user: FeedUser;
  since: Date;
  until: Date;
  /** The dashboard's address, for links to briefs (`<baseUrl>/measures/<slug>`). */
  baseUrl: string;
}

interface Subject {
  kind: 'measure' | 'stakeholder';
  id: string;
  slug: string;
  title: string;
  lines: Map<string, string[]>;
}

const day = (d: Date) => d.toISOString().slice(0, 10);
const minute = (d: Date) => `${d.toISOString().slice(0, 16).replace('T', ' ')} UTC`;

/** The file a digest is saved as. */
export const digestFilename = (user: string, since: Date, until: Date) =>
  `dossier-digest-${user.replaceAll(/[^a-z0-9-]+/gi, '-')}-${day(since)}-to-${day(until)}.md`;

const sections = {
  stage: 'Stage changes',
  events: 'New events',
  positions: 'New or changed positions',
  notes: 'New notes and meetings',
} as const;

export function digest(db: Db, options: DigestOptions): string {
  const { user, since, until } = options;
  const base = options.baseUrl.replace(/\/+$/, '');
  const from = since.toISOString();
  const to = until.toISOString();
  const followed = followedBy(db, user.id);
  const m = JSON.stringify([...followed.measures.keys()]);
  const s = JSON.stringify([...followed.stakeholders.keys()]);

  const subjects = new Map<string, Subject>();
  for (const r of db.all<{ kind: Subject['kind']; id: string; slug: string; title: string }>(sql`
    select 'measure' as kind, id, slug, title from measures where id in (select value from json_each(${m}))
    union all select 'stakeholder', id, slug, name from stakeholders where id in (select value from json_each(${s}))`))
    subjects.set(r.id, { ...r, lines: new Map() });
  const add = (subjectId: string, section: keyof typeof sections, line: string) => {
    const subject = subjects.get(subjectId);
    if (!subject) return;
    const list = subject.lines.get(section) ?? [];
    list.push(line);
    subject.lines.set(section, list);
  };
  const link = (kind: Subject['kind'], slug: string, title: string) =>
    mdLink(
      title,
      `${base}/${kind === 'measure' ? 'measures' : 'stakeholders'}/${encodeURIComponent(slug)}`,
    );

  // Stage changes, from the audit log: the measure's stage field, with the stage claim that
  // carried it (its date and source) when there is one.
  const stageRows = changesInScope(db, followed, from, to)
    .filter((r) => r.entity === 'measures' && r.field === 'stage' && r.subjectKind === 'measure')
    .reverse();
  for (const r of stageRows) {
    const before = JSON.parse(r.before ?? 'null') as string | null;
    const after = JSON.parse(r.after ?? 'null') as string | null;
    const claim = db.get<{ date: string; source: string | null } | undefined>(sql`
      select c.date, s.title as source from claims c left join sources s on s.id = c.source_id
      where c.measure_id = ${r.subjectId} and c.fact = 'stage' and c.stage = ${after} and c.created_at <= ${r.at}
      order by c.created_at desc, c.id desc limit 1`);
    const move = `${mdText(words(before ?? 'none'))} → ${mdText(words(after ?? 'none'))}`;
    const when = claim ? claim.date : r.at.slice(0, 10);
    const source = claim?.source ? ` (source: ${mdText(claim.source)})` : '';
    add(r.subjectId, 'stage', `- ${move} on ${when}${source}`);
  }

  for (const e of db.all<{ measureId: string; date: string; title: string }>(sql`
    select measure_id as measureId, date, title from events
    where measure_id in (select value from json_each(${m})) and created_at > ${from} and created_at <= ${to}
    order by date, created_at, id`))
    add(e.measureId, 'events', `- ${e.date}: ${mdText(e.title)}`);

  const positions = db.all<{
    measureId: string;
    stakeholderId: string;
    stakeholder: string;
    measureSlug: string;
    measure: string;
    stance: string;
    statedOn: string;
    isNew: number;
  }>(sql`
    select p.measure_id as measureId, p.stakeholder_id as stakeholderId, s.name as stakeholder,
      m.slug as measureSlug, m.title as measure, p.stance, p.stated_on as statedOn,
      p.created_at > ${from} as isNew
    from positions p join stakeholders s on s.id = p.stakeholder_id join measures m on m.id = p.measure_id
    where (p.measure_id in (select value from json_each(${m})) or p.stakeholder_id in (select value from json_each(${s})))
      and p.updated_at > ${from} and p.updated_at <= ${to}
    order by p.stated_on, p.created_at, p.id`);
  for (const p of positions) {
    const what = `${mdText(words(p.stance))}, stated ${p.statedOn} (${p.isNew ? 'new' : 'changed'})`;
    add(p.measureId, 'positions', `- ${mdText(p.stakeholder)}: ${what}`);
    add(p.stakeholderId, 'positions', `- ${link('measure', p.measureSlug, p.measure)}: ${what}`);
  }

  for (const n of db.all<{ subjectId: string; author: string; body: string }>(sql`
    select subject_id as subjectId, author, body from notes
    where subject_id in (select value from json_each(${m}) union all select value from json_each(${s}))
      and created_at > ${from} and created_at <= ${to}
    order by created_at, id`)) {
    const firstLine = n.body.trim().split('\n')[0]!.slice(0, 120);
    add(n.subjectId, 'notes', `- Note by ${mdText(n.author)}: ${mdText(firstLine)}`);
  }
  for (const g of db.all<{ subjectId: string; heldOn: string; title: string }>(sql`
    select x.subject_id as subjectId, g.held_on as heldOn, g.title from meetings g join (
      select meeting_id, measure_id as subject_id from meeting_measures
      union all select meeting_id, stakeholder_id from meeting_stakeholders) x on x.meeting_id = g.id
    where x.subject_id in (select value from json_each(${m}) union all select value from json_each(${s}))
      and g.created_at > ${from} and g.created_at <= ${to}
    order by g.held_on, g.created_at, g.id`))
    add(g.subjectId, 'notes', `- Meeting on ${g.heldOn}: ${mdText(g.title)}`);

  const changed = [...subjects.values()]
    .filter((subject) => subject.lines.size > 0)
    .sort(
      (a, b) =>
        a.kind.localeCompare(b.kind) || a.title.localeCompare(b.title) || a.id.localeCompare(b.id),
    );
  const out = [
    `# What changed: ${day(since)} to ${day(until)}`,
    '',
    `For ${mdText(user.name)}, from ${minute(since)} to ${minute(until)}.`,
  ];
  if (changed.length === 0) out.push('', 'Nothing changed in what you watch in this period.');
  for (const subject of changed) {
    out.push('', `## ${link(subject.kind, subject.slug, subject.title)}`);
    for (const key of Object.keys(sections) as (keyof typeof sections)[]) {
      const lines = subject.lines.get(key);
      if (lines) out.push('', `${sections[key]}:`, '', ...lines);
    }
  }
  return `${out.join('\n')}\n`;
}
