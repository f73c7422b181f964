import { limits } from '../limits';

export type Target =
  | { ok: true; pathname: string; decodedPath: string; search: string }
  | { ok: false; status: 400 | 414; reason: string };

/**
 * Reads the request target without trusting it: `new URL()` throws on `//` or `http://`,
 * and `decodeURIComponent` throws on `%zz`, and either used to end the process. Every way a
 * target can be wrong becomes a 400 (or 414 when too long) with the reason.
 */
export function parseTarget(raw: string | undefined): Target {
  if (!raw) return { ok: false, status: 400, reason: 'The request has no path.' };
  if (Buffer.byteLength(raw) > limits.maxUrlBytes) {
    return {
      ok: false,
      status: 414,
      reason: `The address is longer than ${limits.maxUrlBytes} bytes; send fewer calls in one batch or the input in a POST body.`,
    };
  }
  let target = raw;
  if (!target.startsWith('/')) {
    // The absolute form (`GET http://host/path`) is legal HTTP/1.1; anything else is not.
    try {
      const url = new URL(target);
      if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('scheme');
      target = url.pathname + url.search;
    } catch {
      return {
        ok: false,
        status: 400,
        reason: 'The request target is not a path or an http address.',
      };
    }
  }
  const query = target.indexOf('?');
  const pathname = query === -1 ? target : target.slice(0, query);
  const search = query === -1 ? '' : target.slice(query);
  if (pathname.startsWith('//')) {
    return { ok: false, status: 400, reason: 'The path starts with "//"; use a single slash.' };
  }
  let decodedPath: string;
  try {
    decodedPath = decodeURIComponent(pathname);
  } catch {
    return {
      ok: false,
      status: 400,
      reason: 'The path holds a broken percent-escape (such as "%zz").',
    };
  }
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
  if (/[\u0000-\u001f\u007f]/.test(decodedPath) || !decodedPath.isWellFormed()) {
    return { ok: false, status: 400, reason: 'The path holds control characters or broken text.' };
  }
  return { ok: true, pathname, decodedPath, search };
}
