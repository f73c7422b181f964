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
  const running = await startServer({ ...config, webDir: config.webDir ?? defaultWebDir() }).catch(
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
  const stop = (signal: string) => {
    console.log(`${signal}: closing the server and the database.`);
    running.close().then(() => process.exit(0));
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
}

void main();
