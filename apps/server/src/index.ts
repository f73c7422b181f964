// What the demo dossier holds, for tests and scripts that talk to a server that seeded it.
export { initiativeSlug, reportedStakeholderNames } from '@dossier/db';
export { type Config, loadConfig } from './config';
export { type RunningServer, type StartOptions, startServer } from './server';
