// The header's "Changes" link: the only words of following in the first download.
import type { Locale } from '../../i18n';

export const badgeStrings = {
  en: {
    label: 'Changes',
    unread: (n: number) =>
      n === 1
        ? '1 watched item changed since your last visit'
        : `${n} watched items changed since your last visit`,
  },
  fr: {
    label: 'Changements',
    unread: (n: number) =>
      n === 1
        ? '1 élément suivi a changé depuis votre dernière visite'
        : `${n} éléments suivis ont changé depuis votre dernière visite`,
  },
  de: {
    label: 'Änderungen',
    unread: (n: number) =>
      n === 1
        ? '1 beobachteter Eintrag hat sich seit Ihrem letzten Besuch geändert'
        : `${n} beobachtete Einträge haben sich seit Ihrem letzten Besuch geändert`,
  },
} satisfies Record<Locale, { label: string; unread: (n: number) => string }>;
