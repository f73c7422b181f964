// The link and measure-search forms' words in the three languages; relations come from
// useLabels().relationReading, read from this measure's side.
import type { Locale } from '../../../i18n';

export interface LinkFormStrings {
  add: string;
  addTitle: string;
  edit: string;
  editTitle: (title: string) => string;
  search: string;
  searchHint: string;
  measure: string;
  chooseMeasure: string;
  noMatch: string;
  relation: string;
  relationHint: string;
  note: string;
  source: string;
  added: string;
}

const en: LinkFormStrings = {
  add: 'Link a measure',
  addTitle: 'Link another measure to this one',
  edit: 'Edit this link',
  editTitle: (title) => `Edit the link to “${title}”`,
  search: 'Find the measure',
  searchHint: 'Words of its title, or an identifier such as 2017/0003(COD).',
  measure: 'Measure',
  chooseMeasure: 'Choose a measure…',
  noMatch: 'No measure matches.',
  relation: 'This measure…',
  relationHint: 'How this measure relates to the other one.',
  note: 'Note',
  source: 'Source (who says so)',
  added: 'Link recorded.',
};

const fr: LinkFormStrings = {
  add: 'Lier une mesure',
  addTitle: 'Lier une autre mesure à celle-ci',
  edit: 'Modifier ce lien',
  editTitle: (title) => `Modifier le lien vers « ${title} »`,
  search: 'Trouver la mesure',
  searchHint: 'Des mots de son titre, ou un identifiant comme 2017/0003(COD).',
  measure: 'Mesure',
  chooseMeasure: 'Choisir une mesure…',
  noMatch: 'Aucune mesure ne correspond.',
  relation: 'Cette mesure…',
  relationHint: 'Le rapport de cette mesure à l’autre.',
  note: 'Note',
  source: 'Source (qui l’affirme)',
  added: 'Lien enregistré.',
};

const de: LinkFormStrings = {
  add: 'Maßnahme verknüpfen',
  addTitle: 'Eine andere Maßnahme mit dieser verknüpfen',
  edit: 'Diese Verknüpfung bearbeiten',
  editTitle: (title) => `Verknüpfung mit „${title}“ bearbeiten`,
  search: 'Maßnahme finden',
  searchHint: 'Wörter aus dem Titel oder eine Kennung wie 2017/0003(COD).',
  measure: 'Maßnahme',
  chooseMeasure: 'Maßnahme wählen…',
  noMatch: 'Keine Maßnahme passt.',
  relation: 'Diese Maßnahme…',
  relationHint: 'Wie sich diese Maßnahme zur anderen verhält.',
  note: 'Anmerkung',
  source: 'Quelle (wer das sagt)',
  added: 'Verknüpfung erfasst.',
};

export const linkFormStrings: Record<Locale, LinkFormStrings> = { en, fr, de };
