// What the demo dossier holds, for tests and scripts that talk to a server that seeded it.
export { initiativeSlug, reportedStakeholderNames } from '@dossier/db';
export { type Config, isLoopback, loadConfig, openWritesRefusal } from './config';
export { limits } from './limits';
export { defaultWebDir } from './paths';
export { type RunningServer, type StartOptions, StartupError, startServer } from './server';
