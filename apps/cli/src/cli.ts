import { createDossierClient, describeError, errorCode, isNotFound } from '@dossier/client';
import { parseCli, UsageError, usage, usageHint } from './args';
import { listCommand, searchCommand, showCommand } from './commands';
import { isDataCommand } from './data-args';
import { runDataCommand } from './data-commands';
import { runDigestCommand } from './digest-command';
import { recordExample } from './example';
import { historyCommand } from './history-command';
import { isPeopleCommand } from './people-args';
import { runPeopleCommand } from './people-commands';
import { describeRefusal, isRefusal, refusedExitCode } from './refusals';

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** The terminal's width; undefined when the output goes to a pipe or a file. */
  columns?: number | undefined;
  /** The terminal to draw an import's progress on; undefined when there is none. */
  progress?: NodeJS.WritableStream | undefined;
}

/**
 * Runs one command line and returns the exit code: 0 done, 1 the server is unreachable or the
 * measure unknown, 2 the command line (or a filter value) is wrong, 3 the server refused the
 * token (401: none, or one it does not accept) or its role (403). Never prints a stack trace.
 */
export async function runCli(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
  io: Io,
): Promise<number> {
  let invocation: ReturnType<typeof parseCli>;
  try {
    invocation = parseCli(argv, env);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`${error.message}\n${usageHint}\n`);
    return 2;
  }

  const { command } = invocation;
  if (command.name === 'help') {
    io.stdout(usage);
    return 0;
  }
  if (isDataCommand(command)) return runDataCommand(command, invocation, io);
  if (isPeopleCommand(command)) return runPeopleCommand(command, invocation, io);
  if (command.name === 'digest') return runDigestCommand(command, invocation, io);

  const client = createDossierClient({ url: invocation.url, token: invocation.token });
  try {
    if (command.name === 'list') {
      io.stdout(await listCommand(client, { ...command, width: io.columns }));
    } else if (command.name === 'search') {
      // Marks in bold only on a terminal (main.ts gives `columns` only then), and not under NO_COLOR.
      const style = io.columns !== undefined && !env.NO_COLOR ? 'bold' : 'brackets';
      io.stdout(await searchCommand(client, { ...command, style, width: io.columns }));
    } else if (command.name === 'history') {
      io.stdout(await historyCommand(client, command));
    } else if (command.name === 'example') {
      io.stdout(await recordExample(client));
    } else {
      // Long lines of prose are hard to read even on a wide terminal.
      const width = Math.min(io.columns ?? 80, 100);
      io.stdout(await showCommand(client, { ...command, width }));
    }
    return 0;
  } catch (error) {
    if (isRefusal(error)) {
      io.stderr(`${describeRefusal(error, invocation.token !== null)}\n`);
      return refusedExitCode;
    }
    if (errorCode(error) === 'BAD_REQUEST') {
      io.stderr(`${inFlagTerms(describeError(error))}\n${usageHint}\n`);
      return 2;
    }
    // "Not in the record on that day" says what to do already.
    const hint =
      isNotFound(error) && !/was not in the record on/.test(describeError(error))
        ? ' Run `pnpm dossier list` to see the measures.'
        : '';
    io.stderr(`${describeError(error)}${hint}\n`);
    return 1;
  }
}

/** The server names input fields ("stage.0: must be one of …"); on a command line they are flags. */
const inFlagTerms = (message: string) => message.replace(/\b(stage|kind|q)(?:\.\d+)?: /g, '--$1: ');
