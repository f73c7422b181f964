// What tests of the server's clients (the typed client, the CLI) need beside a running server:
// a port nothing listens on, and the names in the demo dossier every new server loads.
// A subpath of its own (`@dossier/server/testing`), so the server's main entry carries no test data.
import { createServer } from 'node:net';

export { initiativeSlug, reportedStakeholderNames } from '@dossier/db/seed';
export { type ServerProcess, startProcess } from './test/process';

/** A port nothing listens on: bind one, then let it go. */
export async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const address = probe.address();
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}
