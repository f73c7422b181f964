import { existsSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import sirv from 'sirv';

const immutable = 'public, max-age=31536000, immutable';

/**
 * Serves the dashboard's build through sirv: files are listed once at start (so no request
 * reaches the file system by a path it made up), precompressed `.br`/`.gz` twins are sent to
 * browsers that take them, with ETags. Hashed assets are cached for good; index.html and other
 * unhashed files are revalidated, so a new release shows at the next load. A path without an
 * extension that names no file is a dashboard route and gets index.html.
 */
export function createStaticHandler(root: string | null) {
  const built = root !== null && existsSync(join(root, 'index.html'));
  const serve = built
    ? sirv(root, {
        dev: false,
        etag: true,
        brotli: true,
        gzip: true,
        single: true,
        setHeaders: (res, pathname) => {
          res.setHeader('cache-control', pathname.startsWith('/assets/') ? immutable : 'no-cache');
        },
      })
    : null;

  return (req: IncomingMessage, res: ServerResponse, notFound: (reason: string) => void) => {
    if (!serve) {
      res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(
        'The dashboard is not built yet: run `pnpm start` from the repository root (it builds apps/web).\n',
      );
      return;
    }
    // sirv's byte ranges trust the header (a reversed range throws); the dashboard needs none.
    delete req.headers.range;
    serve(req, res, () => notFound('No such file.'));
  };
}
