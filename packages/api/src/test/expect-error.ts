import { TRPCError } from '@trpc/server';
import { expect } from 'vitest';

/** Awaits a call that must fail with `code`, and returns its message for further checks. */
export async function expectError(
  call: Promise<unknown>,
  code: TRPCError['code'],
): Promise<string> {
  const error = await call.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error, `expected the call to fail with ${code}`).toBeInstanceOf(TRPCError);
  expect((error as TRPCError).code).toBe(code);
  const message = (error as TRPCError).message;
  expect(message).not.toMatch(/\n\s+at /); // never a stack trace
  return message;
}
