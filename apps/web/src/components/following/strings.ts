// Following in the three languages: the watch buttons, the changes page, the schedule's marker.
import type { Locale } from '../../i18n';

type WatchKind = 'measure' | 'stakeholder' | 'policy_area' | 'search';

export interface FollowingStrings {
  watch: string;
  watching: string;
  watchHint: string;
  signInFirst: string;
  watchArea: (area: string) => string;
  watchingArea: (area: string) => string;
  watchSearch: string;
  watchingSearch: string;
  watchFailed: string;
  changed: string;
  changedHint: string;
  title: string;
  intro: string;
  markRead: string;
  allRead: string;
  unreadNote: (n: number) => string;
  empty: string;
  newBadge: string;
  you: string;
  more: string;
  by: (actor: string) => string;
  action: { create: string; update: string; delete: string };
  entity: Record<string, string>;
  stage: (from: string, to: string) => string;
  digestTitle: string;
  digestIntro: string;
  period: string;
  days: (n: number) => string;
  download: string;
  watchesTitle: string;
  noWatches: string;
  stopWatching: string;
  stopWatchingLabel: (what: string) => string;
  kind: Record<WatchKind, string>;
}

export const followingStrings = {
  en: {
    watch: 'Watch',
    watching: 'Watching',
    watchHint: 'Its changes show under Changes, in the header.',
    signInFirst: 'Sign in to follow measures, stakeholders, policy areas and searches.',
    watchArea: (area) => `Watch the area “${area}”`,
    watchingArea: (area) => `Watching the area “${area}”`,
    watchSearch: 'Watch this search',
    watchingSearch: 'Watching this search',
    watchFailed: 'Could not change what you watch: ',
    changed: 'changed',
    changedHint: 'changed since your last visit',
    title: 'Changes',
    intro: 'What changed in the last 30 days in what you watch, newest first.',
    markRead: 'Mark all as read',
    allRead: 'Nothing new since your last visit.',
    unreadNote: (n) =>
      n === 1
        ? '1 item changed since your last visit.'
        : `${n} items changed since your last visit.`,
    empty: 'Nothing changed in the last 30 days in what you watch.',
    newBadge: 'new',
    you: 'you',
    more: 'Show more',
    by: (actor) => `by ${actor}`,
    action: { create: 'recorded', update: 'changed', delete: 'removed' },
    entity: {
      measures: 'the measure',
      events: 'an event',
      claims: 'a claim',
      positions: 'a position',
      measure_links: 'a link between measures',
      measure_systems: 'an information system',
      stakeholders: 'the stakeholder',
      notes: 'a note',
      meetings: 'a meeting',
    },
    stage: (from, to) => `stage: ${from} → ${to}`,
    digestTitle: 'Digest',
    digestIntro: 'The same changes as Markdown, per watched item, to paste into an e-mail.',
    period: 'Period',
    days: (n) => `last ${n} days`,
    download: 'Download digest (Markdown)',
    watchesTitle: 'What you watch',
    noWatches:
      'You watch nothing yet: use “Watch” on a brief or a stakeholder, or on the schedule once a policy area or a search is chosen.',
    stopWatching: 'Stop watching',
    stopWatchingLabel: (what) => `Stop watching ${what}`,
    kind: {
      measure: 'Measure',
      stakeholder: 'Stakeholder',
      policy_area: 'Policy area',
      search: 'Search',
    },
  },
  fr: {
    watch: 'Suivre',
    watching: 'Suivi',
    watchHint: 'Ses changements apparaissent sous Changements, dans l’en-tête.',
    signInFirst:
      'Connectez-vous pour suivre des mesures, des acteurs, des domaines et des recherches.',
    watchArea: (area) => `Suivre le domaine « ${area} »`,
    watchingArea: (area) => `Domaine « ${area} » suivi`,
    watchSearch: 'Suivre cette recherche',
    watchingSearch: 'Recherche suivie',
    watchFailed: 'Impossible de modifier vos suivis : ',
    changed: 'modifié',
    changedHint: 'modifié depuis votre dernière visite',
    title: 'Changements',
    intro:
      'Ce qui a changé ces 30 derniers jours dans ce que vous suivez, du plus récent au plus ancien.',
    markRead: 'Tout marquer comme lu',
    allRead: 'Rien de nouveau depuis votre dernière visite.',
    unreadNote: (n) =>
      n === 1
        ? '1 élément a changé depuis votre dernière visite.'
        : `${n} éléments ont changé depuis votre dernière visite.`,
    empty: 'Rien n’a changé ces 30 derniers jours dans ce que vous suivez.',
    newBadge: 'nouveau',
    you: 'vous',
    more: 'Afficher plus',
    by: (actor) => `par ${actor}`,
    action: { create: 'a enregistré', update: 'a modifié', delete: 'a supprimé' },
    entity: {
      measures: 'la mesure',
      events: 'un événement',
      claims: 'une affirmation',
      positions: 'une position',
      measure_links: 'un lien entre mesures',
      measure_systems: 'un système d’information',
      stakeholders: 'l’acteur',
      notes: 'une note',
      meetings: 'une réunion',
    },
    stage: (from, to) => `étape : ${from} → ${to}`,
    digestTitle: 'Résumé',
    digestIntro: 'Les mêmes changements en Markdown, par élément suivi, à coller dans un courriel.',
    period: 'Période',
    days: (n) => `${n} derniers jours`,
    download: 'Télécharger le résumé (Markdown)',
    watchesTitle: 'Ce que vous suivez',
    noWatches:
      'Vous ne suivez rien pour l’instant : utilisez « Suivre » sur une fiche, un acteur, ou sur le calendrier une fois un domaine ou une recherche choisis.',
    stopWatching: 'Ne plus suivre',
    stopWatchingLabel: (what) => `Ne plus suivre ${what}`,
    kind: { measure: 'Mesure', stakeholder: 'Acteur', policy_area: 'Domaine', search: 'Recherche' },
  },
  de: {
    watch: 'Beobachten',
    watching: 'Beobachtet',
    watchHint: 'Änderungen erscheinen unter „Änderungen“ in der Kopfzeile.',
    signInFirst: 'Melden Sie sich an, um Maßnahmen, Akteure, Bereiche und Suchen zu beobachten.',
    watchArea: (area) => `Bereich „${area}“ beobachten`,
    watchingArea: (area) => `Bereich „${area}“ beobachtet`,
    watchSearch: 'Diese Suche beobachten',
    watchingSearch: 'Suche beobachtet',
    watchFailed: 'Beobachtung konnte nicht geändert werden: ',
    changed: 'geändert',
    changedHint: 'seit Ihrem letzten Besuch geändert',
    title: 'Änderungen',
    intro: 'Was sich in den letzten 30 Tagen in Beobachtetem geändert hat, das Neueste zuerst.',
    markRead: 'Alles als gelesen markieren',
    allRead: 'Nichts Neues seit Ihrem letzten Besuch.',
    unreadNote: (n) =>
      n === 1
        ? '1 Eintrag hat sich seit Ihrem letzten Besuch geändert.'
        : `${n} Einträge haben sich seit Ihrem letzten Besuch geändert.`,
    empty: 'In den letzten 30 Tagen hat sich in Beobachtetem nichts geändert.',
    newBadge: 'neu',
    you: 'Sie',
    more: 'Mehr anzeigen',
    by: (actor) => `von ${actor}`,
    action: { create: 'erfasst', update: 'geändert', delete: 'entfernt' },
    entity: {
      measures: 'die Maßnahme',
      events: 'ein Ereignis',
      claims: 'eine Angabe',
      positions: 'eine Position',
      measure_links: 'eine Verknüpfung von Maßnahmen',
      measure_systems: 'ein Informationssystem',
      stakeholders: 'der Akteur',
      notes: 'eine Notiz',
      meetings: 'ein Treffen',
    },
    stage: (from, to) => `Stufe: ${from} → ${to}`,
    digestTitle: 'Zusammenfassung',
    digestIntro:
      'Dieselben Änderungen als Markdown, je beobachtetem Eintrag, zum Einfügen in eine E-Mail.',
    period: 'Zeitraum',
    days: (n) => `letzte ${n} Tage`,
    download: 'Zusammenfassung herunterladen (Markdown)',
    watchesTitle: 'Was Sie beobachten',
    noWatches:
      'Sie beobachten noch nichts: „Beobachten“ gibt es auf einem Dossier, bei einem Akteur und im Zeitplan, sobald ein Bereich oder eine Suche gewählt ist.',
    stopWatching: 'Nicht mehr beobachten',
    stopWatchingLabel: (what) => `${what} nicht mehr beobachten`,
    kind: { measure: 'Maßnahme', stakeholder: 'Akteur', policy_area: 'Bereich', search: 'Suche' },
  },
} satisfies Record<Locale, FollowingStrings>;
