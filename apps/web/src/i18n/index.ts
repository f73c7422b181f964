// Typed catalogs, not i18next: fixed labels in three languages, and tsc checks each has them all.
export {
  detectLocale,
  type Locale,
  LocaleProvider,
  localeNames,
  locales,
  useLabels,
  useLocale,
  useTranslations,
} from './locale';
export { stageName } from './stageName';
export type { Labels } from './types';
