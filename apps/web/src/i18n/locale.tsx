// The interface language: English, French or German. The browser's language picks it the first
// time; a choice made with the switch is remembered in this browser.
import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
} from 'react';
import { de } from './de';
import { en } from './en';
import { fr } from './fr';
import type { Labels } from './types';

export const locales = ['en', 'fr', 'de'] as const;
export type Locale = (typeof locales)[number];

const catalogs: Record<Locale, Labels> = { en, fr, de };
/** Each language's own name, as the switch shows it. */
export const localeNames: Record<Locale, string> = { en: 'English', fr: 'Français', de: 'Deutsch' };

const storageKey = 'dossier.locale';

const isLocale = (value: unknown): value is Locale => locales.includes(value as Locale);

/** The remembered choice if any, else the first of the browser's languages we speak, else English. */
export function detectLocale(stored: string | null, preferred: readonly string[]): Locale {
  if (isLocale(stored)) return stored;
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLocale(base)) return base;
  }
  return 'en';
}

function readStored(): string | null {
  try {
    return window.localStorage.getItem(storageKey);
  } catch {
    return null; // storage may be disabled; the browser's language still applies
  }
}

interface LocaleState {
  locale: Locale;
  setLocale: (locale: Locale) => void;
}

const LocaleContext = createContext<LocaleState | null>(null);

export function LocaleProvider({ children, initial }: { children: ReactNode; initial?: Locale }) {
  const [locale, setState] = useState<Locale>(
    () =>
      initial ??
      detectLocale(readStored(), typeof navigator === 'undefined' ? [] : navigator.languages),
  );
  const setLocale = useCallback((next: Locale) => {
    setState(next);
    try {
      window.localStorage.setItem(storageKey, next);
    } catch {
      // not remembered, but still switched for this visit
    }
  }, []);
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  const value = useMemo(() => ({ locale, setLocale }), [locale, setLocale]);
  return <LocaleContext.Provider value={value}>{children}</LocaleContext.Provider>;
}

export function useLocale(): LocaleState {
  const state = useContext(LocaleContext);
  if (!state) throw new Error('useLocale needs a <LocaleProvider> above it');
  return state;
}

/** The labels of the current language. */
export function useLabels(): Labels {
  return catalogs[useLocale().locale];
}

/**
 * For strings only one page needs: the page keeps its own table of the three languages
 * (`satisfies Record<Locale, T>` makes the compiler check each has every key).
 */
export function useTranslations<T>(table: Record<Locale, T>): T {
  return table[useLocale().locale];
}
