// The claim forms' words in the three languages.
import type { Locale } from '../../../i18n';

export interface ClaimFormStrings {
  add: string;
  addTitle: (event: string) => string;
  fact: string;
  factDate: string;
  factResult: string;
  note: string;
  noteHint: string;
  prefer: string;
  /** Between a label and its value: French sets a narrow space before the colon. */
  colon: string;
  preferTitle: string;
  reason: string;
  reasonHint: string;
  preferSave: string;
  withdraw: string;
  withdrawing: string;
  added: string;
}

const en: ClaimFormStrings = {
  add: 'Add a claim',
  addTitle: (event) => `What another source says of “${event}”`,
  fact: 'The source gives',
  factDate: 'the date',
  factResult: 'the result of the vote',
  note: 'Note',
  noteHint: 'What the source itself says of it, if anything.',
  prefer: 'Prefer this claim',
  colon: ': ',
  preferTitle: 'Prefer this claim over the others',
  reason: 'Why this one',
  reasonHint: 'Shown beside it, e.g. “The official record”.',
  preferSave: 'Prefer it',
  withdraw: 'Withdraw the preference',
  withdrawing: 'Withdrawing…',
  added: 'Claim recorded.',
};

const fr: ClaimFormStrings = {
  add: 'Ajouter une affirmation',
  addTitle: (event) => `Ce qu’une autre source dit de « ${event} »`,
  fact: 'La source donne',
  factDate: 'la date',
  factResult: 'le résultat du vote',
  note: 'Note',
  noteHint: 'Ce que la source elle-même en dit, le cas échéant.',
  prefer: 'Préférer cette affirmation',
  colon: '\u202f: ',
  preferTitle: 'Préférer cette affirmation aux autres',
  reason: 'Pourquoi celle-ci',
  reasonHint: 'Affiché à côté, p. ex. « Le registre officiel ».',
  preferSave: 'La préférer',
  withdraw: 'Retirer la préférence',
  withdrawing: 'Retrait…',
  added: 'Affirmation enregistrée.',
};

const de: ClaimFormStrings = {
  add: 'Angabe hinzufügen',
  addTitle: (event) => `Was eine weitere Quelle zu „${event}“ sagt`,
  fact: 'Die Quelle nennt',
  factDate: 'das Datum',
  factResult: 'das Ergebnis der Abstimmung',
  note: 'Anmerkung',
  noteHint: 'Was die Quelle selbst dazu sagt, falls etwas.',
  prefer: 'Diese Angabe bevorzugen',
  colon: ': ',
  preferTitle: 'Diese Angabe den anderen vorziehen',
  reason: 'Warum diese',
  reasonHint: 'Wird daneben angezeigt, z. B. „Das amtliche Protokoll“.',
  preferSave: 'Bevorzugen',
  withdraw: 'Bevorzugung zurücknehmen',
  withdrawing: 'Wird zurückgenommen…',
  added: 'Angabe erfasst.',
};

export const claimFormStrings: Record<Locale, ClaimFormStrings> = { en, fr, de };
