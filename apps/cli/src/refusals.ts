// What the CLI says when the server refuses who is asking (401: no token, or one it does not
// accept) or what they may do (403: the token's role is too small), and the exit code it gives.
import { describeError, errorCode } from '@dossier/client';

/** The exit code of a command the server refused for its credential or its role. */
export const refusedExitCode = 3;

/** True for the server's 401 (UNAUTHORIZED) and 403 (FORBIDDEN) answers. */
export function isRefusal(error: unknown): boolean {
  const code = errorCode(error);
  return code === 'UNAUTHORIZED' || code === 'FORBIDDEN';
}

const tokenHint =
  'give --token T or set DOSSIER_TOKEN (an admin makes one with `pnpm dossier token create <label> --role viewer|editor|admin`)';

/**
 * One line for a refusal. Without a token, the line says how to give one; with one, the server's
 * own words say what is wrong with it (revoked, mistyped) or which role the call needs.
 */
export function describeRefusal(error: unknown, tokenSent: boolean): string {
  if (errorCode(error) === 'FORBIDDEN')
    return `Refused (403, not allowed): ${describeError(error)}`;
  if (!tokenSent)
    return `Refused (401, no token): the server needs a token for this; ${tokenHint}.`;
  return `Refused (401, token not accepted): ${describeError(error)}`;
}
