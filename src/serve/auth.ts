import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { isLoopbackHost } from './settings.js';

/**
 * `Authorization: Bearer <token>`, compared in constant time: both sides are hashed first (SHA-256),
 * so neither the token's characters nor its length show in how long a wrong guess takes.
 */
export function bearerCheck(token: string): (header: string | undefined) => boolean {
  const expected = createHash('sha256').update(token, 'utf8').digest();
  return (header) => {
    const m = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(header ?? '');
    const given = createHash('sha256').update(m ? m[1]! : '', 'utf8').digest();
    // Hashing the empty string for a missing header keeps even that case on the same path.
    return timingSafeEqual(given, expected) && !!m;
  };
}

/**
 * Requests a web page may have sent on someone's behalf are refused on a loopback server: a `Host`
 * that is not a loopback name (DNS rebinding: a site whose name resolves to 127.0.0.1 would read our
 * answers), and an `Origin` other than the server's own (another site posting articles from a
 * visitor's browser). Tools (curl, a CMS plugin, a notebook) send no Origin and a loopback Host.
 */
export function foreignRequest(headers: IncomingHttpHeaders, loopback: boolean): string | undefined {
  // Off loopback a token is required, and a browser cannot add one to a request it is tricked into
  // sending (that takes a CORS preflight, which this server never grants).
  if (!loopback) return undefined;
  const host = headers.host ?? '';
  if (!isLoopbackHost(hostName(host))) return `Host '${host.slice(0, 100)}' is not this loopback server's`;
  const origin = headers.origin;
  if (origin !== undefined && origin !== `http://${host}`) return `requests from the web page ${origin.slice(0, 100)} are not accepted`;
  return undefined;
}

/** `127.0.0.1:8080` → `127.0.0.1`, `[::1]:8080` → `::1`, `localhost` → `localhost`. */
function hostName(host: string): string {
  const bracketed = /^\[([^\]]*)\](?::\d+)?$/.exec(host);
  if (bracketed) return bracketed[1]!;
  return host.replace(/:\d+$/, '');
}
