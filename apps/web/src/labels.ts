// Every string the dashboard shows, in one place. English only for now: another language is
// one more object of type `Labels`, chosen in `useLabels()`.
import type {
  EventKind,
  IdentifierScheme,
  LinkRelation,
  MeasureKind,
  PositionRole,
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
  /** A relation read from the measure that holds the link ("depends on") and from the other end. */
  relation: Record<LinkRelation, { outgoing: string; incoming: string }>;
  systemAction: Record<SystemAction, string>;
  identifierScheme: Record<IdentifierScheme, string>;
  category: Record<StakeholderCategory, string>;
  sourceKind: Record<SourceKind, string>;
  ui: {
    appName: string;
    skipToContent: string;
    loading: string;
    retry: string;
    retrying: string;
    reload: string;
    backToList: string;
    goHome: string;
    noSource: string;
    source: string;
    upcoming: string;
    none: string;
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
    errors: {
      title: string;
      unreachable: string;
      server: string;
      pageLoad: string;
    };
  };
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export const en: Labels = {
  locale: 'en-GB',
  stage: {
    announced: 'Announced',
    consultation: 'Consultation',
    proposal: 'Proposal',
    negotiation: 'Negotiation',
    adopted: 'Adopted',
    in_force: 'In force',
    withdrawn: 'Withdrawn',
    rejected: 'Rejected',
    lapsed: 'Lapsed',
  },
  stance: {
    strongly_support: 'Strongly supports',
    support: 'Supports',
    neutral: 'Neutral',
    oppose: 'Opposes',
    strongly_oppose: 'Strongly opposes',
    unknown: 'Stance unknown',
  },
  stanceGroup: {
    support: 'In favour',
    neutral: 'Neutral',
    oppose: 'Against',
    unknown: 'Stance not known',
  },
  kind: {
    initiative: 'Initiative',
    regulation: 'Regulation',
    directive: 'Directive',
    decision: 'Decision',
    national_law: 'National law',
    consultation: 'Consultation',
    review: 'Review',
    resolution: 'Resolution',
  },
  role: {
    proponent: 'Proponent',
    addressee: 'Addressee',
    reviewer: 'Reviewer',
    critic: 'Critic',
    supporter: 'Supporter',
    observer: 'Observer',
  },
  eventKind: {
    announcement: 'Announcement',
    statement: 'Statement',
    consultation: 'Consultation',
    proposal: 'Proposal',
    vote: 'Vote',
    adoption: 'Adoption',
    entry_into_force: 'Entry into force',
    withdrawal: 'Withdrawal',
    rejection: 'Rejection',
    publication: 'Publication',
    meeting: 'Meeting',
    other: 'Event',
  },
  relation: {
    related_to: { outgoing: 'Related to', incoming: 'Related to' },
    depends_on: { outgoing: 'Depends on', incoming: 'Needed by' },
    amends: { outgoing: 'Amends', incoming: 'Amended by' },
    implements: { outgoing: 'Implements', incoming: 'Implemented by' },
    replaces: { outgoing: 'Replaces', incoming: 'Replaced by' },
    conflicts_with: { outgoing: 'Conflicts with', incoming: 'Conflicts with' },
    links_databases_of: { outgoing: 'Links the databases of', incoming: 'Databases linked by' },
  },
  systemAction: {
    creates: 'Creates',
    extends: 'Extends',
    links: 'Links',
    uses: 'Uses',
  },
  identifierScheme: {
    procedure_ref: 'Procedure',
    celex: 'CELEX',
    eli: 'ELI',
    com: 'COM',
    council_doc: 'Council document',
    other: 'Reference',
  },
  category: {
    government: 'Government',
    eu_institution: 'EU institution',
    regulator: 'Regulator',
    company: 'Company',
    ngo: 'NGO',
    trade_association: 'Trade association',
    media: 'Media',
    academic: 'Academic',
    other: 'Other',
  },
  sourceKind: {
    news: 'News',
    official: 'Official',
    press_release: 'Press release',
    opinion: 'Opinion',
    other: 'Other',
  },
  ui: {
    appName: 'Dossier',
    skipToContent: 'Skip to content',
    loading: 'Loading…',
    retry: 'Retry',
    retrying: 'Retrying…',
    reload: 'Reload the page',
    backToList: 'All measures',
    goHome: 'Go to the list of measures',
    noSource: 'no source',
    source: 'Source',
    upcoming: 'Upcoming',
    none: 'None',
    jurisdiction: 'Jurisdiction',
    kind: 'Kind',
    stage: 'Stage',
    last: 'Last',
    next: 'Next',
    noEventYet: 'No event recorded yet',
    list: {
      title: 'Measures',
      intro: 'Every tracked measure, where it stands and what happened last.',
      count: (n) => plural(n, 'measure', 'measures'),
      empty: 'No measures are tracked yet.',
      more: (n) => `Showing the first ${n} measures.`,
      balance: 'Stakeholders',
    },
    balance: {
      support: (n) => `${n} support`,
      neutral: (n) => `${n} neutral`,
      oppose: (n) => `${n} oppose`,
      unknown: (n) => `${n} unknown`,
      nobody: 'No stakeholders recorded',
    },
    brief: {
      stageTrack: 'Procedure',
      sideStage: 'Ended off the main track',
      identifiers: 'Identifiers',
      noIdentifiers: 'No official reference yet.',
      summary: 'Summary',
      noSummary: 'No summary yet.',
      policyAreas: 'Policy areas',
      timeline: 'Timeline',
      noEvents: 'No events recorded yet.',
      stakeholders: 'Stakeholders',
      noStakeholders: 'No stakeholder positions recorded yet.',
      statedOn: (date) => `stated ${date}`,
      asRole: (role) => `as ${role.toLowerCase()}`,
      history: (n) => `Stance history (${n} positions)`,
      reviews: 'Reviews it depends on',
      reviewsIntro: 'What this measure waits on.',
      noReviews: 'It depends on no review.',
      related: 'Related measures',
      noRelated: 'No related measures recorded.',
      systems: 'Information systems',
      noSystems: 'It touches no information system on record.',
      systemColumns: {
        acronym: 'System',
        name: 'Name',
        holds: 'What it holds',
        action: 'This measure',
        source: 'Source',
      },
      sources: 'Sources',
      noSources: 'No sources.',
      notFound: (ref) => `No measure matches “${ref}”.`,
      notFoundHint: 'It may have been renamed, or the address may be mistyped.',
    },
    notFound: {
      title: 'Page not found',
      body: (path) => `There is no page at ${path}.`,
    },
    errors: {
      title: 'Could not load this page',
      unreachable: 'The Dossier server did not answer. Is it running?',
      server: 'The server answered with an error:',
      pageLoad: 'Part of the dashboard failed to load, perhaps because it was updated meanwhile.',
    },
  },
};

/** The labels of the current language; a later issue picks them from the user's choice. */
export function useLabels(): Labels {
  return en;
}
