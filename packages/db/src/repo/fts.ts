// Between what a person types and SQLite FTS5: the text becomes an FTS5 query that cannot be
// read as FTS5 syntax (quotes, AND/OR/NOT, NEAR, parentheses, `*`, `-`, column filters), and the
// passages FTS5 marks come back as plain parts a client renders without ever parsing HTML.

/**
 * The words of `text` as the index's tokenizer (`unicode61`) cuts them: runs of letters, digits
 * and combining marks (so a decomposed "Maizie\u0300re" stays one word). Everything else,
 * FTS5's operators and quotes included, only separates words.
 */
export function searchWords(text: string): string[] {
  return (
    text
      .normalize('NFC')
      .toLowerCase()
      .match(/[\p{L}\p{N}\p{M}]+/gu) ?? []
  );
}

/**
 * Every word must appear, each as a prefix: "encrypt tele" finds "encrypted" and "Telegram", and
 * the word still being typed ("maizi") already finds "Maizière". Each word is quoted, so FTS5
 * reads none of them as an operator. Null when the text holds no word at all ("*", "-", "()").
 */
export function ftsQuery(text: string): string | null {
  const words = searchWords(text);
  if (words.length === 0) return null;
  return words.map((w) => `"${w}"*`).join(' ');
}

/**
 * The words as one phrase, in order, none of them a prefix: for text shaped like an identifier,
 * where "2016/106" must find "2016/106" in a quote or an ELI but never 2016/1060(COD).
 */
export function ftsPhrase(text: string): string | null {
  const words = searchWords(text);
  return words.length === 0 ? null : `"${words.join(' ')}"`;
}

/**
 * What FTS5's `highlight()` and `snippet()` put around a match. Stored text cannot hold control
 * characters (the domain's text schemas refuse them), so these never occur in the text itself.
 */
export const matchStart = '\u0002';
export const matchEnd = '\u0003';
/** What `snippet()` puts where it cut the text. */
export const ellipsis = '…';

/** A piece of a passage: `match` when it is (part of) what the search matched. */
export interface TextPart {
  text: string;
  match: boolean;
}

/** Splits marked text into parts, merging neighbours alike ("[Maizière]" stays one part). */
export function markedParts(marked: string): TextPart[] {
  const parts: TextPart[] = [];
  const push = (text: string, match: boolean) => {
    if (text === '') return;
    const last = parts.at(-1);
    if (last && last.match === match) last.text += text;
    else parts.push({ text, match });
  };
  let rest = marked;
  while (rest.length > 0) {
    const start = rest.indexOf(matchStart);
    if (start < 0) break;
    const end = rest.indexOf(matchEnd, start + 1);
    push(rest.slice(0, start).replaceAll(matchEnd, ''), false);
    push(rest.slice(start + 1, end < 0 ? undefined : end).replaceAll(matchStart, ''), true);
    rest = end < 0 ? '' : rest.slice(end + 1);
  }
  push(rest.replaceAll(matchEnd, ''), false);
  return parts;
}

/** True when marked text holds a match. */
export const hasMatch = (marked: string | null | undefined): marked is string =>
  !!marked && marked.includes(matchStart);

/** The parts of text that matched nothing (a label shown beside the passage that did). */
export const plainParts = (text: string): TextPart[] => (text ? [{ text, match: false }] : []);
