import type { ServerResponse } from 'node:http';
import { csvExport, type DossierDatabase, DossierError } from '@dossier/db';
import { csvKinds, csvRequestOf, todayUtc } from '@dossier/domain';

export const csvPrefix = '/export/';

type Refuse = (status: number, reason: string) => void;

/**
 * `/export/<measures|positions|events>.csv?<the schedule's filters>`: a plain download address
 * a browser, a spreadsheet or curl can open, streamed a page of measures at a time so a large
 * dossier never sits whole in memory.
 */
export function answerCsv(
  database: DossierDatabase,
  pathname: string,
  searchParams: URLSearchParams,
  res: ServerResponse,
  head: boolean,
  refuse: Refuse,
) {
  const name = pathname.slice(csvPrefix.length);
  if (!name.endsWith('.csv') || name.includes('/'))
    return refuse(404, 'Downloads are /export/measures.csv, positions.csv and events.csv.');
  const table = name.slice(0, -'.csv'.length);
  const request = csvRequestOf(table, searchParams);
  if (!request.ok)
    return refuse((csvKinds as readonly string[]).includes(table) ? 400 : 404, request.message);

  const today = todayUtc();
  const pieces = csvExport(database.db, request.table, request.filters, {
    bom: request.bom,
    today,
  });
  // The first page is read before the headers go out, so an unknown measure is still a 404.
  let first: IteratorResult<string>;
  try {
    first = pieces.next();
  } catch (error) {
    if (error instanceof DossierError && error.kind === 'NOT_FOUND')
      return refuse(404, error.message);
    throw error;
  }
  const scope = request.filters.measure
    ? `-${request.filters.measure.replace(/[^\w.-]+/g, '-')}`
    : '';
  res.writeHead(200, {
    'content-type': 'text/csv; charset=utf-8',
    'content-disposition': `attachment; filename="dossier-${request.table}${scope}-${today}.csv"`,
    'cache-control': 'no-store',
  });
  if (head) return res.end();
  // A slow client sets the pace: the next page is read once the socket has drained.
  const pump = () => {
    try {
      for (let next = pieces.next(); !next.done; next = pieces.next())
        if (!res.write(next.value)) return void res.once('drain', pump);
      res.end();
    } catch (error) {
      // The headers are gone: cutting the connection is the honest way to say the file is short.
      res.destroy(error as Error);
    }
  };
  res.once('close', () => pieces.return(undefined));
  if (first.done) return void res.end();
  if (res.write(first.value)) pump();
  else res.once('drain', pump);
}
