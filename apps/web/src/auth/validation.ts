// Checks a form with the domain schema the procedure parses its input with (one copy of each
// rule), and words what is wrong in the reader's language where the issue says enough: a
// missing value, a length limit (the number comes from the schema). Anything else keeps the
// domain's own message.
import { textMessages } from '@dossier/domain';
import type { FieldRuleStrings } from './strings';

interface Issue {
  code: string;
  path: readonly PropertyKey[];
  message: string;
  origin?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
}

type Parsed<T> = { success: true; data: T } | { success: false; error: { issues: Issue[] } };

/** What to say of one issue. */
export function issueText(issue: Issue, words: FieldRuleStrings): string {
  if (issue.message === textMessages.empty) return words.required;
  if (issue.origin === 'string') {
    if (issue.code === 'too_small' && issue.minimum !== undefined)
      return Number(issue.minimum) <= 1 ? words.required : words.tooShort(Number(issue.minimum));
    if (issue.code === 'too_big' && issue.maximum !== undefined)
      return words.tooLong(Number(issue.maximum));
  }
  return issue.message;
}

/** The parsed input, or the first problem of each field (keyed by the field's name). */
export function checkInput<T, K extends string>(
  schema: { safeParse: (value: unknown) => Parsed<T> },
  values: Record<K, unknown>,
  words: FieldRuleStrings,
): { ok: true; data: T } | { ok: false; errors: Partial<Record<K, string>> } {
  const parsed = schema.safeParse(values);
  if (parsed.success) return { ok: true, data: parsed.data };
  const errors: Partial<Record<K, string>> = {};
  for (const issue of parsed.error.issues) {
    const field = String(issue.path[0] ?? '') as K;
    errors[field] ??= issueText(issue, words);
  }
  return { ok: false, errors };
}

/** A tRPC error's message when the server answered, else `unreachable`. */
export function serverMessage(error: unknown, unreachable: string): string {
  const e = error as { message?: unknown; data?: { httpStatus?: unknown } } | null;
  return typeof e?.data?.httpStatus === 'number' && typeof e.message === 'string'
    ? e.message
    : unreachable;
}
