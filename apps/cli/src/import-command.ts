// `pnpm dossier import file.json [--dry-run]`: streams the file, checks each record against the
// interchange schema, and sends the good ones to the server's `dataset.import` in batches that
// fit one request. Each batch is one transaction and each record in it all or nothing, so an
// import cut short leaves whole records only, and running it again finishes it (records already
// there come back "unchanged").
import { createReadStream, statSync } from 'node:fs';
import { type DossierClient, describeError, errorCode } from '@dossier/client';
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
  interchangeRecordSchemas,
  interchangeSections,
  interchangeVersion,
  isInterchangeSection,
  jsonPath,
  oversizeProblem,
  recordIdentity,
} from '@dossier/domain';
import { readInterchange } from './interchange-reader';
import { type ImportProgress, progressBar } from './progress';
import { isRefusal } from './refusals';

export interface ImportOptions {
  file: string;
  dryRun: boolean;
  /** Where to draw the progress bar: a terminal, or nothing. */
  progress?: NodeJS.WritableStream | undefined;
  /** Waits before a batch is sent again after the server said it was busy (tests shorten it). */
  retryDelayMs?: number;
  /** Words for an error that stopped the import (default: the client's one line). */
  describe?: (error: unknown) => string;
}

export interface ImportOutcome {
  result: ImportResult;
  /** Problems with the file as a whole (an unknown section, a field out of place). */
  fileProblems: string[];
  records: number;
  seconds: number;
  /** Why the import stopped before the end of the file, if it did. */
  stopped: string | null;
  /** How many batches the server acknowledged. */
  batches: number;
  /** The server refused the token or its role (401 or 403); `stopped` says which. */
  refused: boolean;
}

/** The file cannot be imported as it is; nothing after this point was read. */
class FileRefusal extends Error {}

/** The server could not take a batch; nothing of that batch was saved. */
class ServerStop extends Error {
  constructor(
    message: string,
    readonly refused: boolean,
  ) {
    super(message);
  }
}

/** Retries a call the server refused because its database was busy, a few times. */
async function withRetries<T>(call: () => Promise<T>, delayMs: number): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await call();
    } catch (error) {
      if (errorCode(error) !== 'SERVICE_UNAVAILABLE' || attempt >= 5) throw error;
      await new Promise((resolve) => setTimeout(resolve, delayMs));
    }
  }
}

export async function importFile(
  client: DossierClient,
  options: ImportOptions,
): Promise<ImportOutcome> {
  const started = Date.now();
  const total = emptyImportResult(options.dryRun);
  const fileProblems: string[] = [];
  const batcher = new ImportBatcher<ImportRecord>();
  /** Which record of the file first had each identity, per section. */
  const seen = new Map<string, string>();
  const dryRun = new DryRunKeys();
  let records = 0;
  let batches = 0;
  let bytesRead = 0;
  let headerSeen = false;
  const size = statSync(options.file).size;
  let bar: ImportProgress | null = null;
  if (options.progress) bar = progressBar(options.progress, size);
  const counts = () => ({ records, ...total.counts });

  /** A record refused here, before it reaches the server, counted as the server counts. */
  const rejectLocally = (
    section: InterchangeSection,
    index: number,
    problems: { path: readonly PropertyKey[]; message: string }[],
  ) => {
    countOutcome(total, section, 'rejected');
    total.rejected.push({
      record: jsonPath(section, index),
      problems: problems.map((p) => ({
        path: jsonPath(section, index, p.path),
        message: p.message,
      })),
    });
  };

  const send = async (batch: ImportRecord[]) => {
    const assume = options.dryRun ? dryRun.assumedFor(batch) : undefined;
    let result: ImportResult;
    try {
      result = await withRetries(
        () =>
          client.dataset.import.mutate({
            records: batch,
            dryRun: options.dryRun,
            ...(assume ? { assume } : {}),
          }),
        options.retryDelayMs ?? 2000,
      );
    } catch (error) {
      throw new ServerStop((options.describe ?? describeError)(error), isRefusal(error));
    }
    batches++;
    addImportResult(total, result);
    if (options.dryRun) dryRun.learn(batch, result);
    bar?.update(bytesRead, counts());
  };

  const input = createReadStream(options.file);
  input.on('data', (chunk) => {
    bytesRead += chunk.length;
  });
  let stopped: string | null = null;
  let refused = false;
  try {
    for await (const item of readInterchange(input)) {
      if (item.kind === 'field') {
        if (item.key === 'format' && item.value !== interchangeFormat)
          throw new FileRefusal(
            `it is not a Dossier interchange file: "format" is ${JSON.stringify(item.value)}, not "${interchangeFormat}"`,
          );
        if (item.key === 'version' && item.value !== interchangeVersion)
          throw new FileRefusal(
            `it is in version ${JSON.stringify(item.value)} of the interchange format; this Dossier reads version ${interchangeVersion}: upgrade Dossier`,
          );
        if (item.key === 'format' || item.key === 'version') headerSeen = true;
        else
          fileProblems.push(`"${item.key}" is not part of the interchange format; it was skipped`);
        continue;
      }
      const { section, index, value } = item;
      if (!isInterchangeSection(section)) {
        if (index === 0)
          fileProblems.push(
            `"${section}" is not a section of the interchange format (${interchangeSections.join(', ')}); its records were skipped`,
          );
        continue;
      }
      if (!headerSeen)
        throw new FileRefusal(
          'it must begin with "format": "dossier-interchange" and "version": 1, before its records (as an export writes it)',
        );
      records++;
      const parsed = interchangeRecordSchemas[section].safeParse(value);
      if (!parsed.success) {
        rejectLocally(section, index, parsed.error.issues);
        continue;
      }
      const identity = recordIdentity(section, value);
      if (identity) {
        const key = `${section} ${identity[1]}`;
        const first = seen.get(key);
        if (first !== undefined) {
          rejectLocally(section, index, [
            { path: [identity[0]], message: `the same record as ${first} (give each record once)` },
          ]);
          continue;
        }
        seen.set(key, jsonPath(section, index));
      }
      const bytes = importRequestBytes(value);
      const tooBig = oversizeProblem(bytes);
      if (tooBig) {
        rejectLocally(section, index, [{ path: [], message: tooBig }]);
        continue;
      }
      const ready = batcher.add({ section, index, record: value }, bytes);
      if (ready) await send(ready);
    }
    const last = batcher.flush();
    if (last) await send(last);
  } catch (error) {
    const message = (error as Error).message ?? String(error);
    stopped =
      error instanceof ServerStop || error instanceof FileRefusal
        ? message
        : `it is not valid JSON near byte ${bytesRead.toLocaleString('en')} (${message.replace(/\s+/g, ' ')})`;
    refused = error instanceof ServerStop && error.refused;
  } finally {
    input.destroy();
    bar?.update(bytesRead, counts());
    bar?.stop();
  }
  return {
    result: total,
    fileProblems,
    records,
    seconds: (Date.now() - started) / 1000,
    stopped,
    batches,
    refused,
  };
}
