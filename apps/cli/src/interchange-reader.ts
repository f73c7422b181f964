// Reads an interchange file as a stream: the records of its top-level arrays one at a time, so
// a file of any size (100,000 measures) never sits whole in memory. Only the record being read
// is assembled into an object.
import type { Readable } from 'node:stream';
import { parser } from 'stream-json';
import Assembler from 'stream-json/assembler.js';

export type ReadItem =
  /** A top-level field that is not an array: `format`, `version`, or something unknown. */
  | { kind: 'field'; key: string; value: unknown }
  /** One element of the top-level array `section`, at `index`. */
  | { kind: 'record'; section: string; index: number; value: unknown };

interface Token {
  name: string;
  value?: unknown;
}

/** The value of a token that is a whole value on its own, or undefined for a bracket. */
function scalar(token: Token): { value: unknown } | undefined {
  switch (token.name) {
    case 'stringValue':
      return { value: token.value };
    case 'numberValue':
      return { value: Number(token.value) };
    case 'nullValue':
      return { value: null };
    case 'trueValue':
      return { value: true };
    case 'falseValue':
      return { value: false };
    default:
      return undefined;
  }
}

/**
 * The fields and records of the JSON object in `input`, in file order. Throws the parser's error
 * for text that is not JSON, and an Error for JSON whose top level is not an object.
 */
export async function* readInterchange(input: Readable): AsyncGenerator<ReadItem> {
  const tokens = input.pipe(parser.asStream({ streamValues: false }));
  input.on('error', (error) => tokens.destroy(error));
  let depth = 0;
  let key: string | null = null;
  let section: string | null = null;
  let index = 0;
  let assembling: Assembler | null = null;
  for await (const token of tokens as AsyncIterable<Token>) {
    if (assembling) {
      assembling.consume(token as never);
      if (!assembling.done) continue;
      const value = assembling.current;
      assembling = null;
      if (section !== null) yield { kind: 'record', section, index: index++, value };
      else yield { kind: 'field', key: key ?? '', value };
      continue;
    }
    if (depth === 0) {
      if (token.name !== 'startObject')
        throw new Error('the file must hold one JSON object, { "format": ..., "measures": [...] }');
      depth = 1;
      continue;
    }
    if (depth === 1) {
      if (token.name === 'keyValue') key = String(token.value);
      else if (token.name === 'endObject') depth = 0;
      else if (token.name === 'startArray') {
        section = key ?? '';
        index = 0;
        depth = 2;
      } else if (token.name === 'startObject') {
        section = null;
        assembling = new Assembler();
        assembling.consume(token as never);
      } else {
        const s = scalar(token);
        if (s) yield { kind: 'field', key: key ?? '', value: s.value };
      }
      continue;
    }
    // depth 2: the elements of a top-level array
    if (token.name === 'endArray') {
      depth = 1;
      section = null;
      continue;
    }
    if (token.name === 'startObject' || token.name === 'startArray') {
      assembling = new Assembler();
      assembling.consume(token as never);
      continue;
    }
    const s = scalar(token);
    if (s && section !== null) yield { kind: 'record', section, index: index++, value: s.value };
  }
}
