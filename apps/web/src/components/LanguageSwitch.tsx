import { localeNames, locales, useLabels, useLocale } from '../i18n';

/** Switches the interface language; the choice is remembered in this browser. */
export function LanguageSwitch() {
  const { locale, setLocale } = useLocale();
  const t = useLabels();
  return (
    <label className="language-switch">
      <span className="visually-hidden">{t.ui.language.label}</span>
      <select
        value={locale}
        onChange={(e) => setLocale(e.target.value as (typeof locales)[number])}
      >
        {locales.map((l) => (
          <option key={l} value={l} lang={l}>
            {localeNames[l]}
          </option>
        ))}
      </select>
    </label>
  );
}
