// The typed client (@dossier/client) against a real server on a free port.
import { createServer as createHttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  createDossierClient,
  describeError,
  errorCode,
  isNotFound,
  type RouterOutputs,
} from '@dossier/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from './server';
import { freePort, initiativeSlug, reportedStakeholderNames } from './testing';

const token = 'secret-token-1234567';
const quiet = () => {};

/** Anyone may read it (a published tracker); writes need the token. */
let open: RunningServer;
/** Nothing without a credential. */
let guarded: RunningServer;

beforeAll(async () => {
  [open, guarded] = await Promise.all([
    startServer({ db: ':memory:', port: 0, token, publicReads: true, log: quiet }),
    startServer({ db: ':memory:', port: 0, token, log: quiet }),
  ]);
});

afterAll(async () => {
  await Promise.all([open?.close(), guarded?.close()]);
});

/** Runs a call that must fail and hands back what it threw. */
async function failure(call: () => Promise<unknown>): Promise<unknown> {
  try {
    await call();
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to fail, but it succeeded');
}

let made = 0;
const newMeasure = () => {
  made++;
  return {
    slug: `client-test-measure-${made}`,
    title: `Client test measure ${made}`,
    kind: 'regulation' as const,
    jurisdiction: 'EU',
    stage: 'proposal' as const,
  };
};

describe('reading', () => {
  it('lists the demo measures with typed fields', async () => {
    const client = createDossierClient({ url: open.url });
    const page = await client.measures.list.query({ limit: 50 });
    const cards: RouterOutputs['measures']['list']['items'] = page.items;

    expect(page.nextCursor).toBeNull();
    const initiative = cards.find((m) => m.slug === initiativeSlug);
    expect(initiative).toMatchObject({
      kind: 'initiative',
      jurisdiction: 'EU',
      stage: 'announced',
    });
    expect(initiative?.lastEvent?.date).toMatch(/^2016-08/);
    expect(cards.length).toBeGreaterThanOrEqual(3);
  });

  it('accepts a trailing slash on the server address', async () => {
    const client = createDossierClient({ url: `${open.url}/` });
    const brief = await client.measures.get.query({ ref: initiativeSlug });
    expect(brief.measure.slug).toBe(initiativeSlug);
  });

  it('gets the brief of the initiative with every stakeholder of the report', async () => {
    const client = createDossierClient({ url: open.url });
    const brief = await client.measures.get.query({ ref: initiativeSlug });
    const names = brief.stakeholders.items.map((s) => s.stakeholder.name);

    for (const name of reportedStakeholderNames) {
      expect(names).toContain(name);
    }
    expect(brief.reviews.map((r) => r.measure.kind)).toEqual(['review']);
  });

  it('reports an unknown ref as NOT_FOUND with a readable message', async () => {
    const client = createDossierClient({ url: open.url });
    const error = await failure(() => client.measures.get.query({ ref: 'no-such-measure' }));

    expect(errorCode(error)).toBe('NOT_FOUND');
    expect(isNotFound(error)).toBe(true);
    // The request id lets a person's report be matched to the server's log.
    expect(describeError(error)).toMatch(
      /^No measure matches "no-such-measure"\. \(request [0-9a-f-]{36}\)$/,
    );
  });

  it('reads a guarded server with a token, and says how to sign in without one', async () => {
    const anonymous = createDossierClient({ url: guarded.url });
    const error = await failure(() => anonymous.measures.list.query({}));
    expect(errorCode(error)).toBe('UNAUTHORIZED');
    expect(describeError(error)).toMatch(/^Sign in first: .*Authorization: Bearer <token>/);

    const client = createDossierClient({ url: guarded.url, token });
    const brief = await client.measures.get.query({ ref: initiativeSlug });
    expect(brief.measure.slug).toBe(initiativeSlug);
  });

  it('reports bad input as BAD_REQUEST naming the field', async () => {
    const client = createDossierClient({ url: open.url });
    const error = await failure(() => client.measures.list.query({ limit: 0 }));

    expect(errorCode(error)).toBe('BAD_REQUEST');
    expect(isNotFound(error)).toBe(false);
    expect(describeError(error)).toMatch(/^Invalid input: limit: limit must be at least 1/);
  });
});

describe('writing', () => {
  it('refuses a write without the token when the server has one', async () => {
    const client = createDossierClient({ url: guarded.url });
    const error = await failure(() => client.measures.create.mutate(newMeasure()));

    expect(errorCode(error)).toBe('UNAUTHORIZED');
    expect(describeError(error)).toContain('Authorization: Bearer');
  });

  it('refuses a write with the wrong token', async () => {
    const client = createDossierClient({ url: guarded.url, token: 'not-the-token' });
    const error = await failure(() => client.measures.create.mutate(newMeasure()));
    expect(errorCode(error)).toBe('UNAUTHORIZED');
    expect(describeError(error)).toMatch(/not valid/);
  });

  it('refuses a write without a token when anyone may read', async () => {
    const client = createDossierClient({ url: open.url });
    const error = await failure(() => client.measures.create.mutate(newMeasure()));
    expect(errorCode(error)).toBe('UNAUTHORIZED');
  });

  it('accepts a write with the token and records the actor the credential names', async () => {
    const client = createDossierClient({ url: guarded.url, token });
    const input = newMeasure();
    const created = await client.measures.create.mutate(input);

    expect(created).toMatchObject({ slug: input.slug, title: input.title, version: 1 });
    const history = await client.measures.history.query({ id: created.id });
    expect(history.items.length).toBeGreaterThan(0);
    expect(history.items.every((change) => change.actor === 'server token')).toBe(true);
  });

  it('writes with an API token, recorded under its creator and label', async () => {
    const admin = createDossierClient({ url: guarded.url, token });
    const made = await admin.tokens.create.mutate({ label: 'Client Test', role: 'editor' });
    const client = createDossierClient({ url: guarded.url, token: made.token });
    const created = await client.measures.create.mutate(newMeasure());
    const history = await client.measures.history.query({ id: created.id });
    expect(history.items.length).toBeGreaterThan(0);
    expect(
      history.items.every((change) => change.actor === 'server token (token "Client Test")'),
    ).toBe(true);

    // An editor's token cannot make itself more tokens.
    const error = await failure(() =>
      client.tokens.create.mutate({ label: 'More', role: 'admin' }),
    );
    expect(errorCode(error)).toBe('FORBIDDEN');
    expect(describeError(error)).toMatch(/needs the admin role/);
  });

  it('refuses an update sent with a stale version as CONFLICT', async () => {
    const client = createDossierClient({ url: open.url, token });
    const created = await client.measures.create.mutate(newMeasure());
    const updated = await client.measures.update.mutate({
      id: created.id,
      version: created.version,
      title: 'Edited first',
    });
    expect(updated.version).toBe(created.version + 1);

    const error = await failure(() =>
      client.measures.update.mutate({
        id: created.id,
        version: created.version,
        title: 'Edited second',
      }),
    );
    expect(errorCode(error)).toBe('CONFLICT');
    expect(describeError(error)).toContain('changed by someone else');
    const brief = await client.measures.get.query({ ref: created.id });
    expect(brief.measure.title).toBe('Edited first');
  });
});

describe('when the server cannot be reached', () => {
  it('says where it looked and how to start the server', async () => {
    const url = `http://127.0.0.1:${await freePort()}`;
    const client = createDossierClient({ url });
    const error = await failure(() => client.measures.list.query({}));

    expect(errorCode(error)).toBeNull();
    expect(describeError(error)).toBe(
      `Cannot reach the Dossier server at ${url}: is it running? (start it with \`pnpm start\`)`,
    );
  });

  it('says so when something other than a Dossier server answers', async () => {
    const other = createHttpServer((_req, res) => {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('Not found.\n');
    });
    await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = other.address() as AddressInfo;
      const client = createDossierClient({ url: `http://127.0.0.1:${port}` });
      const message = describeError(await failure(() => client.measures.list.query({})));

      expect(message).toMatch(/^The server did not answer as a Dossier server/);
      expect(message).not.toContain('\n');
    } finally {
      await new Promise<void>((resolve) => other.close(() => resolve()));
    }
  });

  it('does not blame the network for errors that are not about it', () => {
    expect(describeError(new Error('boom'))).toBe('boom');
    expect(describeError('plain text')).toBe('plain text');
  });
});
