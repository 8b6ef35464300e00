// Times the progress query on 3 years of daily walks in one profile: the whole API path
// (auth, store query, weekly figures, trend, JSON) and the pure computation alone.
// Run: node --import tsx bench/progress.js   (STRIDE_TEST_DATABASE_URL set: PostgreSQL too)
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { computeProgress } from '../src/engine/progress.js';
import { createProfilesTestApp } from '../src/server/routes/profiles/test-app.js';
import { openStore } from '../src/store/index.js';

const AIM_MS = 20;
const RUNS = Number(process.env.BENCH_RUNS ?? 500);
const DAYS = 3 * 365 + 1;
const NOW = new Date('2026-03-18T12:00:00Z');

function quantile(sorted, q) {
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
}

async function time(label, fn) {
  for (let i = 0; i < 50; i += 1) await fn(); // warm up
  const samples = [];
  for (let i = 0; i < RUNS; i += 1) {
    const start = performance.now();
    await fn();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  const result = {
    label,
    runs: RUNS,
    medianMs: +quantile(samples, 0.5).toFixed(3),
    p99Ms: +quantile(samples, 0.99).toFixed(3),
    maxMs: +samples[samples.length - 1].toFixed(3),
  };
  console.log(
    `${label.padEnd(58)} median ${result.medianMs.toFixed(2).padStart(6)} ms  p99 ${result.p99Ms.toFixed(2).padStart(6)} ms  ${result.p99Ms < AIM_MS ? 'aim met' : 'AIM MISSED'} (< ${AIM_MS} ms)`,
  );
  return result;
}

/** One walk a day for three years, with a slow improvement and some noise. */
function walksFor(days) {
  const walks = [];
  const start = Date.parse('2026-03-18T00:00:00Z') - (days - 1) * 86_400_000;
  for (let d = 0; d < days; d += 1) {
    const until = 5 + Math.round((d / days) * 20) + (d % 7);
    walks.push({
      date: new Date(start + d * 86_400_000).toISOString().slice(0, 10),
      minutes: until + 10,
      distanceKm: (until + 10) / 15,
      minutesUntilSymptoms: d % 11 === 0 ? null : until,
      painBefore: 2,
      painAfter: 3 + (d % 4),
      stoppedBecause: 'pain',
      reliefBy: 'sitting',
    });
  }
  return walks;
}

/** The whole server app (headers, limits, logging) when it exists; the profile routes alone otherwise. */
async function appFor(store) {
  if (existsSync(new URL('../src/server/app.ts', import.meta.url))) {
    const [{ createApp }, { pino }] = await Promise.all([
      import('../src/server/app.js'),
      import('pino'),
    ]);
    return {
      app: createApp({
        store,
        logger: pino({ level: 'silent' }),
        rateLimit: false,
        now: () => NOW,
      }),
      what: 'full app',
    };
  }
  return { app: createProfilesTestApp({ store, now: () => NOW }), what: 'profile routes only' };
}

async function benchStore(kind, options) {
  const store = await openStore(options);
  const { app, what } = await appFor(store);
  console.log(`${kind}: timing through the ${what}`);
  const profile = await store.profiles.create(NOW);
  const walks = walksFor(DAYS);
  const seedStart = performance.now();
  await Promise.all(walks.map((walk) => store.walks.add(profile.id, walk, NOW)));
  console.log(
    `${kind}: seeded ${walks.length} walks in ${(performance.now() - seedStart).toFixed(0)} ms`,
  );
  const headers = { Authorization: `Bearer ${profile.token}` };
  const get = async (path) => {
    const res = await app.request(path, { headers });
    if (res.status !== 200) throw new Error(`${path}: ${res.status}`);
    await res.arrayBuffer();
  };
  const results = [
    await time(`${kind}: GET /progress (12 weeks, default)`, () =>
      get(`/api/v1/profiles/${profile.id}/progress?tz=Europe/London`),
    ),
    await time(`${kind}: GET /progress?weeks=157 (all 3 years)`, () =>
      get(`/api/v1/profiles/${profile.id}/progress?tz=Europe/London&weeks=157`),
    ),
  ];
  const share = await store.shares.create(
    profile.id,
    { expiresAt: new Date(NOW.getTime() + 86_400_000), timeZone: 'UTC' },
    NOW,
  );
  results.push(
    await time(`${kind}: GET /shares/{token} (clinician summary)`, async () => {
      const res = await app.request(`/api/v1/shares/${share.token}`);
      if (res.status !== 200) throw new Error(`share: ${res.status}`);
      await res.arrayBuffer();
    }),
  );
  await store.profiles.erase(profile.id);
  await store.close();
  return results;
}

const results = [];
const pure = walksFor(DAYS);
results.push(
  await time('pure computeProgress over 1096 walks (157 weeks)', () =>
    computeProgress(pure, { now: NOW, timeZone: 'Europe/London', weeks: 157 }),
  ),
);

const dir = mkdtempSync(join(tmpdir(), 'stride-bench-'));
try {
  results.push(...(await benchStore('sqlite', { kind: 'sqlite', dataDir: dir })));
} finally {
  rmSync(dir, { recursive: true, force: true });
}
const url = process.env.STRIDE_TEST_DATABASE_URL;
if (url) {
  results.push(...(await benchStore('postgres', { kind: 'postgres', url })));
} else {
  console.log('postgres: skipped (set STRIDE_TEST_DATABASE_URL to include it)');
}
console.log(
  JSON.stringify({ bench: 'progress', node: process.version, walks: DAYS, aimMs: AIM_MS, results }),
);
