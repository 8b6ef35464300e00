/**
 * HTTP details at the edge of the whole app, as an outside probe saw them: 405 with Allow for a
 * wrong method, the Bearer scheme in any case, reserved JSON keys refused on every route, and
 * compressed bodies refused with 415. All through `app.request()` against a real SQLite store.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../store/index.js';
import type { Store } from '../store/index.js';
import { createApp } from './app.js';
import { createLogger } from './logger.js';

let dir: string;
let store: Store;
let app: ReturnType<typeof createApp>;
let profile: { id: string; token: string };

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'stride-http-'));
  store = await openStore({ kind: 'sqlite', dataDir: dir });
  app = createApp({ store, logger: createLogger({ level: 'silent' }), rateLimit: false });
  const res = await app.request('/api/v1/profiles', { method: 'POST' });
  profile = (await res.json()) as { id: string; token: string };
});
afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

interface ErrorBody {
  error: { code: string; message: string; path: string | null };
}

function json(method: string, body: string, headers: Record<string, string> = {}): RequestInit {
  return { method, headers: { 'content-type': 'application/json', ...headers }, body };
}

const bearer = (): Record<string, string> => ({ authorization: `Bearer ${profile.token}` });

describe('a wrong method on a path that exists', () => {
  it.each([
    ['GET', '/api/v1/assess', 'POST'],
    ['PUT', '/api/v1/next', 'POST'],
    ['DELETE', '/api/v1/health', 'GET, HEAD'],
    ['GET', '/api/v1/profiles', 'POST'],
    ['POST', '/api/v1/openapi.json', 'GET, HEAD'],
  ])('answers %s %s with 405 and Allow: %s', async (method, path, allow) => {
    const res = await app.request(path, { method });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe(allow);
    expect(((await res.json()) as ErrorBody).error.code).toBe('method_not_allowed');
  });

  it('lists every method a profile path answers, before asking for a token', async () => {
    const res = await app.request(`/api/v1/profiles/${profile.id}/walks`, { method: 'PUT' });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')?.split(', ').sort()).toStrictEqual(['GET', 'HEAD', 'POST']);
  });

  it('answers a wrong method on a FHIR path as an OperationOutcome, with OPTIONS allowed', async () => {
    const res = await app.request('/fhir/Questionnaire/stride', { method: 'DELETE' });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('GET, HEAD, OPTIONS');
    expect(await res.json()).toMatchObject({ resourceType: 'OperationOutcome' });
  });

  it('still answers 404 for a path that does not exist under any method', async () => {
    const res = await app.request('/api/v1/nothing-here', { method: 'PUT' });
    expect(res.status).toBe(404);
    expect(res.headers.get('allow')).toBeNull();
  });
});

describe('the Authorization scheme', () => {
  it.each(['Bearer', 'bearer', 'BEARER', 'bEaReR'])('accepts "%s <token>"', async (scheme) => {
    const res = await app.request(`/api/v1/profiles/${profile.id}/walks`, {
      headers: { authorization: `${scheme} ${profile.token}` },
    });
    expect(res.status).toBe(200);
  });

  it('still refuses another scheme with the token', async () => {
    const res = await app.request(`/api/v1/profiles/${profile.id}/walks`, {
      headers: { authorization: `Basic ${profile.token}` },
    });
    expect(res.status).toBe(401);
    expect(res.headers.get('www-authenticate')).toBe('Bearer');
  });
});

describe('reserved JSON keys', () => {
  const cases: readonly [string, string, string, string][] = [
    [
      'an assessment',
      `/api/v1/profiles/{id}/assessments`,
      '{"answers":{"age":60,"__proto__":{"fever":true}}}',
      'answers.__proto__',
    ],
    ['answers', '/api/v1/assess', '{"age":60,"constructor":{"prototype":{"x":1}}}', 'constructor'],
    ['the next question', '/api/v1/next', '{"age":{"prototype":1}}', 'age.prototype'],
    [
      'a walk',
      `/api/v1/profiles/{id}/walks`,
      '{"date":"2026-03-16","minutes":30,"painBefore":2,"painAfter":4,"stoppedBecause":"planned","note":"x","__proto__":{}}',
      '__proto__',
    ],
    [
      'a pair of shoes',
      `/api/v1/profiles/{id}/shoes`,
      '{"name":"Road","startedOn":"2026-01-01","constructor":1}',
      'constructor',
    ],
    ['a share link', `/api/v1/profiles/{id}/shares`, '{"prototype":{}}', 'prototype'],
    [
      'a QuestionnaireResponse',
      '/fhir/QuestionnaireResponse/$assess',
      '{"resourceType":"QuestionnaireResponse","status":"completed","item":[{"linkId":"age","__proto__":{}}]}',
      'item.0.__proto__',
    ],
    [
      'a CDS Hooks request',
      '/cds-services/stride-triage',
      '{"hook":"patient-view","hookInstance":"1","context":{"constructor":{}}}',
      'context.constructor',
    ],
  ];

  it.each(cases)('are refused in %s with 400 naming the path', async (_what, path, body, key) => {
    const res = await app.request(
      path.replace('{id}', profile.id),
      json('POST', body, path.includes('{id}') ? bearer() : {}),
    );
    expect(res.status).toBe(400);
    const parsed = (await res.json()) as ErrorBody & {
      issue?: { expression?: string[]; diagnostics?: string }[];
    };
    if (path.startsWith('/fhir/')) {
      expect(parsed.issue?.[0]?.diagnostics).toContain(key);
    } else {
      expect(parsed.error).toMatchObject({ code: 'bad_request', path: key });
    }
  });

  it('leave nothing stored behind', async () => {
    await app.request(
      `/api/v1/profiles/${profile.id}/assessments`,
      json('POST', '{"answers":{"__proto__":{"fever":true}}}', bearer()),
    );
    expect(await store.assessments.list(profile.id)).toStrictEqual([]);
  });

  it('let the same words through as values', async () => {
    const res = await app.request(
      `/api/v1/profiles/${profile.id}/shoes`,
      json('POST', '{"name":"constructor __proto__","startedOn":"2026-01-01"}', bearer()),
    );
    expect(res.status).toBe(201);
  });
});

describe('a compressed request body', () => {
  it.each(['gzip', 'deflate', 'br', 'GZIP', 'identity, gzip'])(
    'is refused with 415 for Content-Encoding: %s, saying identity is accepted',
    async (encoding) => {
      const res = await app.request(
        '/api/v1/assess',
        json('POST', '{"age":60}', { 'content-encoding': encoding }),
      );
      expect(res.status).toBe(415);
      expect(res.headers.get('accept-encoding')).toBe('identity');
      expect(((await res.json()) as ErrorBody).error).toMatchObject({
        code: 'unsupported_media_type',
        path: 'Content-Encoding',
      });
    },
  );

  it('is read as usual with Content-Encoding: identity', async () => {
    const res = await app.request(
      '/api/v1/assess',
      json('POST', '{"age":60}', { 'content-encoding': 'identity' }),
    );
    expect(res.status).toBe(200);
  });

  it('is refused on profile routes too, before the body is read', async () => {
    const res = await app.request(
      `/api/v1/profiles/${profile.id}/walks`,
      json('POST', '\u001f\u008b\u0008', { ...bearer(), 'content-encoding': 'gzip' }),
    );
    expect(res.status).toBe(415);
  });
});

describe('a free-text name', () => {
  const shoe = (name: string): RequestInit =>
    json('POST', JSON.stringify({ name, startedOn: '2026-01-01' }), bearer());

  it('is stored trimmed', async () => {
    const res = await app.request(`/api/v1/profiles/${profile.id}/shoes`, shoe('  Trail 2  '));
    expect(res.status).toBe(201);
    expect(((await res.json()) as { name: string }).name).toBe('Trail 2');
  });

  it.each([
    ['empty', ''],
    ['only spaces and tabs', ' \t '],
    ['a NUL', '\u0000'],
    ['zero-width spaces and joiners', '\u200b\u200c\u200d\u2060'],
    ['bidi marks and isolates', '\u200e\u200f\u202e\u2066\u2069'],
    ['a byte-order mark and a soft hyphen', '\ufeff\u00ad'],
    ['combining marks with nothing to combine with', '\u0301\u0308'],
    ['a visible name with a control character inside', 'Road\u0000shoe'],
  ])('is refused with 400 naming it when it is %s', async (_what, name) => {
    const res = await app.request(`/api/v1/profiles/${profile.id}/shoes`, shoe(name));
    expect(res.status).toBe(400);
    expect(((await res.json()) as ErrorBody).error).toMatchObject({
      code: 'bad_request',
      path: 'name',
    });
  });

  it('is refused the same way when a pair is renamed', async () => {
    const created = await app.request(`/api/v1/profiles/${profile.id}/shoes`, shoe('Road'));
    const { id } = (await created.json()) as { id: string };
    const res = await app.request(
      `/api/v1/profiles/${profile.id}/shoes/${id}`,
      json('PATCH', JSON.stringify({ name: '\u200b' }), bearer()),
    );
    expect(res.status).toBe(400);
    expect(((await res.json()) as ErrorBody).error.path).toBe('name');
  });

  it('may be any script, with emoji counted as one character each', async () => {
    for (const name of ['Zapatillas rojas', 'Кроссовки', '跑鞋', '👟'.repeat(80)]) {
      expect((await app.request(`/api/v1/profiles/${profile.id}/shoes`, shoe(name))).status).toBe(
        201,
      );
    }
    expect(
      (await app.request(`/api/v1/profiles/${profile.id}/shoes`, shoe('👟'.repeat(81)))).status,
    ).toBe(400);
  });
});

describe('share links', () => {
  async function shareVia(
    target: ReturnType<typeof createApp>,
    owner: { id: string; token: string },
  ): Promise<{ url: string; apiUrl: string }> {
    // The node adapter builds the request URL from the Host header, which any client can set.
    const res = await target.request(
      `http://evil.example:666/api/v1/profiles/${owner.id}/shares`,
      {
        method: 'POST',
        headers: { authorization: `Bearer ${owner.token}`, host: 'evil.example:666' },
      },
    );
    expect(res.status).toBe(201);
    return (await res.json()) as { url: string; apiUrl: string };
  }

  it('are built from the configured host and port, never from the Host header', async () => {
    const links = await shareVia(app, profile);
    expect(links.url).toMatch(/^http:\/\/127\.0\.0\.1:8080\/share\/[\w-]{43}$/);
    expect(links.apiUrl).toMatch(/^http:\/\/127\.0\.0\.1:8080\/api\/v1\/shares\/[\w-]{43}$/);
  });

  it('use STRIDE_PUBLIC_URL (or the port found once listening) when given', async () => {
    let origin = 'http://127.0.0.1:0';
    const public_ = createApp({
      store,
      logger: createLogger({ level: 'silent' }),
      rateLimit: false,
      publicBaseUrl: () => origin,
    });
    const owner = (await (await public_.request('/api/v1/profiles', { method: 'POST' })).json()) as {
      id: string;
      token: string;
    };
    origin = 'https://stride.example.org';
    expect((await shareVia(public_, owner)).url).toMatch(/^https:\/\/stride\.example\.org\/share\//);
  });
});
