// The words of the History tab and of "as of" in the three languages.
import type { Locale } from '../../i18n';

export interface HistoryStrings {
  tabs: string;
  brief: string;
  history: string;
  intro: string;
  empty: string;
  showMore: string;
  loading: string;
  failed: string;
  /** "Ana changed the event “LIBE vote”" */
  what: (actor: string, action: 'create' | 'update' | 'delete', entity: string) => string;
  entity: Record<string, string>;
  field: string;
  before: string;
  after: string;
  none: string;
  showAll: string;
  showLess: string;
  asOf: {
    legend: string;
    label: string;
    go: string;
    banner: (date: string) => string;
    explain: string;
    backToToday: string;
    notYet: string;
  };
}

export const historyStrings = {
  en: {
    tabs: 'Views of this record',
    brief: 'Brief',
    history: 'History',
    intro: 'Every change, newest first: who made it, when, and each field before and after.',
    empty: 'No change has been recorded yet.',
    showMore: 'Show older changes',
    loading: 'Loading…',
    failed: 'The older changes could not be loaded. Try again.',
    what: (actor, action, entity) =>
      `${actor} ${{ create: 'created', update: 'changed', delete: 'deleted' }[action]} ${entity}`,
    entity: {
      measures: 'the measure',
      events: 'an event',
      claims: 'a claim',
      positions: 'a position',
      measure_links: 'a link',
      measure_systems: 'a system link',
      notes: 'a note',
      meetings: 'a meeting',
      stakeholders: 'the stakeholder',
    },
    field: 'Field',
    before: 'Before',
    after: 'After',
    none: '(none)',
    showAll: 'Show all',
    showLess: 'Show less',
    asOf: {
      legend: 'See the brief as of…',
      label: 'Date',
      go: 'Show',
      banner: (date) => `The brief as it stood on ${date}`,
      explain: 'Rebuilt from the history of changes. Nothing can be edited here.',
      backToToday: 'Back to today',
      notYet: 'This measure was not in the record yet on that date.',
    },
  },
  fr: {
    tabs: 'Vues de cette fiche',
    brief: 'Fiche',
    history: 'Historique',
    intro:
      'Chaque modification, la plus récente d’abord : qui l’a faite, quand, et chaque champ avant et après.',
    empty: 'Aucune modification n’a encore été enregistrée.',
    showMore: 'Afficher les modifications plus anciennes',
    loading: 'Chargement…',
    failed: 'Les modifications plus anciennes n’ont pas pu être chargées. Réessayez.',
    what: (actor, action, entity) =>
      `${actor} a ${{ create: 'créé', update: 'modifié', delete: 'supprimé' }[action]} ${entity}`,
    entity: {
      measures: 'la mesure',
      events: 'un événement',
      claims: 'une affirmation',
      positions: 'une position',
      measure_links: 'un lien',
      measure_systems: 'un lien vers un système',
      notes: 'une note',
      meetings: 'une réunion',
      stakeholders: 'l’acteur',
    },
    field: 'Champ',
    before: 'Avant',
    after: 'Après',
    none: '(rien)',
    showAll: 'Tout afficher',
    showLess: 'Afficher moins',
    asOf: {
      legend: 'Voir la fiche telle qu’au…',
      label: 'Date',
      go: 'Afficher',
      banner: (date) => `La fiche telle qu’elle était le ${date}`,
      explain:
        'Reconstituée à partir de l’historique des modifications. Rien n’est modifiable ici.',
      backToToday: 'Revenir à aujourd’hui',
      notYet: 'Cette mesure n’était pas encore enregistrée à cette date.',
    },
  },
  de: {
    tabs: 'Ansichten dieses Eintrags',
    brief: 'Übersicht',
    history: 'Verlauf',
    intro:
      'Jede Änderung, die neueste zuerst: wer sie vorgenommen hat, wann, und jedes Feld vorher und nachher.',
    empty: 'Noch keine Änderung erfasst.',
    showMore: 'Ältere Änderungen anzeigen',
    loading: 'Wird geladen…',
    failed: 'Die älteren Änderungen konnten nicht geladen werden. Bitte erneut versuchen.',
    what: (actor, action, entity) =>
      `${actor} hat ${entity} ${{ create: 'angelegt', update: 'geändert', delete: 'gelöscht' }[action]}`,
    entity: {
      measures: 'die Maßnahme',
      events: 'ein Ereignis',
      claims: 'eine Angabe',
      positions: 'eine Position',
      measure_links: 'eine Verknüpfung',
      measure_systems: 'eine Systemverknüpfung',
      notes: 'eine Notiz',
      meetings: 'ein Treffen',
      stakeholders: 'den Akteur',
    },
    field: 'Feld',
    before: 'Vorher',
    after: 'Nachher',
    none: '(nichts)',
    showAll: 'Alles anzeigen',
    showLess: 'Weniger anzeigen',
    asOf: {
      legend: 'Übersicht zum Stand vom…',
      label: 'Datum',
      go: 'Anzeigen',
      banner: (date) => `Die Übersicht zum Stand vom ${date}`,
      explain: 'Aus dem Änderungsverlauf wiederhergestellt. Hier lässt sich nichts bearbeiten.',
      backToToday: 'Zurück zu heute',
      notYet: 'Diese Maßnahme war an diesem Datum noch nicht erfasst.',
    },
  },
} satisfies Record<Locale, HistoryStrings>;
