// Runs export, import, backup, restore and generate, and decides their exit code: 0 done, 1 something
// was refused or could not be done (said on standard error), 2 the command line is wrong, 3 the
// server refused the token or its role (401, 403).
import { existsSync } from 'node:fs';
import { createDossierClient, describeError, errorCode } from '@dossier/client';
import { backupCommand, restoreCommand } from './backup-command';
import type { DataCommand } from './data-args';
import { exportCommand } from './export-command';
import { generateCommand } from './generate-command';
import { importFile } from './import-command';
import { formatImportSummary } from './import-summary';
import { describeRefusal, isRefusal, refusedExitCode } from './refusals';

export interface DataIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** A terminal to draw the import's progress bar on; absent for pipes and files. */
  progress?: NodeJS.WritableStream | undefined;
}

export async function runDataCommand(
  command: DataCommand,
  server: { url: string; token: string | null },
  io: DataIo,
): Promise<number> {
  if (command.name === 'backup' || command.name === 'restore') {
    try {
      io.stdout(command.name === 'backup' ? backupCommand(command) : restoreCommand(command));
      return 0;
    } catch (error) {
      io.stderr(`${(error as Error).message ?? error}\n`);
      return 1;
    }
  }
  if (command.name === 'generate') {
    try {
      io.stdout(generateCommand(command, io.progress));
      return 0;
    } catch (error) {
      io.stderr(`${(error as Error).message ?? error}\n`);
      return 1;
    }
  }
  const client = createDossierClient({ url: server.url, token: server.token });
  if (command.name === 'import') {
    if (!existsSync(command.file)) {
      io.stderr(`There is no file ${command.file}; give the path of an interchange file.\n`);
      return 2;
    }
    const outcome = await importFile(client, {
      file: command.file,
      dryRun: command.dryRun,
      progress: io.progress,
      describe: (error) =>
        isRefusal(error) ? describeRefusal(error, server.token !== null) : describeError(error),
    });
    if (outcome.refused && outcome.batches === 0) {
      // Refused at the first batch: a summary of nothing would only hide the one line that matters.
      io.stderr(`${outcome.stopped} Nothing was saved.\n`);
      return refusedExitCode;
    }
    io.stdout(formatImportSummary(command.file, outcome));
    if (outcome.refused) return refusedExitCode;
    const clean =
      !outcome.stopped && outcome.result.counts.rejected === 0 && outcome.fileProblems.length === 0;
    return clean ? 0 : 1;
  }
  try {
    const done = await exportCommand(client, command, io.stdout);
    // The data itself may be on standard output: the note goes beside it.
    if (command.out) io.stdout(`${done} to ${command.out}.\n`);
    else io.stderr(`${done}.\n`);
    return 0;
  } catch (error) {
    if (isRefusal(error)) {
      io.stderr(`${describeRefusal(error, server.token !== null)}\n`);
      return refusedExitCode;
    }
    io.stderr(`${describeError(error)}\n`);
    return errorCode(error) === 'BAD_REQUEST' ? 2 : 1;
  }
}
