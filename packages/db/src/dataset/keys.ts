// Rows of the interchange file without a slug (sources, events, positions) are found again by
// their key: a key shaped like an id (what the export writes) is the row's id; any other key a
// person wrote is turned into an id the same way every time, so a second import finds the rows
// the first one made.
import { createHash } from 'node:crypto';

const idShaped = /^[0-9a-z]{8}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{12}$/i;

/**
 * The id of the row a key names. `scope` narrows keys that are unique only within a record (an
 * event's key within its measure).
 */
export function rowIdFor(
  kind: 'source' | 'event' | 'position' | 'note' | 'meeting',
  key: string,
  scope = '',
): string {
  if (idShaped.test(key)) return key;
  const hex = createHash('sha256').update(`dossier:${kind}:${scope}:${key}`).digest('hex');
  // Laid out as a UUID of version 8 ("custom"), so it reads like every other id.
  const variant = ((Number.parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
