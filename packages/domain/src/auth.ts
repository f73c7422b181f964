// People, roles and the inputs of sign-in, user and token management: one copy of each rule for
// the API, the CLI and the dashboard's forms.
import { z } from 'zod';
import { type Role, roles } from './roles';
import { oneLineText } from './text';

export { type Role, roleAllows, roles } from './roles';

export const roleSchema = z.enum(roles, {
  error: 'must be one of viewer (reads), editor (reads and writes), admin (also manages people)',
});

/** A sign-in name: what a person types, so short, lower-case and unambiguous. */
export const userNameSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(2, 'a name has at least 2 characters')
  .max(40, 'a name has at most 40 characters')
  .regex(
    /^[a-z0-9][a-z0-9._-]*$/,
    'a name uses letters a-z, digits, dots, dashes and underscores, and starts with a letter or digit',
  );

/** Long enough to resist guessing; no composition rules (NIST SP 800-63B). */
export const passwordSchema = z
  .string()
  .min(12, 'a password has at least 12 characters')
  .max(200, 'a password has at most 200 characters');

export const signInInput = z.object({
  name: z.string().trim().toLowerCase().min(1, 'give your name').max(40, 'no name is that long'),
  password: z.string().min(1, 'give your password').max(200, 'no password is that long'),
});

export const redeemLinkInput = z.object({
  token: z
    .string()
    .trim()
    .min(20, 'the link is incomplete')
    .max(200, 'the link is not one of ours'),
});

export const setPasswordInput = z.object({ password: passwordSchema });

export const userAddInput = z.object({ name: userNameSchema, role: roleSchema });
export const userRoleInput = z.object({ name: userNameSchema, role: roleSchema });
export const userNameInput = z.object({ name: userNameSchema });

/**
 * One line of visible text: the audit log quotes it in the actor of the token's changes, so no
 * formatting character (a right-to-left override) may disguise what it says.
 */
export const tokenLabelSchema = oneLineText(80).refine(
  (label) => !/\p{Cf}/u.test(label),
  'a label cannot hold invisible formatting characters (such as U+202E)',
);
export const tokenCreateInput = z.object({ label: tokenLabelSchema, role: roleSchema });
export const tokenRevokeInput = z.object({ id: z.number().int().positive() });

/** Who is asking, as the API and the dashboard see it. */
export interface SessionUser {
  name: string;
  role: Role;
  /** How the request proved who it is. */
  via: 'session' | 'token' | 'server-token';
}
