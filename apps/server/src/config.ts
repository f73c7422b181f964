import { isAbsolute, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';

const schema = z.object({
  port: z.coerce
    .number({ error: 'PORT must be a whole number' })
    .int('PORT must be a whole number')
    .min(0, 'PORT must be between 0 and 65535')
    .max(65535, 'PORT must be between 0 and 65535'),
  host: z.string().min(1),
  db: z.string().min(1, 'DOSSIER_DB must be a file path'),
  token: z.string().min(8, 'DOSSIER_TOKEN must be at least 8 characters').nullable(),
  webDir: z.string().nullable(),
  seed: z.boolean(),
});

export type Config = z.infer<typeof schema>;

/**
 * The one place that reads settings: flags (--port, --db, --host, --no-seed) win over the
 * environment (PORT, HOST, DOSSIER_DB, DOSSIER_TOKEN, DOSSIER_WEB_DIR). A relative database path
 * is taken from where the command was started (pnpm's INIT_CWD), not from apps/server.
 */
export function loadConfig(argv: string[], env: NodeJS.ProcessEnv): Config {
  const { values } = parseArgs({
    args: argv,
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      db: { type: 'string' },
      'no-seed': { type: 'boolean' },
    },
    strict: true,
  });
  const startDir = env.INIT_CWD ?? process.cwd();
  const db = values.db ?? env.DOSSIER_DB ?? './data/dossier.db';
  const parsed = schema.safeParse({
    port: values.port ?? env.PORT ?? 3000,
    host: values.host ?? env.HOST ?? '127.0.0.1',
    db: db === ':memory:' || isAbsolute(db) ? db : resolve(startDir, db),
    token: env.DOSSIER_TOKEN || null,
    webDir: env.DOSSIER_WEB_DIR || null,
    seed: !values['no-seed'],
  });
  if (!parsed.success) {
    throw new Error(`Invalid settings: ${parsed.error.issues.map((i) => i.message).join('; ')}`);
  }
  return parsed.data;
}
