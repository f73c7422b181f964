// The answer of `pnpm dossier search` for people: one block per kind of record, each result with
// what to type next (a measure's slug for `show`), the words that matched marked in brackets, or
// in bold on a terminal.
import type { RouterOutputs } from '@dossier/client';
import { type DatePrecision, formatPartialDate } from '@dossier/domain';
import { label } from './format';

type Result = RouterOutputs['search']['query'];
type Group = Result['groups'][number];
type Hit = Group['items'][number];
type Part = { text: string; match: boolean };

/** How a match is marked: brackets anywhere, bold where a terminal shows it. */
export type MarkStyle = 'brackets' | 'bold';

const marks: Record<MarkStyle, readonly [string, string]> = {
  brackets: ['[', ']'],
  bold: ['\u001b[1m', '\u001b[22m'],
};

const headings: Record<Group['kind'], string> = {
  measure: 'MEASURES',
  stakeholder: 'STAKEHOLDERS',
  position: 'POSITIONS',
  event: 'EVENTS',
  source: 'SOURCES',
  note: 'TEAM NOTES',
  meeting: 'MEETINGS',
};

/** The fields a passage comes from, as a reader would name them. */
const fieldNames: Record<string, string> = {
  policyAreas: 'policy areas',
  followUps: 'follow-ups',
};

/** The command line speaks British English, as the rest of the CLI does. */
const date = (value: string, precision?: DatePrecision | null) =>
  formatPartialDate(value, precision, 'en-GB', 'short');

/** A word of marked text: its pieces, each matched or not ("[Maizière]," is two pieces). */
type Word = Part[];

function words(parts: readonly Part[]): Word[] {
  const result: Word[] = [];
  let word: Word = [];
  for (const part of parts) {
    for (const piece of part.text.split(/(\s+)/)) {
      if (/^\s+$/.test(piece)) {
        if (word.length) result.push(word);
        word = [];
      } else if (piece) word.push({ text: piece, match: part.match });
    }
  }
  if (word.length) result.push(word);
  return result;
}

const visible = (word: Word) => word.reduce((n, p) => n + p.text.length, 0);

/**
 * Marked parts as lines of at most `width` visible characters (the marks of the bold style take
 * no room on screen), each line after the first starting with `indent`. No width: one line.
 */
export function markedLines(
  parts: readonly Part[],
  style: MarkStyle,
  opts: { width?: number | undefined; indent?: string; lead?: string } = {},
): string[] {
  const [open, close] = marks[style];
  const indent = opts.indent ?? '';
  const render = (word: Word) =>
    word.map((p) => (p.match ? `${open}${p.text}${close}` : p.text)).join('');
  // A bracket takes room on screen; bold does not.
  const room = (word: Word) =>
    visible(word) + (style === 'brackets' ? 2 * word.filter((p) => p.match).length : 0);
  const lines: string[] = [];
  let line = opts.lead ?? '';
  let length = line.length;
  let empty = true;
  for (const word of words(parts)) {
    const size = room(word);
    if (!empty && opts.width && length + 1 + size > opts.width) {
      lines.push(line);
      line = indent;
      length = indent.length;
      empty = true;
    }
    line += (empty ? '' : ' ') + render(word);
    length += (empty ? 0 : 1) + size;
    empty = false;
  }
  lines.push(line);
  return lines;
}

const plain = (text: string): Part[] => [{ text, match: false }];

/** The lines of one result: what it is, where it leads, and the passage that matched. */
function hitLines(hit: Hit, style: MarkStyle, width: number | undefined): string[] {
  const lines = (parts: readonly Part[], lead: string) =>
    markedLines(parts, style, { width, lead, indent: ' '.repeat(lead.length) });
  // A quote between quotation marks; any other passage after the name of its field.
  const snippet = !hit.snippet
    ? []
    : hit.kind === 'position'
      ? lines([...hit.snippet.parts, { text: '”', match: false }], '    “')
      : lines(hit.snippet.parts, `    ${fieldNames[hit.snippet.field] ?? hit.snippet.field}: `);
  switch (hit.kind) {
    case 'measure':
      return [
        ...lines(hit.label, '  '),
        `    ${hit.slug} · ${hit.stage ? label(hit.stage) : label(hit.measureKind)} · ${hit.jurisdiction}`,
        ...snippet,
      ];
    case 'stakeholder':
      return [...lines(hit.label, '  '), `    ${hit.slug} · ${label(hit.category)}`, ...snippet];
    case 'position':
      return [
        ...lines(
          plain(
            `${hit.stakeholder.name}: ${label(hit.stance)}, ${date(hit.statedOn, hit.statedOnPrecision)}`,
          ),
          '  ',
        ),
        `    on ${hit.measure.slug} · stakeholder ${hit.stakeholder.slug}`,
        ...snippet,
      ];
    case 'event':
      return [
        ...lines(hit.label, `  ${date(hit.date, hit.datePrecision)}  `),
        `    ${label(hit.eventKind)} on ${hit.measure.slug}`,
        ...snippet,
      ];
    case 'source':
      return [
        ...lines(hit.label, '  '),
        `    ${[hit.publisher, hit.publishedOn ? date(hit.publishedOn) : null, hit.url]
          .filter(Boolean)
          .join(' · ')}`,
        ...snippet,
      ];
    case 'note':
      return [
        ...lines(plain(`${hit.author}, ${date(hit.createdAt.slice(0, 10))}`), '  '),
        `    on ${hit.subject.kind} ${hit.subject.slug}`,
        ...snippet,
      ];
    case 'meeting':
      return [
        ...lines(hit.label, `  ${date(hit.heldOn)}  `),
        ...(hit.subject ? [`    on ${hit.subject.kind} ${hit.subject.slug}`] : []),
        ...snippet,
      ];
  }
}

/**
 * The results grouped by kind, in the server's order, leaving out kinds with none; "Nothing
 * matches" when no kind has any. With `width` (a terminal's) long lines are wrapped.
 */
export function formatSearch(
  result: Pick<Result, 'q' | 'identifier' | 'groups'>,
  opts: { style?: MarkStyle; width?: number | undefined } = {},
): string {
  const style = opts.style ?? 'brackets';
  const groups = result.groups.filter((g) => g.items.length > 0);
  if (groups.length === 0) return `Nothing matches "${result.q}".\n`;
  const blocks = groups.map((group) => {
    const shown =
      group.total > group.items.length ? `${group.items.length} of ${group.total}` : group.total;
    const items = (group.items as Hit[]).map((hit) => hitLines(hit, style, opts.width).join('\n'));
    return `${headings[group.kind]} (${shown})\n${items.join('\n')}`;
  });
  const identifier = result.identifier
    ? `Searched as the identifier ${result.identifier.canonical}, then as text.\n\n`
    : '';
  return `${identifier}${blocks.join('\n\n')}\n`;
}
