// The import rate: a generated interchange file (tier-shaped: ten events, three positions and
// half a stakeholder per measure) imported by `pnpm dossier import` into a real server process
// on a scratch database, over HTTP in batches, as a person would; against a raw batched insert
// of the same rows (every row the import wrote, audit log included, read back from its
// database) into the same schema with prepared statements, 5,000 rows per transaction, the
// search index filled by the schema's own triggers, foreign keys not checked.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { tierInterchange, tierInterchangeText } from '@dossier/db/seed';
import Database from 'better-sqlite3';
import { benchToken, repoRoot, startDossier } from './processes';

export interface ImportRate {
  measures: number;
  records: number;
  rows: number;
  fileMb: number;
  dossier: { seconds: number; rowsPerSecond: number; recordsPerSecond: number; again: number };
  raw: { seconds: number; rowsPerSecond: number };
}

async function dossierCli(args: string[], cwd: string) {
  const started = performance.now();
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts', ...args], {
    cwd: join(repoRoot, 'apps', 'cli'),
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, DOSSIER_URL: '', DOSSIER_TOKEN: benchToken, INIT_CWD: cwd },
  });
  let stdout = '';
  child.stdout.on('data', (chunk) => {
    stdout += chunk;
  });
  const [code] = await once(child, 'exit');
  if (code !== 0) throw new Error(`dossier ${args.join(' ')} exited with ${code}:\n${stdout}`);
  return { seconds: (performance.now() - started) / 1000, stdout };
}

/** Every row of the database's own tables (not the search index's, which triggers fill). */
function ownTables(db: Database.Database) {
  return (
    db
      .prepare(
        "select name, sql from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like '%_fts%' and name not like '__drizzle%'",
      )
      .all() as { name: string; sql: string }[]
  ).map((t) => t.name);
}

function rawInsert(from: string, to: string): { rows: number; seconds: number } {
  const source = new Database(from, { readonly: true });
  const target = new Database(to);
  target.pragma('journal_mode = WAL');
  target.pragma('synchronous = NORMAL');
  target.pragma('foreign_keys = OFF');
  const schema = source
    .prepare(
      "select type, name, sql from sqlite_master where sql is not null and name not like 'sqlite_%' and name not like '__drizzle%' order by case type when 'table' then 0 when 'index' then 1 else 2 end, rowid",
    )
    .all() as { type: string; name: string; sql: string }[];
  const shadow = /_fts_(data|idx|content|docsize|config)$/;
  for (const s of schema) if (!shadow.test(s.name)) target.exec(s.sql);
  const tables = ownTables(source).map((name) => ({
    name,
    rows: source.prepare(`select * from "${name}"`).raw().all() as unknown[][],
    columns: (source.prepare(`select * from "${name}" limit 1`).columns() ?? []).map((c) => c.name),
  }));
  source.close();
  let rows = 0;
  const started = performance.now();
  for (const t of tables) {
    if (t.rows.length === 0) continue;
    const insert = target.prepare(
      `insert into "${t.name}" (${t.columns.map((c) => `"${c}"`).join(', ')}) values (${t.columns.map(() => '?').join(', ')})`,
    );
    const batch = target.transaction((list: unknown[][]) => {
      for (const row of list) insert.run(...row);
    });
    for (let at = 0; at < t.rows.length; at += 5_000) batch(t.rows.slice(at, at + 5_000));
    rows += t.rows.length;
  }
  const seconds = (performance.now() - started) / 1000;
  target.close();
  return { rows, seconds };
}

export async function importRate(measures: number, seed = 1): Promise<ImportRate> {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-import-rate-'));
  try {
    const file = join(dir, `generated-${measures}.json`);
    const size = {
      measures,
      events: measures * 10,
      positions: measures * 3,
      stakeholders: Math.round(measures / 2),
    };
    const out = createWriteStream(file);
    let records = 0;
    for (const page of tierInterchange(size, seed)) records += page.items.length;
    for await (const chunk of tierInterchangeText(size, seed))
      if (!out.write(chunk)) await once(out, 'drain');
    out.end();
    await once(out, 'finish');

    const db = join(dir, 'dossier.db');
    const server = await startDossier(db, { create: true });
    let first: { seconds: number };
    let again: { seconds: number };
    try {
      first = await dossierCli(['import', file, '--url', server.url], dir);
      again = await dossierCli(['import', file, '--url', server.url], dir);
    } finally {
      await server.stop();
    }
    const raw = rawInsert(db, join(dir, 'raw.db'));
    return {
      measures,
      records,
      rows: raw.rows,
      fileMb: statSync(file).size / 1024 / 1024,
      dossier: {
        seconds: first.seconds,
        rowsPerSecond: raw.rows / first.seconds,
        recordsPerSecond: records / first.seconds,
        again: again.seconds,
      },
      raw: { seconds: raw.seconds, rowsPerSecond: raw.rows / raw.seconds },
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
