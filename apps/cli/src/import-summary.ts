// What `pnpm dossier import` says at the end: what became of the records, per section, then
// every rejected record with the path and reason of each problem, and how to go on.
import { type InterchangeSection, interchangeSections } from '@dossier/domain';
import type { ImportOutcome } from './import-command';

const grouped = (n: number) => n.toLocaleString('en');

const sectionNames: Record<InterchangeSection, string> = {
  sources: 'sources',
  persons: 'persons',
  organizations: 'organizations',
  memberships: 'memberships',
  informationSystems: 'information systems',
  measures: 'measures',
  positions: 'positions',
  links: 'links',
  measureSystems: 'measure-system links',
  notes: 'notes',
  meetings: 'meetings',
};

/** The summary printed at the end: counts per outcome and section, then the rejected records. */
export function formatImportSummary(file: string, outcome: ImportOutcome): string {
  const { result, records, seconds } = outcome;
  const lines: string[] = [];
  const rate = seconds > 0 ? Math.round(records / seconds) : records;
  lines.push(
    result.dryRun
      ? `Dry run of ${file}: nothing was saved. ${grouped(records)} records read in ${seconds.toFixed(1)} s.`
      : `Imported ${file}: ${grouped(records)} records in ${seconds.toFixed(1)} s (${grouped(rate)} records/s).`,
  );
  const would = result.dryRun ? 'would be ' : '';
  for (const outcome of ['created', 'updated', 'unchanged', 'rejected'] as const) {
    const per = interchangeSections
      .filter((s) => (result.sections[s]?.[outcome] ?? 0) > 0)
      .map((s) => `${sectionNames[s]} ${grouped(result.sections[s]![outcome])}`);
    lines.push(
      `  ${`${would}${outcome}`.padEnd(result.dryRun ? 20 : 10)} ${grouped(result.counts[outcome]).padStart(9)}${per.length ? `   (${per.join(', ')})` : ''}`,
    );
  }
  const { created, updated, rejected } = result.counts;
  if (!outcome.stopped && records > 0 && created === 0 && updated === 0 && rejected === 0)
    lines.push('Everything in the file is already in the database: nothing changed.');
  if (outcome.fileProblems.length > 0) {
    lines.push('The file:');
    for (const p of outcome.fileProblems) lines.push(`  ${p}`);
  }
  if (result.rejected.length > 0) {
    lines.push(
      `Rejected records (nothing of them was ${result.dryRun ? 'checked further' : 'saved'}):`,
    );
    for (const r of result.rejected)
      for (const p of r.problems) lines.push(`  ${p.path}: ${p.message}`);
  }
  if (outcome.stopped)
    lines.push(
      `The import stopped before the end of ${file}: ${outcome.stopped}${/[.!?]$/.test(outcome.stopped) ? '' : '.'}`,
      result.dryRun || outcome.batches === 0
        ? 'Nothing was saved.'
        : `The ${grouped(outcome.batches)} batches the server acknowledged are saved whole, and nothing of the rest. Run the same command again to finish: records already imported come back "unchanged".`,
    );
  return `${lines.join('\n')}\n`;
}
