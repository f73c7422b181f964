// The demo dossier and the synthetic load, kept off the main entry (`@dossier/db`) so that
// production code reaches test and demo data only by asking for `@dossier/db/seed`.
export { initiativeSlug, reportedStakeholderNames } from './demo-data';
export { followUpFile, followUpRecords, importFollowUp } from './follow-up';
export {
  type GenerateOptions,
  type GenerateResult,
  generateDossier,
  tierRecordCount,
} from './generate';
export { syntheticInterchange, syntheticInterchangeText, syntheticMeasure } from './interchange';
export { seedDemo } from './seed';
export { seedSynthetic } from './synthetic';
export {
  type TierName,
  type TierSize,
  tierInterchange,
  tierInterchangeText,
  tierMeasure,
  tierNames,
  tierShape,
  tiers,
} from './tiers';
