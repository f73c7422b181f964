// Which addresses a note may link to: http(s), mailto, and addresses inside Dossier (relative,
// anchors). Everything else (javascript:, data:, vbscript:, file:, ...) is dropped, whatever its
// case or the entities it was written with (the Markdown parser has decoded those already).

const allowedSchemes = /^(https?|mailto)$/i;
// A browser drops tabs and line breaks inside an address ("java\tscript:" is javascript:), and
// no address Markdown produces needs a control character, a space or an invisible format
// character (a bidi override makes an address read as another): refuse any.
const unsafeCharacter = /[\p{Cc}\p{White_Space}\p{Cf}]/u;

/** The address as given when it is allowed, or null when it must not be followed. */
export function safeUrl(url: string): string | null {
  if (url === '' || unsafeCharacter.test(url)) return null;
  const colon = url.indexOf(':');
  const slash = url.indexOf('/');
  const question = url.indexOf('?');
  const hash = url.indexOf('#');
  // No scheme: a colon after the first /, ? or # belongs to the path, query or anchor.
  const relative =
    colon === -1 ||
    (slash !== -1 && colon > slash) ||
    (question !== -1 && colon > question) ||
    (hash !== -1 && colon > hash);
  if (relative) return url;
  return allowedSchemes.test(url.slice(0, colon)) ? url : null;
}

/** An address that leaves Dossier, opened in a new tab. */
export const isExternal = (url: string) => /^(https?:)?\/\//i.test(url);
