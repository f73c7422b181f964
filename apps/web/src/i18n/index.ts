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
export type { Labels } from './types';
