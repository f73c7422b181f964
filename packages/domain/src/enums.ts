// The vocabularies every layer shares. Order matters where a list is a scale or a track.

/** The main procedure track, in order. */
export const mainStages = [
  'announced',
  'consultation',
  'proposal',
  'negotiation',
  'adopted',
  'in_force',
] as const;
/** Where a procedure can end without reaching the end of the main track. */
export const sideStages = ['withdrawn', 'rejected', 'lapsed'] as const;
export const stages = [...mainStages, ...sideStages] as const;
export type Stage = (typeof stages)[number];

export const measureKinds = [
  'initiative',
  'regulation',
  'directive',
  'decision',
  'national_law',
  'consultation',
  'review',
  'resolution',
] as const;
export type MeasureKind = (typeof measureKinds)[number];

/** From strongest support to strongest opposition; `unknown` stands apart from the scale. */
export const stanceScale = [
  'strongly_support',
  'support',
  'neutral',
  'oppose',
  'strongly_oppose',
] as const;
export const stances = [...stanceScale, 'unknown'] as const;
export type Stance = (typeof stances)[number];

export const positionRoles = [
  'proponent',
  'addressee',
  'reviewer',
  'critic',
  'supporter',
  'observer',
] as const;
export type PositionRole = (typeof positionRoles)[number];

export const stakeholderKinds = ['person', 'organisation'] as const;
export type StakeholderKind = (typeof stakeholderKinds)[number];

export const stakeholderCategories = [
  'government',
  'eu_institution',
  'regulator',
  'company',
  'ngo',
  'trade_association',
  'media',
  'academic',
  'other',
] as const;
export type StakeholderCategory = (typeof stakeholderCategories)[number];

export const eventKinds = [
  'announcement',
  'statement',
  'consultation',
  'proposal',
  'vote',
  'adoption',
  'entry_into_force',
  'withdrawal',
  'rejection',
  'publication',
  'meeting',
  'other',
] as const;
export type EventKind = (typeof eventKinds)[number];

export const sourceKinds = ['news', 'official', 'press_release', 'opinion', 'other'] as const;
export type SourceKind = (typeof sourceKinds)[number];

/** Relations read from the measure that holds the link: "A depends on B". */
export const linkRelations = [
  'related_to',
  'depends_on',
  'amends',
  'implements',
  'replaces',
  'conflicts_with',
  'links_databases_of',
] as const;
export type LinkRelation = (typeof linkRelations)[number];

/** What a measure does to an information system. */
export const systemActions = ['creates', 'extends', 'links', 'uses'] as const;
export type SystemAction = (typeof systemActions)[number];

export const identifierSchemes = [
  'procedure_ref',
  'celex',
  'eli',
  'com',
  'council_doc',
  'other',
] as const;
export type IdentifierScheme = (typeof identifierSchemes)[number];

/** How much of a date is known: "August 2016" is stored as `2016-08` with precision `month`. */
export const datePrecisions = ['day', 'month', 'year'] as const;
export type DatePrecision = (typeof datePrecisions)[number];
