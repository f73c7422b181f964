import { isAbsolute, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';

const yes = (value: string | undefined) => value !== undefined && /^(1|true|yes)$/i.test(value);

const publicUrlSchema = z
  .string()
  .trim()
  .refine((value) => {
    try {
      const url = new URL(value);
      return (url.protocol === 'http:' || url.protocol === 'https:') && url.pathname === '/';
    } catch {
      return false;
    }
  }, 'DOSSIER_PUBLIC_URL must be the address people open, such as https://dossier.example.org (no path)');

const schema = z.object({
  port: z.coerce
    .number({ error: 'PORT must be a whole number' })
    .int('PORT must be a whole number')
    .min(0, 'PORT must be between 0 and 65535')
    .max(65535, 'PORT must be between 0 and 65535'),
  host: z.string().min(1),
  db: z.string().min(1, 'DOSSIER_DB must be a file path'),
  token: z
    .string()
    .min(
      16,
      'DOSSIER_ADMIN_TOKEN must be at least 16 characters (it opens everything): try `openssl rand -base64 32`',
    )
    .nullable(),
  webDir: z.string().nullable(),
  seed: z.boolean(),
  create: z.boolean(),
  publicUrl: publicUrlSchema.nullable(),
  publicReads: z.boolean(),
  trustProxy: z.boolean(),
});

export type Config = z.infer<typeof schema>;

/**
 * The one place that reads settings: flags win over the environment. A relative database path
 * is taken from where the command was started (pnpm's INIT_CWD), not from apps/server.
 *
 * | flag                  | environment                   |
 * | --port N              | PORT                          |
 * | --host H              | HOST                          |
 * | --db PATH             | DOSSIER_DB                    |
 * | --public-url URL      | DOSSIER_PUBLIC_URL            |
 * | --no-seed             |                               |
 * | --no-create           | DOSSIER_NO_CREATE=1           |
 * | --public-reads        | DOSSIER_PUBLIC_READS=1        |
 * | --trust-proxy         | DOSSIER_TRUST_PROXY=1         |
 * |                       | DOSSIER_ADMIN_TOKEN, DOSSIER_WEB_DIR |
 */
export function loadConfig(argv: string[], env: NodeJS.ProcessEnv): Config {
  const { values } = parseArgs({
    args: argv,
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      db: { type: 'string' },
      'public-url': { type: 'string' },
      'no-seed': { type: 'boolean' },
      'no-create': { type: 'boolean' },
      'public-reads': { type: 'boolean' },
      'trust-proxy': { type: 'boolean' },
    },
    strict: true,
  });
  const startDir = env.INIT_CWD ?? process.cwd();
  // An empty variable counts as unset, as shells and service files often leave them.
  const db = values.db ?? (env.DOSSIER_DB || './data/dossier.db');
  const parsed = schema.safeParse({
    port: values.port ?? (env.PORT || 3000),
    host: values.host ?? (env.HOST || '127.0.0.1'),
    db: db === ':memory:' || isAbsolute(db) ? db : resolve(startDir, db),
    token: env.DOSSIER_ADMIN_TOKEN || null,
    webDir: env.DOSSIER_WEB_DIR || null,
    seed: !values['no-seed'],
    create: !(values['no-create'] || yes(env.DOSSIER_NO_CREATE)),
    publicUrl: values['public-url'] ?? (env.DOSSIER_PUBLIC_URL || null),
    publicReads: Boolean(values['public-reads'] || yes(env.DOSSIER_PUBLIC_READS)),
    trustProxy: Boolean(values['trust-proxy'] || yes(env.DOSSIER_TRUST_PROXY)),
  });
  if (!parsed.success) {
    throw new Error(`Invalid settings: ${parsed.error.issues.map((i) => i.message).join('; ')}`);
  }
  return parsed.data;
}
