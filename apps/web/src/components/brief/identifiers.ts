import type { IdentifierScheme } from '@dossier/domain';

/** Schemes of free text: their canonical form is only folded (lower case) for matching. */
const freeText: readonly IdentifierScheme[] = ['national', 'other'];

/**
 * The form of an identifier to show. A structured scheme shows its canonical form, so
 * "2016/106/cod" pasted from an email reads 2016/0106(COD) as everywhere else; free text shows as
 * written, and so does an identifier recorded before canonical forms whose form another one
 * already held (it keeps the placeholder `legacy:<id>`, see docs/data-model.md).
 */
export function shownIdentifier(i: {
  scheme: IdentifierScheme;
  written: string;
  canonical: string;
}): string {
  return freeText.includes(i.scheme) || i.canonical.startsWith('legacy:') ? i.written : i.canonical;
}
