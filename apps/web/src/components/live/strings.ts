// Live updates' own words in the three languages.
import type { Locale } from '../../i18n';

export interface LiveStrings {
  /** The stream is down; the link reconnects by itself. */
  paused: string;
  /** Someone else has "Edit this measure" or "Change stage" open on this measure. */
  editing: (names: string[]) => string;
}

const list = (names: string[], and: string) =>
  names.length < 2 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} ${and} ${names.at(-1)}`;

export const liveStrings = {
  en: {
    paused: 'Live updates paused — reconnecting…',
    editing: (names) =>
      `${list(names, 'and')} ${names.length > 1 ? 'are' : 'is'} editing this measure.`,
  },
  fr: {
    paused: 'Mises à jour en direct interrompues — reconnexion…',
    editing: (names) =>
      `${list(names, 'et')} ${names.length > 1 ? 'modifient' : 'modifie'} cette mesure.`,
  },
  de: {
    paused: 'Live-Aktualisierung unterbrochen – Verbindung wird wiederhergestellt…',
    editing: (names) =>
      `${list(names, 'und')} ${names.length > 1 ? 'bearbeiten' : 'bearbeitet'} diese Maßnahme.`,
  },
} satisfies Record<Locale, LiveStrings>;
