// Words only the brief needs, in the three languages; the shared vocabulary is in src/i18n.
import type { Locale } from '../../i18n';
import { numbersIn } from '../../i18n/numbers';

const { en: enN, fr: frN, de: deN } = numbersIn;

/** A vote's counts as one source gives them; a count it leaves out is null. */
export interface VoteCounts {
  for: number | null;
  against: number | null;
  abstentions: number | null;
}

/** "31 for · 24 against · 1 abstention", leaving out what the source does not give. */
const votesIn =
  (words: (n: number) => [forVotes: string, against: string, abstentions: string]) =>
  (r: VoteCounts) =>
    (['for', 'against', 'abstentions'] as const)
      .map((k, i) => (r[k] === null ? null : words(r[k])[i]))
      .filter((part) => part !== null)
      .join(' · ');

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
  /** Before a value, after a label: French sets a narrow space before the colon. */
  colon: string;
  /** In place of the stage track, for a letter, a statement, a report or a resolution. */
  noProcedure: string;
  stageDisputed: string;
  dateDisputed: string;
  resultDisputed: string;
  date: string;
  result: string;
  votes: (r: VoteCounts) => string;
  /** Beside the claim an editor preferred: why. */
  preferred: (reason: string) => string;
  /** Before the claims a preference set aside, still listed with their sources. */
  setAside: string;
  /** Between the dates sources claim for one event. */
  or: string;
  body: string;
  memberStates: string;
  documents: string;
  warning: {
    label: string;
    /** The event that shows the suggested stage, when the brief holds it; else null. */
    movedPast: (event: string | null, current: string, suggested: string) => string;
    accept: (stage: string) => string;
    accepting: string;
    conflict: string;
    reload: string;
    notAllowed: string;
    failed: (message: string) => string;
  };
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
    colon: ': ',
    noProcedure: 'Follows no procedure, so it has no stage.',
    stageDisputed: 'Sources disagree on the stage',
    dateDisputed: 'Sources disagree on the date',
    resultDisputed: 'Sources disagree on the result',
    date: 'Date',
    result: 'Result',
    votes: votesIn((n) => [
      `${enN.number(n)} for`,
      `${enN.number(n)} against`,
      enN.count(n, 'abstention', 'abstentions'),
    ]),
    preferred: (reason) => `preferred: ${reason}`,
    setAside: 'Set aside:',
    or: 'or',
    body: 'Body',
    memberStates: 'Member States',
    documents: 'Documents',
    warning: {
      label: 'Check the stage',
      movedPast: (event, current, suggested) =>
        `The timeline has moved past the stage: ${event ? `“${event}”` : 'an event on it'} suggests “${suggested}” (the stage says “${current}”).`,
      accept: (stage) => `Accept “${stage}”`,
      accepting: 'Accepting…',
      conflict:
        'Someone changed this measure since you opened the brief, so nothing was saved. Reload the brief and look at the stage again.',
      reload: 'Reload the brief',
      notAllowed:
        'Changing the stage needs an editor: you are not signed in as one, so nothing was saved. An admin can change your role.',
      failed: (message) => `The stage was not changed: ${message}`,
    },
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
    colon: '\u202f: ',
    noProcedure: 'Ne suit aucune procédure, et n’a donc pas d’étape.',
    stageDisputed: 'Les sources divergent sur l’étape',
    dateDisputed: 'Les sources divergent sur la date',
    resultDisputed: 'Les sources divergent sur le résultat',
    date: 'Date',
    result: 'Résultat',
    votes: votesIn((n) => [
      `${frN.number(n)} pour`,
      `${frN.number(n)} contre`,
      frN.count(n, 'abstention', 'abstentions'),
    ]),
    preferred: (reason) => `retenu\u202f: ${reason}`,
    setAside: 'Écartés\u202f:',
    or: 'ou',
    body: 'Organe',
    memberStates: 'États membres',
    documents: 'Documents',
    warning: {
      label: 'Étape à vérifier',
      movedPast: (event, current, suggested) =>
        `La chronologie a dépassé l’étape\u202f: ${event ? `«\u00a0${event}\u00a0»` : 'un de ses événements'} indique «\u00a0${suggested}\u00a0» (l’étape enregistrée est «\u00a0${current}\u00a0»).`,
      accept: (stage) => `Accepter «\u00a0${stage}\u00a0»`,
      accepting: 'Enregistrement…',
      conflict:
        'Quelqu’un a modifié cette mesure depuis l’ouverture de la fiche\u202f: rien n’a été enregistré. Rechargez la fiche et vérifiez de nouveau l’étape.',
      reload: 'Recharger la fiche',
      notAllowed:
        'Modifier l’étape demande le rôle de rédacteur\u202f: vous n’êtes pas connecté avec ce rôle, rien n’a été enregistré. Un administrateur peut changer votre rôle.',
      failed: (message) => `L’étape n’a pas été modifiée\u202f: ${message}`,
    },
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
    colon: ': ',
    noProcedure: 'Folgt keinem Verfahren und hat daher keine Phase.',
    stageDisputed: 'Die Quellen sind sich über die Phase uneinig',
    dateDisputed: 'Die Quellen nennen verschiedene Daten',
    resultDisputed: 'Die Quellen nennen verschiedene Ergebnisse',
    date: 'Datum',
    result: 'Ergebnis',
    votes: votesIn((n) => [
      `${deN.number(n)} dafür`,
      `${deN.number(n)} dagegen`,
      deN.count(n, 'Enthaltung', 'Enthaltungen'),
    ]),
    preferred: (reason) => `bevorzugt: ${reason}`,
    setAside: 'Zurückgestellt:',
    or: 'oder',
    body: 'Gremium',
    memberStates: 'Mitgliedstaaten',
    documents: 'Dokumente',
    warning: {
      label: 'Phase prüfen',
      movedPast: (event, current, suggested) =>
        `Die Chronologie ist über die Phase hinaus: ${event ? `„${event}“` : 'ein Ereignis darin'} spricht für „${suggested}“ (erfasst ist „${current}“).`,
      accept: (stage) => `„${stage}“ übernehmen`,
      accepting: 'Wird übernommen…',
      conflict:
        'Jemand hat dieses Vorhaben geändert, seit Sie die Übersicht geöffnet haben; nichts wurde gespeichert. Laden Sie die Übersicht neu und prüfen Sie die Phase erneut.',
      reload: 'Übersicht neu laden',
      notAllowed:
        'Die Phase zu ändern erfordert die Rolle Redaktion; Sie sind nicht mit dieser Rolle angemeldet, nichts wurde gespeichert. Eine Administratorin oder ein Administrator kann Ihre Rolle ändern.',
      failed: (message) => `Die Phase wurde nicht geändert: ${message}`,
    },
  },
} satisfies Record<Locale, BriefText>;
