// Words only the database map uses; action names (creates, links, …) come from useLabels().
import type { Locale } from '../../i18n';
import { numbersIn } from '../../i18n/numbers';

const { en: enN, fr: frN, de: deN } = numbersIn;

export interface SystemStrings {
  /** Between a label and its value: French sets a narrow space before the colon. */
  colon: string;
  title: string;
  intro: string;
  summary: (systems: number, measures: number, links: number) => string;
  map: string;
  mapHint: string;
  mapLabel: string;
  measuresColumn: string;
  systemsColumn: string;
  legend: string;
  measureNode: (title: string, stage: string) => string;
  systemNode: (acronym: string, name: string, measures: number) => string;
  list: string;
  holds: string;
  measuresOf: (acronym: string) => string;
  noMeasures: string;
  empty: string;
}

const en: SystemStrings = {
  colon: ': ',
  title: 'Database map',
  intro:
    'The EU information systems that hold personal data, and the measures that create, extend, link or use them.',
  summary: (s, m, l) =>
    `${enN.count(s, 'system', 'systems')} · ${enN.count(m, 'measure', 'measures')} · ${enN.count(l, 'link', 'links')}`,
  map: 'Map',
  mapHint:
    'Point at or tab to a box to highlight its links. A measure opens its brief; a system jumps to its entry in the list below, which carries the same information.',
  mapLabel: 'Map of the measures and the information systems they act on',
  measuresColumn: 'Measures',
  systemsColumn: 'Information systems',
  legend: 'What the measure does to the system',
  measureNode: (title, stage) => `${title} (${stage}): open the brief`,
  systemNode: (acronym, name, n) =>
    `${acronym}, ${name}: ${enN.count(n, 'measure', 'measures')}, see the list`,
  list: 'Systems and the measures acting on them',
  holds: 'Holds',
  measuresOf: (acronym) => `Measures acting on ${acronym}`,
  noMeasures: 'No measure on record acts on it yet.',
  empty: 'No information system is on record yet.',
};

const fr: SystemStrings = {
  colon: '\u202f: ',
  title: 'Carte des bases',
  intro:
    'Les systèmes d’information de l’UE qui contiennent des données personnelles, et les mesures qui les créent, les étendent, les relient ou les utilisent.',
  summary: (s, m, l) =>
    `${frN.count(s, 'système', 'systèmes')} · ${frN.count(m, 'mesure', 'mesures')} · ${frN.count(l, 'lien', 'liens')}`,
  map: 'Carte',
  mapHint:
    'Survolez une case ou atteignez-la avec la touche Tab pour mettre ses liens en évidence. Une mesure ouvre sa fiche ; un système renvoie à sa notice dans la liste ci-dessous, qui donne les mêmes informations.',
  mapLabel: 'Carte des mesures et des systèmes d’information sur lesquels elles agissent',
  measuresColumn: 'Mesures',
  systemsColumn: 'Systèmes d’information',
  legend: 'Ce que la mesure fait du système',
  measureNode: (title, stage) => `${title} (${stage}) : ouvrir la fiche`,
  systemNode: (acronym, name, n) =>
    `${acronym}, ${name} : ${frN.count(n, 'mesure', 'mesures')}, voir la liste`,
  list: 'Les systèmes et les mesures qui agissent sur eux',
  holds: 'Contenu',
  measuresOf: (acronym) => `Mesures agissant sur ${acronym}`,
  noMeasures: 'Aucune mesure enregistrée n’agit encore sur ce système.',
  empty: 'Aucun système d’information n’est encore enregistré.',
};

const de: SystemStrings = {
  colon: ': ',
  title: 'Datenbankkarte',
  intro:
    'Die Informationssysteme der EU mit personenbezogenen Daten und die Vorhaben, die sie schaffen, erweitern, verknüpfen oder nutzen.',
  summary: (s, m, l) =>
    `${deN.count(s, 'System', 'Systeme')} · ${deN.number(m)} Vorhaben · ${deN.count(l, 'Verbindung', 'Verbindungen')}`,
  map: 'Karte',
  mapHint:
    'Zeigen Sie auf ein Feld oder erreichen Sie es mit der Tabulatortaste, um seine Verbindungen hervorzuheben. Ein Vorhaben öffnet sein Dossier; ein System springt zu seinem Eintrag in der Liste unten, die dieselben Angaben enthält.',
  mapLabel: 'Karte der Vorhaben und der Informationssysteme, auf die sie wirken',
  measuresColumn: 'Vorhaben',
  systemsColumn: 'Informationssysteme',
  legend: 'Was das Vorhaben mit dem System tut',
  measureNode: (title, stage) => `${title} (${stage}): Dossier öffnen`,
  systemNode: (acronym, name, n) => `${acronym}, ${name}: ${deN.number(n)} Vorhaben, siehe Liste`,
  list: 'Die Systeme und die Vorhaben, die auf sie wirken',
  holds: 'Inhalt',
  measuresOf: (acronym) => `Vorhaben, die auf ${acronym} wirken`,
  noMeasures: 'Noch wirkt kein erfasstes Vorhaben auf dieses System.',
  empty: 'Noch ist kein Informationssystem erfasst.',
};

export const systemStrings = { en, fr, de } satisfies Record<Locale, SystemStrings>;
