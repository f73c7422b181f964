import type { ServerResponse } from 'node:http';
import { checkHealth, type DossierDatabase } from '@dossier/db';

/**
 * /healthz: readable, writable and on this build's schema, each said separately, with 503 and
 * the reason when any fails. It never waits on another program's lock.
 */
export function answerHealth(database: DossierDatabase, res: ServerResponse, head: boolean) {
  const health = checkHealth(database);
  const body = JSON.stringify({
    status: health.ok ? 'ok' : 'unavailable',
    readable: health.readable,
    writable: health.writable,
    schemaCurrent: health.schemaCurrent,
    locked: health.locked,
    ...(health.ok ? {} : { reason: health.reason }),
  });
  res.writeHead(health.ok ? 200 : 503, {
    'content-type': 'application/json',
    'cache-control': 'no-store',
  });
  res.end(head ? undefined : body);
}
