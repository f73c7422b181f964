import { runCli } from './cli';

// `pnpm dossier list | head` closes the pipe early; that is the reader's choice, not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

try {
  process.exitCode = await runCli(process.argv.slice(2), process.env, {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    columns: process.stdout.isTTY ? process.stdout.columns : undefined,
    progress: process.stdout.isTTY ? process.stdout : undefined,
  });
} catch (error) {
  // A bug of ours: say so in one line rather than with a stack the user cannot act on.
  process.stderr.write(`dossier failed unexpectedly: ${(error as Error).message ?? error}\n`);
  process.exitCode = 1;
}
