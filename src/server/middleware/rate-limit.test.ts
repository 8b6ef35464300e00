/** The per-client token bucket: a burst, a steady refill, Retry-After in whole seconds, bounded memory. */
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { forwardedClient, TokenBuckets } from './rate-limit.js';

describe('TokenBuckets', () => {
  it('allows a burst of `capacity`, then says how many seconds until the next token', () => {
    const buckets = new TokenBuckets(3, 0.5);
    expect([0, 0, 0].map(() => buckets.take('a', 1_000))).toStrictEqual([0, 0, 0]);
    expect(buckets.take('a', 1_000)).toBe(2);
    expect(buckets.take('a', 2_000)).toBe(1);
    expect(buckets.take('a', 3_000)).toBe(0);
  });

  it('refills no further than capacity, however long a client was away', () => {
    const buckets = new TokenBuckets(2, 10);
    buckets.take('a', 0);
    buckets.take('a', 0);
    expect(buckets.take('a', 3_600_000)).toBe(0);
    expect(buckets.take('a', 3_600_000)).toBe(0);
    expect(buckets.take('a', 3_600_000)).toBeGreaterThan(0);
  });

  it('keeps at most maxClients buckets, dropping idle ones first', () => {
    const buckets = new TokenBuckets(5, 1, 100);
    for (let client = 0; client < 1_000; client += 1) {
      buckets.take(`client-${String(client)}`, client * 10_000);
    }
    expect(buckets.size).toBeLessThanOrEqual(100);
  });
});

describe('forwardedClient', () => {
  const app = new Hono();
  app.get('/', (c) => c.text(forwardedClient(c)));

  it('takes the address the proxy appended (the last), not what the client claimed', async () => {
    const res = await app.request('/', { headers: { 'x-forwarded-for': '6.6.6.6, 203.0.113.9' } });
    expect(await res.text()).toBe('203.0.113.9');
  });

  it('falls back to the socket without the header', async () => {
    expect(await (await app.request('/')).text()).toBe('unknown');
  });
});
