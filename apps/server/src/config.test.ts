import { describe, expect, it } from 'vitest';
import { loadConfig } from './config';

describe('loadConfig', () => {
  it('defaults to port 3000 and ./data/dossier.db under the directory the command started in', () => {
    const config = loadConfig([], { INIT_CWD: '/srv/dossier' });
    expect(config).toMatchObject({
      port: 3000,
      db: '/srv/dossier/data/dossier.db',
      token: null,
      seed: true,
      publicReads: false,
    });
    expect(loadConfig(['--public-reads'], {}).publicReads).toBe(true);
    expect(loadConfig([], { DOSSIER_PUBLIC_READS: '1' }).publicReads).toBe(true);
    expect(loadConfig([], {}).trustProxy).toBe(false);
    expect(loadConfig(['--trust-proxy'], {}).trustProxy).toBe(true);
  });

  it('takes flags over environment variables', () => {
    const config = loadConfig(['--port', '4000', '--db', '/tmp/x.db'], {
      PORT: '5000',
      DOSSIER_DB: '/tmp/y.db',
    });
    expect(config).toMatchObject({ port: 4000, db: '/tmp/x.db' });
    expect(loadConfig([], { PORT: '5000', DOSSIER_DB: '/tmp/y.db' })).toMatchObject({
      port: 5000,
      db: '/tmp/y.db',
    });
  });

  it('explains bad settings', () => {
    expect(() => loadConfig(['--port', 'abc'], {})).toThrow(/PORT must be a whole number/);
    expect(() => loadConfig(['--port', '70000'], {})).toThrow(/between 0 and 65535/);
    expect(() => loadConfig([], { DOSSIER_ADMIN_TOKEN: 'short' })).toThrow(
      /at least 16 characters/,
    );
    expect(() => loadConfig(['--bogus'], {})).toThrow(/bogus/);
  });
});
