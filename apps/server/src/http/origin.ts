import { isIP } from 'node:net';

/**
 * Which Host and Origin headers this server answers to. DNS rebinding works by pointing a name
 * the attacker controls at 127.0.0.1, so the browser sends that name as Host: a request for a
 * name we were not told about is refused. IP literals cannot be rebound and are always served,
 * so a team can reach the server by its address on the network.
 */
export function createOriginPolicy(options: { host: string; publicUrl: string | null }) {
  const names = new Set<string>(['localhost']);
  if (!isIP(options.host) && options.host !== '0.0.0.0') names.add(options.host.toLowerCase());
  const publicOrigin = options.publicUrl ? new URL(options.publicUrl).origin : null;
  if (options.publicUrl) names.add(new URL(options.publicUrl).hostname.toLowerCase());

  const hostnameOf = (host: string) => {
    try {
      return new URL(`http://${host}`).hostname.replace(/^\[|\]$/g, '').toLowerCase();
    } catch {
      return null;
    }
  };

  return {
    /** Null when the Host header is one we serve, else the reason for a 421. */
    checkHost(host: string | undefined): string | null {
      // HTTP/1.0 clients may send none; browsers always do, so no rebinding is possible then.
      if (host === undefined) return null;
      const name = hostnameOf(host);
      if (name && (isIP(name) || names.has(name) || name.endsWith('.localhost'))) return null;
      return `This Dossier server does not answer to the host name "${name ?? host}". If people reach it by that name, start it with --public-url https://${name ?? 'that-name'} (DOSSIER_PUBLIC_URL).`;
    },
    /**
     * Null when a browser's Origin (if any) is this server itself, else the reason for a 403.
     * Scripts and the CLI send no Origin and are judged by their token alone.
     */
    checkOrigin(origin: string | undefined, host: string | undefined): string | null {
      if (origin === undefined) return null;
      if (publicOrigin && origin === publicOrigin) return null;
      try {
        const url = new URL(origin);
        if (host !== undefined && url.host.toLowerCase() === host.toLowerCase()) return null;
      } catch {
        // "null" (a sandboxed frame or a file) and garbage fall through to the refusal.
      }
      return `Writes from another site (${origin.slice(0, 100)}) are refused: open Dossier at its own address to change the record.`;
    },
  };
}

export type OriginPolicy = ReturnType<typeof createOriginPolicy>;
