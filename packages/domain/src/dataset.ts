// What the `dataset` procedures take, and what a client needs to call them: records sent in
// batches that fit one request, the JSON path of every problem, the summary of an import.
import { httpLimits } from './http-limits';
import { type InterchangeSection, interchangeSections } from './interchange';
import { cursorSchema, limitSchema } from './paging';
import { measureListInput, refInput } from './schemas';
import { z } from './zod';

/**
 * One `dataset.import` call: one transaction on the server, so it must stay short (the server
 * serves nothing else meanwhile) and fit the request body limit, with room for the envelope.
 */
export const importLimits = {
  maxRecords: 500,
  maxBytes: httpLimits.maxBodyBytes - 64 * 1024,
} as const;

const assumedKeys = z.array(z.string().max(200)).max(importLimits.maxRecords * 4);

export const datasetImportInput = z
  .object({
    /** Records of the file in file order, each with the array it came from and its place there. */
    records: z
      .array(
        z.strictObject({
          section: z.enum(interchangeSections),
          index: z.number().int().min(0),
          record: z.unknown(),
        }),
      )
      .min(1, 'send at least one record')
      .max(importLimits.maxRecords, `send at most ${importLimits.maxRecords} records per call`),
    /** Check and count everything, save nothing. */
    dryRun: z.boolean().default(false),
    /**
     * For a dry run sent in several calls: keys of records that earlier calls of the same run
     * would have created, so records naming them are not refused for want of them.
     */
    assume: z
      .strictObject({
        sources: assumedKeys,
        stakeholders: assumedKeys,
        measures: assumedKeys,
        systems: assumedKeys,
      })
      .partial()
      .optional(),
  })
  .refine((input) => !input.assume || input.dryRun, {
    path: ['assume'],
    message: 'only a dry run may assume records that are not saved',
  });
export type DatasetImportData = z.output<typeof datasetImportInput>;
export type ImportRecord = DatasetImportData['records'][number];
export type AssumedKeys = NonNullable<DatasetImportData['assume']>;

export const exportPageSizes = { default: 200, max: 1000 } as const;

/** A page of the interchange file: every record, or those one measure needs (`measure`). */
export const datasetExportInput = z
  .object({
    measure: refInput.shape.ref.optional(),
    limit: limitSchema(exportPageSizes),
    cursor: cursorSchema,
  })
  .prefault({});
export type DatasetExportQuery = z.output<typeof datasetExportInput>;

export const csvKinds = ['measures', 'positions', 'events'] as const;
export type CsvKind = (typeof csvKinds)[number];

/** The filters of `measures.list`, without its paging: what is filtered is what is downloaded. */
export const measureFilterInput = measureListInput
  .unwrap()
  .omit({ limit: true, cursor: true })
  .extend({
    /** One measure only (slug, id or identifier): a brief's downloads. */
    measure: refInput.shape.ref.optional(),
  });
export type MeasureFilterQuery = z.output<typeof measureFilterInput>;

export const datasetCsvInput = measureFilterInput.extend({
  /** Which rows: measures, positions or events (`kind` is the filter on measures' kinds). */
  table: z.enum(csvKinds),
  /** Start with a byte order mark, so Excel reads the file as UTF-8. */
  bom: z.boolean().default(false),
  cursor: cursorSchema,
});
export type DatasetCsvQuery = z.output<typeof datasetCsvInput>;

// ---- paths ----

const plainKey = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** `measures[12].events[3].date`: where a problem is, in the file's own terms. */
export function jsonPath(
  section: InterchangeSection | string,
  index: number | null,
  path: readonly PropertyKey[] = [],
): string {
  let text = index === null ? section : `${section}[${index}]`;
  for (const part of path) {
    if (typeof part === 'number') text += `[${part}]`;
    else if (typeof part === 'string' && plainKey.test(part)) text += `.${part}`;
    else text += `[${JSON.stringify(String(part))}]`;
  }
  return text;
}

// ---- results ----

export const importOutcomes = ['created', 'updated', 'unchanged', 'rejected'] as const;
export type ImportOutcome = (typeof importOutcomes)[number];
export type ImportCounts = Record<ImportOutcome, number>;

export interface ImportProblem {
  /** Where, as a JSON path: `measures[12].events[3].date`. */
  path: string;
  message: string;
}

/** A record left out whole: nothing of it was saved. */
export interface RejectedRecord {
  /** The record: `measures[12]`. */
  record: string;
  problems: ImportProblem[];
}

export interface ImportResult {
  dryRun: boolean;
  counts: ImportCounts;
  /** The same counts per top-level array. */
  sections: Partial<Record<InterchangeSection, ImportCounts>>;
  rejected: RejectedRecord[];
}

export const noCounts = (): ImportCounts => ({ created: 0, updated: 0, unchanged: 0, rejected: 0 });

export const emptyImportResult = (dryRun: boolean): ImportResult => ({
  dryRun,
  counts: noCounts(),
  sections: {},
  rejected: [],
});

/** Counts one record's outcome into `result`. */
export function countOutcome(
  result: ImportResult,
  section: InterchangeSection,
  outcome: ImportOutcome,
): void {
  result.counts[outcome]++;
  const counts = result.sections[section] ?? noCounts();
  counts[outcome]++;
  result.sections[section] = counts;
}

/** Adds the result of one batch to the running total of an import. */
export function addImportResult(total: ImportResult, batch: ImportResult): ImportResult {
  for (const outcome of importOutcomes) total.counts[outcome] += batch.counts[outcome];
  for (const section of interchangeSections) {
    const counts = batch.sections[section];
    if (!counts) continue;
    const into = total.sections[section] ?? noCounts();
    for (const outcome of importOutcomes) into[outcome] += counts[outcome];
    total.sections[section] = into;
  }
  total.rejected.push(...batch.rejected);
  return total;
}

// ---- batches ----

/** Bytes of `text` in UTF-8, without TextEncoder (not part of the language this package targets). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** Why one record cannot be sent at all, or null: it must fit one request on its own. */
export function oversizeProblem(bytes: number): string | null {
  if (bytes <= importLimits.maxBytes) return null;
  const size = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
  return `is ${size(bytes)} as JSON, more than one request to the server may carry (${size(importLimits.maxBytes)}); split it into two records with the same slug, each with part of the events (an import adds events to a measure it already holds)`;
}

/**
 * Gathers records, in file order, into batches of at most `maxRecords` records and `maxBytes`
 * bytes of JSON, for a reader that holds one batch at a time (the CLI streams a file through it).
 */
export class ImportBatcher<T> {
  private batch: T[] = [];
  private bytes = 0;

  constructor(private readonly limits: { maxRecords: number; maxBytes: number } = importLimits) {}

  /** Adds a record of `bytes` bytes; returns the full batch to send first when it would not fit. */
  add(record: T, bytes: number): T[] | null {
    const full =
      this.batch.length > 0 &&
      (this.batch.length >= this.limits.maxRecords || this.bytes + bytes > this.limits.maxBytes);
    const ready = full ? this.flush() : null;
    this.batch.push(record);
    this.bytes += bytes;
    return ready;
  }

  /** The records gathered so far, or null when there are none. */
  flush(): T[] | null {
    if (this.batch.length === 0) return null;
    const ready = this.batch;
    this.batch = [];
    this.bytes = 0;
    return ready;
  }
}
