// `pnpm dossier export`: the interchange file (or a CSV) read from the server a page at a time
// and written as it comes, to a file or to standard output. A file is written under a temporary
// name and renamed when complete, so an export cut short never leaves a file that looks whole.
import { once } from 'node:events';
import { createWriteStream, existsSync, renameSync, rmSync } from 'node:fs';
import type { DossierClient, RouterInputs, RouterOutputs } from '@dossier/client';
import { countOf, type InterchangeSection, interchangeText } from '@dossier/domain';
import type { DataCommand } from './data-args';

type ExportCommand = Extract<DataCommand, { name: 'export' }>;
type CsvInput = RouterInputs['dataset']['csv'];

/** Pages of the interchange file, following the server's cursor. */
async function* exportPages(client: DossierClient, measure: string | null) {
  let cursor: string | null = null;
  do {
    const page: RouterOutputs['dataset']['export'] = await client.dataset.export.query({
      cursor,
      limit: 200,
      ...(measure ? { measure } : {}),
    });
    yield page;
    cursor = page.nextCursor;
  } while (cursor !== null);
}

/** Pages of CSV text: the header (and byte order mark) with the first. */
async function* csvPages(client: DossierClient, csv: NonNullable<ExportCommand['csv']>) {
  let cursor: string | null = null;
  do {
    const page: RouterOutputs['dataset']['csv'] = await client.dataset.csv.query({
      ...(csv.filters as Omit<CsvInput, 'table'>),
      table: csv.table,
      bom: csv.bom,
      cursor,
    });
    yield page.text;
    cursor = page.nextCursor;
  } while (cursor !== null);
}

/** Writes `chunks` to `file` (through a temporary name) or, without a file, to `stdout`. */
async function writeOut(
  chunks: AsyncIterable<string>,
  file: string | null,
  stdout: (text: string) => void,
): Promise<void> {
  if (file === null) {
    for await (const chunk of chunks) stdout(chunk);
    return;
  }
  const partial = `${file}.partial-${process.pid}`;
  const out = createWriteStream(partial);
  try {
    for await (const chunk of chunks) if (!out.write(chunk)) await once(out, 'drain');
    out.end();
    await once(out, 'finish');
  } catch (error) {
    out.destroy();
    rmSync(partial, { force: true });
    throw error;
  }
  renameSync(partial, file);
}

const names: Record<InterchangeSection, [string, string]> = {
  sources: ['source', 'sources'],
  persons: ['person', 'persons'],
  organizations: ['organization', 'organizations'],
  memberships: ['membership', 'memberships'],
  informationSystems: ['information system', 'information systems'],
  measures: ['measure', 'measures'],
  positions: ['position', 'positions'],
  links: ['link', 'links'],
  measureSystems: ['measure-system link', 'measure-system links'],
  notes: ['note', 'notes'],
  meetings: ['meeting', 'meetings'],
};

/** Runs the export; returns what it wrote, for a line on standard error. */
export async function exportCommand(
  client: DossierClient,
  command: ExportCommand,
  stdout: (text: string) => void,
): Promise<string> {
  if (command.out !== null && existsSync(command.out))
    throw new Error(
      `${command.out} already exists; nothing was written. Choose another name or move the old file away first.`,
    );
  if (command.csv) {
    let rows = -1; // the header
    async function* counted(pages: AsyncIterable<string>) {
      for await (const text of pages) {
        rows += (text.match(/\r\n/g) ?? []).length;
        yield text;
      }
    }
    await writeOut(counted(csvPages(client, command.csv)), command.out, stdout);
    return `Wrote the ${command.csv.table} CSV (a header and ${rows} rows, where a quoted field may span lines)`;
  }
  const counts = new Map<string, number>();
  const pages = exportPages(client, command.measure);
  // The first page is asked for before the file's opening is written, so a server that refuses
  // (no token, say) leaves standard output empty rather than holding half a file.
  const first = await pages.next();
  async function* tallied() {
    for (let next = first; !next.done; next = await pages.next()) {
      const page = next.value;
      counts.set(page.section, (counts.get(page.section) ?? 0) + page.items.length);
      yield page;
    }
  }
  await writeOut(interchangeText(tallied()), command.out, stdout);
  const held = [...counts]
    .filter(([, n]) => n > 0)
    .map(([section, n]) => countOf(n, 'en', ...names[section as InterchangeSection]));
  return `Exported ${held.join(', ') || 'an empty dossier'}`;
}
