// The stakeholder forms' words in the three languages; the vocabulary (categories) comes from
// useLabels(), what is wrong with a value from the domain's schema.
import type { Locale } from '../../../i18n';

export interface StakeholderFormStrings {
  add: string;
  addTitle: string;
  edit: string;
  editTitle: (name: string) => string;
  name: string;
  slug: string;
  slugHint: string;
  kind: string;
  category: string;
  role: string;
  roleHint: string;
  country: string;
  countryHint: string;
  description: string;
  source: string;
  created: (name: string) => string;
  updated: string;
}

const en: StakeholderFormStrings = {
  add: 'New stakeholder',
  addTitle: 'Record a new stakeholder',
  edit: 'Edit this stakeholder',
  editTitle: (name) => `Edit ${name}`,
  name: 'Name',
  slug: 'Address name (slug)',
  slugHint:
    'Lower-case letters, digits and hyphens, used in the page address: cnil, bernard-cazeneuve.',
  kind: 'Person or organisation',
  category: 'Category',
  role: 'Role',
  roleHint: 'For a person: their office, e.g. “French Interior Minister”.',
  country: 'Country',
  countryHint: 'Two-letter code: FR, DE, or EU for the Union.',
  description: 'Description',
  source: 'Source (who says so)',
  created: (name) => `${name} is recorded.`,
  updated: 'Changes saved.',
};

const fr: StakeholderFormStrings = {
  add: 'Nouvelle partie prenante',
  addTitle: 'Enregistrer une nouvelle partie prenante',
  edit: 'Modifier cette partie prenante',
  editTitle: (name) => `Modifier ${name}`,
  name: 'Nom',
  slug: 'Nom dans l’adresse (slug)',
  slugHint:
    'Minuscules, chiffres et traits d’union, utilisés dans l’adresse de la page : cnil, bernard-cazeneuve.',
  kind: 'Personne ou organisation',
  category: 'Catégorie',
  role: 'Fonction',
  roleHint: 'Pour une personne : sa fonction, p. ex. « ministre français de l’Intérieur ».',
  country: 'Pays',
  countryHint: 'Code à deux lettres : FR, DE, ou EU pour l’Union.',
  description: 'Description',
  source: 'Source (qui l’affirme)',
  created: (name) => `${name} est enregistré(e).`,
  updated: 'Modifications enregistrées.',
};

const de: StakeholderFormStrings = {
  add: 'Neuer Akteur',
  addTitle: 'Einen neuen Akteur erfassen',
  edit: 'Diesen Akteur bearbeiten',
  editTitle: (name) => `${name} bearbeiten`,
  name: 'Name',
  slug: 'Name in der Adresse (Slug)',
  slugHint:
    'Kleinbuchstaben, Ziffern und Bindestriche, für die Adresse der Seite: cnil, bernard-cazeneuve.',
  kind: 'Person oder Organisation',
  category: 'Kategorie',
  role: 'Funktion',
  roleHint: 'Bei einer Person: ihr Amt, z. B. „Französischer Innenminister“.',
  country: 'Land',
  countryHint: 'Zweibuchstabiger Code: FR, DE oder EU für die Union.',
  description: 'Beschreibung',
  source: 'Quelle (wer das sagt)',
  created: (name) => `${name} ist erfasst.`,
  updated: 'Änderungen gespeichert.',
};

export const stakeholderFormStrings: Record<Locale, StakeholderFormStrings> = { en, fr, de };
