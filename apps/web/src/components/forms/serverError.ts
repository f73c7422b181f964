import { isAnswered } from '../../trpc';
import type { FormStrings } from './strings';

export interface MutationError {
  message: string;
  data?: { code?: string; zodError?: unknown } | null;
}

/** True when the server refused because the record changed since the form read it. */
export const isConflict = (error: MutationError | null | undefined): boolean =>
  error?.data?.code === 'CONFLICT';

/** Why a save failed, in words a person can act on. */
export function saveFailure(error: MutationError, f: FormStrings): string {
  const code = error.data?.code;
  if (code === 'UNAUTHORIZED' || code === 'FORBIDDEN') return f.notAllowed;
  if (!isAnswered(error)) return f.unreachable;
  return f.failed(error.message);
}

/** A refusal's own words when the server answered (quoted as they come), else `unreachable`. */
export const serverMessage = (error: unknown, unreachable: string): string =>
  isAnswered(error) && typeof (error as { message?: unknown }).message === 'string'
    ? (error as { message: string }).message
    : unreachable;
