// The system-action form's words in the three languages; actions come from useLabels().
import type { Locale } from '../../../i18n';

export interface SystemFormStrings {
  add: string;
  addTitle: string;
  system: string;
  chooseSystem: string;
  action: string;
  actionHint: string;
  source: string;
  added: string;
}

const en: SystemFormStrings = {
  add: 'Record a system action',
  addTitle: 'Record what a measure does to an information system',
  system: 'Information system',
  chooseSystem: 'Choose a system…',
  action: 'The measure…',
  actionHint: 'Creates, extends, links or uses the system.',
  source: 'Source (who says so)',
  added: 'System action recorded.',
};

const fr: SystemFormStrings = {
  add: 'Enregistrer une action sur un système',
  addTitle: 'Enregistrer ce qu’une mesure fait d’un système d’information',
  system: 'Système d’information',
  chooseSystem: 'Choisir un système…',
  action: 'La mesure…',
  actionHint: 'Crée, étend, relie ou utilise le système.',
  source: 'Source (qui l’affirme)',
  added: 'Action sur le système enregistrée.',
};

const de: SystemFormStrings = {
  add: 'Systemaktion erfassen',
  addTitle: 'Erfassen, was eine Maßnahme mit einem Informationssystem tut',
  system: 'Informationssystem',
  chooseSystem: 'System wählen…',
  action: 'Die Maßnahme…',
  actionHint: 'Schafft, erweitert, verknüpft oder nutzt das System.',
  source: 'Quelle (wer das sagt)',
  added: 'Systemaktion erfasst.',
};

export const systemFormStrings: Record<Locale, SystemFormStrings> = { en, fr, de };
