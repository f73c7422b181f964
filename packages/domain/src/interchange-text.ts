// Writes an interchange file a page at a time, so an export of any size never sits whole in
// memory. The text is exactly `JSON.stringify(file, null, 2)` plus a final newline: readable,
// diffable, and the same bytes from the same data (the round-trip test relies on it).
import {
  type InterchangeSection,
  interchangeFormat,
  interchangeSections,
  interchangeVersion,
} from './interchange';

export interface InterchangePage {
  section: InterchangeSection;
  items: readonly unknown[];
}

const indent = (json: string, by: string) => json.replaceAll('\n', `\n${by}`);

/**
 * The file's text, in pieces, from pages given in section order (several pages of one section
 * follow each other). Sections without a page are written as empty arrays.
 */
export async function* interchangeText(
  pages: AsyncIterable<InterchangePage> | Iterable<InterchangePage>,
): AsyncGenerator<string> {
  yield `{\n  "format": ${JSON.stringify(interchangeFormat)},\n  "version": ${interchangeVersion}`;
  let current = -1;
  let written = 0;
  const close = () => (current < 0 ? '' : written > 0 ? '\n  ]' : ']');
  const openUpTo = (target: number) => {
    let text = '';
    while (current < target) {
      text += close();
      current++;
      written = 0;
      text += `,\n  ${JSON.stringify(interchangeSections[current])}: [`;
    }
    return text;
  };
  for await (const page of pages) {
    const at = interchangeSections.indexOf(page.section);
    if (at < current)
      throw new Error(
        `The page of ${page.section} came after ${interchangeSections[current]}: pages must follow the order of the sections.`,
      );
    let text = openUpTo(at);
    for (const item of page.items) {
      text += `${written > 0 ? ',' : ''}\n    ${indent(JSON.stringify(item, null, 2), '    ')}`;
      written++;
    }
    if (text) yield text;
  }
  yield `${openUpTo(interchangeSections.length - 1)}${close()}\n}\n`;
}
