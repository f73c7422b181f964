// Numbers and counted words in each interface language, on the domain's Intl helpers, so every
// page groups digits and picks singular or plural the same way.
import { numberWords } from '@dossier/domain';
import type { Locale } from './locale';

/** The BCP 47 tag each interface language formats with. */
export const localeTags = { en: 'en-GB', fr: 'fr-FR', de: 'de-DE' } as const satisfies Record<
  Locale,
  string
>;

export const numbersIn = {
  en: numberWords(localeTags.en),
  fr: numberWords(localeTags.fr),
  de: numberWords(localeTags.de),
} satisfies Record<Locale, ReturnType<typeof numberWords>>;
