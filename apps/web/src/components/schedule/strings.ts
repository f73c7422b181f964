// The schedule's own words in the three languages. Shared vocabulary (stage, kind, balance,
// "Last", "Next", "Upcoming", …) comes from `useLabels()`.
import type { Locale } from '../../i18n';

export interface ScheduleStrings {
  title: string;
  intro: string;
  total: (n: number) => string;
  matching: (n: number, of: number) => string;
  mainTrack: string;
  sideTrack: string;
  sideTrackIntro: string;
  /** Letters, statements, reports and resolutions: no procedure, so no stage. */
  noTrack: string;
  noTrackIntro: string;
  filters: {
    label: string;
    search: string;
    searchPlaceholder: string;
    area: string;
    allJurisdictions: string;
    allKinds: string;
    allAreas: string;
    clear: string;
  };
  column: {
    empty: string;
    loadFailed: string;
    moreFailed: string;
    loadingMore: string;
    showMore: (n: number) => string;
    skipTo: (stage: string) => string;
  };
  card: { noNext: string; disputed: string };
  empty: { filtered: string; hint: string };
}

const number = (locale: string) => {
  const format = new Intl.NumberFormat(locale);
  return (n: number) => format.format(n);
};

const enN = number('en-GB');
const frN = number('fr-FR');
const deN = number('de-DE');

export const scheduleStrings = {
  en: {
    title: 'Schedule',
    intro:
      'Where every tracked measure stands in its procedure, what happened last and what comes next.',
    total: (n) => `${enN(n)} ${n === 1 ? 'measure' : 'measures'}`,
    matching: (n, of) =>
      `${enN(n)} of ${enN(of)} measures ${n === 1 ? 'matches' : 'match'} the filters`,
    mainTrack: 'On the procedure track',
    sideTrack: 'Stopped before the end',
    sideTrackIntro: 'Withdrawn, rejected or lapsed before the procedure reached its end.',
    noTrack: 'Outside any procedure',
    noTrackIntro:
      'Letters, statements, reports and resolutions follow no procedure, so they have no stage.',
    filters: {
      label: 'Filter the schedule',
      search: 'Search',
      searchPlaceholder: 'Title, summary or reference',
      area: 'Policy area',
      allJurisdictions: 'All',
      allKinds: 'All',
      allAreas: 'All areas',
      clear: 'Clear filters',
    },
    column: {
      empty: 'No measure at this stage.',
      loadFailed: 'Could not load these measures.',
      moreFailed: 'Could not load more measures.',
      loadingMore: 'Loading more…',
      showMore: (n) => `Show ${enN(n)} more`,
      skipTo: (stage) => `Skip to the next column: ${stage}`,
    },
    card: { noNext: 'No dated next step', disputed: 'sources disagree on some of its facts' },
    empty: {
      filtered: 'No measure matches these filters.',
      hint: 'Try fewer filters or other search words.',
    },
  },
  fr: {
    title: 'Calendrier',
    intro:
      'Où en est chaque mesure suivie dans sa procédure, ce qui s’est passé en dernier et ce qui vient ensuite.',
    total: (n) => `${frN(n)} ${n <= 1 ? 'mesure' : 'mesures'}`,
    matching: (n, of) =>
      `${frN(n)} ${n <= 1 ? 'mesure' : 'mesures'} sur ${frN(of)} ${n <= 1 ? 'correspond' : 'correspondent'} aux filtres`,
    mainTrack: 'Dans la procédure',
    sideTrack: 'Procédures interrompues',
    sideTrackIntro: 'Retirées, rejetées ou devenues caduques avant la fin de la procédure.',
    noTrack: 'Hors procédure',
    noTrackIntro:
      'Les lettres, déclarations, rapports et résolutions ne suivent aucune procédure et n’ont donc pas d’étape.',
    filters: {
      label: 'Filtrer le calendrier',
      search: 'Rechercher',
      searchPlaceholder: 'Titre, résumé ou référence',
      area: 'Domaine',
      allJurisdictions: 'Toutes',
      allKinds: 'Tous',
      allAreas: 'Tous les domaines',
      clear: 'Effacer les filtres',
    },
    column: {
      empty: 'Aucune mesure à cette étape.',
      loadFailed: 'Impossible de charger ces mesures.',
      moreFailed: 'Impossible de charger la suite.',
      loadingMore: 'Chargement de la suite…',
      showMore: (n) => `Afficher ${frN(n)} de plus`,
      skipTo: (stage) => `Passer à la colonne suivante : ${stage}`,
    },
    card: {
      noNext: 'Aucune prochaine étape datée',
      disputed: 'les sources divergent sur certains faits',
    },
    empty: {
      filtered: 'Aucune mesure ne correspond à ces filtres.',
      hint: 'Essayez avec moins de filtres ou d’autres mots.',
    },
  },
  de: {
    title: 'Zeitplan',
    intro:
      'Wo jede verfolgte Maßnahme in ihrem Verfahren steht, was zuletzt geschah und was als Nächstes kommt.',
    total: (n) => `${deN(n)} ${n === 1 ? 'Maßnahme' : 'Maßnahmen'}`,
    matching: (n, of) =>
      `${deN(n)} von ${deN(of)} Maßnahmen ${n === 1 ? 'entspricht' : 'entsprechen'} den Filtern`,
    mainTrack: 'Im Verfahren',
    sideTrack: 'Vorzeitig beendete Verfahren',
    sideTrackIntro: 'Zurückgezogen, abgelehnt oder hinfällig geworden, bevor das Verfahren endete.',
    noTrack: 'Außerhalb eines Verfahrens',
    noTrackIntro:
      'Schreiben, Erklärungen, Berichte und Entschließungen folgen keinem Verfahren und haben daher keine Phase.',
    filters: {
      label: 'Zeitplan filtern',
      search: 'Suchen',
      searchPlaceholder: 'Titel, Inhalt oder Aktenzeichen',
      area: 'Politikbereich',
      allJurisdictions: 'Alle',
      allKinds: 'Alle',
      allAreas: 'Alle Bereiche',
      clear: 'Filter zurücksetzen',
    },
    column: {
      empty: 'Keine Maßnahme in dieser Phase.',
      loadFailed: 'Diese Maßnahmen konnten nicht geladen werden.',
      moreFailed: 'Weitere Maßnahmen konnten nicht geladen werden.',
      loadingMore: 'Weitere werden geladen…',
      showMore: (n) => `${deN(n)} weitere anzeigen`,
      skipTo: (stage) => `Zur nächsten Spalte springen: ${stage}`,
    },
    card: {
      noNext: 'Kein datierter nächster Schritt',
      disputed: 'die Quellen widersprechen sich in einigen Angaben',
    },
    empty: {
      filtered: 'Keine Maßnahme entspricht diesen Filtern.',
      hint: 'Versuchen Sie es mit weniger Filtern oder anderen Suchbegriffen.',
    },
  },
} satisfies Record<Locale, ScheduleStrings>;
