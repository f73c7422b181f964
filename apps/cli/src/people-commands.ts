// Runs `user …` and `token …` (admin commands: the server refuses them to anyone else) and
// decides their exit code: 0 done, 1 not done (no such person, the last admin, the server
// unreachable), 2 the server found the input wrong, 3 refused for the credential or its role.
import { createDossierClient, type DossierClient, describeError, errorCode } from '@dossier/client';
import type { PeopleCommand } from './people-args';
import {
  formatCreatedToken,
  formatMoment,
  formatSignInLink,
  formatTokenTable,
  formatUserTable,
} from './people-format';
import { describeRefusal, isRefusal, refusedExitCode } from './refusals';

export interface PeopleIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

const asJson = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** What the command prints when the server did what it asked. */
async function perform(
  client: DossierClient,
  command: PeopleCommand,
  serverUrl: string,
): Promise<string> {
  if (command.name === 'token') {
    if (command.action === 'list') {
      const tokens = await client.tokens.list.query();
      return command.json ? asJson(tokens) : formatTokenTable(tokens);
    }
    if (command.action === 'create')
      return formatCreatedToken(
        await client.tokens.create.mutate({ label: command.label, role: command.role }),
      );
    const revoked = await client.tokens.revoke.mutate({ id: command.id });
    return `Token ${revoked.id} "${revoked.label}" is revoked since ${formatMoment(revoked.revokedAt ?? new Date().toISOString())}: requests with it are refused (401).\n`;
  }
  switch (command.action) {
    case 'list': {
      const users = await client.users.list.query();
      return command.json ? asJson(users) : formatUserTable(users);
    }
    case 'add': {
      const { user, link } = await client.users.add.mutate({
        name: command.user,
        role: command.role,
      });
      return formatSignInLink(
        { user: user.name, serverUrl, link },
        `Added ${user.name} with the ${user.role} role.`,
      );
    }
    case 'role': {
      const user = await client.users.setRole.mutate({ name: command.user, role: command.role });
      return `${user.name} has the ${user.role} role now (from their next request).\n`;
    }
    case 'remove':
      await client.users.remove.mutate({ name: command.user });
      return `Removed ${command.user}: their sessions ended and the tokens they created are revoked.\n`;
    case 'link': {
      const { link } = await client.users.link.mutate({ name: command.user });
      return formatSignInLink(
        { user: command.user, serverUrl, link },
        `A new sign-in link for ${command.user}; the older ones no longer work.`,
      );
    }
  }
}

export async function runPeopleCommand(
  command: PeopleCommand,
  server: { url: string; token: string | null },
  io: PeopleIo,
): Promise<number> {
  const client = createDossierClient({ url: server.url, token: server.token });
  try {
    io.stdout(await perform(client, command, server.url));
    return 0;
  } catch (error) {
    if (isRefusal(error)) {
      io.stderr(`${describeRefusal(error, server.token !== null)}\n`);
      return refusedExitCode;
    }
    const hint =
      errorCode(error) !== 'NOT_FOUND'
        ? ''
        : command.name === 'user'
          ? ' Run `pnpm dossier user list` to see who is there.'
          : ' Run `pnpm dossier token list` to see the ids.';
    io.stderr(`${describeError(error)}${hint}\n`);
    return errorCode(error) === 'BAD_REQUEST' ? 2 : 1;
  }
}
