// SVG text does not wrap by itself, and measuring glyphs would tie the layout to a browser.
// An average glyph width is close enough for system-ui Latin text and keeps the layout pure.

/** Estimated width of a text, from the average width of a character (a share of the size). */
export const textWidth = (text: string, fontSize: number, glyph: number): number =>
  text.length * fontSize * glyph;

/**
 * Breaks `text` into at most `maxLines` lines of at most `maxChars` characters, at spaces where
 * it can; what does not fit ends the last line with an ellipsis.
 */
export function wrapText(text: string, maxChars: number, maxLines: number): string[] {
  const limit = Math.max(4, Math.floor(maxChars));
  const words = text.trim().split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word;
    if (candidate.length <= limit) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    let rest = word;
    while (rest.length > limit) {
      lines.push(`${rest.slice(0, limit - 1)}-`);
      rest = rest.slice(limit - 1);
    }
    line = rest;
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  const last = kept[maxLines - 1]!;
  kept[maxLines - 1] =
    last.length + 1 <= limit ? `${last}…` : `${last.slice(0, limit - 1).trimEnd()}…`;
  return kept;
}
