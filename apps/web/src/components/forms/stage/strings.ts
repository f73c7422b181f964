// The stage form's words in the three languages; stages are worded by useLabels(), what is wrong
// with a value by the domain's schema.
import type { Locale } from '../../../i18n';

export interface StageFormStrings {
  change: string;
  changeTitle: string;
  stage: string;
  chooseStage: string;
  date: string;
  note: string;
  noteHint: string;
  /** The claim would not move the stage by itself: the rules keep what other sources say. */
  needsPreference: (shown: string) => string;
  reason: string;
  reasonHint: string;
  save: string;
  /** The claim is recorded, but preferring it failed: it is not recorded twice on a retry. */
  recordedNotPreferred: string;
}

const en: StageFormStrings = {
  change: 'Change stage',
  changeTitle: 'Record a change of stage',
  stage: 'New stage',
  chooseStage: 'Choose a stage…',
  date: 'Reached on',
  note: 'Note',
  noteHint: 'Optional: what the source says, in a line or two.',
  needsPreference: (shown) =>
    `Other sources keep this measure at “${shown}”: your claim will be preferred over theirs (they stay listed beside it). Say why.`,
  reason: 'Why this stage',
  reasonHint: 'Shown beside the stage, e.g. “The Commission withdrew the proposal”.',
  save: 'Record the stage',
  recordedNotPreferred:
    'The stage claim is recorded, but it could not be preferred yet. Save again to prefer it.',
};

const fr: StageFormStrings = {
  change: 'Changer d’étape',
  changeTitle: 'Enregistrer un changement d’étape',
  stage: 'Nouvelle étape',
  chooseStage: 'Choisir une étape…',
  date: 'Atteinte le',
  note: 'Note',
  noteHint: 'Facultatif : ce que dit la source, en une ou deux lignes.',
  needsPreference: (shown) =>
    `D’autres sources placent cette mesure à l’étape « ${shown} » : votre affirmation sera préférée aux leurs (elles restent affichées à côté). Dites pourquoi.`,
  reason: 'Pourquoi cette étape',
  reasonHint: 'Affiché à côté de l’étape, p. ex. « La Commission a retiré la proposition ».',
  save: 'Enregistrer l’étape',
  recordedNotPreferred:
    'L’affirmation d’étape est enregistrée, mais n’a pas encore pu être préférée. Enregistrez de nouveau pour la préférer.',
};

const de: StageFormStrings = {
  change: 'Phase ändern',
  changeTitle: 'Eine Änderung der Phase erfassen',
  stage: 'Neue Phase',
  chooseStage: 'Phase wählen…',
  date: 'Erreicht am',
  note: 'Notiz',
  noteHint: 'Optional: was die Quelle sagt, in ein, zwei Zeilen.',
  needsPreference: (shown) =>
    `Andere Quellen sehen diese Maßnahme bei „${shown}“: Ihre Angabe wird ihren vorgezogen (sie bleiben daneben aufgeführt). Sagen Sie, warum.`,
  reason: 'Warum diese Phase',
  reasonHint:
    'Wird neben der Phase angezeigt, z. B. „Die Kommission hat den Vorschlag zurückgezogen“.',
  save: 'Phase erfassen',
  recordedNotPreferred:
    'Die Angabe zur Phase ist erfasst, konnte aber noch nicht vorgezogen werden. Speichern Sie erneut, um sie vorzuziehen.',
};

export const stageFormStrings: Record<Locale, StageFormStrings> = { en, fr, de };
