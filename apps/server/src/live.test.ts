// Live updates over real HTTP: server-sent events from `live.changes` through the server's
// guards, to the typed client and to a raw reader of the stream.
import { createDossierClient, errorCode } from '@dossier/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from './server';

const token = 'live-test-token-1234567';
const quiet = () => {};
let running: RunningServer;

beforeAll(async () => {
  running = await startServer({ db: ':memory:', port: 0, token, log: quiet });
});
afterAll(() => running?.close());

let made = 0;
const newMeasure = () => ({
  slug: `live-http-${++made}`,
  title: `Live over HTTP ${made}`,
  kind: 'regulation' as const,
  jurisdiction: 'EU',
  stage: 'proposal' as const,
});

/** Waits for `check` to hold, polling; fails after a generous while (no speed is asserted). */
async function eventually<T>(check: () => T | undefined, what: string): Promise<T> {
  for (let i = 0; i < 400; i++) {
    const value = check();
    if (value !== undefined) return value;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`gave up waiting for ${what}`);
}

interface Received {
  id: string;
  data: { kind: string; path?: string; measureIds?: string[]; editors?: string[] };
}

/** A second client's subscription, collecting what arrives. */
function subscribeWith(client: ReturnType<typeof createDossierClient>, input = {}) {
  const received: Received[] = [];
  const errors: unknown[] = [];
  const state = { started: false };
  const sub = client.live.changes.subscribe(input, {
    onStarted: () => {
      state.started = true;
    },
    onData: (value) => received.push(value as unknown as Received),
    onError: (error) => errors.push(error),
  });
  return { received, errors, state, stop: () => sub.unsubscribe() };
}

/** Reads a raw SSE answer until `until` matches its text (or the stream ends). */
async function readStream(response: Response, until: RegExp): Promise<string> {
  const reader = response.body?.pipeThrough(new TextDecoderStream()).getReader();
  if (!reader) throw new Error('no body');
  let text = '';
  try {
    while (!until.test(text)) {
      const { value, done } = await reader.read();
      if (done) break;
      text += value;
    }
  } finally {
    await reader.cancel();
  }
  return text;
}

const changesUrl = () => `${running.url}/trpc/live.changes?input=${encodeURIComponent('{}')}`;

describe('live.changes over HTTP', () => {
  it("delivers one client's saved change to another client's subscription", async () => {
    const watcher = createDossierClient({ url: running.url, token });
    const writer = createDossierClient({ url: running.url, token });
    const sub = subscribeWith(watcher);
    try {
      // Subscribed once the server has answered with the open stream.
      await eventually(() => (sub.state.started ? true : undefined), 'the subscription');
      const measure = await writer.measures.create.mutate(newMeasure());
      const change = await eventually(
        () => sub.received.find((r) => r.data.measureIds?.includes(measure.id)),
        'the change to reach the other client',
      );
      expect(change.data).toMatchObject({ kind: 'change', path: 'measures.create' });
      expect(sub.errors).toEqual([]);
    } finally {
      sub.stop();
    }
  }, 20_000);

  it('refuses a signed-out subscriber, on the stream and through the client', async () => {
    const response = await fetch(changesUrl(), { headers: { accept: 'text/event-stream' } });
    expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const text = await readStream(response, /serialized-error[\s\S]*\n\n/);
    expect(text).toContain('event: serialized-error');
    expect(text).toContain('UNAUTHORIZED');
    expect(text).toContain('Sign in first');

    const anonymous = subscribeWith(createDossierClient({ url: running.url }));
    const error = await eventually(() => anonymous.errors[0], 'the refusal');
    expect(errorCode(error)).toBe('UNAUTHORIZED');
    expect(anonymous.received.filter((r) => r.data.kind === 'change')).toEqual([]);
    anonymous.stop();
  }, 20_000);

  it('replays what a client missed when it reconnects with Last-Event-ID', async () => {
    const writer = createDossierClient({ url: running.url, token });
    const auth = { authorization: `Bearer ${token}`, accept: 'text/event-stream' };
    const first = await fetch(changesUrl(), { headers: auth });
    const measure = await writer.measures.create.mutate(newMeasure());
    const seen = await readStream(first, new RegExp(`${measure.id}[\\s\\S]*?\n\n`));
    const block = seen.split('\n\n').find((b) => b.includes(measure.id)) ?? '';
    const lastId = /^id: ?(.+)$/m.exec(block)?.[1];
    expect(lastId).toBeTruthy();

    // Disconnected: two changes happen meanwhile.
    await writer.measures.update.mutate({
      id: measure.id,
      version: measure.version,
      title: 'Missed 1',
    });
    await writer.measures.update.mutate({
      id: measure.id,
      version: measure.version + 1,
      title: 'Missed 2',
    });
    const again = await fetch(changesUrl(), {
      headers: { ...auth, 'last-event-id': lastId ?? '' },
    });
    const replayed = await readStream(again, /measures\.update[\s\S]*measures\.update[\s\S]*?\n\n/);
    expect(replayed.match(/"path":"measures\.update"/g)).toHaveLength(2);
    expect(replayed).not.toContain('"path":"measures.create"');
  }, 20_000);

  it('closes promptly with subscriptions open', async () => {
    const other = await startServer({ db: ':memory:', port: 0, token, log: quiet });
    const sub = subscribeWith(createDossierClient({ url: other.url, token }));
    await eventually(() => (sub.state.started ? true : undefined), 'the subscription');
    const started = Date.now();
    await other.close();
    sub.stop();
    // Not a speed claim: a stream that held the server open would hang until the test timeout.
    expect(Date.now() - started).toBeLessThan(5_000);
  }, 20_000);
});
