// Words only the stakeholder pages use; the shared vocabulary (categories, stances, roles,
// stages) comes from useLabels().
import type { StakeholderKind } from '@dossier/domain';
import type { Locale } from '../../i18n';
import { numbersIn } from '../../i18n/numbers';

const { en: enN, fr: frN, de: deN } = numbersIn;

export interface StakeholderStrings {
  /** Between a label and its value: French sets a narrow space before the colon. */
  colon: string;
  kind: Record<StakeholderKind, string>;
  list: {
    title: string;
    intro: string;
    filters: string;
    search: string;
    searchHint: string;
    category: string;
    country: string;
    allCountries: string;
    clear: string;
    count: (shown: number, total: number) => string;
    empty: string;
    noMatch: string;
    caption: string;
    columns: {
      name: string;
      kind: string;
      category: string;
      role: string;
      affiliation: string;
      country: string;
      positions: string;
    };
  };
  page: {
    backToList: string;
    affiliation: string;
    role: string;
    members: string;
    noMembers: string;
    positions: string;
    noPositions: string;
    positionCount: (n: number) => string;
    onMeasures: (n: number) => string;
    stanceOverTime: string;
    history: (n: number) => string;
    notFound: (ref: string) => string;
    notFoundHint: string;
  };
}

const en: StakeholderStrings = {
  colon: ': ',
  kind: { person: 'Person', organisation: 'Organisation' },
  list: {
    title: 'Stakeholders',
    intro:
      'Every person and organisation on record, with the positions they have taken on tracked measures.',
    filters: 'Filter stakeholders',
    search: 'Name, role or affiliation',
    searchHint: 'Accents optional: “maiziere” finds de Maizière.',
    category: 'Category',
    country: 'Country',
    allCountries: 'All countries',
    clear: 'Clear filters',
    count: (shown, total) =>
      shown === total
        ? enN.count(total, 'stakeholder', 'stakeholders')
        : `${enN.number(shown)} of ${enN.number(total)} stakeholders`,
    empty: 'No stakeholders are on record yet.',
    noMatch: 'No stakeholder matches these filters.',
    caption: 'Stakeholders and their positions',
    columns: {
      name: 'Name',
      kind: 'Kind',
      category: 'Category',
      role: 'Role',
      affiliation: 'Affiliation',
      country: 'Country',
      positions: 'Positions',
    },
  },
  page: {
    backToList: 'All stakeholders',
    affiliation: 'Affiliation',
    role: 'Role',
    members: 'People on record',
    noMembers: 'No one on record belongs to this organisation.',
    positions: 'Positions on measures',
    noPositions: 'No position on any measure is recorded yet.',
    positionCount: (n) => enN.count(n, 'position', 'positions'),
    onMeasures: (n) => `on ${enN.count(n, 'measure', 'measures')}, newest first`,
    stanceOverTime: 'Stance over time',
    history: (n) => `${enN.number(n)} positions, newest first`,
    notFound: (ref) => `No stakeholder matches “${ref}”.`,
    notFoundHint: 'The name may have changed, or the address may be mistyped.',
  },
};

const fr: StakeholderStrings = {
  colon: '\u202f: ',
  kind: { person: 'Personne', organisation: 'Organisation' },
  list: {
    title: 'Parties prenantes',
    intro:
      'Toutes les personnes et organisations enregistrées, avec les positions qu’elles ont prises sur les mesures suivies.',
    filters: 'Filtrer les parties prenantes',
    search: 'Nom, fonction ou rattachement',
    searchHint: 'Accents facultatifs : « maiziere » trouve de Maizière.',
    category: 'Catégorie',
    country: 'Pays',
    allCountries: 'Tous les pays',
    clear: 'Effacer les filtres',
    count: (shown, total) =>
      shown === total
        ? frN.count(total, 'partie prenante', 'parties prenantes')
        : `${frN.number(shown)} sur ${frN.number(total)} parties prenantes`,
    empty: 'Aucune partie prenante n’est encore enregistrée.',
    noMatch: 'Aucune partie prenante ne correspond à ces filtres.',
    caption: 'Parties prenantes et leurs positions',
    columns: {
      name: 'Nom',
      kind: 'Type',
      category: 'Catégorie',
      role: 'Fonction',
      affiliation: 'Rattachement',
      country: 'Pays',
      positions: 'Positions',
    },
  },
  page: {
    backToList: 'Toutes les parties prenantes',
    affiliation: 'Rattachement',
    role: 'Fonction',
    members: 'Personnes enregistrées',
    noMembers: 'Aucune personne enregistrée ne relève de cette organisation.',
    positions: 'Positions sur les mesures',
    noPositions: 'Aucune position n’est encore enregistrée.',
    positionCount: (n) => frN.count(n, 'position', 'positions'),
    onMeasures: (n) =>
      `sur ${frN.count(n, 'mesure', 'mesures')}, de la plus récente à la plus ancienne`,
    stanceOverTime: 'Évolution de la position',
    history: (n) => `${frN.number(n)} positions, de la plus récente à la plus ancienne`,
    notFound: (ref) => `Aucune partie prenante ne correspond à « ${ref} ».`,
    notFoundHint: 'Le nom a peut-être changé, ou l’adresse est mal saisie.',
  },
};

const de: StakeholderStrings = {
  colon: ': ',
  kind: { person: 'Person', organisation: 'Organisation' },
  list: {
    title: 'Akteure',
    intro:
      'Alle erfassten Personen und Organisationen mit den Positionen, die sie zu den verfolgten Vorhaben bezogen haben.',
    filters: 'Akteure filtern',
    search: 'Name, Funktion oder Zugehörigkeit',
    searchHint: 'Akzente sind optional: „maiziere“ findet de Maizière.',
    category: 'Kategorie',
    country: 'Land',
    allCountries: 'Alle Länder',
    clear: 'Filter zurücksetzen',
    count: (shown, total) =>
      shown === total
        ? deN.count(total, 'Akteur', 'Akteure')
        : `${deN.number(shown)} von ${deN.number(total)} Akteuren`,
    empty: 'Noch sind keine Akteure erfasst.',
    noMatch: 'Kein Akteur entspricht diesen Filtern.',
    caption: 'Akteure und ihre Positionen',
    columns: {
      name: 'Name',
      kind: 'Art',
      category: 'Kategorie',
      role: 'Funktion',
      affiliation: 'Zugehörigkeit',
      country: 'Land',
      positions: 'Positionen',
    },
  },
  page: {
    backToList: 'Alle Akteure',
    affiliation: 'Zugehörigkeit',
    role: 'Funktion',
    members: 'Erfasste Personen',
    noMembers: 'Keine erfasste Person gehört zu dieser Organisation.',
    positions: 'Positionen zu Vorhaben',
    noPositions: 'Noch ist keine Position erfasst.',
    positionCount: (n) => deN.count(n, 'Position', 'Positionen'),
    onMeasures: (n) => `zu ${deN.number(n)} Vorhaben, neueste zuerst`,
    stanceOverTime: 'Haltung im Zeitverlauf',
    history: (n) => `${deN.number(n)} Positionen, neueste zuerst`,
    notFound: (ref) => `Kein Akteur entspricht „${ref}“.`,
    notFoundHint: 'Der Name hat sich vielleicht geändert, oder die Adresse ist falsch geschrieben.',
  },
};

export const stakeholderStrings = { en, fr, de } satisfies Record<Locale, StakeholderStrings>;
