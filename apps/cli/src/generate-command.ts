// `pnpm dossier generate --tier S|M|L [--seed N] --db FILE`: a made-up dossier of a tier's size
// written into a new database through the interchange import, for benchmarks and for trying
// Dossier at scale. It works on the database file itself, like backup and restore, and
// refuses a database that already holds measures: it is not for a real dossier.
import { openDatabase } from '@dossier/db';
import { generateDossier, tierRecordCount, tierShape, tiers } from '@dossier/db/seed';
import cliProgress from 'cli-progress';
import type { DataCommand } from './data-args';

const grouped = (n: number) => n.toLocaleString('en');

export function generateCommand(
  command: Extract<DataCommand, { name: 'generate' }>,
  progress?: NodeJS.WritableStream,
): string {
  const size = tiers[command.tier];
  const database = openDatabase(command.db);
  try {
    const held = database.sqlite.prepare('select count(*) from measures').pluck().get() as number;
    if (held > 0)
      throw new Error(
        `${command.db} already holds ${grouped(held)} measures: generate fills a new database only. Give another --db.`,
      );
    const total = tierRecordCount(size);
    const bar = progress
      ? new cliProgress.SingleBar(
          {
            stream: progress,
            format:
              '{bar} {percentage}% | {value}/{total} records, {rate}/s | {section} | {eta_formatted} left',
            hideCursor: true,
            clearOnComplete: true,
            barsize: 24,
            fps: 5,
          },
          cliProgress.Presets.shades_classic,
        )
      : null;
    const started = performance.now();
    bar?.start(total, 0, { section: 'sources', rate: 0 });
    const done = generateDossier(database.db, size, {
      seed: command.seed,
      onProgress: (records, _total, section) =>
        bar?.update(records, {
          section,
          rate: grouped(
            Math.round(records / Math.max((performance.now() - started) / 1000, 0.001)),
          ),
        }),
    });
    bar?.stop();
    database.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    const { counts } = done.result;
    if (counts.rejected > 0)
      throw new Error(
        `${counts.rejected} generated records were refused (a bug of the generator): ${JSON.stringify(done.result.rejected.slice(0, 3))}`,
      );
    const shape = tierShape(size);
    return `Generated tier ${command.tier} (seed ${command.seed}) into ${command.db} in ${done.seconds.toFixed(1)} s: ${grouped(shape.measures)} measures, ${grouped(shape.events)} events, ${grouped(shape.positions)} positions, ${grouped(shape.stakeholders)} stakeholders, ${grouped(shape.sources)} sources, ${grouped(shape.links)} links, ${grouped(shape.measureSystems)} system actions (${grouped(done.records)} records, ${grouped(Math.round(done.records / done.seconds))}/s).\n`;
  } finally {
    database.close();
  }
}
