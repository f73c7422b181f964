// The shape of every language's labels: the compiler checks each language has them all.
import type {
  BodyKind,
  EventKind,
  IdentifierRole,
  IdentifierScheme,
  MeasureKind,
  PositionRole,
  RelationReadingKey,
  SearchKind,
  SourceKind,
  Stage,
  StakeholderCategory,
  Stance,
  SystemAction,
} from '@dossier/domain';

export interface Labels {
  /** BCP 47 tag for Intl formatting. */
  locale: string;
  stage: Record<Stage, string>;
  stance: Record<Stance, string>;
  /** Headings of the stakeholder groups, by direction of the current stance. */
  stanceGroup: Record<'support' | 'neutral' | 'oppose' | 'unknown', string>;
  kind: Record<MeasureKind, string>;
  role: Record<PositionRole, string>;
  eventKind: Record<EventKind, string>;
  /** Who acted at an event: the kind of body (its name is free text). */
  bodyKind: Record<BodyKind, string>;
  /**
   * A link between measures as read from the measure on screen, by the API's `reading` key
   * ("amends" on one end, "amended by" on the other): the API decides the side, we only word it.
   */
  relationReading: Record<RelationReadingKey, string>;
  systemAction: Record<SystemAction, string>;
  identifierScheme: Record<IdentifierScheme, string>;
  /** What an identifier names in the measure's life, in lower case to follow it. */
  identifierRole: Record<IdentifierRole, string>;
  category: Record<StakeholderCategory, string>;
  sourceKind: Record<SourceKind, string>;
  ui: {
    appName: string;
    nav: { label: string; schedule: string; stakeholders: string; systems: string };
    language: { label: string };
    skipToContent: string;
    loading: string;
    retry: string;
    retrying: string;
    reload: string;
    backToList: string;
    goHome: string;
    noSource: string;
    /**
     * Where a position's source would be, for a stance recorded on purpose without one: the
     * badge's word, and what it means (its title).
     */
    unsourced: { label: string; explanation: string };
    source: string;
    upcoming: string;
    none: string;
    /** Where a stage would be, for a measure that follows no procedure (a letter, a report). */
    noStage: string;
    /** Sources disagree on a fact and no editor has preferred one. */
    disputed: string;
    /** Reported, but not confirmed by a source that would know. */
    unconfirmed: string;
    jurisdiction: string;
    kind: string;
    stage: string;
    last: string;
    next: string;
    noEventYet: string;
    list: {
      title: string;
      intro: string;
      count: (n: number) => string;
      empty: string;
      more: (n: number) => string;
      balance: string;
    };
    balance: {
      support: (n: number) => string;
      neutral: (n: number) => string;
      oppose: (n: number) => string;
      unknown: (n: number) => string;
      nobody: string;
    };
    brief: {
      stageTrack: string;
      sideStage: string;
      identifiers: string;
      noIdentifiers: string;
      summary: string;
      noSummary: string;
      policyAreas: string;
      timeline: string;
      noEvents: string;
      stakeholders: string;
      noStakeholders: string;
      statedOn: (date: string) => string;
      asRole: (role: string) => string;
      history: (n: number) => string;
      reviews: string;
      reviewsIntro: string;
      noReviews: string;
      related: string;
      noRelated: string;
      systems: string;
      noSystems: string;
      systemColumns: {
        acronym: string;
        name: string;
        holds: string;
        action: string;
        source: string;
      };
      sources: string;
      noSources: string;
      notFound: (ref: string) => string;
      notFoundHint: string;
    };
    notFound: {
      title: string;
      body: (path: string) => string;
    };
    /** Lists read a page at a time: how many are on screen, and the buttons for more. */
    more: {
      shown: (shown: number, total: number) => string;
      showMore: (n: number) => string;
      showAll: (total: number) => string;
      loading: string;
      failed: string;
    };
    errors: {
      title: string;
      unreachable: string;
      server: string;
      pageLoad: string;
    };
    /** The search box in the header, on every page. */
    search: {
      label: string;
      placeholder: string;
      /** Read out with the box: how to use it from the keyboard. */
      instructions: string;
      results: string;
      kinds: Record<SearchKind, string>;
      /** A group's heading count: the best few shown of how many match. */
      shownOf: (shown: number, total: number) => string;
      searching: string;
      /** For the live region: how many results are listed. */
      found: (n: number) => string;
      empty: (q: string) => string;
      emptyHint: string;
      unreachable: string;
      failed: (message: string) => string;
      retry: string;
      /** The text typed reads as an identifier: its canonical form. */
      identifier: (canonical: string) => string;
      exactIdentifier: string;
      /** Where a position or an event belongs: the measure's title. */
      onMeasure: (title: string) => string;
      /** A source with no address of its own to open. */
      noLink: string;
    };
    /** CSV downloads of the schedule's view and of one measure. */
    downloads: {
      title: string;
      /** The filters on screen apply to the files. */
      filtered: string;
      all: string;
      brief: string;
      table: { measures: string; positions: string; events: string };
      excel: string;
      excelHint: string;
      importLink: string;
    };
  };
}
