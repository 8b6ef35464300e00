/** Fuzzes every body-taking profile route with generated bodies (wrong types, huge strings, deep nesting, __proto__ keys, invalid UTF-8): only 2xx/4xx with the CONTRACT error body, never a crash. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../store/index.js';
import { createProfilesTestApp } from './profiles/test-app.js';

const RUNS = Number(process.env['STRIDE_FUZZ_RUNS'] ?? 10_000);

let dir: string;
let store: Store;
let app: ReturnType<typeof createProfilesTestApp>;
let profile: { id: string; token: string };
let shoeId: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'stride-fuzz-'));
  store = await openStore({ kind: 'sqlite', dataDir: dir });
  app = createProfilesTestApp({ store, now: () => new Date('2026-03-18T12:00:00Z') });
  const created = await store.profiles.create(new Date());
  profile = { id: created.id, token: created.token };
  shoeId = (
    await store.shoes.add(profile.id, { name: 'Road', startedOn: '2026-01-01' }, new Date())
  ).id;
});
afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

const VALID_WALK = {
  date: '2026-03-16',
  minutes: 30,
  painBefore: 2,
  painAfter: 4,
  stoppedBecause: 'planned',
};

/** Values of every JSON type, including the awkward ones. */
const weird = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.string({ maxLength: 20_000 }),
  fc.constantFrom(
    -1,
    0,
    0.5,
    1e308,
    -1e308,
    601,
    10.5,
    5001,
    '',
    '2026-02-30',
    '9999-99-99',
    'pain',
    null,
    true,
  ),
  fc.integer({ min: 1, max: 2000 }).map((depth) => '['.repeat(depth) + ']'.repeat(depth)),
);

/** A valid base with one field replaced, one unknown key added, or one key removed. */
function mutated(base: Record<string, unknown>, keys: readonly string[]): fc.Arbitrary<string> {
  return fc.oneof(
    fc.record({ key: fc.constantFrom(...keys), value: weird }).map(({ key, value }) => {
      const text = JSON.stringify({ ...base, [key]: null });
      return text.replace(
        `"${key}":null`,
        `"${key}":${typeof value === 'string' && value.startsWith('[') ? value : JSON.stringify(value)}`,
      );
    }),
    fc
      .record({ key: fc.string({ maxLength: 30 }), value: fc.jsonValue({ maxDepth: 2 }) })
      .map(({ key, value }) => JSON.stringify({ ...base, [key]: value })),
    fc
      .constantFrom(...keys)
      .map((key) =>
        JSON.stringify(Object.fromEntries(Object.entries(base).filter(([k]) => k !== key))),
      ),
    fc
      .jsonValue({ maxDepth: 2 })
      .map((value) =>
        JSON.stringify(base).replace(/^\{/, `{"__proto__":${JSON.stringify(value)},`),
      ),
    fc
      .jsonValue({ maxDepth: 2 })
      .map((value) =>
        JSON.stringify(base).replace(
          /^\{/,
          `{"constructor":{"prototype":${JSON.stringify(value)}},`,
        ),
      ),
  );
}

/** Any body: mutated valid ones, random JSON, deep nesting, truncated JSON, and bytes that are not UTF-8. */
function bodies(base: Record<string, unknown>): fc.Arbitrary<string | Uint8Array> {
  const keys = Object.keys(base);
  return fc.oneof(
    { weight: 5, arbitrary: mutated(base, keys) },
    { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v)) },
    {
      weight: 1,
      arbitrary: fc
        .integer({ min: 1, max: 5000 })
        .map((d) => '{"a":'.repeat(d) + '1' + '}'.repeat(d)),
    },
    { weight: 1, arbitrary: fc.string({ maxLength: 200 }) },
    {
      weight: 1,
      arbitrary: fc
        .uint8Array({ maxLength: 200 })
        .map((bytes) => Uint8Array.from([0x7b, 0x22, 0xff, 0xfe, ...bytes])),
    },
  );
}

async function send(method: string, path: string, body: string | Uint8Array): Promise<void> {
  const res = await app.request(path, {
    method,
    headers: { Authorization: `Bearer ${profile.token}`, 'Content-Type': 'application/json' },
    body,
  });
  const text = await res.text();
  expect(res.status, text).toBeGreaterThanOrEqual(200);
  expect(res.status, text).toBeLessThan(500);
  if (res.status >= 400) {
    const parsed = JSON.parse(text) as {
      error?: { code?: unknown; message?: unknown; path?: unknown };
    };
    expect(typeof parsed.error?.code).toBe('string');
    expect(typeof parsed.error?.message).toBe('string');
    expect(parsed.error?.path === null || typeof parsed.error?.path === 'string').toBe(true);
  }
}

describe(`fuzzing the profile routes (${RUNS} bodies each)`, () => {
  const routes: Array<[string, string, () => string, Record<string, unknown>]> = [
    [
      'POST',
      'walks',
      () => `/api/v1/profiles/${profile.id}/walks`,
      { ...VALID_WALK, note: 'ok', reliefBy: 'sitting', minutesUntilSymptoms: 10 },
    ],
    [
      'POST',
      'shoes',
      () => `/api/v1/profiles/${profile.id}/shoes`,
      { name: 'Road', startedOn: '2026-01-01', startKm: 10, replaceAtKm: 600 },
    ],
    [
      'PATCH',
      'shoes/{shoeId}',
      () => `/api/v1/profiles/${profile.id}/shoes/${shoeId}`,
      { name: 'Road', replaceAtKm: 600 },
    ],
    [
      'POST',
      'shares',
      () => `/api/v1/profiles/${profile.id}/shares`,
      { expiresInDays: 30, timeZone: 'Europe/London' },
    ],
    [
      'POST',
      'assessments',
      () => `/api/v1/profiles/${profile.id}/assessments`,
      { answers: { age: 70, relief_sitting: true } },
    ],
  ];
  for (const [method, name, path, base] of routes) {
    it(`answers every generated body to ${method} ${name} with 2xx or 4xx`, async () => {
      await fc.assert(
        fc.asyncProperty(bodies(base), (body) => send(method, path(), body)),
        { numRuns: RUNS },
      );
    }, 600_000);
  }

  it('answers generated query strings to GET walks and progress with 2xx or 4xx', async () => {
    const value = fc.oneof(
      fc.string({ maxLength: 100 }),
      fc.constantFrom('2026-02-30', 'UTC', 'Mars/Base', '0', '261', '1e3', '-1'),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('walks', 'progress'),
        fc.dictionary(fc.constantFrom('from', 'to', 'tz', 'weeks', 'x'), value),
        async (route, query) => {
          const res = await app.request(
            `/api/v1/profiles/${profile.id}/${route}?${new URLSearchParams(query).toString()}`,
            {
              headers: { Authorization: `Bearer ${profile.token}` },
            },
          );
          expect(res.status).toBeLessThan(500);
          await res.arrayBuffer();
        },
      ),
      { numRuns: RUNS },
    );
  }, 600_000);
});
