// The command line of `digest`: what changed in what a person watches, as Markdown. Kept apart
// from the other commands' parsing; args.ts hands the name over here.
import { isAbsolute, resolve } from 'node:path';
import { sinceSchema, userNameSchema } from '@dossier/domain';
import { UsageError } from './args';

export interface DigestCommand {
  name: 'digest';
  /** As written: 7d, 24h, 2w or a date; the server reads it against its clock. */
  since: string;
  /** Another person's digest (admins only); null for the token's creator. */
  user: string | null;
  /** Absolute path, or null for standard output. */
  out: string | null;
}

/** The options this command adds to the command line's (`--out` is the data commands'). */
export const digestOptions = { since: { type: 'string' }, user: { type: 'string' } } as const;

export const digestUsage = `  digest --since 7d|24h|2w|DATE [--user NAME] [--out FILE]
                                           what changed in what you watch (the token's
                                           creator; another person's: admins), as Markdown
                                           to paste into an e-mail`;

/** Reads `digest`; `given` names every option the command line set. */
export function parseDigestCommand(
  rest: readonly string[],
  values: { since?: string | undefined; user?: string | undefined; out?: unknown },
  given: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): DigestCommand {
  if (rest.length > 0)
    throw new UsageError(`digest takes no arguments (got "${rest.join(' ')}"); give --since 7d.`);
  const other = given.filter(
    (option) => !['since', 'user', 'out', 'url', 'token'].includes(option),
  );
  if (other.length > 0) throw new UsageError(`--${other.join(', --')} does not apply to digest.`);
  if (values.since === undefined)
    throw new UsageError(
      'digest needs a period: --since 7d (or 24h, 2w, a date such as 2026-11-01).',
    );
  const since = sinceSchema.safeParse(values.since);
  if (!since.success)
    throw new UsageError(`--since: ${since.error.issues[0]?.message ?? 'is not a period'}.`);
  let user: string | null = null;
  if (values.user !== undefined) {
    const name = userNameSchema.safeParse(values.user);
    if (!name.success)
      throw new UsageError(
        `--user ${JSON.stringify(values.user)}: ${name.error.issues[0]?.message ?? 'is not a name'}.`,
      );
    user = name.data;
  }
  const startDir = env.INIT_CWD || process.cwd();
  const out =
    typeof values.out === 'string'
      ? isAbsolute(values.out)
        ? values.out
        : resolve(startDir, values.out)
      : null;
  return { name: 'digest', since: since.data, user, out };
}
