// The event forms' words in the three languages; kinds of event come from useLabels().
import type { Locale } from '../../../i18n';

export interface EventFormStrings {
  add: string;
  addTitle: string;
  edit: string;
  editTitle: (title: string) => string;
  kind: string;
  title: string;
  date: string;
  dateHint: string;
  description: string;
  result: string;
  resultHint: string;
  votesFor: string;
  votesAgainst: string;
  abstentions: string;
  unconfirmed: string;
  unconfirmedHint: string;
  /** Why the date and result are not in the edit form. */
  claimsElsewhere: string;
  added: string;
}

const en: EventFormStrings = {
  add: 'Add an event',
  addTitle: 'Record an event of this measure',
  edit: 'Edit this event',
  editTitle: (title) => `Edit “${title}”`,
  kind: 'Kind of event',
  title: 'Title',
  date: 'Date',
  dateHint: 'As the source gives it: 2016, 2016-08 or 2016-08-23.',
  description: 'What happened',
  result: 'Result of the vote',
  resultHint: 'The counts the source gives; leave them empty when the vote is still to come.',
  votesFor: 'For',
  votesAgainst: 'Against',
  abstentions: 'Abstentions',
  unconfirmed: 'Unconfirmed',
  unconfirmedHint: 'Reported, but not confirmed by a source that would know.',
  claimsElsewhere:
    'The date and a vote’s result are claims of their sources: add another with “Add a claim”.',
  added: 'Event recorded.',
};

const fr: EventFormStrings = {
  add: 'Ajouter un événement',
  addTitle: 'Enregistrer un événement de cette mesure',
  edit: 'Modifier cet événement',
  editTitle: (title) => `Modifier « ${title} »`,
  kind: 'Type d’événement',
  title: 'Titre',
  date: 'Date',
  dateHint: 'Telle que la source la donne : 2016, 2016-08 ou 2016-08-23.',
  description: 'Ce qui s’est passé',
  result: 'Résultat du vote',
  resultHint:
    'Les décomptes donnés par la source ; laissez-les vides si le vote n’a pas encore eu lieu.',
  votesFor: 'Pour',
  votesAgainst: 'Contre',
  abstentions: 'Abstentions',
  unconfirmed: 'Non confirmé',
  unconfirmedHint: 'Rapporté, mais pas confirmé par une source qui le saurait.',
  claimsElsewhere:
    'La date et le résultat d’un vote sont des affirmations de leurs sources : ajoutez-en une avec « Ajouter une affirmation ».',
  added: 'Événement enregistré.',
};

const de: EventFormStrings = {
  add: 'Ereignis hinzufügen',
  addTitle: 'Ein Ereignis dieser Maßnahme erfassen',
  edit: 'Dieses Ereignis bearbeiten',
  editTitle: (title) => `„${title}“ bearbeiten`,
  kind: 'Art des Ereignisses',
  title: 'Titel',
  date: 'Datum',
  dateHint: 'Wie die Quelle es angibt: 2016, 2016-08 oder 2016-08-23.',
  description: 'Was geschah',
  result: 'Ergebnis der Abstimmung',
  resultHint: 'Die Zahlen, die die Quelle nennt; leer lassen, wenn die Abstimmung noch bevorsteht.',
  votesFor: 'Dafür',
  votesAgainst: 'Dagegen',
  abstentions: 'Enthaltungen',
  unconfirmed: 'Unbestätigt',
  unconfirmedHint: 'Berichtet, aber nicht von einer kundigen Quelle bestätigt.',
  claimsElsewhere:
    'Das Datum und das Ergebnis einer Abstimmung sind Angaben ihrer Quellen: Fügen Sie mit „Angabe hinzufügen“ eine weitere hinzu.',
  added: 'Ereignis erfasst.',
};

export const eventFormStrings: Record<Locale, EventFormStrings> = { en, fr, de };
