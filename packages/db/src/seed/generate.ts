// Fills a database with a generated dossier of a tier's size through the interchange import,
// the same code that writes an imported file: every record checked against the interchange
// schema, written with its audit trail, indexed for search. Many records go in each
// transaction, which is what makes tier L a matter of minutes.
import {
  addImportResult,
  emptyImportResult,
  type ImportRecord,
  type ImportResult,
} from '@dossier/domain';
import { importRecords } from '../dataset/import';
import type { Db } from '../open';
import { type TierSize, tierInterchange, tierShape } from './tiers';

export interface GenerateOptions {
  seed?: number;
  /** The day the timelines are cut at: what is past and what is ahead (YYYY-MM-DD). */
  today?: string;
  /** Records per transaction (a measure counts with its events). */
  batch?: number;
  /** Told after each transaction: records written so far, of how many, in which section. */
  onProgress?: (done: number, total: number, section: string) => void;
}

export interface GenerateResult {
  records: number;
  result: ImportResult;
  seconds: number;
}

/** How many top-level records a generated dossier of `size` has. */
export function tierRecordCount(size: TierSize): number {
  const s = tierShape(size);
  return (
    s.sources +
    s.persons +
    s.organizations +
    Math.floor((s.persons * 2) / 3) +
    s.systems +
    s.measures +
    s.positions +
    s.links +
    s.measureSystems
  );
}

export function generateDossier(
  db: Db,
  size: TierSize,
  options: GenerateOptions = {},
): GenerateResult {
  const started = performance.now();
  const seed = options.seed ?? 1;
  const limit = options.batch ?? 5_000;
  const total = tierRecordCount(size);
  const result = emptyImportResult(false);
  let batch: ImportRecord[] = [];
  let weight = 0;
  let done = 0;
  const flush = () => {
    if (batch.length === 0) return;
    const section = batch[0]!.section;
    addImportResult(result, importRecords(db, batch, { actor: `generator:${seed}` }));
    done += batch.length;
    batch = [];
    weight = 0;
    options.onProgress?.(done, total, section);
  };
  const index = new Map<string, number>();
  for (const page of tierInterchange(size, seed, options.today)) {
    // One section per transaction keeps the progress line honest about what is being written.
    if (batch.length > 0 && batch[0]!.section !== page.section) flush();
    for (const record of page.items) {
      const at = index.get(page.section) ?? 0;
      index.set(page.section, at + 1);
      batch.push({ section: page.section, index: at, record } as ImportRecord);
      const events = (record as { events?: unknown[] }).events?.length ?? 0;
      weight += 1 + events;
      if (weight >= limit) flush();
    }
  }
  flush();
  return { records: done, result, seconds: (performance.now() - started) / 1000 };
}
