/** The server's settings: defaults as the CONTRACT states them, and a bad setting named. */
import { describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { configFrom, configuredOrigin, DEFAULT_PUBLIC_BASE_URL } from './config.js';

describe('configFrom', () => {
  it('defaults to 127.0.0.1:8080 with SQLite under ./data', () => {
    expect(configFrom({})).toMatchObject({
      host: '127.0.0.1',
      port: 8080,
      store: { kind: 'sqlite', dataDir: './data' },
      rateLimit: { capacity: 120, refillPerSecond: 20 },
      trustProxy: false,
    });
  });

  it('uses PostgreSQL when DATABASE_URL is set, and treats empty values as unset', () => {
    expect(
      configFrom({ DATABASE_URL: 'postgres://stride@127.0.0.1/stride', PORT: '' }),
    ).toMatchObject({
      port: 8080,
      store: { kind: 'postgres', url: 'postgres://stride@127.0.0.1/stride' },
    });
  });

  it('turns the rate limit off at 0 per second, and trusts a proxy only when told', () => {
    const config = configFrom({
      RATE_LIMIT_PER_SECOND: '0',
      STRIDE_TRUST_PROXY: '1',
      HOST: '0.0.0.0',
    });
    expect(config.rateLimit).toBe(false);
    expect(config.trustProxy).toBe(true);
    expect(config.host).toBe('0.0.0.0');
  });

  it('names a bad setting', () => {
    expect(() => configFrom({ PORT: 'eighty' })).toThrow(ZodError);
    try {
      configFrom({ PORT: '70000' });
    } catch (error) {
      expect((error as ZodError).issues[0]?.path).toStrictEqual(['PORT']);
    }
  });

  it('takes STRIDE_PUBLIC_URL only as an http or https address, without a trailing slash', () => {
    expect(configFrom({ STRIDE_PUBLIC_URL: 'https://stride.example.org/' }).publicBaseUrl).toBe(
      'https://stride.example.org',
    );
    expect(() => configFrom({ STRIDE_PUBLIC_URL: 'javascript:alert(1)' })).toThrow(ZodError);
  });
});

describe('configuredOrigin, the share-link origin without STRIDE_PUBLIC_URL', () => {
  it.each([
    ['127.0.0.1', 8080, 'http://127.0.0.1:8080'],
    ['stride.internal', 80, 'http://stride.internal'],
    ['::1', 3000, 'http://[::1]:3000'],
    ['0.0.0.0', 8080, 'http://localhost:8080'],
    ['::', 8080, 'http://localhost:8080'],
  ])('is built from HOST %s and PORT %i as %s', (host, port, origin) => {
    expect(configuredOrigin(host, port)).toBe(origin);
  });

  it('defaults to the default HOST and PORT', () => {
    expect(DEFAULT_PUBLIC_BASE_URL).toBe('http://127.0.0.1:8080');
  });
});
