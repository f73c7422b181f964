// zod's own messages are written for programmers ('Invalid option: expected one of "a"|"b"').
// Every input Dossier checks comes from a person, so each kind of issue is worded here, from its
// code and its details, wherever a schema gives no message of its own.
import type { z } from 'zod';
import { pluralOf } from './intl';

/** What a value of each expected type is called; types a person never sends fall back to zod. */
const typeNames: Partial<Record<string, string>> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  null: 'null',
};

/** What was sent instead: a number or true/false as itself, anything else by its kind. */
function describeValue(value: unknown): string {
  if (value === null || typeof value === 'number' || typeof value === 'boolean')
    return String(value);
  if (typeof value === 'string') return 'text';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'an object' : typeof value;
}

const plain = (value: unknown) => (typeof value === 'bigint' ? value.toString() : String(value));

/** "characters" for text, "items" for lists: what a size limit counts. */
function unitOf(origin: string, size: number | bigint): string | null {
  if (origin === 'string') return pluralOf(Number(size), 'en', 'character', 'characters');
  if (origin === 'array' || origin === 'set') return pluralOf(Number(size), 'en', 'item', 'items');
  return null;
}

/** The message for each issue code; undefined leaves zod's own. */
export const personMessages: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.input === undefined) return 'is required';
      const expected = typeNames[issue.expected];
      return expected ? `must be ${expected}, not ${describeValue(issue.input)}` : undefined;
    }
    case 'invalid_value':
      return issue.values.length === 1
        ? `must be ${plain(issue.values[0])}`
        : `must be one of ${issue.values.map(plain).join(', ')}`;
    case 'too_big': {
      const unit = unitOf(issue.origin, issue.maximum);
      const limit = `${plain(issue.maximum)}${unit ? ` ${unit}` : ''}`;
      if (issue.exact) return `must be exactly ${limit}`;
      if (unit) return `must be at most ${limit}`;
      return issue.inclusive === false ? `must be less than ${limit}` : `must be at most ${limit}`;
    }
    case 'too_small': {
      if (issue.origin === 'string' && issue.minimum === 1 && !issue.exact)
        return 'must not be empty';
      const unit = unitOf(issue.origin, issue.minimum);
      const limit = `${plain(issue.minimum)}${unit ? ` ${unit}` : ''}`;
      if (issue.exact) return `must be exactly ${limit}`;
      if (unit) return `must be at least ${limit}`;
      return issue.inclusive === false ? `must be more than ${limit}` : `must be at least ${limit}`;
    }
    case 'invalid_format':
      return issue.format === 'regex'
        ? 'is not written in the expected form'
        : `must be a valid ${issue.format}`;
    case 'not_multiple_of':
      return `must be a multiple of ${plain(issue.divisor)}`;
    case 'unrecognized_keys':
      return `has ${pluralOf(issue.keys.length, 'en', 'an unknown field', 'unknown fields')}: ${issue.keys.join(', ')}`;
    case 'invalid_union':
      return 'matches none of the accepted forms';
    case 'invalid_key':
      return 'holds a key that is not allowed';
    case 'invalid_element':
      return 'holds a value that is not allowed';
    case 'custom':
      return 'is not valid';
    default:
      return undefined;
  }
};
