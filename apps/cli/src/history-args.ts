// The command line of `history <ref>` and of `show <ref> --as-of DATE`: what changed on a
// measure, and its brief as it stood on a past day. Kept apart from the other commands'
// parsing; args.ts hands the name and the option over here.
import { asOfSchema, historyPage } from '@dossier/domain';
import { UsageError } from './args';

export interface HistoryCommand {
  name: 'history';
  ref: string;
  json: boolean;
  limit: number;
}

/** The option this file adds to the command line's (`--limit` and `--json` are shared). */
export const historyOptions = { 'as-of': { type: 'string' } } as const;

export const historyUsage = `  history <ref> [--limit N] [--json]      what changed on a measure, newest first: who,
                                           when, what, each field before -> after
                                           (default ${historyPage.default} changes, at most ${historyPage.max})
  show <ref> --as-of DATE                  the brief as it stood at the end of that day
                                           (UTC) or at an ISO time, rebuilt from the history`;

/** Reads `history`; `given` names every option the command line set. */
export function parseHistoryCommand(
  rest: readonly string[],
  values: { limit?: string | undefined; json?: boolean | undefined },
  given: readonly string[],
): HistoryCommand {
  const other = given.filter((o) => !['limit', 'json', 'url', 'token'].includes(o));
  if (other.length > 0) throw new UsageError(`--${other.join(', --')} does not apply to history.`);
  const [ref, ...extra] = rest;
  if (!ref?.trim()) throw new UsageError('history needs a ref: a slug, an id or an identifier.');
  if (extra.length > 0)
    throw new UsageError(
      `history takes one ref (got "${rest.join(' ')}"); quote it if it has spaces.`,
    );
  let limit: number = historyPage.default;
  if (values.limit !== undefined) {
    limit = Number(values.limit);
    if (!/^\d+$/.test(values.limit) || limit < 1 || limit > historyPage.max)
      throw new UsageError(
        `--limit must be a whole number from 1 to ${historyPage.max} (got "${values.limit}").`,
      );
  }
  return { name: 'history', ref: ref.trim(), json: values.json ?? false, limit };
}

/** `show --as-of`: the day or time as given, checked as the server will. */
export function parseAsOf(value: string | undefined): string | null {
  if (value === undefined) return null;
  const parsed = asOfSchema.safeParse(value);
  if (!parsed.success)
    throw new UsageError(
      `--as-of: ${parsed.error.issues[0]?.message ?? 'is not a date'} (got "${value}"), such as 2019-01-01.`,
    );
  return parsed.data;
}
