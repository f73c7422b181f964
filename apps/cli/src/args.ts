import { parseArgs } from 'node:util';
import { type SearchKind, searchInput, searchKinds, searchPage } from '@dossier/domain';
import {
  type DataCommand,
  dataOptions,
  dataOptionsUsage,
  dataUsage,
  isDataCommandName,
  parseDataCommand,
} from './data-args';
import { type DigestCommand, digestOptions, digestUsage, parseDigestCommand } from './digest-args';
import {
  type HistoryCommand,
  historyOptions,
  historyUsage,
  parseAsOf,
  parseHistoryCommand,
} from './history-args';
import {
  isPeopleCommandName,
  type PeopleCommand,
  parsePeopleCommand,
  peopleOptions,
  peopleUsage,
} from './people-args';

/** A command line we cannot run as written; the CLI answers it with exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

export interface ListFilters {
  stage?: string[];
  kind?: string[];
  q?: string;
}

export type Command =
  | { name: 'help' }
  | { name: 'list'; filters: ListFilters; json: boolean }
  | { name: 'show'; ref: string; json: boolean; asOf: string | null }
  | { name: 'search'; text: string; kinds?: SearchKind[]; limit: number; json: boolean }
  | { name: 'example' }
  | DataCommand
  | DigestCommand
  | HistoryCommand
  | PeopleCommand;

export interface Invocation {
  command: Command;
  url: string;
  token: string | null;
}

export const defaultUrl = 'http://localhost:3000';

/** Results of each kind `search` prints unless told otherwise: more than a search box shows. */
export const searchCliLimit = 10;

export const usage = `Usage: pnpm dossier <command> [options]

Commands:
  list [--stage S] [--kind K] [--q TEXT]   every tracked measure, one line each
  show <ref>                               the brief of one measure (ref: slug, id or
                                           identifier such as 2017/0003(COD))
  search <text> [--kind K] [--limit N]     measures, stakeholders, positions, events and
                                           sources whose words match (accents optional, the
                                           last word a prefix), or an identifier
  example                                  record a worked example (made up) of a procedure
                                           whose sources disagree, to try the record with
${dataUsage}
${digestUsage}
${historyUsage}
${peopleUsage}
  help                                     this text

Options:
  --stage S     only measures at these stages (repeat it or separate with commas)
  --kind K      only measures of these kinds (repeat it or separate with commas); with
                search, only these kinds of record: measure, stakeholder, position, event,
                source, note, meeting (notes and meetings only when signed in, with a token)
  --q TEXT      only measures whose text matches
  --limit N     with search: at most N results of each kind (default ${searchCliLimit}, at most ${searchPage.max})
  --json        print JSON instead of text
  --url URL     the Dossier server (default ${defaultUrl}, or DOSSIER_URL)
  --token T     an API token (\`token create\`) or the server's DOSSIER_ADMIN_TOKEN (or set
                DOSSIER_TOKEN): needed for every command that asks the server, reads too,
                unless the server runs with --public-reads
  --role R      user add, token create: viewer (reads), editor (reads and writes) or admin
                (also manages people and tokens)
${dataOptionsUsage}
  -h, --help    this text

Exit codes: 0 done; 1 not done (server unreachable, no such measure or person, a record
refused); 2 the command line is wrong; 3 the server refused: 401, no token or one it does not
accept (revoked or mistyped), or 403, the token's role does not allow it (viewer < editor <
admin: ask an admin).
`;

export const usageHint = 'Run `pnpm dossier help` for usage.';

const options = {
  url: { type: 'string' },
  token: { type: 'string' },
  stage: { type: 'string', multiple: true },
  kind: { type: 'string', multiple: true },
  q: { type: 'string' },
  limit: { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  ...dataOptions,
  ...peopleOptions,
  ...digestOptions,
  ...historyOptions,
} as const;

const listOnly = ['stage', 'kind', 'q'] as const;

/** Reads the command line and the two settings the environment may give (DOSSIER_URL, DOSSIER_TOKEN). */
export function parseCli(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): Invocation {
  // pnpm hands a literal "--" through when users write `pnpm dossier -- list`.
  const args = argv[0] === '--' ? argv.slice(1) : [...argv];
  const { values, positionals } = readArgs(args);

  const url = values.url ?? (env.DOSSIER_URL || defaultUrl);
  const base = { url, token: values.token ?? (env.DOSSIER_TOKEN || null) };
  const [name, ...rest] = positionals;
  if (values.help || name === 'help') return { ...base, command: { name: 'help' } };
  if (!/^https?:\/\/[^/\s]+/.test(url) || !URL.canParse(url)) {
    throw new UsageError(`"${url}" is not a server address: give one such as ${defaultUrl}.`);
  }
  if (name === undefined)
    throw new UsageError(
      'Give a command: list, show <ref>, search <text>, export, import <file>, backup <file>, restore <file>, generate, example, digest, user, token or help.',
    );
  const json = values.json ?? false;
  if (name === 'history') {
    const given = Object.keys(values).filter((k) => values[k as keyof typeof values] !== undefined);
    return { ...base, command: parseHistoryCommand(rest, values, given) };
  }
  if (name !== 'show' && values['as-of'] !== undefined)
    throw new UsageError('--as-of only applies to show.');
  if (name !== 'search' && values.limit !== undefined) {
    throw new UsageError('--limit only applies to search.');
  }

  if (name === 'digest') {
    const given = Object.keys(values).filter((k) => values[k as keyof typeof values] !== undefined);
    return { ...base, command: parseDigestCommand(rest, values, given, env) };
  }
  const digestOnly = Object.keys(digestOptions).filter(
    (option) => values[option as keyof typeof values] !== undefined,
  );
  if (digestOnly.length > 0)
    throw new UsageError(`--${digestOnly.join(', --')} only applies to digest.`);
  if (isPeopleCommandName(name)) {
    const elsewhere = [...listOnly, ...Object.keys(dataOptions)].filter(
      (option) => values[option as keyof typeof values] !== undefined,
    );
    if (elsewhere.length > 0)
      throw new UsageError(`--${elsewhere.join(', --')} does not apply to ${name}.`);
    return { ...base, command: parsePeopleCommand(name, rest, values) };
  }
  if (values.role !== undefined)
    throw new UsageError('--role only applies to user add and token create.');
  if (isDataCommandName(name)) {
    return { ...base, command: parseDataCommand(name, rest, values, env) };
  }
  const dataOnly = Object.keys(dataOptions).filter(
    (option) => values[option as keyof typeof values] !== undefined,
  );
  if (dataOnly.length > 0) {
    throw new UsageError(`--${dataOnly.join(', --')} does not apply to ${name}.`);
  }

  if (name === 'list') {
    if (rest.length > 0) {
      throw new UsageError(
        `list takes no arguments (got "${rest.join(' ')}"); filter with --stage, --kind or --q.`,
      );
    }
    const filters: ListFilters = {};
    const stage = splitList(values.stage);
    const kind = splitList(values.kind);
    const q = values.q?.trim();
    if (stage) filters.stage = stage;
    if (kind) filters.kind = kind;
    if (q) filters.q = q;
    return { ...base, command: { name: 'list', filters, json } };
  }

  if (name === 'search') {
    const used = (['stage', 'q'] as const).filter((option) => values[option] !== undefined);
    if (used.length > 0) {
      throw new UsageError(
        `--${used.join(', --')} only applies to list; search takes the text itself, and --kind.`,
      );
    }
    const text = rest.join(' ').trim();
    if (!text) {
      throw new UsageError('search needs the text to look for, such as: search maiziere');
    }
    // The server's own rule, said before asking it.
    const checked = searchInput.shape.q.safeParse(text);
    if (!checked.success) {
      const message = checked.error.issues[0]?.message ?? 'is not a search text';
      throw new UsageError(`${message.charAt(0).toUpperCase()}${message.slice(1)}.`);
    }
    const kinds = splitList(values.kind)?.map(searchKind);
    const limit = values.limit === undefined ? searchCliLimit : searchLimit(values.limit);
    return {
      ...base,
      command: { name: 'search', text, ...(kinds ? { kinds } : {}), limit, json },
    };
  }

  if (name === 'show') {
    const used = listOnly.filter((option) => values[option] !== undefined);
    if (used.length > 0) {
      throw new UsageError(`--${used.join(', --')} only applies to list, not to show.`);
    }
    const [ref, ...extra] = rest;
    if (!ref?.trim()) throw new UsageError('show needs a ref: a slug, an id or an identifier.');
    if (extra.length > 0) {
      throw new UsageError(
        `show takes one ref (got "${rest.join(' ')}"); quote it if it has spaces.`,
      );
    }
    return {
      ...base,
      command: { name: 'show', ref: ref.trim(), json, asOf: parseAsOf(values['as-of']) },
    };
  }

  if (name === 'example') {
    if (rest.length > 0)
      throw new UsageError(`example takes no arguments (got "${rest.join(' ')}").`);
    return { ...base, command: { name: 'example' } };
  }

  throw new UsageError(
    `Unknown command "${name}": use list, show, search, export, import, backup, restore, generate, example, user, token or help.`,
  );
}

function readArgs(args: string[]) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(explainParseError(error));
  }
}

/** A kind of record search knows, singular or plural ("measures" is "measure"). */
function searchKind(value: string): SearchKind {
  const kind = value.toLowerCase().replace(/s$/, '');
  if ((searchKinds as readonly string[]).includes(kind)) return kind as SearchKind;
  throw new UsageError(
    `--kind: "${value}" is not a kind of record; use ${searchKinds.join(', ')}.`,
  );
}

function searchLimit(value: string): number {
  const limit = Number(value);
  if (!/^\d+$/.test(value.trim()) || limit < 1 || limit > searchPage.max) {
    throw new UsageError(
      `--limit must be a whole number from 1 to ${searchPage.max} (got "${value}").`,
    );
  }
  return limit;
}

/** `--stage a,b --stage c` -> ['a', 'b', 'c']; nothing given -> undefined. */
function splitList(values: string[] | undefined): string[] | undefined {
  const items =
    values
      ?.flatMap((v) => v.split(','))
      .map((v) => v.trim())
      .filter(Boolean) ?? [];
  return items.length > 0 ? items : undefined;
}

/** node:util's messages suggest "--" tricks that do not help here; say what is wrong instead. */
function explainParseError(error: unknown): string {
  const { code, message } = error as { code?: string; message?: string };
  const option = /'(-[^' ]+)/.exec(message ?? '')?.[1];
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && option) return `Unknown option ${option}.`;
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && option) {
    return options[option.replace(/^-+/, '') as keyof typeof options]?.type === 'boolean'
      ? `${option} takes no value.`
      : `${option} needs a value.`;
  }
  return message ?? String(error);
}
