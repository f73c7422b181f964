// A write that meets another program's write lock is answered SERVICE_UNAVAILABLE (HTTP 503),
// with nothing saved; reads are answered as usual.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type DossierDatabase, openDatabase } from '@dossier/db';
import { seedDemo } from '@dossier/db/seed';
import { TRPCError } from '@trpc/server';
import { getHTTPStatusCodeFromError } from '@trpc/server/http';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createInnerContext } from './context';
import { createCaller } from './root';
import { expectError } from './test/expect-error';

let folder: string;
let database: DossierDatabase;
let other: DossierDatabase;

beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'dossier-api-lock-'));
  const path = join(folder, 'dossier.db');
  database = openDatabase(path);
  seedDemo(database.db);
  // A second, independent connection to the same file, as a sqlite3 shell would hold.
  other = openDatabase(path);
});
afterEach(() => {
  other.close();
  database.close();
  rmSync(folder, { recursive: true, force: true });
});

const source = { title: 'Written while locked', publisher: 'Lock test', kind: 'news' } as const;
const countTitled = (title: string) =>
  database.sqlite.prepare('select count(*) from sources where title = ?').pluck().get(title);

describe('a write while another program holds the write lock', () => {
  it('is refused with SERVICE_UNAVAILABLE (503), reads go on, and it succeeds afterwards', async () => {
    const caller = createCaller(createInnerContext({ database, actor: 'tester' }));
    other.sqlite.exec('BEGIN IMMEDIATE');
    other.sqlite.exec(
      "insert into sources (id, title, publisher, kind, version, created_at, updated_at) values ('held', 'Held', 'Other', 'news', 1, 'x', 'x')",
    );
    try {
      const error = await caller.sources.create(source).then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(TRPCError);
      expect(getHTTPStatusCodeFromError(error as TRPCError)).toBe(503);
      const message = await expectError(caller.sources.create(source), 'SERVICE_UNAVAILABLE');
      expect(message).toBe(
        'The database is busy: another program (a backup, a sqlite3 shell) is holding its write lock. Nothing was saved; try again in a few seconds.',
      );
      expect(countTitled(source.title)).toBe(0);
      const measure = await caller.measures.get({ ref: 'fr-de-encrypted-messaging-access-2016' });
      expect(measure.measure.slug).toBe('fr-de-encrypted-messaging-access-2016');
    } finally {
      other.sqlite.exec('ROLLBACK');
    }
    expect((await caller.sources.create(source)).title).toBe(source.title);
    expect(countTitled(source.title)).toBe(1);
  });

  it('keeps the other kinds of failure on their own codes', async () => {
    const caller = createCaller(createInnerContext({ database, actor: 'tester' }));
    await expectError(
      caller.sources.update({ id: 'missing', version: 1, title: 'x' }),
      'NOT_FOUND',
    );
  });
});
