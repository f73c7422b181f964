// Random secrets and how they are kept. Passwords are chosen by people, so they get a slow,
// memory-hard hash (scrypt); session ids, sign-in links and tokens are 256 random bits, which no
// one can guess, so a fast digest is enough to keep a copy of the database from opening them.
import { createHash, randomBytes, scrypt, timingSafeEqual } from 'node:crypto';

/** A new secret: 32 random bytes in base64url, with a prefix that says what it is. */
export const newSecret = (prefix = ''): string => prefix + randomBytes(32).toString('base64url');

/** The digest under which a secret is stored and looked up. */
export const digest = (secret: string): string =>
  createHash('sha256').update(secret).digest('base64url');

// OWASP's scrypt floor is N=2^17, r=8, p=1 (128 MiB); 2^15 (32 MiB, ~60 ms here) keeps sign-in
// from taking a small server's memory while still costing a guesser the same memory per try.
const cost = { N: 2 ** 15, r: 8, p: 1 } as const;
const keyLength = 32;

const derive = (password: string, salt: Buffer, params: { N: number; r: number; p: number }) =>
  new Promise<Buffer>((resolve, reject) =>
    scrypt(
      password.normalize('NFKC'),
      salt,
      keyLength,
      { ...params, maxmem: 256 * params.N * params.r },
      (error, key) => (error ? reject(error) : resolve(key)),
    ),
  );

/** `scrypt$N$r$p$salt$hash`: the parameters travel with the hash, so they can be raised later. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, cost);
  return [
    'scrypt',
    cost.N,
    cost.r,
    cost.p,
    salt.toString('base64url'),
    key.toString('base64url'),
  ].join('$');
}

/** True when `password` matches `stored`; a malformed stored value matches nothing. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64url');
  const key = await derive(password, Buffer.from(salt, 'base64url'), {
    N: Number(n),
    r: Number(r),
    p: Number(p),
  });
  return key.length === expected.length && timingSafeEqual(key, expected);
}

/** A hash to check against when the name is unknown, so the answer takes as long either way. */
let decoy: Promise<string> | undefined;
export const decoyHash = (): Promise<string> => {
  decoy ??= hashPassword(newSecret());
  return decoy;
};
