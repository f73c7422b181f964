import { DatabaseOpenError } from '@dossier/db';
import { loadConfig } from './config';
import { defaultWebDir } from './paths';
import { StartupError, startServer } from './server';

async function main() {
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig(process.argv.slice(2), process.env);
  } catch (error) {
    console.error((error as Error).message);
    process.exit(2);
  }
  // Listened for from the start, so a signal that comes while the server is still starting is
  // not left to the default (which ends the process with no code and the database unclosed).
  let running: Awaited<ReturnType<typeof startServer>> | null = null;
  let stopping: string | null = null;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = signal;
    if (!running) return; // closed as soon as it has started, below
    console.log(`${signal}: closing the server and the database.`);
    running.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(`Closing did not finish cleanly: ${(error as Error).message}`);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));

  running = await startServer({ ...config, webDir: config.webDir ?? defaultWebDir() }).catch(
    (error) => {
      const code = (error as { code?: string }).code;
      // Refusals the operator can act on are printed as they are, without a stack.
      const known = error instanceof StartupError || error instanceof DatabaseOpenError;
      console.error(
        code === 'EADDRINUSE'
          ? `Port ${config.port} is already in use: stop the other program or start with --port <another>.`
          : known
            ? `Dossier did not start: ${(error as Error).message}`
            : `Dossier could not start with the database ${config.db}: ${(error as Error).message}`,
      );
      process.exit(1);
    },
  );
  console.log(`Dossier is serving ${config.db}`);
  console.log(`  dashboard  ${running.url}/`);
  console.log(`  API        ${running.url}/trpc`);
  if (config.publicReads) console.log('  reads      open to anyone who can reach this port');
  if (running.firstSignIn) {
    const expires = running.firstSignIn.expiresAt.replace('T', ' ').slice(0, 16);
    console.log('');
    console.log('  First start: an admin called "admin" was created. Sign in with this link');
    console.log(`  (it works once, until ${expires} UTC; it is not kept in any log):`);
    console.log('');
    console.log(`    ${running.firstSignIn.url}`);
    console.log('');
  }
  if (stopping) {
    const signal = stopping;
    stopping = null;
    stop(signal);
  }
}

void main();
