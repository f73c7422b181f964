const cache = new Map<string, Intl.DisplayNames | null>();

function regionNames(locale: string): Intl.DisplayNames | null {
  if (!cache.has(locale)) {
    try {
      cache.set(locale, new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' }));
    } catch {
      cache.set(locale, null); // an engine without region names still shows the code
    }
  }
  return cache.get(locale) ?? null;
}

/** "FR" as "France", "Frankreich" or "France"; "EU" as the European Union; else the code. */
export function countryName(code: string, locale: string): string {
  try {
    return regionNames(locale)?.of(code) ?? code;
  } catch {
    return code;
  }
}
