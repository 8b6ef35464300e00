/**
 * A per-client token bucket held in memory: each client (by IP) may burst up to `capacity`
 * requests and then `refillPerSecond`; beyond that, 429 with Retry-After. Per process, which is
 * fine for a limit: it holds no data that another process would need.
 */
import type { Context, MiddlewareHandler } from 'hono';
import { ApiError } from '../errors.js';

export interface RateLimitOptions {
  /** Requests a client may make at once. */
  readonly capacity: number;
  /** Requests per second a client regains, up to `capacity`. */
  readonly refillPerSecond: number;
  /** The client's key; by default its IP address. */
  readonly keyOf?: (c: Context) => string;
  /** Buckets kept before idle ones are dropped (bounds memory under many clients). */
  readonly maxClients?: number;
}

export const DEFAULT_RATE_LIMIT: RateLimitOptions = { capacity: 120, refillPerSecond: 20 };

interface Bucket {
  tokens: number;
  updatedAt: number;
}

/** A token bucket per key, on an injectable clock (milliseconds). */
export class TokenBuckets {
  readonly #buckets = new Map<string, Bucket>();
  readonly #capacity: number;
  readonly #refillPerMs: number;
  readonly #maxClients: number;

  constructor(capacity: number, refillPerSecond: number, maxClients = 10_000) {
    this.#capacity = capacity;
    this.#refillPerMs = refillPerSecond / 1000;
    this.#maxClients = maxClients;
  }

  /** Takes one token: 0 when allowed, else the seconds until one is back. */
  take(key: string, now: number): number {
    let bucket = this.#buckets.get(key);
    if (bucket === undefined) {
      if (this.#buckets.size >= this.#maxClients) {
        this.#sweep(now);
      }
      bucket = { tokens: this.#capacity, updatedAt: now };
      this.#buckets.set(key, bucket);
    } else {
      const elapsed = Math.max(0, now - bucket.updatedAt);
      bucket.tokens = Math.min(this.#capacity, bucket.tokens + elapsed * this.#refillPerMs);
      bucket.updatedAt = now;
    }
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return 0;
    }
    return Math.max(1, Math.ceil((1 - bucket.tokens) / this.#refillPerMs / 1000));
  }

  get size(): number {
    return this.#buckets.size;
  }

  /** Drops buckets that would be full by now (their clients have been idle); else the oldest half. */
  #sweep(now: number): void {
    for (const [key, bucket] of this.#buckets) {
      if (bucket.tokens + (now - bucket.updatedAt) * this.#refillPerMs >= this.#capacity) {
        this.#buckets.delete(key);
      }
    }
    if (this.#buckets.size >= this.#maxClients) {
      let drop = Math.ceil(this.#buckets.size / 2);
      for (const key of this.#buckets.keys()) {
        if (drop-- <= 0) {
          break;
        }
        this.#buckets.delete(key);
      }
    }
  }
}

/** The client IP that the Node adapter saw; "unknown" outside a real socket (e.g. app.request). */
export function socketAddress(c: Context): string {
  const env: unknown = c.env;
  if (typeof env === 'object' && env !== null && 'incoming' in env) {
    const incoming = (env as { incoming?: { socket?: { remoteAddress?: string } } }).incoming;
    return incoming?.socket?.remoteAddress ?? 'unknown';
  }
  return 'unknown';
}

/**
 * Behind one reverse proxy, the client is the last address in X-Forwarded-For (the one the proxy
 * appended); earlier entries are whatever the client claimed. Only use this when a proxy is there.
 */
export function forwardedClient(c: Context): string {
  const forwarded = c.req.header('x-forwarded-for');
  const last = forwarded?.split(',').at(-1)?.trim();
  return last === undefined || last === '' ? socketAddress(c) : last;
}

export function rateLimit(
  options: RateLimitOptions,
  clock: () => number = Date.now,
): MiddlewareHandler {
  const buckets = new TokenBuckets(options.capacity, options.refillPerSecond, options.maxClients);
  const keyOf = options.keyOf ?? socketAddress;
  return async (c, next) => {
    const retryAfter = buckets.take(keyOf(c), clock());
    if (retryAfter > 0) {
      throw new ApiError('rate_limited', { headers: { 'Retry-After': String(retryAfter) } });
    }
    await next();
  };
}
