import net from 'node:net';
import os from 'node:os';
import type { NewsmarkConfig } from '../config.js';

/** How `newsmark serve` runs: fixed at start; no request can change any of it. */
export interface ServeSettings {
  host: string;
  /** 0 picks a free port (printed on stderr when listening). */
  port: number;
  /** Worker threads, each with its own warm models. */
  jobs: number;
  /** Requests accepted beyond those running: one more is answered 503 with Retry-After. */
  queue: number;
  /** The largest request body, in bytes (for a JSONL stream: the largest line). */
  maxBytes: number;
  /** An article that runs longer than this on its worker is stopped and its worker replaced. */
  timeoutMs: number;
  /** When set, every request but GET / and GET /health needs `Authorization: Bearer <token>`. */
  token?: string;
  config: NewsmarkConfig;
}

export const SERVE_DEFAULTS = {
  host: '127.0.0.1',
  port: 8080,
  maxBytes: 10 * 1024 * 1024,
  queue: 128,
  timeoutMs: 30_000,
  jobs: () => os.availableParallelism(),
} as const;

/**
 * A size as people write it: `10485760`, `10MB`, `10M`, `512KB`, `1.5 MiB`. K, M and G are powers of
 * 1024 (10 MB is 10 × 1024 × 1024 bytes, as `newsmark annotate --max-bytes` counts its default).
 */
export function parseSize(value: string): number | undefined {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(?:(k|m|g)(?:i?b)?|b)?\s*$/i.exec(value);
  if (!m) return undefined;
  const unit = { k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[(m[2] ?? '').toLowerCase() as 'k' | 'm' | 'g'] ?? 1;
  const bytes = Math.floor(Number(m[1]) * unit);
  return bytes >= 1 ? bytes : undefined;
}

/**
 * Whether binding `host` keeps the server on this machine: `localhost`, 127.0.0.0/8 and ::1 (also as
 * an IPv4-mapped address). `0.0.0.0`, `::`, a LAN address or any other name is reachable from outside.
 */
export function isLoopbackHost(host: string): boolean {
  const h = host.replace(/^\[(.*)\]$/, '$1').toLowerCase();
  if (h === 'localhost') return true;
  if (net.isIPv4(h)) return h.startsWith('127.');
  if (net.isIPv6(h)) return h === '::1' || /^::ffff:127\./.test(h) || h === '0:0:0:0:0:0:0:1';
  return false;
}

/** The address as a URL host: IPv6 in brackets. */
export const urlHost = (host: string): string => (net.isIPv6(host) ? `[${host}]` : host);
