/**
 * The server's settings, read from the environment once at start and checked with zod, so a typo
 * in PORT stops the process with a clear message instead of a surprise later.
 */
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

const port = z.coerce.number().int().min(0).max(65_535);

export const EnvSchema = z.object({
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: port.default(8080),
  STRIDE_DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z.string().min(1).optional(),
  /** The built web app; default web/dist next to this package. */
  STRIDE_WEB_ROOT: z.string().min(1).optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Requests a client may burst, and regains per second (0 per second turns the limit off). */
  RATE_LIMIT_BURST: z.coerce.number().int().min(1).default(120),
  RATE_LIMIT_PER_SECOND: z.coerce.number().min(0).default(20),
  /** Set to 1 behind one reverse proxy: clients are then told apart by X-Forwarded-For. */
  STRIDE_TRUST_PROXY: z.enum(['0', '1', 'true', 'false']).default('0'),
  /** The address people reach this server at (behind a proxy), used in share links. */
  STRIDE_PUBLIC_URL: z.url({ protocol: /^https?$/ }).optional(),
  /** How long shutdown waits for in-flight requests before giving up. */
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(0).default(10_000),
});

export interface ServerConfig {
  readonly host: string;
  readonly port: number;
  readonly store:
    | { readonly kind: 'sqlite'; readonly dataDir: string }
    | { readonly kind: 'postgres'; readonly url: string };
  readonly webRoot: string;
  readonly logLevel: string;
  readonly rateLimit: { readonly capacity: number; readonly refillPerSecond: number } | false;
  readonly trustProxy: boolean;
  readonly shutdownTimeoutMs: number;
  readonly publicBaseUrl?: string;
}

/** Addresses that mean "every interface": listening there says nothing about a reachable name. */
const WILDCARD_HOSTS: ReadonlySet<string> = new Set(['0.0.0.0', '::', '[::]']);

/**
 * The origin share links are built from when STRIDE_PUBLIC_URL is unset: the configured HOST and
 * PORT, never the request's Host header (which any client can set, so a link handed to a
 * clinician could point at another site). A wildcard HOST becomes `localhost`.
 */
export function configuredOrigin(host: string, port: number): string {
  const name = WILDCARD_HOSTS.has(host) ? 'localhost' : host;
  const bracketed = name.includes(':') && !name.startsWith('[') ? `[${name}]` : name;
  return port === 80 ? `http://${bracketed}` : `http://${bracketed}:${String(port)}`;
}

/** The share-link origin of a process started with no settings (127.0.0.1:8080). */
export const DEFAULT_PUBLIC_BASE_URL = configuredOrigin('127.0.0.1', 8080);

/** Whether share links would name a wildcard address's stand-in rather than a real one. */
export function isWildcardHost(host: string): boolean {
  return WILDCARD_HOSTS.has(host);
}

const DEFAULT_WEB_ROOT = fileURLToPath(new URL('../../web/dist', import.meta.url));

/** Settings from environment variables; throws a ZodError naming the bad variable. */
export function configFrom(env: Readonly<Record<string, string | undefined>>): ServerConfig {
  // Empty strings count as unset, as shells and compose files often leave them.
  const given = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''));
  const parsed = EnvSchema.parse(given);
  return {
    host: parsed.HOST,
    port: parsed.PORT,
    store:
      parsed.DATABASE_URL === undefined
        ? { kind: 'sqlite', dataDir: parsed.STRIDE_DATA_DIR }
        : { kind: 'postgres', url: parsed.DATABASE_URL },
    webRoot: parsed.STRIDE_WEB_ROOT ?? DEFAULT_WEB_ROOT,
    logLevel: parsed.LOG_LEVEL,
    rateLimit:
      parsed.RATE_LIMIT_PER_SECOND === 0
        ? false
        : { capacity: parsed.RATE_LIMIT_BURST, refillPerSecond: parsed.RATE_LIMIT_PER_SECOND },
    trustProxy: parsed.STRIDE_TRUST_PROXY === '1' || parsed.STRIDE_TRUST_PROXY === 'true',
    shutdownTimeoutMs: parsed.SHUTDOWN_TIMEOUT_MS,
    ...(parsed.STRIDE_PUBLIC_URL === undefined
      ? {}
      : { publicBaseUrl: parsed.STRIDE_PUBLIC_URL.replace(/\/$/, '') }),
  };
}
