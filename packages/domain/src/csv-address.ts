// The address of a CSV download, `/export/<table>.csv?stage=proposal&kind=regulation&bom=1`,
// written by the dashboard from the filters on screen and read back by the server route with
// the same rules, so that what is filtered is what is downloaded.
import { type CsvKind, csvKinds, type MeasureFilterQuery, measureFilterInput } from './dataset';

/** What an address's query string offers (URLSearchParams has it, in browsers and in Node). */
export interface QueryParams {
  get(name: string): string | null;
  getAll(name: string): string[];
}

const listParams = ['stage', 'kind', 'jurisdiction'] as const;

/** `/export/measures.csv?...` for the measures (positions, events) under `filters`. */
export function csvDownloadPath(
  table: CsvKind,
  filters: Partial<MeasureFilterQuery>,
  options: { bom?: boolean } = {},
): string {
  const query: string[] = [];
  const add = (name: string, value: string) => query.push(`${name}=${encodeURIComponent(value)}`);
  for (const name of listParams) for (const value of filters[name] ?? []) add(name, value);
  if (filters.policyArea) add('policyArea', filters.policyArea);
  if (filters.q) add('q', filters.q);
  if (filters.measure) add('measure', filters.measure);
  if (options.bom) add('bom', '1');
  return `/export/${table}.csv${query.length ? `?${query.join('&')}` : ''}`;
}

/**
 * The table, filters and byte order mark a download address asks for, or why it cannot be
 * served (the message names the parameter, for a 400 answer).
 */
export function csvRequestOf(
  table: string,
  params: QueryParams,
):
  | { ok: true; table: CsvKind; filters: MeasureFilterQuery; bom: boolean }
  | { ok: false; message: string } {
  if (!(csvKinds as readonly string[]).includes(table))
    return {
      ok: false,
      message: `There is no ${table}.csv: ask for ${csvKinds.map((k) => `${k}.csv`).join(', ')}.`,
    };
  const list = (name: string) => {
    const values = params
      .getAll(name)
      .flatMap((v) => v.split(','))
      .map((v) => v.trim())
      .filter(Boolean);
    return values.length ? values : undefined;
  };
  const parsed = measureFilterInput.safeParse({
    stage: list('stage'),
    kind: list('kind'),
    jurisdiction: list('jurisdiction'),
    policyArea: params.get('policyArea') ?? undefined,
    q: params.get('q') ?? undefined,
    measure: params.get('measure') ?? undefined,
  });
  if (!parsed.success)
    return {
      ok: false,
      message: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '),
    };
  const bom = params.get('bom');
  return {
    ok: true,
    table: table as CsvKind,
    filters: parsed.data,
    bom: bom === '1' || bom === 'true',
  };
}
