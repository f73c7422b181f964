// Runs `digest`: asks the server for the Markdown digest and prints it or writes it to a file.
// Exit codes as elsewhere: 0 done, 1 not done (no such person, the server unreachable), 2 the
// server found the input wrong, 3 refused for the credential or its role.
import { writeFileSync } from 'node:fs';
import { createDossierClient, describeError, errorCode } from '@dossier/client';
import type { DigestCommand } from './digest-args';
import { describeRefusal, isRefusal, refusedExitCode } from './refusals';

export async function runDigestCommand(
  command: DigestCommand,
  server: { url: string; token: string | null },
  io: { stdout: (text: string) => void; stderr: (text: string) => void },
): Promise<number> {
  const client = createDossierClient({ url: server.url, token: server.token });
  try {
    const { markdown } = await client.digest.get.query({
      since: command.since,
      baseUrl: server.url,
      ...(command.user ? { user: command.user } : {}),
    });
    if (command.out === null) io.stdout(markdown);
    else {
      writeFileSync(command.out, markdown);
      io.stdout(`Wrote the digest to ${command.out}.\n`);
    }
    return 0;
  } catch (error) {
    if (isRefusal(error)) {
      io.stderr(`${describeRefusal(error, server.token !== null)}\n`);
      return refusedExitCode;
    }
    const code = errorCode(error);
    // The server token is no one's: say how to name the person.
    const hint = /belongs to no one/.test(describeError(error))
      ? " Give --user NAME for a person's digest."
      : code === 'NOT_FOUND'
        ? ' Run `pnpm dossier user list` to see who is there.'
        : '';
    io.stderr(`${describeError(error)}${hint}\n`);
    return code === 'BAD_REQUEST' ? 2 : 1;
  }
}
