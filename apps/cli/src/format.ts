// Pure text formatting for people: the measure table of `list` and the brief of `show`.
// Each view names only the fields it reads, so tests can build small fixtures.
import type { RouterOutputs } from '@dossier/client';
import { countOf, type DatePrecision, formatNumber, formatPartialDate } from '@dossier/domain';

type Card = RouterOutputs['measures']['list']['items'][number];
type Brief = RouterOutputs['measures']['get'];
type Entry = Brief['stakeholders']['items'][number];
type Related = Brief['related'][number];

export type MeasureRow = Pick<Card, 'stage' | 'jurisdiction' | 'kind' | 'title' | 'slug'> & {
  disputed?: boolean;
  lastEvent: Pick<NonNullable<Card['lastEvent']>, 'date' | 'datePrecision'> | null;
};

type PositionView = Pick<
  Entry['current'],
  'stance' | 'role' | 'statedOn' | 'statedOnPrecision' | 'quote' | 'sourceId'
>;
type RelatedView = Pick<Related, 'relation' | 'direction' | 'sourceId' | 'label'> & {
  measure: Pick<Related['measure'], 'slug' | 'title' | 'stage'>;
  lastEvent: Pick<NonNullable<Related['lastEvent']>, 'date' | 'datePrecision' | 'title'> | null;
  nextEvent: Pick<NonNullable<Related['nextEvent']>, 'date' | 'datePrecision' | 'title'> | null;
};

/** A first page the brief holds, and how many there are in all. */
interface FirstPage<T> {
  items: T[];
  total: number;
}

export interface BriefView {
  measure: Pick<
    Brief['measure'],
    'slug' | 'title' | 'kind' | 'stage' | 'jurisdiction' | 'summary' | 'policyAreas' | 'sourceId'
  >;
  identifiers: Brief['identifiers'];
  stage: Pick<Brief['stage'], 'disputed' | 'claims'>;
  stageWarning: Brief['stageWarning'];
  timeline: FirstPage<
    Pick<
      Brief['timeline']['items'][number],
      | 'date'
      | 'datePrecision'
      | 'kind'
      | 'title'
      | 'description'
      | 'sourceId'
      | 'upcoming'
      | 'unconfirmed'
      | 'facts'
      | 'body'
      | 'memberStates'
    >
  >;
  stakeholders: FirstPage<{
    stakeholder: Pick<Entry['stakeholder'], 'name' | 'role'> & {
      affiliation: Pick<NonNullable<Entry['stakeholder']['affiliation']>, 'name'> | null;
    };
    current: PositionView;
    history: PositionView[];
  }>;
  balance: Brief['balance'];
  related: RelatedView[];
  reviews: RelatedView[];
  systems: (Pick<Brief['systems'][number], 'action' | 'sourceId'> & {
    system: Pick<Brief['systems'][number]['system'], 'acronym' | 'name' | 'holds'>;
  })[];
  sources: FirstPage<
    Pick<
      Brief['sources']['items'][number],
      'id' | 'title' | 'publisher' | 'publishedOn' | 'kind' | 'url'
    >
  >;
}

/** The command line speaks British English: "23 Aug 2016", "1,234 measures". */
const locale = 'en-GB';

/** A partial date at the precision it is known; a month is never shown as its first day. */
const formatDate = (date: string, precision?: DatePrecision | null) =>
  formatPartialDate(date, precision, locale, 'short');

/** "in_force" -> "in force": the stored vocabularies, readable. */
export const label = (value: string): string => value.replaceAll('_', ' ');

/** A letter, a statement or a report follows no procedure, so it has no stage. */
const stageLabel = (stage: string | null) => (stage ? label(stage) : 'no procedure stage');

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Shortens text to at most `max` characters, at a word boundary where one is near. */
export function truncate(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, Math.max(1, max - 1));
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** Wraps text into lines of at most `width` characters (longer words stand on their own line). */
export function wrap(text: string, width: number, indent = ''): string[] {
  const room = Math.max(10, width - indent.length);
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > room) {
      lines.push(indent + line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(indent + line);
  return lines;
}

/** `lead` then the text, wrapped so that later lines start under the text, not under the lead. */
function hanging(lead: string, text: string, width: number): string[] {
  const [first = '', ...rest] = wrap(text, width, ' '.repeat(lead.length));
  return [lead + first.trimStart(), ...rest];
}

/** Rows of cells padded to `widths`, two spaces apart; the last cell is never padded. */
export function columns(rows: string[][], widths: number[]): string[] {
  return rows.map((cells) =>
    cells
      .map((cell, i) => (i === cells.length - 1 ? cell : cell.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd(),
  );
}

/**
 * The measures as an aligned table. With `width` (a terminal's), titles are shortened so each
 * row fits on one line; without it (output piped to a file) nothing is cut.
 */
export function formatMeasureTable(cards: readonly MeasureRow[], opts: { width?: number } = {}) {
  if (cards.length === 0) return 'No measures match.\n';
  const header = ['STAGE', 'JURISDICTION', 'KIND', 'TITLE', 'SLUG', 'LAST EVENT'];
  const body = cards.map((c) => [
    `${stageLabel(c.stage)}${c.disputed ? ' (disputed)' : ''}`,
    c.jurisdiction,
    label(c.kind),
    c.title,
    c.slug,
    c.lastEvent ? formatDate(c.lastEvent.date, c.lastEvent.datePrecision) : '-',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => row[i]!.length)));
  const titleColumn = 3;
  if (opts.width) {
    const others = widths.reduce((sum, w, i) => (i === titleColumn ? sum : sum + w), 0);
    const room = opts.width - others - 2 * (header.length - 1);
    const titleWidth = Math.max(20, Math.min(widths[titleColumn]!, room));
    widths[titleColumn] = titleWidth;
    for (const row of body) row[titleColumn] = truncate(row[titleColumn]!, titleWidth);
  }
  const count = countOf(cards.length, locale, 'measure', 'measures');
  return `${columns([header, ...body], widths).join('\n')}\n\n${count}\n`;
}

const stanceHeadings: Record<string, string> = {
  strongly_support: 'Strongly support',
  support: 'Support',
  neutral: 'Neutral',
  oppose: 'Oppose',
  strongly_oppose: 'Strongly oppose',
  unknown: 'Stance not known',
};

const identifierLabels: Record<string, string> = {
  procedure_ref: 'Procedure',
  celex: 'CELEX',
  eli: 'ELI',
  com: 'COM',
  council_doc: 'Council doc',
  ep_report: 'EP report',
  oj: 'OJ',
  national: 'National',
};

const quoteLength = 320;

/** The standard form of a structured identifier; free text as it was written (its key is folded). */
const shownIdentifier = (i: { scheme: string; written: string; canonical: string }) =>
  i.scheme === 'national' || i.scheme === 'other' ? i.written : i.canonical;

/** "for 38, against 19, abstentions 4", with what a source left out left out. */
const votes = (r: { for: number | null; against: number | null; abstentions: number | null }) =>
  [
    r.for === null ? null : `for ${r.for}`,
    r.against === null ? null : `against ${r.against}`,
    r.abstentions === null ? null : `abstentions ${r.abstentions}`,
  ]
    .filter(Boolean)
    .join(', ');

/**
 * The line that says what a first page leaves out: the brief of a large measure holds its
 * latest events and its first stakeholders and sources, not all of them.
 */
export function notShown(page: FirstPage<unknown>, what: string): string | null {
  const hidden = page.total - page.items.length;
  if (hidden <= 0) return null;
  return `… ${formatNumber(hidden, locale)} ${what} not shown (use --json or the dashboard)`;
}

/** The whole brief of one measure, as a person reads it in a terminal. */
export function formatBrief(brief: BriefView, opts: { width?: number } = {}): string {
  const width = Math.max(40, opts.width ?? 80);
  const out: string[] = [];
  const section = (title: string) => out.push('', title.toUpperCase());

  const sources = brief.sources.items;
  const timeline = brief.timeline.items;
  const stakeholders = brief.stakeholders.items;
  const sourceNumber = new Map(sources.map((s, i) => [s.id, i + 1]));
  const cite = (sourceId: string | null) => {
    if (!sourceId) return '(no source)';
    const n = sourceNumber.get(sourceId);
    return n ? `[${n}]` : '(source not found)';
  };
  const sourceLine = (sourceId: string | null) => {
    const source = sources.find((s) => s.id === sourceId);
    if (!source) return cite(sourceId);
    const published = source.publishedOn ? `, ${formatDate(source.publishedOn)}` : '';
    return `${cite(sourceId)} ${source.title} (${source.publisher}${published})`;
  };

  const { measure } = brief;
  const line = (text: string, indent = '') => out.push(...wrap(text, width, indent));
  line(measure.title);
  line(
    `Stage: ${stageLabel(measure.stage)}${brief.stage.disputed ? ' (disputed: see below)' : ''} · Kind: ${label(measure.kind)} · Jurisdiction: ${measure.jurisdiction}`,
  );
  line(`Slug: ${measure.slug}`);
  if (brief.stage.disputed)
    for (const claim of brief.stage.claims)
      line(
        `Stage claim: ${label(claim.stage)} since ${formatDate(claim.date, claim.datePrecision)} ${cite(claim.sourceId)}`,
        '  ',
      );
  if (brief.stageWarning)
    line(
      `Warning: the timeline has moved past the stage: ${label(brief.stageWarning.suggested)} is suggested (the stage says ${stageLabel(brief.stageWarning.current)}).`,
    );
  if (measure.policyAreas.length) line(`Policy areas: ${measure.policyAreas.join(', ')}`);
  line(
    `Identifiers: ${
      brief.identifiers.length
        ? brief.identifiers
            .map((i) => `${identifierLabels[i.scheme] ?? label(i.scheme)} ${shownIdentifier(i)}`)
            .join(' · ')
        : 'none recorded'
    }`,
  );

  section('Summary');
  if (measure.summary) out.push(...wrap(measure.summary, width, '  '));
  else out.push('  No summary yet.');
  out.push(`  Source: ${cite(measure.sourceId)}`);

  section('Timeline');
  if (timeline.length === 0) out.push('  No events recorded.');
  // The events left out are the earlier ones: the brief keeps the latest and the next.
  const earlier = notShown(brief.timeline, 'earlier events');
  if (earlier) line(earlier, '  ');
  const dates = timeline.map((e) => formatDate(e.date, e.datePrecision));
  const dateWidth = Math.max(0, ...dates.map((d) => d.length));
  const kindWidth = Math.max(0, ...timeline.map((e) => label(e.kind).length));
  timeline.forEach((event, i) => {
    const lead = `  ${dates[i]!.padEnd(dateWidth)}  ${label(event.kind).padEnd(kindWidth)}  `;
    const by = event.body ? ` — by ${event.body.name ?? label(event.body.kind)}` : '';
    const text = `${event.title}${by}${event.upcoming ? ' (upcoming)' : ''}${event.unconfirmed ? ' (unconfirmed)' : ''} ${cite(event.sourceId)}`;
    out.push(...hanging(lead, text, width));
    // A disputed fact is shown with every claim and its source, never one side silently.
    const pad = ' '.repeat(lead.length);
    if (event.memberStates.length)
      out.push(...hanging(pad, `Member States: ${event.memberStates.join(', ')}`, width));
    if (event.facts.date.disputed)
      for (const c of event.facts.date.claims)
        out.push(
          ...hanging(
            pad,
            `date claimed: ${formatDate(c.date, c.datePrecision)} ${cite(c.sourceId)}`,
            width,
          ),
        );
    const result = event.facts.result;
    if (result?.value && !result.disputed)
      out.push(...hanging(pad, `result: ${votes(result.value)}`, width));
    if (result?.disputed)
      for (const c of result.claims)
        out.push(...hanging(pad, `result claimed: ${votes(c.result)} ${cite(c.sourceId)}`, width));
  });

  const b = brief.balance;
  section('Stakeholders');
  line(
    `${b.support} support · ${b.neutral} neutral · ${b.oppose} oppose · ${b.unknown} not known`,
    '  ',
  );
  if (stakeholders.length === 0) out.push('  No stakeholders recorded.');
  let shortened = false;
  const byStance = new Map<string, typeof stakeholders>();
  for (const entry of stakeholders) {
    const group = byStance.get(entry.current.stance) ?? [];
    group.push(entry);
    byStance.set(entry.current.stance, group);
  }
  for (const [stance, entries] of byStance) {
    out.push(`  ${stanceHeadings[stance] ?? capitalise(label(stance))}`);
    for (const { stakeholder, current, history } of entries) {
      out.push(...wrap(describeStakeholder(stakeholder), width, '    '));
      const earlier = history.length > 1 ? history[history.length - 2] : undefined;
      const changed =
        earlier && earlier.stance !== current.stance
          ? ` · earlier: ${label(earlier.stance)} (${formatDate(earlier.statedOn, earlier.statedOnPrecision)})`
          : '';
      line(
        `${label(current.role)} · ${formatDate(current.statedOn, current.statedOnPrecision)}${changed}`,
        '      ',
      );
      if (current.quote) {
        const quote = truncate(current.quote, quoteLength);
        shortened ||= quote.length < current.quote.replace(/\s+/g, ' ').trim().length;
        out.push(...wrap(quote, width, '      '));
      }
      out.push(`      Source: ${truncate(sourceLine(current.sourceId), width - 14)}`);
    }
  }

  const moreStakeholders = notShown(brief.stakeholders, 'more stakeholders');
  if (moreStakeholders) line(moreStakeholders, '  ');

  section('Reviews it depends on');
  if (brief.reviews.length === 0) out.push('  None recorded.');
  for (const review of brief.reviews) {
    out.push(...wrap(`${review.measure.title} (${review.measure.slug})`, width, '  '));
    const last = review.lastEvent
      ? `last: ${formatDate(review.lastEvent.date, review.lastEvent.datePrecision)} ${review.lastEvent.title}`
      : 'no event yet';
    const next = review.nextEvent
      ? ` · next: ${formatDate(review.nextEvent.date, review.nextEvent.datePrecision)} ${review.nextEvent.title}`
      : '';
    out.push(...wrap(`stage: ${stageLabel(review.measure.stage)} · ${last}${next}`, width, '    '));
  }

  section('Related measures');
  if (brief.related.length === 0) out.push('  None recorded.');
  // The API reads each link from this measure's side ("amended by", "grew out of").
  const relationOf = (r: RelatedView) => r.label;
  const relationWidth = Math.max(0, ...brief.related.map((r) => relationOf(r).length));
  for (const r of brief.related) {
    const lead = `  ${relationOf(r).padEnd(relationWidth)}  `;
    const text = `${r.measure.title} · ${stageLabel(r.measure.stage)} · ${r.measure.slug} ${cite(r.sourceId)}`;
    out.push(...hanging(lead, text, width));
  }

  section('Information systems');
  if (brief.systems.length === 0) out.push('  None recorded.');
  const actionWidth = Math.max(0, ...brief.systems.map((s) => label(s.action).length));
  const acronymWidth = Math.max(0, ...brief.systems.map((s) => s.system.acronym.length));
  for (const s of brief.systems) {
    const lead = `  ${label(s.action).padEnd(actionWidth)}  ${s.system.acronym.padEnd(acronymWidth)}  `;
    out.push(...hanging(lead, `${s.system.name} (${s.system.holds}) ${cite(s.sourceId)}`, width));
  }

  section('Sources');
  if (sources.length === 0) out.push('  None recorded.');
  sources.forEach((s, i) => {
    const published = s.publishedOn ? `, ${formatDate(s.publishedOn)}` : '';
    const lead = `  [${i + 1}] `;
    out.push(...hanging(lead, `${s.title} — ${s.publisher}${published} · ${label(s.kind)}`, width));
    if (s.url) out.push(`${' '.repeat(lead.length)}${s.url}`);
  });
  const moreSources = notShown(brief.sources, 'more sources');
  if (moreSources) line(moreSources, '  ');

  if (shortened) out.push('', 'Long quotes are shortened (…); --json gives them in full.');
  return `${out.join('\n')}\n`;
}

/** "Bernard Cazeneuve — French Interior Minister (French Ministry of the Interior)" */
function describeStakeholder(s: BriefView['stakeholders']['items'][number]['stakeholder']): string {
  const affiliation = s.affiliation?.name;
  // Roles often name the organisation already ("Europe director, CCIA"); say it once.
  const showAffiliation = affiliation && !s.role?.includes(affiliation);
  const role = [s.role, showAffiliation ? `(${affiliation})` : null].filter(Boolean).join(' ');
  return role ? `${s.name} — ${role}` : s.name;
}
