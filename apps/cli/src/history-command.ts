// Runs `history <ref>` and formats what changed: one block a save, newest first, with who,
// when and what, then each field as before -> after.
import type { DossierClient, RouterOutputs } from '@dossier/client';
import type { HistoryCommand } from './history-args';

type History = RouterOutputs['history']['measure'];
type Entry = History['items'][number];

/** What each table's rows are, in words. */
const entityNames: Record<string, string> = {
  measures: 'measure',
  events: 'event',
  claims: 'claim',
  positions: 'position',
  measure_links: 'link',
  measure_systems: 'system link',
  notes: 'note',
  meetings: 'meeting',
  stakeholders: 'stakeholder',
};

const longest = 120;

/** A logged value as one line of text: arrays joined, objects as JSON, long text cut. */
export function valueText(value: unknown): string {
  if (value === null || value === undefined || value === '') return '(none)';
  const text = Array.isArray(value)
    ? value.map((v) => (typeof v === 'string' ? v : JSON.stringify(v))).join(', ')
    : typeof value === 'string'
      ? value
      : JSON.stringify(value);
  const line = text.replace(/\s+/g, ' ').trim();
  if (line === '') return '(none)';
  return line.length > longest ? `${line.slice(0, longest - 1)}…` : line;
}

export function formatHistory(history: Pick<History, 'subject' | 'items' | 'nextCursor'>): string {
  const lines = [`History of ${history.subject.title} (${history.subject.slug}), newest first`, ''];
  if (history.items.length === 0) lines.push('  Nothing recorded yet.');
  for (const entry of history.items) lines.push(...formatEntry(entry), '');
  if (history.nextCursor)
    lines.push(`… older changes not shown (use --limit, up to 200, or the dashboard)`);
  return `${lines.join('\n').trimEnd()}\n`;
}

function formatEntry(entry: Entry): string[] {
  const what = entityNames[entry.entity] ?? entry.entity;
  const verb = { create: 'created', update: 'changed', delete: 'deleted' }[entry.action];
  const when = entry.at.replace('T', ' ').slice(0, 16);
  const head = `${when} UTC  ${entry.actor}  ${verb} ${what} "${entry.label}"`;
  return [
    head,
    ...entry.fields.map((f) =>
      entry.action === 'create'
        ? `    ${f.field}: ${valueText(f.after)}`
        : `    ${f.field}: ${valueText(f.before)} -> ${valueText(f.after)}`,
    ),
  ];
}

export async function historyCommand(client: DossierClient, command: HistoryCommand) {
  const history = await client.history.measure.query({ ref: command.ref, limit: command.limit });
  if (command.json) return `${JSON.stringify(history, null, 2)}\n`;
  return formatHistory(history);
}

/** The first line of `show --as-of`: the brief printed is not today's. */
export function asOfLine(ref: string, asOf: string): string {
  const moment = asOf.endsWith('T23:59:59.999Z')
    ? `the end of ${asOf.slice(0, 10)} (UTC)`
    : asOf.replace('T', ' ').replace(/\.\d+Z$/, 'Z');
  return `AS IT STOOD AT ${moment}, rebuilt from the history; today's brief: pnpm dossier show ${ref}\n\n`;
}
