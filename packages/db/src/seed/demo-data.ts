// The demo dossier: everything the Reuters report of 23 August 2016 says about the
// Franco-German initiative on encrypted messaging, and nothing it does not say.
// Quotes are verbatim from the report. Records refer to each other by slug.
import type {
  EventKind,
  LinkRelation,
  MeasureKind,
  PositionRole,
  Stage,
  StakeholderCategory,
  StakeholderKind,
  Stance,
  SystemAction,
} from '@dossier/domain';

export const article = {
  title:
    'France and Germany want EU law compelling messaging operators to give access to encrypted content',
  publisher: 'Reuters',
  url: null,
  publishedOn: '2016-08-23',
  kind: 'news' as const,
  note:
    'Reuters report, Paris, 23 August 2016, in the version that "Adds European Commission and U.S. tech lobby comments". ' +
    'Reporting by Chine Labbe and Michel Rose in Paris, Andrea Shalal in Berlin and Julia Fioretti in Brussels; editing by Larry King. ' +
    'The stored copy carries no headline or address: the title here describes the report. Copy kept as seed/000_0e0a60eed2559698.txt.',
};

interface DemoMeasure {
  slug: string;
  title: string;
  kind: MeasureKind;
  jurisdiction: string;
  stage: Stage;
  summary: string;
  policyAreas: string[];
}

export const initiativeSlug = 'fr-de-encrypted-messaging-access-2016';
export const eprivacySlug = 'eu-eprivacy-framework-review';
export const databasesSlug = 'eu-personal-data-databases-linkage-2016';

export const demoMeasures: DemoMeasure[] = [
  {
    slug: initiativeSlug,
    title: 'Franco-German initiative: access to encrypted messaging in terrorism investigations',
    kind: 'initiative',
    jurisdiction: 'EU',
    stage: 'announced',
    summary:
      'France and Germany want to compel operators of mobile messaging services to provide access to encrypted content to terrorism investigations, ' +
      'after a series of deadly attacks in both countries. At a joint conference in Paris on 23 August 2016, French Interior Minister Bernard Cazeneuve ' +
      'said the European Commission should draft a law obliging operators to cooperate in investigations of militants, and that legislation should target ' +
      'both EU and non-EU companies. The Commission welcomed the initiatives and said an existing online privacy framework is already under review. ' +
      'Privacy and digital experts and a U.S. tech lobby group warned against opening "back doors".',
    policyAreas: ['encryption', 'counter-terrorism', 'privacy', 'internal security'],
  },
  {
    slug: eprivacySlug,
    title: "European Commission's review of the e-privacy framework",
    kind: 'review',
    jurisdiction: 'EU',
    // "Already under review": the Commission is reviewing the framework; no proposal is reported yet.
    stage: 'consultation',
    summary:
      'The European Commission said on 23 August 2016 that an existing online privacy framework is already under review. ' +
      'The Franco-German initiative on encrypted messaging waits on the outcome of this review.',
    policyAreas: ['privacy', 'electronic communications'],
  },
  {
    slug: databasesSlug,
    title: "Franco-German push for closer links between the EU's databases of personal information",
    kind: 'initiative',
    jurisdiction: 'EU',
    stage: 'announced',
    summary:
      "France and Germany are also seeking closer links between the continent's databases of personal information. " +
      'German Interior Minister Thomas de Maizière said that would cover data on visas, potential militant threats within the border-free Schengen area, ' +
      'refugees and airline passengers.',
    policyAreas: ['internal security', 'borders', 'privacy', 'counter-terrorism'],
  },
];

/** Everyone the report names as taking part, as the demo calls them: what a brief must show. */
export const reportedStakeholderNames = [
  'Bernard Cazeneuve',
  'Thomas de Maizière',
  'European Commission',
  'Natasha Bertaud',
  'Telegram',
  'Pavel Durov',
  'WhatsApp',
  'Facebook Inc',
  'CCIA',
  'Christian Borggreen',
  'CNIL',
  'Head of CNIL',
  'Privacy advocates (Le Monde op-ed)',
] as const;

interface DemoStakeholder {
  slug: string;
  kind: StakeholderKind;
  name: string;
  category: StakeholderCategory;
  role: string | null;
  affiliation: string | null;
  country: string | null;
  description: string | null;
}

export const demoStakeholders: DemoStakeholder[] = [
  {
    slug: 'france-interior-ministry',
    kind: 'organisation',
    name: 'French Ministry of the Interior',
    category: 'government',
    role: 'Government of France',
    affiliation: null,
    country: 'FR',
    description: null,
  },
  {
    slug: 'germany-interior-ministry',
    kind: 'organisation',
    name: 'German Federal Ministry of the Interior',
    category: 'government',
    role: 'Government of Germany',
    affiliation: null,
    country: 'DE',
    description: null,
  },
  {
    slug: 'bernard-cazeneuve',
    kind: 'person',
    name: 'Bernard Cazeneuve',
    category: 'government',
    role: 'French Interior Minister',
    affiliation: 'france-interior-ministry',
    country: 'FR',
    description: null,
  },
  {
    slug: 'thomas-de-maiziere',
    kind: 'person',
    name: 'Thomas de Maizière',
    category: 'government',
    role: 'German Interior Minister',
    affiliation: 'germany-interior-ministry',
    country: 'DE',
    description: null,
  },
  {
    slug: 'european-commission',
    kind: 'organisation',
    name: 'European Commission',
    category: 'eu_institution',
    role: 'Asked to draft the law; reviewing the e-privacy framework',
    affiliation: null,
    country: 'EU',
    description: null,
  },
  {
    slug: 'natasha-bertaud',
    kind: 'person',
    name: 'Natasha Bertaud',
    category: 'eu_institution',
    role: 'Spokeswoman, European Commission',
    affiliation: 'european-commission',
    country: null,
    description: null,
  },
  {
    slug: 'telegram',
    kind: 'organisation',
    name: 'Telegram',
    category: 'company',
    role: 'Operator of an encrypted messaging app',
    affiliation: null,
    country: null,
    description:
      'Founded in 2013 and incorporated in several jurisdictions; promotes itself as ultra-secure because it encrypts all data from the start of transmission to the finish.',
  },
  {
    slug: 'pavel-durov',
    kind: 'person',
    name: 'Pavel Durov',
    category: 'company',
    role: 'Founder of Telegram',
    affiliation: 'telegram',
    country: 'RU',
    description: 'Russian; founded Telegram in 2013.',
  },
  {
    slug: 'facebook',
    kind: 'organisation',
    name: 'Facebook Inc',
    category: 'company',
    role: 'Owner of WhatsApp; represented by CCIA',
    affiliation: null,
    country: 'US',
    description: null,
  },
  {
    slug: 'whatsapp',
    kind: 'organisation',
    name: 'WhatsApp',
    category: 'company',
    role: 'Messaging service of Facebook Inc',
    affiliation: 'facebook',
    country: null,
    description: 'Says it has encryption capabilities similar to Telegram.',
  },
  {
    slug: 'le-monde-privacy-advocates',
    kind: 'organisation',
    name: 'Privacy advocates (Le Monde op-ed)',
    category: 'ngo',
    role: 'Authors of an op-ed in Le Monde against weakening encryption',
    affiliation: null,
    country: 'FR',
    description:
      'Privacy and digital experts who wrote in Le Monde on Monday 22 August 2016; the head of CNIL was among them.',
  },
  {
    slug: 'cnil',
    kind: 'organisation',
    name: 'CNIL',
    category: 'regulator',
    role: "France's privacy watchdog",
    affiliation: null,
    country: 'FR',
    description: null,
  },
  {
    slug: 'cnil-head',
    kind: 'person',
    name: 'Head of CNIL',
    category: 'regulator',
    role: 'Head of CNIL; co-author of the Le Monde op-ed (not named in the report)',
    affiliation: 'cnil',
    country: 'FR',
    description: null,
  },
  {
    slug: 'ccia',
    kind: 'organisation',
    name: 'CCIA',
    category: 'trade_association',
    role: 'U.S.-based tech lobby group representing companies such as Facebook and Google',
    affiliation: null,
    country: 'US',
    description: null,
  },
  {
    slug: 'christian-borggreen',
    kind: 'person',
    name: 'Christian Borggreen',
    category: 'trade_association',
    role: 'Europe director, CCIA',
    affiliation: 'ccia',
    country: null,
    description: null,
  },
];

interface DemoPosition {
  stakeholder: string;
  measure: string;
  stance: Stance;
  role: PositionRole;
  statedOn: string;
  quote: string;
}

const borggreen =
  '"It is certainly understandable that some would respond to recent tragedies with back doors and more government access," said Christian Borggreen, Europe director at CCIA. ' +
  '"But weakened security ultimately leaves online systems more vulnerable to all types of attacks from terrorists to hackers. This should be a time to increase security - not weaken it."';
const leMonde =
  '"How could we then prevent terrorists from creating their own encrypted apps and as a consequence enjoy a higher level of security than users who have nothing to hide," ' +
  "privacy advocates wrote in a piece in the newspaper Le Monde on Monday. Among them was the head of CNIL, France's privacy watchdog. " +
  '"Cracking down on encryption for the wider public would therefore give a monopoly on its usage to organisations that would abuse it."';

export const demoPositions: DemoPosition[] = [
  {
    stakeholder: 'bernard-cazeneuve',
    measure: initiativeSlug,
    stance: 'strongly_support',
    role: 'proponent',
    statedOn: '2016-08-23',
    quote:
      '"If such legislation was adopted, this would allow us to impose obligations at the European level on non-cooperative operators," he told a joint conference with his German counterpart in Paris.',
  },
  {
    stakeholder: 'thomas-de-maiziere',
    measure: initiativeSlug,
    stance: 'support',
    role: 'proponent',
    statedOn: '2016-08-23',
    quote:
      'France and Germany want to compel operators of mobile messaging services to provide access to encrypted content to terrorism investigations, after a series of deadly attacks in both countries.',
  },
  {
    stakeholder: 'france-interior-ministry',
    measure: initiativeSlug,
    stance: 'support',
    role: 'proponent',
    statedOn: '2016-08-23',
    quote:
      'France and Germany want to compel operators of mobile messaging services to provide access to encrypted content to terrorism investigations, after a series of deadly attacks in both countries.',
  },
  {
    stakeholder: 'germany-interior-ministry',
    measure: initiativeSlug,
    stance: 'support',
    role: 'proponent',
    statedOn: '2016-08-23',
    quote:
      'France and Germany want to compel operators of mobile messaging services to provide access to encrypted content to terrorism investigations, after a series of deadly attacks in both countries.',
  },
  {
    stakeholder: 'european-commission',
    measure: initiativeSlug,
    stance: 'support',
    role: 'addressee',
    statedOn: '2016-08-23',
    quote:
      'The European Commission said it welcomed the Franco-German initiatives. An existing online privacy framework is already under review, it said.',
  },
  {
    stakeholder: 'natasha-bertaud',
    measure: initiativeSlug,
    stance: 'support',
    role: 'addressee',
    statedOn: '2016-08-23',
    quote:
      '"Security is a national competence, but creating the right framework at EU level will help member states carry out their duty to protect our citizens," spokeswoman Natasha Bertaud said.',
  },
  {
    stakeholder: 'telegram',
    measure: initiativeSlug,
    stance: 'unknown',
    role: 'addressee',
    statedOn: '2016-08-23',
    quote:
      'Cazeneuve singled out an app operated by Telegram, which he said did not cooperate with governments, adding that legislation should target both EU and non-EU companies. A spokesman for Telegram did not immediately respond to a request for comment.',
  },
  {
    stakeholder: 'pavel-durov',
    measure: initiativeSlug,
    stance: 'unknown',
    role: 'addressee',
    statedOn: '2016-08-23',
    quote:
      'Telegram, founded by Russian Pavel Durov in 2013 and incorporated in several jurisdictions, promotes itself as ultra-secure, because it encrypts all data from the start of transmission to the finish.',
  },
  {
    stakeholder: 'whatsapp',
    measure: initiativeSlug,
    stance: 'unknown',
    role: 'addressee',
    statedOn: '2016-08-23',
    quote:
      "A number of other services, including Facebook Inc's WhatsApp, say they have similar capabilities.",
  },
  {
    stakeholder: 'facebook',
    measure: initiativeSlug,
    stance: 'unknown',
    role: 'addressee',
    statedOn: '2016-08-23',
    quote:
      "A number of other services, including Facebook Inc's WhatsApp, say they have similar capabilities.",
  },
  {
    stakeholder: 'le-monde-privacy-advocates',
    measure: initiativeSlug,
    stance: 'strongly_oppose',
    role: 'critic',
    statedOn: '2016-08-22',
    quote: leMonde,
  },
  {
    stakeholder: 'cnil-head',
    measure: initiativeSlug,
    stance: 'strongly_oppose',
    role: 'critic',
    statedOn: '2016-08-22',
    quote: leMonde,
  },
  {
    stakeholder: 'cnil',
    measure: initiativeSlug,
    stance: 'oppose',
    role: 'critic',
    statedOn: '2016-08-22',
    quote: leMonde,
  },
  {
    stakeholder: 'ccia',
    measure: initiativeSlug,
    stance: 'oppose',
    role: 'critic',
    statedOn: '2016-08-23',
    quote: `A U.S.-based tech lobby group, CCIA, which represents companies such as Facebook and Google, said it was worried about the proposals. ${borggreen}`,
  },
  {
    stakeholder: 'christian-borggreen',
    measure: initiativeSlug,
    stance: 'oppose',
    role: 'critic',
    statedOn: '2016-08-23',
    quote: borggreen,
  },
  {
    stakeholder: 'european-commission',
    measure: eprivacySlug,
    stance: 'unknown',
    role: 'reviewer',
    statedOn: '2016-08-23',
    quote: 'An existing online privacy framework is already under review, it said.',
  },
  {
    stakeholder: 'thomas-de-maiziere',
    measure: databasesSlug,
    stance: 'support',
    role: 'proponent',
    statedOn: '2016-08-23',
    quote:
      '"We believe that after Brexit .... it\'s important to make clear where Europe offers better solutions for our members than if we carried out those solutions unilaterally - and that includes the areas of internal and external security," he said.',
  },
  {
    stakeholder: 'france-interior-ministry',
    measure: databasesSlug,
    stance: 'support',
    role: 'proponent',
    statedOn: '2016-08-23',
    quote:
      "France and Germany - where nerves are raw following a wave of attacks on civilians this summer, including two claimed by Islamic State - are also seeking closer links between the continent's databases of personal information.",
  },
  {
    stakeholder: 'germany-interior-ministry',
    measure: databasesSlug,
    stance: 'support',
    role: 'proponent',
    statedOn: '2016-08-23',
    quote:
      "France and Germany - where nerves are raw following a wave of attacks on civilians this summer, including two claimed by Islamic State - are also seeking closer links between the continent's databases of personal information.",
  },
];

interface DemoEvent {
  measure: string;
  date: string;
  kind: EventKind;
  title: string;
  description: string | null;
}

export const demoEvents: DemoEvent[] = [
  {
    measure: initiativeSlug,
    date: '2016-08',
    kind: 'announcement',
    title: 'Cazeneuve hints at the initiative',
    description:
      "Cazeneuve's initiative, which he hinted at earlier this month (August 2016); the report gives no day.",
  },
  {
    measure: initiativeSlug,
    date: '2016-08-22',
    kind: 'statement',
    title: 'Privacy advocates warn against "back doors" in Le Monde',
    description: 'Op-ed in Le Monde on Monday; the head of CNIL was among the authors.',
  },
  {
    measure: initiativeSlug,
    date: '2016-08-23',
    kind: 'announcement',
    title: 'French and German interior ministers present the initiative in Paris',
    description:
      'Joint conference of Bernard Cazeneuve and Thomas de Maizière: the European Commission should draft a law obliging messaging operators, in and outside the EU, to cooperate in investigations of militants.',
  },
  {
    measure: initiativeSlug,
    date: '2016-08-23',
    kind: 'statement',
    title: 'European Commission welcomes the Franco-German initiatives',
    description:
      'Spokeswoman Natasha Bertaud: creating the right framework at EU level will help member states; the online privacy framework is already under review.',
  },
  {
    measure: initiativeSlug,
    date: '2016-08-23',
    kind: 'statement',
    title: 'CCIA says it is worried about the proposals',
    description: 'Christian Borggreen: weakened security leaves online systems more vulnerable.',
  },
  {
    measure: eprivacySlug,
    date: '2016-08-23',
    kind: 'statement',
    title: 'Commission says the online privacy framework is already under review',
    description: null,
  },
  {
    measure: databasesSlug,
    date: '2016-08-23',
    kind: 'announcement',
    title:
      'De Maizière: closer links between databases on visas, Schengen threats, refugees and air passengers',
    description: null,
  },
];

export const demoLinks: { from: string; to: string; relation: LinkRelation; note: string }[] = [
  {
    from: initiativeSlug,
    to: eprivacySlug,
    relation: 'depends_on',
    note: 'The Commission answered the initiative by pointing to its review of the online privacy framework.',
  },
  {
    from: initiativeSlug,
    to: databasesSlug,
    relation: 'related_to',
    note: 'Presented together by the French and German interior ministers on 23 August 2016.',
  },
];

export const demoSystems: { slug: string; acronym: string; name: string; holds: string }[] = [
  { slug: 'vis', acronym: 'VIS', name: 'Visa Information System', holds: 'data on visas' },
  {
    slug: 'sis',
    acronym: 'SIS',
    name: 'Schengen Information System',
    holds: 'alerts on potential militant threats within the border-free Schengen area',
  },
  {
    slug: 'eurodac',
    acronym: 'Eurodac',
    name: 'European Asylum Dactyloscopy Database',
    holds: 'data on refugees',
  },
  {
    slug: 'pnr',
    acronym: 'PNR',
    name: 'Passenger Name Records',
    holds: 'data on airline passengers',
  },
];

export const demoSystemLinks: { measure: string; system: string; action: SystemAction }[] =
  demoSystems.map((s) => ({
    measure: databasesSlug,
    system: s.slug,
    action: 'links' as const,
  }));
