/**
 * The HTTP application as a specification: every route's success and error shapes, limits,
 * headers, the OpenAPI document, the web app, and what the logs may (not) contain.
 * All through `app.request()`: no sockets.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KNOWLEDGE, knowledgeVersionOf } from '../index.js';
import { openStore } from '../store/index.js';
import type { Store } from '../store/index.js';
import { createApp } from './app.js';
import type { AppDeps } from './app.js';
import { createLogger } from './logger.js';

const silent = createLogger({ level: 'silent' });

function appWith(deps: Partial<AppDeps> = {}): ReturnType<typeof createApp> {
  return createApp({ logger: silent, rateLimit: false, ...deps });
}

function post(body: unknown, contentType = 'application/json'): RequestInit {
  return {
    method: 'POST',
    headers: { 'content-type': contentType },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  };
}

async function errorOf(
  res: Response,
): Promise<{ code: string; message: string; path: string | null }> {
  const body = (await res.json()) as {
    error: { code: string; message: string; path: string | null };
  };
  expect(Object.keys(body)).toStrictEqual(['error']);
  expect(Object.keys(body.error).sort()).toStrictEqual(['code', 'message', 'path']);
  return body.error;
}

/** A store that answers ping as told; the API routes need nothing else of it. */
function fakeStore(ping: () => Promise<void>): Store {
  return { kind: 'sqlite', ping, close: () => Promise.resolve() } as unknown as Store;
}

const app = appWith();

describe('POST /api/v1/assess', () => {
  it('returns the CONTRACT Result for valid answers', async () => {
    const res = await app.request(
      '/api/v1/assess',
      post({ age: 71, leg_symptoms: 'both_legs', relief_sitting: true }),
    );
    expect(res.status).toBe(200);
    const result = (await res.json()) as {
      contract: string;
      knowledgeVersion: string;
      triage: { level: string };
      causes: { id: string }[];
    };
    expect(result.contract).toBe('stride/1');
    expect(result.knowledgeVersion).toBe(knowledgeVersionOf(KNOWLEDGE));
    expect(result.causes).toHaveLength(KNOWLEDGE.causes.length);
    expect(result.causes[0]?.id).toBe('spinal_stenosis');
  });

  it('takes null as "not sure"', async () => {
    expect((await app.request('/api/v1/assess', post({ fever: null, age: null }))).status).toBe(
      200,
    );
  });

  it.each([
    ['a wrong type', { fever: 'yes' }, 'fever'],
    ['a number out of range', { age: 400 }, 'age'],
    ['a choice not offered', { sex: 'unknown' }, 'sex'],
    ['an unknown key', { shoe_size: 42 }, 'shoe_size'],
    ['a nested object', { age: { $gt: 1 } }, 'age'],
  ])('rejects %s with 400 naming the key, without echoing the value', async (_name, body, key) => {
    const res = await app.request('/api/v1/assess', post(body));
    expect(res.status).toBe(400);
    const error = await errorOf(res);
    expect(error).toMatchObject({ code: 'invalid_answers', path: key });
    expect(error.message.startsWith(`${key}: expected`)).toBe(true);
    expect(error.message).not.toMatch(/yes|400|unknown"|42|\$gt/);
  });

  it('rejects a __proto__ key at the edge, naming it', async () => {
    const res = await app.request('/api/v1/assess', post('{"__proto__": {"polluted": true}}'));
    expect(res.status).toBe(400);
    expect(await errorOf(res)).toMatchObject({ code: 'bad_request', path: '__proto__' });
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('rejects a body that is not an object', async () => {
    for (const body of ['[]', '"age"', '3', 'null']) {
      const res = await app.request('/api/v1/assess', post(body));
      expect(res.status).toBe(400);
      expect((await errorOf(res)).code).toBe('invalid_answers');
    }
  });

  it('rejects malformed JSON with 400 invalid_json', async () => {
    const res = await app.request('/api/v1/assess', post('{"age": 6'));
    expect(res.status).toBe(400);
    expect(await errorOf(res)).toStrictEqual({
      code: 'invalid_json',
      message: 'The request body is not valid JSON.',
      path: null,
    });
  });

  it('rejects a body that is not JSON with 415', async () => {
    const res = await app.request(
      '/api/v1/assess',
      post('age=60', 'application/x-www-form-urlencoded'),
    );
    expect(res.status).toBe(415);
    expect((await errorOf(res)).code).toBe('unsupported_media_type');
  });

  it('rejects a body over 100 KB with 413 and the CONTRACT error body', async () => {
    const res = await app.request('/api/v1/assess', post(`{"age": 60${' '.repeat(101 * 1024)}}`));
    expect(res.status).toBe(413);
    expect((await errorOf(res)).code).toBe('payload_too_large');
  });

  it('counts a chunked body (no Content-Length) as it streams, and refuses it past 100 KB', async () => {
    const chunk = new TextEncoder().encode(' '.repeat(16 * 1024));
    const chunked = (chunks: number): RequestInit & { duplex: 'half' } => ({
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      duplex: 'half',
      body: new ReadableStream<Uint8Array>({
        start(controller): void {
          controller.enqueue(new TextEncoder().encode('{"age": 60'));
          for (let i = 0; i < chunks; i += 1) {
            controller.enqueue(chunk);
          }
          controller.enqueue(new TextEncoder().encode('}'));
          controller.close();
        },
      }),
    });
    expect((await app.request('/api/v1/assess', chunked(8))).status).toBe(413);
    expect((await app.request('/api/v1/assess', chunked(2))).status).toBe(200);
  });

  it('refuses a Content-Length over 100 KB before reading the body', async () => {
    const res = await app.request('/api/v1/assess', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': String(200 * 1024) },
      body: '{}',
    });
    expect(res.status).toBe(413);
  });

  it('accepts a body just under 100 KB', async () => {
    const res = await app.request('/api/v1/assess', post(`{"age": 60${' '.repeat(99 * 1024)}}`));
    expect(res.status).toBe(200);
  });
});

describe('POST /api/v1/next', () => {
  it('returns the next question, warning signs first', async () => {
    const res = await app.request('/api/v1/next', post({}));
    expect(res.status).toBe(200);
    const { question } = (await res.json()) as { question: { id: string; type: string } | null };
    expect(KNOWLEDGE.features.map((feature) => feature.id)).toContain(question?.id);
  });

  it('returns null when the interview is done', async () => {
    const all = Object.fromEntries(KNOWLEDGE.features.map((feature) => [feature.id, null]));
    const res = await app.request('/api/v1/next', post(all));
    expect(await res.json()).toStrictEqual({ question: null });
  });

  it('rejects bad answers like /assess does', async () => {
    const res = await app.request('/api/v1/next', post({ pain_nrs: 11 }));
    expect(res.status).toBe(400);
    expect((await errorOf(res)).path).toBe('pain_nrs');
  });
});

describe('GET /api/v1/knowledge', () => {
  it('returns the knowledge base with a version ETag, and 304 when unchanged', async () => {
    const res = await app.request('/api/v1/knowledge');
    expect(res.status).toBe(200);
    const body = (await res.json()) as { version: string; features: unknown[]; sources: unknown[] };
    expect(body.features).toHaveLength(KNOWLEDGE.features.length);
    const etag = res.headers.get('etag') ?? '';
    expect(etag).toContain(knowledgeVersionOf(KNOWLEDGE));
    const again = await app.request('/api/v1/knowledge', { headers: { 'if-none-match': etag } });
    expect(again.status).toBe(304);
  });
});

describe('GET /api/v1/health', () => {
  it('is 200 without a store', async () => {
    const res = await app.request('/api/v1/health');
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'ok', store: 'none' });
  });

  it('is 200 when the store answers', async () => {
    const res = await appWith({ store: fakeStore(() => Promise.resolve()) }).request(
      '/api/v1/health',
    );
    expect(await res.json()).toMatchObject({ status: 'ok', store: 'sqlite' });
  });

  it('is 503 when the store does not answer, without the database error', async () => {
    const failing = fakeStore(() =>
      Promise.reject(new Error('ECONNREFUSED 10.0.0.5:5432 password=hunter2')),
    );
    const res = await appWith({ store: failing }).request('/api/v1/health');
    expect(res.status).toBe(503);
    const text = await res.text();
    expect(text).not.toMatch(/ECONNREFUSED|hunter2|at /);
    expect(JSON.parse(text)).toMatchObject({ error: { code: 'unavailable' } });
  });
});

describe('errors everywhere', () => {
  it('answers an unknown API path with the CONTRACT 404', async () => {
    const res = await app.request('/api/v1/nothing-here');
    expect(res.status).toBe(404);
    expect((await errorOf(res)).code).toBe('not_found');
  });

  it('answers a wrong method with 405 and a JSON error, not HTML', async () => {
    const res = await app.request('/api/v1/assess');
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('POST');
    expect(res.headers.get('content-type')).toContain('application/json');
  });
});

describe('rate limit', () => {
  it('gives 429 with Retry-After once a client has used its burst', async () => {
    const limited = appWith({ rateLimit: { capacity: 2, refillPerSecond: 0.5 } });
    expect((await limited.request('/api/v1/health')).status).toBe(200);
    expect((await limited.request('/api/v1/health')).status).toBe(200);
    const res = await limited.request('/api/v1/health');
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toBe('2');
    expect((await errorOf(res)).code).toBe('rate_limited');
  });

  it('counts each client separately', async () => {
    const limited = appWith({
      rateLimit: {
        capacity: 1,
        refillPerSecond: 0.1,
        keyOf: (c) => c.req.header('x-client') ?? '',
      },
    });
    expect((await limited.request('/api/v1/health', { headers: { 'x-client': 'a' } })).status).toBe(
      200,
    );
    expect((await limited.request('/api/v1/health', { headers: { 'x-client': 'b' } })).status).toBe(
      200,
    );
    expect((await limited.request('/api/v1/health', { headers: { 'x-client': 'a' } })).status).toBe(
      429,
    );
  });
});

describe('security headers', () => {
  const webRoot = mkdtempSync(join(tmpdir(), 'stride-web-'));
  writeFileSync(join(webRoot, 'index.html'), '<!doctype html><title>Stride</title>');
  const withWeb = appWith({ webRoot });
  const requests: readonly [string, RequestInit | undefined][] = [
    ['/api/v1/health', undefined],
    ['/api/v1/assess', post({ age: 1 })],
    ['/api/v1/assess', post(`{"x":"${'a'.repeat(110 * 1024)}"}`)],
    ['/fhir/Questionnaire/stride', undefined],
    ['/cds-services', undefined],
    ['/', undefined],
    ['/nope.js', undefined],
  ];

  it.each(requests)('are on the response to %s', async (path, init) => {
    const res = await withWeb.request(path, init);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(res.headers.get('x-powered-by')).toBeNull();
  });
});

describe('the web app', () => {
  const webRoot = mkdtempSync(join(tmpdir(), 'stride-web-'));
  mkdirSync(join(webRoot, 'assets'));
  writeFileSync(join(webRoot, 'index.html'), '<!doctype html><title>Stride</title>');
  writeFileSync(join(webRoot, 'assets', 'app-1a2b3c.js'), 'export {};');
  writeFileSync(join(webRoot, 'assets', 'app-1a2b3c.css'), 'body{}');
  writeFileSync(join(webRoot, 'icon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  writeFileSync(join(webRoot, 'manifest.webmanifest'), '{}');
  writeFileSync(join(webRoot, 'sw.js'), 'self;');
  const web = appWith({ webRoot });

  it.each([
    ['/', 'text/html', 'no-cache'],
    ['/assets/app-1a2b3c.js', 'text/javascript', 'public, max-age=31536000, immutable'],
    ['/assets/app-1a2b3c.css', 'text/css', 'public, max-age=31536000, immutable'],
    ['/icon.svg', 'image/svg+xml', 'no-cache'],
    ['/manifest.webmanifest', 'application/manifest+json', 'no-cache'],
    ['/sw.js', 'text/javascript', 'no-cache'],
  ])('serves %s as %s with Cache-Control %s', async (path, type, cache) => {
    const res = await web.request(path);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain(type);
    expect(res.headers.get('cache-control')).toBe(cache);
  });

  it("falls back to index.html for the app's own pages", async () => {
    const res = await web.request('/result/print');
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('<title>Stride</title>');
  });

  it('does not fall back for missing files or API paths', async () => {
    expect((await web.request('/assets/missing-123.js')).status).toBe(404);
    const api = await web.request('/api/v2/anything');
    expect(api.status).toBe(404);
    expect(api.headers.get('content-type')).toContain('application/json');
  });

  it('does not serve files outside the web root', async () => {
    for (const path of ['/../package.json', '/%2e%2e/package.json', '/..%2fpackage.json']) {
      const res = await web.request(path);
      expect(await res.text()).not.toContain('"name": "stride"');
    }
  });
});

describe('GET /api/v1/openapi.json', () => {
  let store: Store;
  let full: ReturnType<typeof createApp>;
  beforeAll(async () => {
    store = await openStore({ kind: 'sqlite', dataDir: mkdtempSync(join(tmpdir(), 'stride-db-')) });
    full = appWith({ store });
  });
  afterAll(async () => {
    await store.close();
  });

  it('describes every route the app serves, the profile routes included', async () => {
    const res = await full.request('/api/v1/openapi.json');
    expect(res.status).toBe(200);
    const doc = (await res.json()) as {
      openapi: string;
      paths: Record<string, Record<string, unknown>>;
    };
    expect(doc.openapi).toMatch(/^3\./);
    const served = full.routes
      .filter((route) => route.method !== 'ALL' && route.path !== '/api/v1/openapi.json')
      .map(
        (route) =>
          `${route.method.toLowerCase()} ${route.path.replace(/:(\w+)/g, '{$1}').replace(/\/$/, '')}`,
      );
    const documented = Object.entries(doc.paths).flatMap(([path, methods]) =>
      Object.keys(methods).map((method) => `${method} ${path.replace(/\/$/, '')}`),
    );
    expect(served).toContain('post /api/v1/profiles');
    expect(served.length).toBeGreaterThanOrEqual(20);
    for (const route of served) {
      expect(documented).toContain(route);
    }
  });

  it('documents the answers body per feature, with the error shape', async () => {
    const doc = (await (await app.request('/api/v1/openapi.json')).json()) as {
      components: { schemas: Record<string, { properties?: Record<string, unknown> }> };
    };
    expect(Object.keys(doc.components.schemas['Answers']?.properties ?? {})).toStrictEqual(
      KNOWLEDGE.features.map((feature) => feature.id),
    );
    expect(doc.components.schemas['Error']).toBeDefined();
  });
});

describe('logs', () => {
  function capture(): { lines: string[]; logger: ReturnType<typeof createLogger> } {
    const lines: string[] = [];
    const destination = new Writable({
      write(chunk: Buffer, _encoding, done): void {
        lines.push(chunk.toString('utf8'));
        done();
      },
    });
    return { lines, logger: createLogger({ level: 'trace', destination }) };
  }

  it('log each request by route pattern, never the answers, token, body or URL', async () => {
    const { lines, logger } = capture();
    const logged = createApp({ logger, rateLimit: false });
    await logged.request('/api/v1/assess?secret=query-9f1c', {
      ...post({ age: 87, sex: 'female', fever: true }),
      headers: { 'content-type': 'application/json', authorization: 'Bearer tok-5ec4e7' },
    });
    await logged.request('/api/v1/assess', post({ age: 1234 }));
    await logged.request(
      '/fhir/QuestionnaireResponse/$assess',
      post(
        {
          resourceType: 'QuestionnaireResponse',
          questionnaire: 'urn:stride:fhir:Questionnaire:stride',
          status: 'completed',
          item: [{ linkId: 'age', answer: [{ valueDecimal: 59.5 }] }],
        },
        'application/fhir+json',
      ),
    );
    // Timestamps and durations are numbers that could contain the answers' digits by chance.
    const text = lines
      .map((line) => {
        const fields = Object.entries(JSON.parse(line) as Record<string, unknown>);
        return JSON.stringify(
          Object.fromEntries(fields.filter(([key]) => key !== 'time' && key !== 'ms')),
        );
      })
      .join('\n');
    expect(lines.length).toBeGreaterThanOrEqual(3);
    expect(text).toContain('"route":"/api/v1/assess"');
    for (const secret of ['87', 'female', 'tok-5ec4e7', 'query-9f1c', '1234', '59.5', 'Bearer']) {
      expect(text).not.toContain(secret);
    }
  });

  it('redact answers, bodies, tokens and authorization even when code logs them by mistake', () => {
    const { lines, logger } = capture();
    logger.info(
      {
        body: { note: 'secret-body-text' },
        answers: { saddle_numbness: 'secret-answer' },
        token: 'tok-abc',
        headers: { authorization: 'Bearer tok-def', cookie: 'sid=tok-ghi' },
        req: { headers: { authorization: 'Bearer tok-jkl' } },
        share: { url: 'https://x/s/tok-mno', token: 'tok-pqr' },
      },
      'oops',
    );
    const text = lines.join('');
    for (const secret of ['secret-', 'saddle', 'tok-']) {
      expect(text).not.toContain(secret);
    }
    expect(text).toContain('[redacted]');
  });

  it('log a server fault by error name only, and answer without a stack', async () => {
    const { lines, logger } = capture();
    const failing = fakeStore(() => Promise.reject(new Error('disk /var/secret at line 3')));
    const res = await createApp({ logger, store: failing, rateLimit: false }).request(
      '/api/v1/health',
    );
    expect(res.status).toBe(503);
    expect(await res.text()).not.toContain('/var/secret');
    expect(lines.join('')).not.toContain('/var/secret');
  });
});
