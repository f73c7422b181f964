// Words only the brief needs, in the three languages; the shared vocabulary is in src/i18n.
import type { Locale } from '../../i18n';
import { numbersIn } from '../../i18n/numbers';

const { en: enN, fr: frN, de: deN } = numbersIn;

export interface BriefText {
  print: string;
  onThisPage: string;
  facts: string;
  latest: string;
  next: string;
  nothingScheduled: string;
  noPolicyAreas: string;
  step: { done: string; current: string; ahead: string; never: string };
  leftAfter: (stage: string) => string;
  stepOf: (n: number, of: number) => string;
  timelineOrder: string;
  /** The button that loads the events before those on screen. */
  showEarlier: (n: number) => string;
  balance: string;
  scale: string;
  scaleEnds: { support: string; oppose: string };
  nobodyOnStep: string;
  /** On a step of the scale, the stakeholders standing there whose cards are not loaded yet. */
  moreOnStep: (n: number) => string;
  /** On a card, the positions older than the stance history the brief holds. */
  earlierPositions: (n: number) => string;
  stanceApart: string;
  now: string;
  reviewStage: string;
  noOtherRelated: string;
  graphTitle: (measure: string) => string;
  graphEdge: (system: string, actions: string) => string;
  thisMeasure: string;
  systemsTable: string;
  sourceNumber: (n: number) => string;
  published: string;
  undated: string;
}

export const briefText = {
  en: {
    print: 'Print this brief',
    onThisPage: 'On this page',
    facts: 'Key facts',
    latest: 'Latest',
    next: 'Next',
    nothingScheduled: 'Nothing scheduled',
    noPolicyAreas: 'None recorded',
    step: { done: 'done', current: 'current stage', ahead: 'not yet', never: 'not reached' },
    leftAfter: (stage) => `Left the procedure after “${stage}”`,
    stepOf: (n, of) => `step ${n} of ${of}`,
    timelineOrder: 'Oldest first; upcoming events close the list.',
    showEarlier: (n) => `Show ${enN.number(n)} earlier ${enN.plural(n, 'event', 'events')}`,
    balance: 'Balance of current stances',
    scale: 'Current stances, from strong support to strong opposition',
    scaleEnds: { support: 'Support', oppose: 'Opposition' },
    nobodyOnStep: 'Nobody',
    moreOnStep: (n) => `and ${enN.number(n)} more`,
    earlierPositions: (n) =>
      `${enN.number(n)} earlier ${enN.plural(n, 'position is', 'positions are')} on the stakeholder’s page.`,
    stanceApart: 'Kept apart from the scale: their stance is not on record.',
    now: 'current',
    reviewStage: 'Stage',
    noOtherRelated: 'No other related measures recorded.',
    graphTitle: (measure) => `Information systems touched by “${measure}”`,
    graphEdge: (system, actions) => `${system}: ${actions}`,
    thisMeasure: 'This measure',
    systemsTable: 'The same systems as a table',
    sourceNumber: (n) => `Source ${n} in the list of sources`,
    published: 'Published',
    undated: 'undated',
  },
  fr: {
    print: 'Imprimer cette fiche',
    onThisPage: 'Sur cette page',
    facts: 'Points clés',
    latest: 'Dernier événement',
    next: 'Prochain événement',
    nothingScheduled: 'Rien de prévu',
    noPolicyAreas: 'Aucun domaine enregistré',
    step: { done: 'franchie', current: 'étape actuelle', ahead: 'à venir', never: 'non atteinte' },
    leftAfter: (stage) => `Sortie de la procédure après l’étape «\u00a0${stage}\u00a0»`,
    stepOf: (n, of) => `étape ${n} sur ${of}`,
    timelineOrder: 'Du plus ancien au plus récent\u202f; les événements à venir ferment la liste.',
    showEarlier: (n) => `Afficher ${frN.count(n, 'événement antérieur', 'événements antérieurs')}`,
    balance: 'Équilibre des positions actuelles',
    scale: 'Positions actuelles, du soutien ferme à l’opposition ferme',
    scaleEnds: { support: 'Soutien', oppose: 'Opposition' },
    nobodyOnStep: 'Personne',
    moreOnStep: (n) => `et ${frN.number(n)} de plus`,
    earlierPositions: (n) =>
      frN.plural(
        n,
        'Une position antérieure figure sur la page de la partie prenante.',
        `${frN.number(n)} positions antérieures figurent sur la page de la partie prenante.`,
      ),
    stanceApart: 'Tenus à l’écart de l’échelle\u202f: leur position n’est pas connue.',
    now: 'actuelle',
    reviewStage: 'Étape',
    noOtherRelated: 'Aucune autre mesure liée enregistrée.',
    graphTitle: (measure) => `Systèmes d’information concernés par «\u00a0${measure}\u00a0»`,
    graphEdge: (system, actions) => `${system}\u202f: ${actions}`,
    thisMeasure: 'Cette mesure',
    systemsTable: 'Les mêmes systèmes sous forme de tableau',
    sourceNumber: (n) => `Source n° ${n} de la liste des sources`,
    published: 'Publiée',
    undated: 'sans date',
  },
  de: {
    print: 'Diese Übersicht drucken',
    onThisPage: 'Auf dieser Seite',
    facts: 'Eckdaten',
    latest: 'Zuletzt',
    next: 'Als Nächstes',
    nothingScheduled: 'Nichts angesetzt',
    noPolicyAreas: 'Keine erfasst',
    step: {
      done: 'abgeschlossen',
      current: 'aktuelle Phase',
      ahead: 'noch nicht',
      never: 'nicht erreicht',
    },
    leftAfter: (stage) => `Nach der Phase „${stage}“ aus dem Verfahren ausgeschieden`,
    stepOf: (n, of) => `Phase ${n} von ${of}`,
    timelineOrder: 'Älteste zuerst; anstehende Ereignisse schließen die Liste ab.',
    showEarlier: (n) => `${deN.count(n, 'früheres Ereignis', 'frühere Ereignisse')} anzeigen`,
    balance: 'Kräfteverhältnis der aktuellen Haltungen',
    scale: 'Aktuelle Haltungen, von nachdrücklicher Unterstützung bis zu entschiedener Ablehnung',
    scaleEnds: { support: 'Unterstützung', oppose: 'Ablehnung' },
    nobodyOnStep: 'Niemand',
    moreOnStep: (n) => `und ${deN.number(n)} weitere`,
    earlierPositions: (n) =>
      deN.plural(
        n,
        'Eine frühere Position steht auf der Seite des Akteurs.',
        `${deN.number(n)} frühere Positionen stehen auf der Seite des Akteurs.`,
      ),
    stanceApart: 'Außerhalb der Skala, weil ihre Haltung nicht bekannt ist.',
    now: 'aktuell',
    reviewStage: 'Phase',
    noOtherRelated: 'Keine weiteren verbundenen Vorhaben erfasst.',
    graphTitle: (measure) => `Informationssysteme, die „${measure}“ betrifft`,
    graphEdge: (system, actions) => `${system}: ${actions}`,
    thisMeasure: 'Dieses Vorhaben',
    systemsTable: 'Dieselben Systeme als Tabelle',
    sourceNumber: (n) => `Quelle ${n} im Quellenverzeichnis`,
    published: 'Veröffentlicht',
    undated: 'ohne Datum',
  },
} satisfies Record<Locale, BriefText>;
