// The editing forms' shared words in the three languages. What is wrong with a value comes from
// the domain's zod schemas (the API's own rules, in English) and is shown as it is.
import type { Locale } from '../../i18n';

export interface FormStrings {
  edit: string;
  cancel: string;
  save: string;
  saving: string;
  saved: string;
  required: string;
  optional: string;
  /** A field's hint that it takes a partial date. */
  partialDate: string;
  source: string;
  chooseSource: string;
  newSource: string;
  sourceTitle: string;
  sourcePublisher: string;
  sourceUrl: string;
  sourceKind: string;
  sourceDate: string;
  addSource: string;
  notAllowed: string;
  unreachable: string;
  failed: (message: string) => string;
  conflict: {
    title: string;
    intro: string;
    field: string;
    yours: string;
    before: string;
    now: string;
    reapply: string;
    discard: string;
    empty: string;
  };
  fixBelow: (n: number) => string;
}

const en: FormStrings = {
  edit: 'Edit',
  cancel: 'Cancel',
  save: 'Save',
  saving: 'Saving…',
  saved: 'Saved.',
  required: 'required',
  optional: 'optional',
  partialDate: 'A year, a month or a day: 2016, 2016-08 or 2016-08-23.',
  source: 'Source',
  chooseSource: 'Choose a source…',
  newSource: 'Or add a new source',
  sourceTitle: 'Title of the source',
  sourcePublisher: 'Publisher',
  sourceUrl: 'Address (URL)',
  sourceKind: 'Kind of source',
  sourceDate: 'Published on',
  addSource: 'Add this source',
  notAllowed: 'Your role does not allow this change: ask an admin to make you an editor.',
  unreachable: 'The server cannot be reached. Nothing was saved; try again when it is back.',
  failed: (message) => `Not saved: ${message}`,
  conflict: {
    title: 'Someone changed this meanwhile',
    intro:
      'Your save was refused so that nothing is overwritten. Here is what changed since you opened the form, and what you wanted.',
    field: 'Field',
    yours: 'Your edit',
    before: 'When you opened it',
    now: 'Now',
    reapply: 'Re-apply my edit on the current version',
    discard: 'Discard my edit',
    empty: '(empty)',
  },
  fixBelow: (n) => (n === 1 ? 'One field needs attention.' : `${n} fields need attention.`),
};

const fr: FormStrings = {
  edit: 'Modifier',
  cancel: 'Annuler',
  save: 'Enregistrer',
  saving: 'Enregistrement…',
  saved: 'Enregistré.',
  required: 'obligatoire',
  optional: 'facultatif',
  partialDate: 'Une année, un mois ou un jour : 2016, 2016-08 ou 2016-08-23.',
  source: 'Source',
  chooseSource: 'Choisir une source…',
  newSource: 'Ou ajouter une nouvelle source',
  sourceTitle: 'Titre de la source',
  sourcePublisher: 'Éditeur',
  sourceUrl: 'Adresse (URL)',
  sourceKind: 'Type de source',
  sourceDate: 'Publiée le',
  addSource: 'Ajouter cette source',
  notAllowed:
    'Votre rôle ne permet pas cette modification : demandez à un administrateur de vous nommer éditeur.',
  unreachable:
    'Le serveur est injoignable. Rien n’a été enregistré ; réessayez quand il sera revenu.',
  failed: (message) => `Non enregistré : ${message}`,
  conflict: {
    title: 'Quelqu’un a modifié ceci entre-temps',
    intro:
      'Votre enregistrement a été refusé pour que rien ne soit écrasé. Voici ce qui a changé depuis l’ouverture du formulaire, et ce que vous vouliez.',
    field: 'Champ',
    yours: 'Votre modification',
    before: 'À l’ouverture',
    now: 'Maintenant',
    reapply: 'Réappliquer ma modification à la version actuelle',
    discard: 'Abandonner ma modification',
    empty: '(vide)',
  },
  fixBelow: (n) =>
    n === 1 ? 'Un champ demande votre attention.' : `${n} champs demandent votre attention.`,
};

const de: FormStrings = {
  edit: 'Bearbeiten',
  cancel: 'Abbrechen',
  save: 'Speichern',
  saving: 'Wird gespeichert…',
  saved: 'Gespeichert.',
  required: 'Pflichtfeld',
  optional: 'optional',
  partialDate: 'Ein Jahr, ein Monat oder ein Tag: 2016, 2016-08 oder 2016-08-23.',
  source: 'Quelle',
  chooseSource: 'Quelle wählen…',
  newSource: 'Oder eine neue Quelle hinzufügen',
  sourceTitle: 'Titel der Quelle',
  sourcePublisher: 'Herausgeber',
  sourceUrl: 'Adresse (URL)',
  sourceKind: 'Art der Quelle',
  sourceDate: 'Veröffentlicht am',
  addSource: 'Diese Quelle hinzufügen',
  notAllowed:
    'Ihre Rolle erlaubt diese Änderung nicht: Bitten Sie einen Admin, Sie zum Editor zu machen.',
  unreachable:
    'Der Server ist nicht erreichbar. Nichts wurde gespeichert; versuchen Sie es erneut, wenn er wieder da ist.',
  failed: (message) => `Nicht gespeichert: ${message}`,
  conflict: {
    title: 'Jemand hat dies inzwischen geändert',
    intro:
      'Ihr Speichern wurde abgelehnt, damit nichts überschrieben wird. Hier sehen Sie, was sich seit dem Öffnen des Formulars geändert hat und was Sie ändern wollten.',
    field: 'Feld',
    yours: 'Ihre Änderung',
    before: 'Beim Öffnen',
    now: 'Jetzt',
    reapply: 'Meine Änderung auf die aktuelle Fassung anwenden',
    discard: 'Meine Änderung verwerfen',
    empty: '(leer)',
  },
  fixBelow: (n) =>
    n === 1 ? 'Ein Feld braucht Ihre Aufmerksamkeit.' : `${n} Felder brauchen Ihre Aufmerksamkeit.`,
};

export const formStrings: Record<Locale, FormStrings> = { en, fr, de };
