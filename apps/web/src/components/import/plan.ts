// Reading an interchange file in the browser and sending it to `dataset.import` in batches that
// fit one request, as the CLI does (apps/cli/src/import-command.ts): the server checks every
// record against the schema, and this side checks what only the whole file shows (the header,
// sections it does not know, the same record twice, a record too big to send).
import {
  addImportResult,
  countOutcome,
  DryRunKeys,
  emptyImportResult,
  ImportBatcher,
  type ImportRecord,
  type ImportResult,
  type InterchangeSection,
  importRequestBytes,
  interchangeFormat,
  interchangeSections,
  interchangeVersion,
  isInterchangeSection,
  jsonPath,
  type KeyKind,
  oversizeProblem,
  recordIdentity,
} from '@dossier/domain';

/** Why a file cannot be imported at all; nothing of it is sent. */
export type FileRefusal =
  | { kind: 'notJson'; detail: string }
  | { kind: 'notObject' }
  | { kind: 'format'; found: unknown }
  | { kind: 'version'; found: unknown }
  | { kind: 'noRecords' };

/** Something of the file that is skipped while the rest is imported. */
export type FileProblem =
  | { kind: 'unknownField'; field: string }
  | { kind: 'notArray'; section: InterchangeSection };

export interface ImportPlan {
  /** Records in the file, those refused here included. */
  records: number;
  /** Records per section, in file order. */
  sections: { section: InterchangeSection; records: number }[];
  batches: ImportRecord[][];
  fileProblems: FileProblem[];
  /** Records refused before sending, counted as the server counts its own refusals. */
  refused: ImportResult;
}

/** Reads the text of a file as an interchange file, or says why it cannot be imported. */
export function planImport(
  text: string,
  limits?: { maxRecords: number; maxBytes: number },
): { ok: true; plan: ImportPlan } | { ok: false; refusal: FileRefusal } {
  let file: unknown;
  try {
    file = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { ok: false, refusal: { kind: 'notJson', detail: (error as Error).message } };
  }
  if (typeof file !== 'object' || file === null || Array.isArray(file))
    return { ok: false, refusal: { kind: 'notObject' } };
  const fields = file as Record<string, unknown>;
  if (fields.format !== interchangeFormat)
    return { ok: false, refusal: { kind: 'format', found: fields.format } };
  if (fields.version !== interchangeVersion)
    return { ok: false, refusal: { kind: 'version', found: fields.version } };

  const fileProblems: FileProblem[] = [];
  for (const field of Object.keys(fields))
    if (field !== 'format' && field !== 'version' && !isInterchangeSection(field))
      fileProblems.push({ kind: 'unknownField', field });

  const refused = emptyImportResult(false);
  const refuse = (section: InterchangeSection, index: number, path: string[], message: string) => {
    countOutcome(refused, section, 'rejected');
    refused.rejected.push({
      record: jsonPath(section, index),
      problems: [{ path: jsonPath(section, index, path), message }],
    });
  };
  const batcher = new ImportBatcher<ImportRecord>(limits);
  const batches: ImportRecord[][] = [];
  const sections: ImportPlan['sections'] = [];
  const seen = new Map<string, string>();
  let records = 0;
  // In the format's order, whatever order the file has them in: a record names earlier ones.
  for (const section of interchangeSections) {
    const list = fields[section];
    if (list === undefined) continue;
    if (!Array.isArray(list)) {
      fileProblems.push({ kind: 'notArray', section });
      continue;
    }
    sections.push({ section, records: list.length });
    for (const [index, record] of list.entries()) {
      records++;
      const identity = recordIdentity(section, record);
      if (identity) {
        const key = `${section} ${identity[1]}`;
        const first = seen.get(key);
        if (first !== undefined) {
          refuse(
            section,
            index,
            [identity[0]],
            `the same record as ${first} (give each record once)`,
          );
          continue;
        }
        seen.set(key, jsonPath(section, index));
      }
      const bytes = importRequestBytes(record);
      const tooBig = oversizeProblem(bytes);
      if (tooBig) {
        refuse(section, index, [], tooBig);
        continue;
      }
      const full = batcher.add({ section, index, record }, bytes);
      if (full) batches.push(full);
    }
  }
  const last = batcher.flush();
  if (last) batches.push(last);
  if (records === 0) return { ok: false, refusal: { kind: 'noRecords' } };
  return { ok: true, plan: { records, sections, batches, fileProblems, refused } };
}

/** Counts for one batch and the running total, as the page shows progress. */
export interface ImportProgress {
  batch: number;
  batches: number;
  sent: number;
  records: number;
}

export type SendBatch = (input: {
  records: ImportRecord[];
  dryRun: boolean;
  assume?: Partial<Record<KeyKind, string[]>>;
}) => Promise<ImportResult>;

export interface ImportRun {
  result: ImportResult;
  /** The batches the server took. */
  done: number;
  /** Why the import stopped before the end, with the batch it stopped at. */
  stopped: { batch: number; error: unknown } | null;
}

/** Whether the server said it was busy: the same batch may be sent again in a moment. */
const isBusy = (error: unknown) =>
  (error as { data?: { code?: unknown } } | null)?.data?.code === 'SERVICE_UNAVAILABLE';

/**
 * Sends the batches one after another, each one transaction on the server. A dry run tells the
 * server which records earlier batches would have created, so later ones naming them pass.
 */
export async function runImport(
  plan: ImportPlan,
  options: {
    dryRun: boolean;
    send: SendBatch;
    onProgress?: (progress: ImportProgress) => void;
    retryDelayMs?: number;
  },
): Promise<ImportRun> {
  const result = emptyImportResult(options.dryRun);
  addImportResult(result, plan.refused);
  const keys = new DryRunKeys();
  let sent = plan.refused.counts.rejected;
  let done = 0;
  const progress = () =>
    options.onProgress?.({
      batch: done,
      batches: plan.batches.length,
      sent,
      records: plan.records,
    });
  progress();
  for (const batch of plan.batches) {
    const assume = options.dryRun ? keys.assumedFor(batch) : undefined;
    let answer: ImportResult | null = null;
    for (let attempt = 1; answer === null; attempt++) {
      try {
        answer = await options.send({
          records: batch,
          dryRun: options.dryRun,
          ...(assume ? { assume } : {}),
        });
      } catch (error) {
        if (!isBusy(error) || attempt >= 4)
          return { result, done, stopped: { batch: done + 1, error } };
        await new Promise((resolve) => setTimeout(resolve, options.retryDelayMs ?? 1500));
      }
    }
    addImportResult(result, answer);
    if (options.dryRun) keys.learn(batch, answer);
    done++;
    sent += batch.length;
    progress();
  }
  // Refusals in file order, wherever they were found.
  result.rejected.sort(
    (a, b) => order(a.record) - order(b.record) || index(a.record) - index(b.record),
  );
  return { result, done, stopped: null };
}

const order = (path: string) =>
  interchangeSections.indexOf(path.split('[')[0] as InterchangeSection);
const index = (path: string) => Number(/\[(\d+)\]/.exec(path)?.[1] ?? 0);
