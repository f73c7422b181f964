// The command lines of people and tokens: `user list|add|role|remove|link` and
// `token list|create|revoke`. Names, roles and labels are checked with the domain's own schemas
// (the API checks them with the same ones), so a bad one is refused before the server is asked.
import {
  type Role,
  roleSchema,
  roles,
  tokenLabelSchema,
  tokenRevokeInput,
  userNameSchema,
} from '@dossier/domain';
import { UsageError } from './args';

export const peopleCommandNames = ['user', 'token'] as const;
type PeopleCommandName = (typeof peopleCommandNames)[number];

export type PeopleCommand =
  | { name: 'user'; action: 'list'; json: boolean }
  | { name: 'user'; action: 'add' | 'role'; user: string; role: Role }
  | { name: 'user'; action: 'remove' | 'link'; user: string }
  | { name: 'token'; action: 'list'; json: boolean }
  | { name: 'token'; action: 'create'; label: string; role: Role }
  | { name: 'token'; action: 'revoke'; id: number };

/** The option these commands add to the command line's. */
export const peopleOptions = { role: { type: 'string' } } as const;

const roleChoice = roles.join('|');

export const peopleUsage = `  user list [--json]                       everyone who may sign in: role, password set,
                                           last sign-in (user and token: for admins)
  user add <name> --role ${roleChoice}
                                           add a person; prints their one-time sign-in link
  user role <name> <role>                  change a person's role
  user remove <name>                       remove a person; their sessions end and the
                                           tokens they created are revoked
  user link <name>                         a new one-time sign-in link (older ones stop working)
  token create <label> --role ${roleChoice}
                                           an API token for a script or this CLI; its secret
                                           is printed this once
  token list [--json]                      every token: label, role, creator, last use, revoked
  token revoke <id>                        stop a token at once (the id from token list)`;

export const isPeopleCommandName = (name: string): name is PeopleCommandName =>
  (peopleCommandNames as readonly string[]).includes(name);

export const isPeopleCommand = <C extends { name: string }>(
  command: C | PeopleCommand,
): command is PeopleCommand => isPeopleCommandName(command.name);

const actions = {
  user: ['list', 'add', 'role', 'remove', 'link'],
  token: ['list', 'create', 'revoke'],
} as const;

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** `value` in quotes, with what a terminal would not show (or would let disguise it) escaped. */
const quoted = (value: string) =>
  JSON.stringify(value).replace(
    /\p{Cf}/gu,
    (c) => `\\u${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`,
  );

/** What this file needs of a zod schema. */
interface Schema<T> {
  safeParse(
    value: unknown,
  ):
    | { success: true; data: T }
    | { success: false; error: { issues: readonly { message: string }[] } };
}

/** The value a domain schema makes of `value`, or a usage error quoting it with the schema's words. */
function checked<T>(schema: Schema<T>, value: string, what: string): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const message = result.error.issues[0]?.message ?? 'is not valid';
  throw new UsageError(`${capitalise(what)} ${quoted(value)}: ${message}.`);
}

type Values = { role?: string | undefined; json?: boolean | undefined };

/** Reads `user …` or `token …`; `rest` is what follows the command's name. */
export function parsePeopleCommand(
  name: PeopleCommandName,
  rest: readonly string[],
  values: Values,
): PeopleCommand {
  const [action, ...args] = rest;
  const known: readonly string[] = actions[name];
  if (action === undefined || !known.includes(action))
    throw new UsageError(
      `${action === undefined ? `${name} needs an action` : `Unknown ${name} action "${action}"`}: use ${known.join(', ')}.`,
    );
  const command = `${name} ${action}`;
  const takes = (count: number, what: string) => {
    if (args.length !== count || args.some((a) => !a.trim()))
      throw new UsageError(
        count === 0
          ? `${command} takes no arguments (got "${args.join(' ')}").`
          : `${command} takes ${what}${args.length > count ? ` (got "${args.join(' ')}"); quote it if it has spaces` : ''}.`,
      );
  };
  const withRole = action === 'add' || action === 'create';
  if (values.role !== undefined && !withRole)
    throw new UsageError(
      `--role does not apply to ${command}${action === 'role' ? `; write: user role <name> <role>` : ''}.`,
    );
  if (values.json !== undefined && action !== 'list')
    throw new UsageError(`--json only applies to user list and token list.`);
  const role = () => {
    if (values.role === undefined)
      throw new UsageError(`${command} needs a role: --role ${roleChoice}.`);
    return checked(roleSchema, values.role, '--role');
  };
  const json = values.json ?? false;

  if (name === 'token') {
    if (action === 'list') {
      takes(0, '');
      return { name, action, json };
    }
    if (action === 'create') {
      takes(1, 'one label, such as: token create "nightly import" --role editor');
      return { name, action, label: checked(tokenLabelSchema, args[0]!, 'label'), role: role() };
    }
    takes(1, "one token's id, as token list shows it");
    const id = args[0]!.trim();
    const parsed = tokenRevokeInput.shape.id.safeParse(Number(id));
    if (!/^\d+$/.test(id) || !parsed.success)
      throw new UsageError(
        `token revoke takes a token's id, a whole number as token list shows it (got "${id}").`,
      );
    return { name, action: 'revoke', id: parsed.data };
  }

  if (action === 'list') {
    takes(0, '');
    return { name, action, json };
  }
  if (action === 'role') {
    takes(2, `a name and a role, such as: user role ana ${roles[1]}`);
    return {
      name,
      action,
      user: checked(userNameSchema, args[0]!, 'name'),
      role: checked(roleSchema, args[1]!, 'role'),
    };
  }
  takes(1, `one name, such as: ${command} ana${action === 'add' ? ` --role ${roles[1]}` : ''}`);
  const user = checked(userNameSchema, args[0]!, 'name');
  if (action === 'add') return { name, action, user, role: role() };
  return { name, action: action as 'remove' | 'link', user };
}
