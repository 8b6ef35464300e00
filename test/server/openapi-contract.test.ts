/**
 * The OpenAPI document tells the truth about every answer: each operation is called for its
 * successes and its errors, and every response is checked against the served document: the status
 * is declared for that operation, the media type is declared, the body validates against the
 * declared schema (ajv, JSON Schema 2020-12 as OpenAPI 3.1 uses), and the headers that carry
 * meaning (Retry-After, WWW-Authenticate, ETag, Accept-Encoding) are declared where they are sent.
 * A wrong method gets 405 whose Allow matches the document's methods for that path. At the end,
 * every documented operation must have been called.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkinWarningSigns } from '../../src/engine/checkin.js';
import { KNOWLEDGE } from '../../src/index.js';
import { createApp } from '../../src/server/app.js';
import { createLogger } from '../../src/server/logger.js';
import type { OpenApiDocument } from '../../src/server/openapi.js';
import { openStore } from '../../src/store/index.js';
import { PROFILE_LIMITS } from '../../src/store/limits.js';
import type { Store } from '../../src/store/index.js';

// ajv-formats is CommonJS with a default export; under NodeNext its namespace holds it.
const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;

interface DeclaredResponse {
  readonly description: string;
  readonly headers?: Record<string, unknown>;
  readonly content?: Record<string, { schema?: object }>;
}

const logger = createLogger({ level: 'silent' });
const DAY_MS = 86_400_000;
const today = (): string => clock.toISOString().slice(0, 10);

let dir: string;
let store: Store;
let clock: Date;
let app: ReturnType<typeof createApp>;
let document: OpenApiDocument;
const ajv = addFormats(new Ajv2020({ strict: false, allErrors: true }));
const validators = new Map<string, ValidateFunction>();
/** `get /api/v1/profiles/{id}/walks 200` for each exchange checked. */
const called = new Set<string>();

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'stride-contract-'));
  store = await openStore({ kind: 'sqlite', dataDir: dir });
  clock = new Date();
  // The rate limit stays on (so 429 is documented) but high enough not to interfere.
  app = createApp({
    store,
    logger,
    now: () => clock,
    rateLimit: { capacity: 10_000, refillPerSecond: 1_000 },
  });
  document = (await (await app.request('/api/v1/openapi.json')).json()) as OpenApiDocument;
});
afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Headers whose presence means something a client must know about. */
const MEANINGFUL_HEADERS = [
  'retry-after',
  'www-authenticate',
  'etag',
  'accept-encoding',
  'location',
];

function validatorFor(key: string, schema: object): ValidateFunction {
  let validate = validators.get(key);
  if (validate === undefined) {
    // The components travel with the schema, so its `#/components/...` references resolve.
    validate = ajv.compile({ ...schema, components: document.components });
    validators.set(key, validate);
  }
  return validate;
}

/**
 * Sends a request to the operation `method template` and checks the response against what the
 * document declares for it. Returns the parsed body (or null) for the test to use.
 */
async function exchange(
  method: string,
  template: string,
  options: {
    readonly params?: Record<string, string>;
    readonly query?: string;
    readonly token?: string;
    readonly body?: unknown;
    readonly raw?: string;
    readonly headers?: Record<string, string>;
    readonly through?: ReturnType<typeof createApp>;
  } = {},
): Promise<{ status: number; body: unknown; headers: Headers }> {
  const path = template.replace(/\{(\w+)\}/g, (_match, name: string) => {
    const value = options.params?.[name];
    if (value === undefined) {
      throw new Error(`no value for {${name}}`);
    }
    return encodeURIComponent(value);
  });
  const headers: Record<string, string> = { ...options.headers };
  if (options.token !== undefined) {
    headers['authorization'] = `Bearer ${options.token}`;
  }
  let body: string | undefined;
  if (options.raw !== undefined || options.body !== undefined) {
    headers['content-type'] ??= 'application/json';
    body = options.raw ?? JSON.stringify(options.body);
  }
  const res = await (options.through ?? app).request(
    `${path}${options.query === undefined ? '' : `?${options.query}`}`,
    { method: method.toUpperCase(), headers, ...(body === undefined ? {} : { body }) },
  );
  const text = await res.text();
  const pathItem = document.paths?.[template];
  expect(pathItem, `${template} is documented`).toBeDefined();
  const operation = pathItem?.[method];

  if (operation === undefined) {
    // No such operation: the server must say 405 and list exactly the documented methods.
    expect(res.status, `${method} ${template}`).toBe(405);
    const documented = Object.keys(pathItem ?? {}).map((name) => name.toUpperCase());
    const allowed = (res.headers.get('allow') ?? '').split(', ');
    for (const name of documented) {
      expect(allowed).toContain(name);
    }
    expect(allowed.filter((name) => !['HEAD', 'OPTIONS'].includes(name)).sort()).toStrictEqual(
      documented.sort(),
    );
    return { status: res.status, body: JSON.parse(text) as unknown, headers: res.headers };
  }

  const where = `${method} ${template} -> ${String(res.status)}`;
  const declared = (operation.responses as Record<string, DeclaredResponse | undefined>)[
    String(res.status)
  ];
  expect(declared, `${where} is declared`).toBeDefined();
  called.add(`${method} ${template}`);
  const declaredHeaders = Object.keys(declared?.headers ?? {}).map((name) => name.toLowerCase());
  for (const name of MEANINGFUL_HEADERS) {
    if (res.headers.has(name)) {
      expect(declaredHeaders, `${where} declares the ${name} header it sends`).toContain(name);
    }
  }

  if (text === '') {
    expect(declared?.content, `${where} has no body and declares none`).toBeUndefined();
    return { status: res.status, body: null, headers: res.headers };
  }
  const mediaType = (res.headers.get('content-type') ?? '').split(';')[0]?.trim() ?? '';
  const content = declared?.content?.[mediaType];
  expect(content, `${where} declares ${mediaType}`).toBeDefined();
  const parsed = JSON.parse(text) as unknown;
  if (content?.schema !== undefined) {
    const validate = validatorFor(`${where} ${mediaType}`, content.schema);
    const valid = validate(parsed);
    expect(
      valid
        ? []
        : (validate.errors ?? []).map((error) => `${error.instancePath} ${error.message ?? ''}`),
      `${where}: the body fits the declared schema`,
    ).toStrictEqual([]);
  }
  return { status: res.status, body: parsed, headers: res.headers };
}

async function newProfile(): Promise<{ id: string; token: string }> {
  const { status, body } = await exchange('post', '/api/v1/profiles');
  expect(status).toBe(201);
  return body as { id: string; token: string };
}

const ANSWERS = { age: 71, leg_symptoms: 'both_legs', relief_sitting: true, fever: false };

describe('the assessment routes answer as documented', () => {
  it('POST /assess: the Result, bad answers, bad JSON, a wrong type, too large, compressed', async () => {
    expect((await exchange('post', '/api/v1/assess', { body: ANSWERS })).status).toBe(200);
    expect((await exchange('post', '/api/v1/assess', { body: { age: 400 } })).status).toBe(400);
    expect((await exchange('post', '/api/v1/assess', { raw: '{"age": 6' })).status).toBe(400);
    expect((await exchange('post', '/api/v1/assess', { raw: '{"__proto__":{}}' })).status).toBe(
      400,
    );
    const form = {
      raw: 'age=60',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    };
    expect((await exchange('post', '/api/v1/assess', form)).status).toBe(415);
    const gzip = { raw: '{}', headers: { 'content-encoding': 'gzip' } };
    expect((await exchange('post', '/api/v1/assess', gzip)).status).toBe(415);
    const large = { raw: `{"age": 60${' '.repeat(101 * 1024)}}` };
    expect((await exchange('post', '/api/v1/assess', large)).status).toBe(413);
  });

  it('POST /next: a question, then null when done, and bad answers', async () => {
    const first = await exchange('post', '/api/v1/next', { body: {} });
    expect(first.body).toMatchObject({ question: { id: expect.any(String) as string } });
    const all = Object.fromEntries(KNOWLEDGE.features.map((feature) => [feature.id, null]));
    const done = await exchange('post', '/api/v1/next', { body: all });
    expect(done.body).toStrictEqual({ question: null });
    expect((await exchange('post', '/api/v1/next', { body: { fever: 'yes' } })).status).toBe(400);
  });

  it('GET /knowledge: 200 with an ETag, 304 for a matching If-None-Match', async () => {
    const first = await exchange('get', '/api/v1/knowledge');
    const etag = first.headers.get('etag') ?? '';
    const again = await exchange('get', '/api/v1/knowledge', {
      headers: { 'if-none-match': etag },
    });
    expect(again.status).toBe(304);
  });

  it('GET /health: 200, and 503 when the store does not answer', async () => {
    expect((await exchange('get', '/api/v1/health')).status).toBe(200);
    const silentStore = {
      kind: 'sqlite',
      ping: () => Promise.reject(new Error('ECONNREFUSED')),
      close: () => Promise.resolve(),
    } as unknown as Store;
    const down = createApp({ store: silentStore, logger, rateLimit: false });
    expect((await exchange('get', '/api/v1/health', { through: down })).status).toBe(503);
  });

  it('a wrong method: 405 with the documented methods in Allow', async () => {
    for (const [method, template] of [
      ['get', '/api/v1/assess'],
      ['delete', '/api/v1/knowledge'],
      ['put', '/fhir/Questionnaire/stride'],
      ['get', '/cds-services/stride-triage'],
    ] as const) {
      expect((await exchange(method, template)).status).toBe(405);
    }
  });

  it('too many requests: 429 with Retry-After, on the API, FHIR and CDS Hooks alike', async () => {
    const limited = createApp({ logger, rateLimit: { capacity: 1, refillPerSecond: 0.01 } });
    await limited.request('/api/v1/health');
    for (const template of [
      '/api/v1/health',
      '/api/v1/knowledge',
      '/fhir/metadata',
      '/cds-services',
    ]) {
      const res = await exchange('get', template, { through: limited });
      expect(res.status).toBe(429);
      expect(res.headers.get('retry-after')).not.toBeNull();
    }
  });
});

describe('the profile routes answer as documented', () => {
  it('profiles: create, 401 without or with a wrong token, 404 with another profile’s token, erase', async () => {
    const mine = await newProfile();
    const theirs = await newProfile();
    expect((await exchange('get', '/api/v1/profile', { token: mine.token })).status).toBe(200);
    expect((await exchange('get', '/api/v1/profile')).status).toBe(401);
    const template = '/api/v1/profiles/{id}';
    expect((await exchange('delete', template, { params: { id: mine.id } })).status).toBe(401);
    const wrong = { params: { id: mine.id }, token: 'not-the-token' };
    expect((await exchange('delete', template, wrong)).status).toBe(401);
    const other = { params: { id: theirs.id }, token: mine.token };
    expect((await exchange('delete', template, other)).status).toBe(404);
    const own = { params: { id: mine.id }, token: mine.token };
    expect((await exchange('delete', template, own)).status).toBe(204);
  });

  it('a collection at its per-profile limit: 409 quota_exceeded naming it', async () => {
    const p = await newProfile();
    const shoes = '/api/v1/profiles/{id}/shoes';
    const auth = { params: { id: p.id }, token: p.token };
    for (let pair = 0; pair < PROFILE_LIMITS.shoes; pair += 1) {
      await app.request(`/api/v1/profiles/${p.id}/shoes`, {
        method: 'POST',
        headers: { authorization: `Bearer ${p.token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ name: `Pair ${String(pair)}`, startedOn: today() }),
      });
    }
    const full = await exchange('post', shoes, {
      ...auth,
      body: { name: 'One too many', startedOn: today() },
    });
    expect(full.status).toBe(409);
    expect(full.body).toMatchObject({ error: { code: 'quota_exceeded', path: 'shoes' } });
  });

  it('assessments, walks, shoes, progress, export and the FHIR Bundle', async () => {
    const p = await newProfile();
    const id = { id: p.id };
    const auth = { params: id, token: p.token };
    const assessments = '/api/v1/profiles/{id}/assessments';
    expect(
      (await exchange('post', assessments, { ...auth, body: { answers: ANSWERS } })).status,
    ).toBe(201);
    const bad = { ...auth, body: { answers: { age: 500 } } };
    expect((await exchange('post', assessments, bad)).status).toBe(400);
    expect((await exchange('get', assessments, auth)).status).toBe(200);

    const shoes = '/api/v1/profiles/{id}/shoes';
    const shoe = await exchange('post', shoes, {
      ...auth,
      body: { name: 'Road', startedOn: today() },
    });
    expect(shoe.status).toBe(201);
    const shoeId = (shoe.body as { id: string }).id;
    expect(
      (await exchange('post', shoes, { ...auth, body: { name: '\u200b', startedOn: today() } }))
        .status,
    ).toBe(400);
    expect((await exchange('get', shoes, auth)).status).toBe(200);
    const pair = '/api/v1/profiles/{id}/shoes/{shoeId}';
    const rename = {
      params: { ...id, shoeId },
      token: p.token,
      body: { name: 'Trail', replaceAtKm: null },
    };
    expect((await exchange('patch', pair, rename)).status).toBe(200);
    const missing = {
      params: { ...id, shoeId: 'no-such-shoe' },
      token: p.token,
      body: { name: 'x' },
    };
    expect((await exchange('patch', pair, missing)).status).toBe(404);

    const walks = '/api/v1/profiles/{id}/walks';
    const walk = {
      date: today(),
      minutes: 30,
      distanceKm: 2.5,
      minutesUntilSymptoms: null,
      painBefore: 2,
      painAfter: 4,
      stoppedBecause: 'planned',
      reliefBy: 'sitting',
      surface: 'pavement',
      poles: false,
      shoeId,
      note: 'Felt fine.',
    };
    const stored = await exchange('post', walks, { ...auth, body: walk });
    expect(stored.status).toBe(201);
    const tooSoon = { ...auth, body: { ...walk, minutes: 10, minutesUntilSymptoms: 20 } };
    expect((await exchange('post', walks, tooSoon)).status).toBe(400);
    expect((await exchange('get', walks, { ...auth, query: `from=${today()}` })).status).toBe(200);
    const reversed = { ...auth, query: `from=${today()}&to=2000-01-01` };
    expect((await exchange('get', walks, reversed)).status).toBe(400);
    const oneWalk = '/api/v1/profiles/{id}/walks/{walkId}';
    const walkId = (stored.body as { id: string }).id;
    const remove = { params: { ...id, walkId }, token: p.token };
    expect((await exchange('delete', oneWalk, remove)).status).toBe(204);
    expect((await exchange('delete', oneWalk, remove)).status).toBe(404);

    const progress = '/api/v1/profiles/{id}/progress';
    const zone = { ...auth, query: 'tz=Europe/London&weeks=8' };
    expect((await exchange('get', progress, zone)).status).toBe(200);
    expect((await exchange('get', progress, { ...auth, query: 'tz=Mars/Olympus' })).status).toBe(
      400,
    );

    const checkins = '/api/v1/profiles/{id}/checkins';
    const allClear = Object.fromEntries(
      checkinWarningSigns(KNOWLEDGE).map((feature) => [feature.id, false]),
    );
    const checkin = { date: today(), warningSigns: allClear, measures: { nrs_back: 4 } };
    expect((await exchange('post', checkins, { ...auth, body: checkin })).status).toBe(201);
    const outOfRange = { ...checkin, measures: { nrs_back: 11 } };
    expect((await exchange('post', checkins, { ...auth, body: outOfRange })).status).toBe(400);
    expect((await exchange('get', checkins, auth)).status).toBe(200);
    const yesterday = new Date(clock.getTime() - 86_400_000).toISOString().slice(0, 10);
    const earlier = { ...checkin, date: yesterday };
    expect((await exchange('post', checkins, { ...auth, body: earlier })).status).toBe(201);
    const firstCheckins = await exchange('get', checkins, { ...auth, query: 'limit=1' });
    const nextCheckins = (firstCheckins.body as { next: string | null }).next;
    expect(nextCheckins).toStrictEqual(expect.any(String));
    const lastCheckins = await exchange('get', checkins, {
      ...auth,
      query: `limit=1&cursor=${String(nextCheckins)}`,
    });
    expect((lastCheckins.body as { next: string | null }).next).toBeNull();
    expect((await exchange('get', checkins, { ...auth, query: 'limit=0' })).status).toBe(400);
    expect((await exchange('get', checkins, { ...auth, query: 'cursor=x' })).status).toBe(400);

    expect((await exchange('get', '/api/v1/profiles/{id}/export', auth)).status).toBe(200);
    expect((await exchange('get', '/api/v1/profiles/{id}/fhir', auth)).status).toBe(200);
    expect((await exchange('get', '/api/v1/profiles/{id}/fhir', { params: id })).status).toBe(401);
  });

  it('share links: made, listed, opened, expired (410), revoked (410), unknown (404)', async () => {
    const p = await newProfile();
    const auth = { params: { id: p.id }, token: p.token };
    await exchange('post', '/api/v1/profiles/{id}/assessments', {
      ...auth,
      body: { answers: ANSWERS },
    });
    const shares = '/api/v1/profiles/{id}/shares';
    const made = await exchange('post', shares, {
      ...auth,
      body: { timeZone: 'America/New_York' },
    });
    expect(made.status).toBe(201);
    const plain = await exchange('post', shares, auth);
    expect(plain.status).toBe(201);
    expect((await exchange('post', shares, { ...auth, body: { expiresInDays: 0 } })).status).toBe(
      400,
    );
    expect((await exchange('get', shares, auth)).status).toBe(200);

    const open = '/api/v1/shares/{token}';
    const tokenOf = (share: unknown): string =>
      new URL((share as { apiUrl: string }).apiUrl).pathname.split('/').pop() ?? '';
    expect((await exchange('get', open, { params: { token: tokenOf(made.body) } })).status).toBe(
      200,
    );
    expect((await exchange('get', open, { params: { token: 'A'.repeat(43) } })).status).toBe(404);

    const revoke = '/api/v1/profiles/{id}/shares/{shareId}';
    const shareId = (plain.body as { id: string }).id;
    const revoking = { params: { id: p.id, shareId }, token: p.token };
    expect((await exchange('delete', revoke, revoking)).status).toBe(204);
    expect((await exchange('get', open, { params: { token: tokenOf(plain.body) } })).status).toBe(
      410,
    );
    const unknown = { params: { id: p.id, shareId: 'no-such-share' }, token: p.token };
    expect((await exchange('delete', revoke, unknown)).status).toBe(404);

    const started = clock;
    clock = new Date(started.getTime() + 31 * DAY_MS);
    try {
      expect((await exchange('get', open, { params: { token: tokenOf(made.body) } })).status).toBe(
        410,
      );
    } finally {
      clock = started;
    }
  });
});

describe('pages and per-profile limits answer as documented', () => {
  it('lists in pages with limit and cursor, 400 for a bad one, 409 past a limit', async () => {
    const smallDir = mkdtempSync(join(tmpdir(), 'stride-contract-small-'));
    const small = await openStore({
      kind: 'sqlite',
      dataDir: smallDir,
      limits: { walks: 2, shoes: 1, shares: 1, assessments: 1, checkins: 1 },
    });
    try {
      const through = createApp({ store: small, logger, now: () => clock, rateLimit: false });
      const { body } = await exchange('post', '/api/v1/profiles', { through });
      const { id, token } = body as { id: string; token: string };
      const auth = { params: { id }, token, through };
      const walks = '/api/v1/profiles/{id}/walks';
      const walk = {
        date: today(),
        minutes: 20,
        painBefore: 1,
        painAfter: 2,
        stoppedBecause: 'planned',
      };
      expect((await exchange('post', walks, { ...auth, body: walk })).status).toBe(201);
      expect((await exchange('post', walks, { ...auth, body: walk })).status).toBe(201);
      expect((await exchange('post', walks, { ...auth, body: walk })).status).toBe(409);
      const first = await exchange('get', walks, { ...auth, query: 'limit=1' });
      const next = (first.body as { next: string | null }).next;
      expect(next).toStrictEqual(expect.any(String));
      const second = await exchange('get', walks, {
        ...auth,
        query: `limit=1&cursor=${String(next)}`,
      });
      expect((second.body as { next: string | null }).next).toBeNull();
      expect((await exchange('get', walks, { ...auth, query: 'limit=0' })).status).toBe(400);
      const adds: Array<[string, unknown]> = [
        ['/api/v1/profiles/{id}/assessments', { answers: ANSWERS }],
        ['/api/v1/profiles/{id}/shoes', { name: 'Road', startedOn: today() }],
        ['/api/v1/profiles/{id}/shares', {}],
      ];
      const checkin = {
        date: today(),
        warningSigns: Object.fromEntries(
          checkinWarningSigns(KNOWLEDGE).map((feature) => [feature.id, false]),
        ),
      };
      const checkins = '/api/v1/profiles/{id}/checkins';
      expect((await exchange('post', checkins, { ...auth, body: checkin })).status).toBe(201);
      expect((await exchange('post', checkins, { ...auth, body: checkin })).status).toBe(409);
      for (const [template, add] of adds) {
        expect((await exchange('post', template, { ...auth, body: add })).status).toBe(201);
        expect((await exchange('post', template, { ...auth, body: add })).status).toBe(409);
        expect((await exchange('get', template, { ...auth, query: 'limit=1' })).status).toBe(200);
        expect((await exchange('get', template, { ...auth, query: 'cursor=x' })).status).toBe(400);
      }
    } finally {
      await small.close();
      rmSync(smallDir, { recursive: true, force: true });
    }
  });
});

describe('the FHIR and CDS Hooks routes answer as documented', () => {
  const questionnaireResponse = {
    resourceType: 'QuestionnaireResponse',
    status: 'completed',
    questionnaire: 'urn:stride:fhir:Questionnaire:stride',
    item: [
      { linkId: 'age', answer: [{ valueInteger: 70 }] },
      { linkId: 'fever', answer: [{ valueBoolean: false }] },
    ],
  };

  it('metadata, the Questionnaire and $assess with its errors', async () => {
    expect((await exchange('get', '/fhir/metadata')).status).toBe(200);
    expect((await exchange('get', '/fhir/Questionnaire/stride')).status).toBe(200);
    const assess = '/fhir/QuestionnaireResponse/$assess';
    const fhirJson = { 'content-type': 'application/fhir+json' };
    const good = { body: questionnaireResponse, headers: fhirJson };
    expect((await exchange('post', assess, good)).status).toBe(200);
    const unknownItem = { linkId: 'shoe_size', answer: [{ valueInteger: 42 }] };
    const bad = { body: { ...questionnaireResponse, item: [unknownItem] }, headers: fhirJson };
    expect((await exchange('post', assess, bad)).status).toBe(400);
    const text = { raw: 'hello', headers: { 'content-type': 'text/plain' } };
    expect((await exchange('post', assess, text)).status).toBe(415);
  });

  it('Questionnaire search by url, and the adaptive interview ($next-question)', async () => {
    const search = { query: 'url=urn:stride:fhir:Questionnaire:stride' };
    expect((await exchange('get', '/fhir/Questionnaire', search)).status).toBe(200);
    const next = '/fhir/Questionnaire/$next-question';
    const fhirJson = { 'content-type': 'application/fhir+json' };
    const start = {
      resourceType: 'QuestionnaireResponse',
      status: 'in-progress',
      questionnaire: 'urn:stride:fhir:Questionnaire:stride',
    };
    expect((await exchange('post', next, { body: start, headers: fhirJson })).status).toBe(200);
    const other = { ...start, questionnaire: 'http://example.org/Questionnaire/phq9' };
    expect((await exchange('post', next, { body: other, headers: fhirJson })).status).toBe(422);
    const patient = { body: { resourceType: 'Patient' }, headers: fhirJson };
    expect((await exchange('post', next, patient)).status).toBe(400);
  });

  it('discovery and the triage service, with and without its prefetch', async () => {
    expect((await exchange('get', '/cds-services')).status).toBe(200);
    const service = '/cds-services/stride-triage';
    const hook = {
      hook: 'patient-view',
      hookInstance: 'd1577c69-dfbe-44ad-ba6d-3e05e953b2ea',
      context: { userId: 'Practitioner/example', patientId: '1288992' },
    };
    const withPrefetch = { ...hook, prefetch: { strideResponse: questionnaireResponse } };
    expect((await exchange('post', service, { body: withPrefetch })).status).toBe(200);
    expect((await exchange('post', service, { body: hook })).status).toBe(412);
    expect((await exchange('post', service, { body: { hook: 'order-sign' } })).status).toBe(400);
    const feedback = '/cds-services/stride-triage/feedback';
    const given = {
      feedback: [
        {
          card: '9368d37b-283f-44a0-93ea-547cebab93ed',
          outcome: 'accepted',
          outcomeTimestamp: '2026-03-18T10:00:00Z',
        },
      ],
    };
    expect((await exchange('post', feedback, { body: given })).status).toBe(200);
    expect((await exchange('post', feedback, { body: { feedback: 'yes' } })).status).toBe(400);
  });
});

describe('the document', () => {
  it('has every operation called above at least once', () => {
    const documented = Object.entries(document.paths ?? {}).flatMap(([path, item]) =>
      Object.keys(item).map((method) => `${method} ${path}`),
    );
    expect(documented.filter((operation) => !called.has(operation))).toStrictEqual([]);
  });
});
