export { DossierError, type DossierErrorKind } from './errors';
export { checkHealth, type Health, isHealthy } from './health';
export { newId, nowUtc } from './ids';
export { migrationsFolder } from './migrations';
export { type Db, type DossierDatabase, type OpenOptions, openDatabase } from './open';
export { DatabaseOpenError, type DatabaseOpenErrorKind } from './open-errors';
export { type Brief, getBrief } from './repo/brief';
export {
  sourcesPage,
  stakeholderPageWithSources,
  type TimelineEvent,
  timelinePage,
} from './repo/dossier';
export * from './repo/measures';
export * from './repo/reads';
export * from './repo/records';
export * from './repo/systems';
export * as schema from './schema';
export { initiativeSlug, reportedStakeholderNames } from './seed/demo-data';
export { isEmpty, seedDemo } from './seed/seed';
export { seedSynthetic } from './seed/synthetic';
export { type Actor, type Tx, writeTransaction } from './write';
