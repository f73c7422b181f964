// The words of the team's notes and meeting log, in the three languages.
import type { Locale } from '../../i18n';
import { numbersIn } from '../../i18n/numbers';

export interface NotesStrings {
  notesTitle: string;
  notesIntro: string;
  noNotes: string;
  addNote: string;
  addNoteTitle: string;
  edit: string;
  editTitle: string;
  remove: string;
  removeConfirm: string;
  removing: string;
  by: (author: string) => string;
  edited: string;
  body: string;
  bodyHint: string;
  preview: string;
  write: string;
  previewEmpty: string;
  meetingsTitle: string;
  noMeetings: string;
  logMeeting: string;
  logMeetingTitle: string;
  editMeetingTitle: string;
  heldOn: string;
  heldOnHint: string;
  title: string;
  attendees: string;
  attendeesHint: string;
  stakeholdersMet: string;
  measuresDiscussed: string;
  choicesHint: string;
  summary: string;
  followUps: string;
  markdownHint: string;
  attended: string;
  met: string;
  discussed: string;
  more: (n: number) => string;
  loadFailed: string;
  retry: string;
}

const en: NotesStrings = {
  notesTitle: 'Team notes',
  notesIntro: 'The team’s own notes. Only people signed in see them.',
  noNotes: 'No notes yet.',
  addNote: 'Add a note',
  addNoteTitle: 'Add a note',
  edit: 'Edit',
  editTitle: 'Edit the note',
  remove: 'Delete',
  removeConfirm: 'Delete this note? The change history keeps what it said.',
  removing: 'Deleting…',
  by: (author) => `by ${author}`,
  edited: 'edited',
  body: 'Note',
  bodyHint:
    'Markdown: **bold**, *italic*, lists, [links](https://…). HTML is not shown; images show as links.',
  preview: 'Preview',
  write: 'Back to writing',
  previewEmpty: 'Nothing to preview yet.',
  meetingsTitle: 'Meetings',
  noMeetings: 'No meetings logged yet.',
  logMeeting: 'Log a meeting',
  logMeetingTitle: 'Log a meeting',
  editMeetingTitle: 'Edit the meeting',
  heldOn: 'Date',
  heldOnHint: 'YYYY-MM-DD, or YYYY-MM or YYYY when only that is known.',
  title: 'Title',
  attendees: 'Who attended for the team',
  attendeesHint: 'One name a line.',
  stakeholdersMet: 'Stakeholders met',
  measuresDiscussed: 'Measures discussed',
  choicesHint: 'At least one stakeholder or one measure.',
  summary: 'Summary',
  followUps: 'Follow-ups',
  markdownHint: 'Markdown, as in notes.',
  attended: 'Attended',
  met: 'Met',
  discussed: 'Discussed',
  more: (n) => `Show ${numbersIn.en.number(n)} more`,
  loadFailed: 'The notes could not be loaded.',
  retry: 'Try again',
};

const fr: NotesStrings = {
  notesTitle: 'Notes de l’équipe',
  notesIntro: 'Les notes propres à l’équipe. Seules les personnes connectées les voient.',
  noNotes: 'Aucune note pour l’instant.',
  addNote: 'Ajouter une note',
  addNoteTitle: 'Ajouter une note',
  edit: 'Modifier',
  editTitle: 'Modifier la note',
  remove: 'Supprimer',
  removeConfirm: 'Supprimer cette note ? L’historique des modifications garde ce qu’elle disait.',
  removing: 'Suppression…',
  by: (author) => `par ${author}`,
  edited: 'modifiée',
  body: 'Note',
  bodyHint:
    'Markdown : **gras**, *italique*, listes, [liens](https://…). Le HTML n’est pas affiché ; les images s’affichent comme des liens.',
  preview: 'Aperçu',
  write: 'Revenir à la saisie',
  previewEmpty: 'Rien à prévisualiser pour l’instant.',
  meetingsTitle: 'Réunions',
  noMeetings: 'Aucune réunion consignée pour l’instant.',
  logMeeting: 'Consigner une réunion',
  logMeetingTitle: 'Consigner une réunion',
  editMeetingTitle: 'Modifier la réunion',
  heldOn: 'Date',
  heldOnHint: 'AAAA-MM-JJ, ou AAAA-MM ou AAAA si seul cela est connu.',
  title: 'Titre',
  attendees: 'Participants de l’équipe',
  attendeesHint: 'Un nom par ligne.',
  stakeholdersMet: 'Parties prenantes rencontrées',
  measuresDiscussed: 'Mesures abordées',
  choicesHint: 'Au moins une partie prenante ou une mesure.',
  summary: 'Résumé',
  followUps: 'Suites à donner',
  markdownHint: 'Markdown, comme dans les notes.',
  attended: 'Participants',
  met: 'Rencontré·es',
  discussed: 'Abordées',
  more: (n) => `Afficher ${numbersIn.fr.number(n)} de plus`,
  loadFailed: 'Les notes n’ont pas pu être chargées.',
  retry: 'Réessayer',
};

const de: NotesStrings = {
  notesTitle: 'Notizen des Teams',
  notesIntro: 'Die eigenen Notizen des Teams. Nur angemeldete Personen sehen sie.',
  noNotes: 'Noch keine Notizen.',
  addNote: 'Notiz hinzufügen',
  addNoteTitle: 'Notiz hinzufügen',
  edit: 'Bearbeiten',
  editTitle: 'Notiz bearbeiten',
  remove: 'Löschen',
  removeConfirm: 'Diese Notiz löschen? Der Änderungsverlauf behält, was sie sagte.',
  removing: 'Wird gelöscht…',
  by: (author) => `von ${author}`,
  edited: 'bearbeitet',
  body: 'Notiz',
  bodyHint:
    'Markdown: **fett**, *kursiv*, Listen, [Links](https://…). HTML wird nicht angezeigt; Bilder erscheinen als Links.',
  preview: 'Vorschau',
  write: 'Zurück zum Schreiben',
  previewEmpty: 'Noch nichts für die Vorschau.',
  meetingsTitle: 'Treffen',
  noMeetings: 'Noch keine Treffen eingetragen.',
  logMeeting: 'Treffen eintragen',
  logMeetingTitle: 'Treffen eintragen',
  editMeetingTitle: 'Treffen bearbeiten',
  heldOn: 'Datum',
  heldOnHint: 'JJJJ-MM-TT, oder JJJJ-MM bzw. JJJJ, wenn nur das bekannt ist.',
  title: 'Titel',
  attendees: 'Teilnehmende des Teams',
  attendeesHint: 'Ein Name pro Zeile.',
  stakeholdersMet: 'Getroffene Akteure',
  measuresDiscussed: 'Besprochene Maßnahmen',
  choicesHint: 'Mindestens ein Akteur oder eine Maßnahme.',
  summary: 'Zusammenfassung',
  followUps: 'Nächste Schritte',
  markdownHint: 'Markdown, wie in Notizen.',
  attended: 'Teilnehmende',
  met: 'Getroffen',
  discussed: 'Besprochen',
  more: (n) => `${numbersIn.de.number(n)} weitere anzeigen`,
  loadFailed: 'Die Notizen konnten nicht geladen werden.',
  retry: 'Erneut versuchen',
};

export const notesStrings: Record<Locale, NotesStrings> = { en, fr, de };
