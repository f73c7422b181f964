import { describe, expect, it } from 'vitest';
import { digest, hashPassword, newSecret, verifyPassword } from './secrets';

describe('passwords', () => {
  it('are stored as salted scrypt with their parameters, and verify only themselves', async () => {
    const stored = await hashPassword('correct horse battery');
    expect(stored).toMatch(/^scrypt\$32768\$8\$1\$[\w-]{22}\$[\w-]{43}$/);
    expect(stored).not.toContain('correct');
    expect(await hashPassword('correct horse battery')).not.toBe(stored); // a new salt each time
    expect(await verifyPassword('correct horse battery', stored)).toBe(true);
    expect(await verifyPassword('correct horse batterY', stored)).toBe(false);
    expect(await verifyPassword('', stored)).toBe(false);
  });

  it('read the same however the same letters are encoded (NFKC)', async () => {
    const stored = await hashPassword('Zoë-und-Maizière');
    expect(await verifyPassword('Zoe\u0308-und-Maizie\u0300re', stored)).toBe(true);
  });

  it('match nothing when the stored value is not one of ours', async () => {
    expect(await verifyPassword('anything', 'plain-text')).toBe(false);
    expect(await verifyPassword('anything', 'bcrypt$10$abc$def')).toBe(false);
  });
});

describe('secrets', () => {
  it('are 256 random bits with their prefix, kept as a digest', () => {
    const a = newSecret('dst_');
    expect(a).toMatch(/^dst_[\w-]{43}$/);
    expect(newSecret('dst_')).not.toBe(a);
    expect(digest(a)).toMatch(/^[\w-]{43}$/);
    expect(digest(a)).toBe(digest(a));
    expect(digest(a)).not.toBe(digest(newSecret()));
  });
});
