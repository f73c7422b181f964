// Every procedure with every role: a new procedure without a stated role fails here, and each
// role is refused exactly where the access table says it must be.
import { openDatabase } from '@dossier/db';
import { type Role, roleAllows, roles } from '@dossier/domain';
import { TRPCError } from '@trpc/server';
import { afterAll, describe, expect, it } from 'vitest';
import { createInnerContext } from '../context';
import { appRouter, createCaller } from '../root';
import { access, type Needed } from './access';

const database = openDatabase(':memory:');
afterAll(() => database.close());

const procedures = Object.entries(
  appRouter._def.procedures as unknown as Record<string, { _def: { type: string } }>,
);
const kinds = Object.fromEntries(procedures.map(([path, p]) => [path, p._def.type]));

/** Calls a procedure by its dotted path with an empty input; the error code, or 'ok'. */
async function outcome(caller: ReturnType<typeof createCaller>, path: string): Promise<string> {
  let target: unknown = caller;
  for (const part of path.split('.')) target = (target as Record<string, unknown>)[part];
  try {
    await (target as (input: unknown) => Promise<unknown>)({});
    return 'ok';
  } catch (error) {
    if (!(error instanceof TRPCError)) throw error;
    return error.code;
  }
}

const refused = (code: string) => code === 'UNAUTHORIZED' || code === 'FORBIDDEN';

const as = (role: Role | null, publicReads = false) =>
  createCaller(
    createInnerContext({
      database,
      actor: role ? `a-${role}` : null,
      ...(role ? { role } : {}),
      publicReads,
    }),
  );

// What a person watches and has read is their own, not the record: viewers change it too.
const ownFollowing = ['watches.add', 'watches.remove', 'feed.markRead'];

describe('the access table', () => {
  it('states a role for every procedure, and names none that does not exist', () => {
    const stated = Object.keys(access).sort();
    expect(procedures.map(([path]) => path).sort()).toEqual(stated);
  });

  it('asks at least an editor for every mutation except signing in and out', () => {
    const open = [
      'auth.signIn',
      'auth.redeemLink',
      'auth.signOut',
      'auth.setPassword',
      ...ownFollowing,
    ];
    for (const [path, kind] of Object.entries(kinds))
      if (kind === 'mutation' && !open.includes(path))
        expect(['editor', 'admin'], path).toContain(access[path]);
  });

  it('is what the server enforces, for no one, each role and public reads', async () => {
    const callers: [string, ReturnType<typeof createCaller>, (needed: Needed) => boolean][] = [
      ['no one', as(null), (n) => n === 'anyone'],
      ['no one, public reads', as(null, true), (n) => n === 'anyone' || n === 'viewer'],
      ...roles.map(
        (role) =>
          [
            role,
            as(role),
            (n: Needed) => n === 'anyone' || n === 'signed-in' || roleAllows(role, n),
          ] as [string, ReturnType<typeof createCaller>, (needed: Needed) => boolean],
      ),
    ];
    for (const [who, caller, allowed] of callers)
      for (const [path, needed] of Object.entries(access)) {
        const code = await outcome(caller, path);
        expect(refused(code), `${path} for ${who} (needs ${needed}) answered ${code}`).toBe(
          !allowed(needed),
        );
      }
  });

  it('refuses a viewer every mutation but their own password, and an editor every user and token one', async () => {
    const viewer = as('viewer');
    const editor = as('editor');
    for (const [path, kind] of Object.entries(kinds)) {
      if (kind === 'mutation' && !path.startsWith('auth.') && !ownFollowing.includes(path))
        expect(await outcome(viewer, path), path).toBe('FORBIDDEN');
      if (path.startsWith('users.') || path.startsWith('tokens.'))
        expect(await outcome(editor, path), path).toBe('FORBIDDEN');
    }
  });
});
