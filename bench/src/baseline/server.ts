// The baseline: a bare node:http server answering the benchmark's requests with hand-written
// SQL over better-sqlite3 on the same database file, in tRPC's envelope ({ result: { data } }).
// Started by bench.ts as a child process, like the real server: node src/baseline/server.ts
// --db FILE --port 0; prints "baseline http://127.0.0.1:PORT" once it listens.
import { createServer } from 'node:http';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { baselineQueries } from './queries';

const { values } = parseArgs({
  options: { db: { type: 'string' }, port: { type: 'string', default: '0' } },
});
if (!values.db) throw new Error('--db FILE is required');
const sqlite = new Database(values.db, { readonly: true, fileMustExist: true });
sqlite.pragma('busy_timeout = 5000');
const queries = baselineQueries(sqlite);
const today = () => new Date().toISOString().slice(0, 10);

type Input = Record<string, unknown>;
const routes: Record<string, (input: Input) => unknown> = {
  'measures.get': (input) => queries.brief(String(input.ref), today()),
  'measures.list': (input) => queries.measuresList(input, today()),
  'measures.stageCounts': (input) => queries.stageCounts(input),
  'stakeholders.list': (input) => queries.stakeholdersList(input.limit as number | undefined),
  'systems.list': (input) => queries.systemsList(input.limit as number | undefined),
  'search.query': (input) => queries.search(String(input.q), input.limit as number | undefined),
};

const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://x');
  if (url.pathname === '/healthz') {
    res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
    return;
  }
  const route = routes[url.pathname.replace(/^\/trpc\//, '')];
  if (!route) {
    res.writeHead(404).end();
    return;
  }
  try {
    const raw = url.searchParams.get('input');
    const data = route(raw ? (JSON.parse(raw) as Input) : {});
    if (data === null) {
      res.writeHead(404, { 'content-type': 'application/json' }).end('{"error":"not found"}');
      return;
    }
    const body = JSON.stringify({ result: { data } });
    res.writeHead(200, {
      'content-type': 'application/json',
      'content-length': Buffer.byteLength(body),
    });
    res.end(body);
  } catch (error) {
    res.writeHead(500).end(String((error as Error).message));
  }
});
server.listen(Number(values.port), '127.0.0.1', () => {
  const address = server.address();
  if (address && typeof address === 'object')
    console.log(`baseline http://127.0.0.1:${address.port}`);
});
const stop = () => server.close(() => process.exit(0));
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
