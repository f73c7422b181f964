// The vocabularies every layer shares. Order matters where a list is a scale or a track.
import { identifierKinds } from './identifiers';

/**
 * The main procedure track, in order. `applicable` follows `in_force`: an act usually enters
 * into force weeks after publication but applies (its obligations bite) months or years later,
 * and a policy team plans by the second date, so the board shows the difference as a stage.
 */
export const mainStages = [
  'announced',
  'consultation',
  'proposal',
  'negotiation',
  'adopted',
  'in_force',
  'applicable',
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
  'letter',
  'statement',
  'report',
] as const;
export type MeasureKind = (typeof measureKinds)[number];

/** Kinds that follow no legislative procedure: they need no stage (it may be left out). */
export const nonProcedureKinds = [
  'letter',
  'statement',
  'report',
  'resolution',
] as const satisfies readonly MeasureKind[];

export function needsStage(kind: MeasureKind): boolean {
  return !(nonProcedureKinds as readonly MeasureKind[]).includes(kind);
}

/** The value of the stage filter and of `stageCounts` for measures that have no stage. */
export const noStage = 'none' as const;
export const stageFilterValues = [...stages, noStage] as const;
export type StageFilterValue = (typeof stageFilterValues)[number];

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

/** What can happen in a procedure, roughly in the order it happens. */
export const eventKinds = [
  'announcement',
  'consultation',
  'proposal',
  'amended_proposal',
  'committee_vote',
  'plenary_vote',
  /** The Council's general approach: its position before negotiating with Parliament. */
  'council_general_approach',
  /** A mandate to enter interinstitutional negotiations (Council, or a Parliament committee). */
  'negotiating_mandate',
  'trilogue',
  'provisional_agreement',
  /** Any other vote (a Council vote, a national parliament's). */
  'vote',
  'adoption',
  'signature',
  'publication_oj',
  'entry_into_force',
  'date_of_application',
  'transposition_deadline',
  'infringement_step',
  'court_ruling',
  'withdrawal_announced',
  'withdrawal_published',
  'rejection',
  'review',
  'statement',
  /** A publication other than in the Official Journal: a report, a study, a letter. */
  'publication',
  'meeting',
  'other',
] as const;
export type EventKind = (typeof eventKinds)[number];

/** Events whose result (for, against, abstentions) is recorded as claims. */
export const voteKinds = [
  'committee_vote',
  'plenary_vote',
  'vote',
] as const satisfies readonly EventKind[];

export function isVote(kind: EventKind): boolean {
  return (voteKinds as readonly EventKind[]).includes(kind);
}

/** Who acted at an event: the kind of body, with its name in free text (e.g. LIBE). */
export const bodyKinds = [
  'ep_committee',
  'ep_plenary',
  'council',
  /** Coreper, a working party. */
  'council_preparatory_body',
  'european_council',
  'commission',
  'cjeu',
  'national_parliament',
  'national_government',
  'national_court',
  'national_authority',
  'other',
] as const;
export type BodyKind = (typeof bodyKinds)[number];

/**
 * The Member States an event may concern, as ISO 3166 alpha-2 codes (Greece is GR, not the
 * EU's EL); the United Kingdom (GB) for the steps taken while it was one.
 */
export const memberStates = [
  'AT',
  'BE',
  'BG',
  'CY',
  'CZ',
  'DE',
  'DK',
  'EE',
  'ES',
  'FI',
  'FR',
  'GR',
  'HR',
  'HU',
  'IE',
  'IT',
  'LT',
  'LU',
  'LV',
  'MT',
  'NL',
  'PL',
  'PT',
  'RO',
  'SE',
  'SI',
  'SK',
  'GB',
] as const;
export type MemberState = (typeof memberStates)[number];

/** Facts that sources can dispute, each stored as one or more claims with their sources. */
export const claimFacts = ['date', 'result', 'stage'] as const;
export type ClaimFact = (typeof claimFacts)[number];

export const sourceKinds = ['news', 'official', 'press_release', 'opinion', 'other'] as const;
export type SourceKind = (typeof sourceKinds)[number];

/**
 * Relations read from the measure that holds the link: "A depends on B". How each reads from
 * either end is in relations.ts.
 */
export const linkRelations = [
  'related_to',
  'depends_on',
  'amends',
  'implements',
  'replaces',
  'repeals',
  'conflicts_with',
  'links_databases_of',
  /** The review became the proposal: the same policy, carried on as another measure. */
  'became',
  'superseded_by',
  'same_procedure_as',
] as const;
export type LinkRelation = (typeof linkRelations)[number];

/** What a measure does to an information system. */
export const systemActions = ['creates', 'extends', 'links', 'uses'] as const;
export type SystemAction = (typeof systemActions)[number];

/** The kinds of identifier, one list with the parser's (identifiers.ts). */
export const identifierSchemes = identifierKinds;
export type IdentifierScheme = (typeof identifierSchemes)[number];

/** How much of a date is known: "August 2016" is stored as `2016-08` with precision `month`. */
export const datePrecisions = ['day', 'month', 'year'] as const;
export type DatePrecision = (typeof datePrecisions)[number];
