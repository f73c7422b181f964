// Markdown that says what the record says and nothing more: every value taken from the record
// is escaped, so a title with `*`, `[` or `<` reads as written and cannot become a link or HTML.

/** The characters CommonMark would read as markup inside a line, each behind a backslash. */
const markup = /[\\`*_[\]<>|~&]/g;

/** One line of record text, escaped; line breaks become spaces so a value stays on its line. */
export const mdText = (value: string) =>
  value.replaceAll(/\s*[\r\n]+\s*/g, ' ').replaceAll(markup, (c) => `\\${c}`);

/** A link whose text comes from the record. */
export const mdLink = (text: string, url: string) =>
  `[${mdText(text)}](${url.replaceAll(/[()<>\s]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`)})`;

/** A vocabulary value in words: `strongly_oppose` -> "strongly oppose". */
export const words = (value: string) => value.replaceAll('_', ' ');
