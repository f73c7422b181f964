// The team's notes over real HTTP on a published tracker (public reads): a reader who is not
// signed in gets 401 for notes and meetings, finds none in search and none in an export; the
// token's holder writes and reads them.
import { createDossierClient, errorCode } from '@dossier/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from './server';
import { initiativeSlug } from './testing';

const token = 'secret-token-notes-1234';
let server: RunningServer;

beforeAll(async () => {
  server = await startServer({ db: ':memory:', port: 0, token, publicReads: true, log: () => {} });
});
afterAll(async () => {
  await server?.close();
});

async function codeOf(call: () => Promise<unknown>) {
  try {
    await call();
    return 'ok';
  } catch (error) {
    return errorCode(error);
  }
}

describe('notes on a published tracker', () => {
  it('stay with the team', async () => {
    const team = createDossierClient({ url: server.url, token });
    const anyone = createDossierClient({ url: server.url });
    const note = await team.notes.create.mutate({
      subjectKind: 'measure',
      subjectRef: initiativeSlug,
      body: 'Narwhal: ask the rapporteur <script>alert(1)</script>',
    });
    expect(note.body).toContain('<script>');
    expect(
      (await team.notes.list.query({ subjectKind: 'measure', subjectRef: initiativeSlug })).items,
    ).toHaveLength(1);

    expect(
      await codeOf(() =>
        anyone.notes.list.query({ subjectKind: 'measure', subjectRef: initiativeSlug }),
      ),
    ).toBe('UNAUTHORIZED');
    expect(await codeOf(() => anyone.meetings.list.query({ measureRef: initiativeSlug }))).toBe(
      'UNAUTHORIZED',
    );
    expect(
      await codeOf(() =>
        anyone.notes.create.mutate({
          subjectKind: 'measure',
          subjectRef: initiativeSlug,
          body: 'x',
        }),
      ),
    ).toBe('UNAUTHORIZED');

    const found = async (client: typeof anyone) =>
      (await client.search.query.query({ q: 'narwhal' })).groups.flatMap((g) =>
        g.items.map((i) => i.kind),
      );
    expect(await found(team)).toEqual(['note']);
    expect(await found(anyone)).toEqual([]);

    const exported = async (client: typeof anyone) => {
      let notes = 0;
      let cursor: string | null = null;
      do {
        const page = await client.dataset.export.query({
          measure: initiativeSlug,
          cursor,
          limit: 200,
        });
        if (page.section === 'notes') notes += page.items.length;
        cursor = page.nextCursor;
      } while (cursor);
      return notes;
    };
    expect(await exported(team)).toBe(1);
    expect(await exported(anyone)).toBe(0);
  });
});
