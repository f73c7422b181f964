// The position forms' words in the three languages; stances and roles come from useLabels().
import type { Locale } from '../../../i18n';

export interface PositionFormStrings {
  add: string;
  addTitle: string;
  edit: string;
  editTitle: (name: string) => string;
  stakeholder: string;
  chooseStakeholder: string;
  stance: string;
  role: string;
  statedOn: string;
  quote: string;
  quoteHint: string;
  unsourced: string;
  unsourcedHint: string;
  added: string;
}

const en: PositionFormStrings = {
  add: 'Add a position',
  addTitle: 'Record a stakeholder’s position on this measure',
  edit: 'Edit this position',
  editTitle: (name) => `Edit the position of ${name}`,
  stakeholder: 'Stakeholder',
  chooseStakeholder: 'Choose a stakeholder…',
  stance: 'Stance',
  role: 'Role in the debate',
  statedOn: 'Stated on',
  quote: 'Their words',
  quoteHint: 'A quote, as the source reports it.',
  unsourced: 'No source yet (unsourced)',
  unsourcedHint: 'The stance is known but cannot be cited yet; it is shown as unsourced.',
  added: 'Position recorded.',
};

const fr: PositionFormStrings = {
  add: 'Ajouter une position',
  addTitle: 'Enregistrer la position d’une partie prenante sur cette mesure',
  edit: 'Modifier cette position',
  editTitle: (name) => `Modifier la position de ${name}`,
  stakeholder: 'Partie prenante',
  chooseStakeholder: 'Choisir une partie prenante…',
  stance: 'Position',
  role: 'Rôle dans le débat',
  statedOn: 'Exprimée le',
  quote: 'Ses mots',
  quoteHint: 'Une citation, telle que la source la rapporte.',
  unsourced: 'Pas encore de source (non sourcée)',
  unsourcedHint:
    'La position est connue mais ne peut pas encore être citée ; elle est affichée comme non sourcée.',
  added: 'Position enregistrée.',
};

const de: PositionFormStrings = {
  add: 'Position hinzufügen',
  addTitle: 'Die Position eines Akteurs zu dieser Maßnahme erfassen',
  edit: 'Diese Position bearbeiten',
  editTitle: (name) => `Position von ${name} bearbeiten`,
  stakeholder: 'Akteur',
  chooseStakeholder: 'Akteur wählen…',
  stance: 'Haltung',
  role: 'Rolle in der Debatte',
  statedOn: 'Geäußert am',
  quote: 'Wortlaut',
  quoteHint: 'Ein Zitat, wie die Quelle es wiedergibt.',
  unsourced: 'Noch keine Quelle (ohne Beleg)',
  unsourcedHint:
    'Die Haltung ist bekannt, kann aber noch nicht belegt werden; sie wird als unbelegt angezeigt.',
  added: 'Position erfasst.',
};

export const positionFormStrings: Record<Locale, PositionFormStrings> = { en, fr, de };
