export {
  BackupError,
  type BackupErrorKind,
  type BackupResult,
  backupDatabase,
  processesHolding,
  type RestoreResult,
  restoreDatabase,
} from './backup';
export { csvExport, csvPage } from './dataset/csv';
export { type ExportPage, exportPage } from './dataset/export';
export { type ImportOptions, importRecords } from './dataset/import';
export { DossierError, type DossierErrorKind } from './errors';
export * from './following';
export { checkHealth, type Health, isHealthy } from './health';
export { newId, nowUtc } from './ids';
export { migrationsFolder } from './migrations';
export * from './notes';
export { type Db, type DossierDatabase, type OpenOptions, openDatabase } from './open';
export { DatabaseOpenError, type DatabaseOpenErrorKind } from './open-errors';
export * from './people';
export { type BriefAsOf, getBriefAsOf } from './repo/as-of';
export { type Brief, getBrief } from './repo/brief';
export {
  acceptSuggestedStage,
  addClaim,
  type ClaimRow,
  preferClaim,
  withdrawPreference,
} from './repo/claims';
export {
  sourcesPage,
  stakeholderPageWithSources,
  type TimelineEvent,
  timelinePage,
} from './repo/dossier';
export { createEvent, type DocumentView, updateEvent } from './repo/events';
export type {
  DateClaimView,
  EventView,
  FactView,
  ResultClaimView,
  StageClaimView,
  StageFact,
} from './repo/facts';
export {
  type HistoryEntry,
  measureHistory,
  type SubjectHistory,
  stakeholderHistory,
} from './repo/history';
export type { IdentifierView } from './repo/identifiers';
export * from './repo/measures';
export * from './repo/reads';
export * from './repo/records';
export {
  type EventHit,
  type MeasureHit,
  type MeasureRef,
  type MeetingHit,
  type NoteHit,
  type PositionHit,
  type SearchGroup,
  type SearchHit,
  type SearchResult,
  type Snippet,
  type SourceHit,
  type StakeholderHit,
  type SubjectRef,
  search,
  type TextPart,
} from './repo/search';
export * from './repo/systems';
export * as schema from './schema';
export { type Actor, type Tx, writeTransaction } from './write';
