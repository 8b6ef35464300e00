/** Specifies the profile, diary, shoe, progress, share, export and erase routes of CONTRACT section 6 through app.request(). */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../store/index.js';
import { createProfilesTestApp } from './profiles/test-app.js';

let dir: string;
let store: Store;
let clock: Date;
let app: ReturnType<typeof createProfilesTestApp>;
/** The same routes over a store whose per-profile limits are small enough to reach in a test. */
let smallStore: Store;
let small: ReturnType<typeof createProfilesTestApp>;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'stride-routes-'));
  store = await openStore({ kind: 'sqlite', dataDir: dir });
  app = createProfilesTestApp({
    store,
    now: () => clock,
    publicBaseUrl: 'https://stride.example.org/',
  });
  smallStore = await openStore({
    kind: 'sqlite',
    dataDir: join(dir, 'small'),
    limits: { walks: 2, assessments: 1, shoes: 1, shares: 1 },
  });
  small = createProfilesTestApp({ store: smallStore, now: () => clock });
});
afterAll(async () => {
  await store.close();
  await smallStore.close();
  rmSync(dir, { recursive: true, force: true });
});
beforeEach(() => {
  clock = new Date('2026-03-18T12:00:00Z');
});

type Body = Record<string, unknown>;
interface Reply {
  status: number;
  body: Body;
  headers: Headers;
}

async function call(
  method: string,
  path: string,
  options: {
    token?: string;
    body?: unknown;
    raw?: string;
    on?: ReturnType<typeof createProfilesTestApp>;
  } = {},
): Promise<Reply> {
  const headers: Record<string, string> = {};
  if (options.token !== undefined) {
    headers['Authorization'] = `Bearer ${options.token}`;
  }
  let body: string | undefined;
  if (options.raw !== undefined || options.body !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = options.raw ?? JSON.stringify(options.body);
  }
  const res = await (options.on ?? app).request(`/api/v1${path}`, {
    method,
    headers,
    ...(body === undefined ? {} : { body }),
  });
  const text = await res.text();
  return {
    status: res.status,
    body: text === '' ? {} : (JSON.parse(text) as Body),
    headers: res.headers,
  };
}

async function newProfile(): Promise<{ id: string; token: string }> {
  const res = await call('POST', '/profiles');
  expect(res.status).toBe(201);
  return res.body as { id: string; token: string };
}

const WALK = {
  date: '2026-03-16',
  minutes: 30,
  painBefore: 2,
  painAfter: 4,
  stoppedBecause: 'planned',
};

function errorOf(reply: Reply): { code: string; message: string; path: string | null } {
  return (reply.body as { error: { code: string; message: string; path: string | null } }).error;
}

describe('profiles and tokens', () => {
  it('creates a profile with an id and a 256-bit token shown once', async () => {
    const res = await call('POST', '/profiles');
    expect(res.status).toBe(201);
    expect(Object.keys(res.body).sort()).toStrictEqual(['id', 'token']);
    expect(Buffer.from(String(res.body['token']), 'base64url')).toHaveLength(32);
    expect(res.headers.get('Cache-Control')).toBe('no-store');
  });

  it('gives 401 without a token, with a wrong token and with a malformed header', async () => {
    const p = await newProfile();
    const none = await call('GET', `/profiles/${p.id}/walks`);
    expect(none.status).toBe(401);
    expect(errorOf(none).code).toBe('unauthorized');
    expect(none.headers.get('WWW-Authenticate')).toBe('Bearer');
    expect((await call('GET', `/profiles/${p.id}/walks`, { token: 'wrong' })).status).toBe(401);
    const res = await app.request(`/api/v1/profiles/${p.id}/walks`, {
      headers: { Authorization: `Basic ${p.token}` },
    });
    expect(res.status).toBe(401);
  });

  it("gives 404 for another profile's token, the same as for an id that does not exist", async () => {
    const mine = await newProfile();
    const theirs = await newProfile();
    const other = await call('GET', `/profiles/${theirs.id}/walks`, { token: mine.token });
    const missing = await call('GET', `/profiles/no-such-id/walks`, { token: mine.token });
    expect(other.status).toBe(404);
    expect(missing.status).toBe(404);
    expect(other.body).toStrictEqual(missing.body);
  });

  it('tells which profile a token opens, so a recovery code can carry the token alone', async () => {
    const p = await newProfile();
    const res = await call('GET', '/profile', { token: p.token });
    expect(res.status).toBe(200);
    expect(res.body).toStrictEqual({ id: p.id });
    expect(res.headers.get('Cache-Control')).toBe('no-store');
    const none = await call('GET', '/profile');
    expect(none.status).toBe(401);
    expect(none.headers.get('WWW-Authenticate')).toBe('Bearer');
    expect((await call('GET', '/profile', { token: 'wrong' })).status).toBe(401);
    await call('DELETE', `/profiles/${p.id}`, { token: p.token });
    expect((await call('GET', '/profile', { token: p.token })).status).toBe(401);
  });

  it('checks the token before the body, so a stranger learns nothing from validation', async () => {
    const p = await newProfile();
    const res = await call('POST', `/profiles/${p.id}/walks`, { body: { date: 'nonsense' } });
    expect(res.status).toBe(401);
  });
});

describe('assessments', () => {
  it('stores an assessment and returns its id, time and CONTRACT result', async () => {
    const p = await newProfile();
    const res = await call('POST', `/profiles/${p.id}/assessments`, {
      token: p.token,
      body: { answers: { age: 68, leg_symptoms: 'both_legs', relief_sitting: true } },
    });
    expect(res.status).toBe(201);
    expect(Object.keys(res.body).sort()).toStrictEqual(['createdAt', 'id', 'result']);
    expect((res.body['result'] as Body)['contract']).toBe('stride/1');
    expect(res.body['createdAt']).toBe(clock.toISOString());
  });

  it('lists assessments newest first, with their answers', async () => {
    const p = await newProfile();
    await call('POST', `/profiles/${p.id}/assessments`, {
      token: p.token,
      body: { answers: { age: 60 } },
    });
    clock = new Date(clock.getTime() + 60_000);
    await call('POST', `/profiles/${p.id}/assessments`, {
      token: p.token,
      body: { answers: { age: 61 } },
    });
    const res = await call('GET', `/profiles/${p.id}/assessments`, { token: p.token });
    const list = res.body['assessments'] as Array<{ answers: Body }>;
    expect(list.map((a) => a.answers['age'])).toStrictEqual([61, 60]);
  });

  it('lists a result stored before CONTRACT v1.1 as it was stored: no attention made up, no field trimmed', async () => {
    const p = await newProfile();
    const made = await call('POST', `/profiles/${p.id}/assessments`, { token: p.token, body: { answers: { age: 60 } } });
    const current = made.body['result'] as Body & { triage: Body };
    const older: Body = { ...current, triage: { level: current.triage['level'], reasons: current.triage['reasons'], advice: current.triage['advice'], note: 'a field of its time' } };
    delete older['attention'];
    await store.assessments.add(p.id, { answers: { age: 60 }, result: older }, clock);
    const list = await call('GET', `/profiles/${p.id}/assessments`, { token: p.token });
    expect(list.status).toBe(200);
    const stored = (list.body['assessments'] as Array<{ result: Body }>).map((assessment) => assessment.result);
    expect(stored).toContainEqual(older);
  });

  it('gives 400 naming the answer key for a bad answer, and stores nothing', async () => {
    const p = await newProfile();
    const res = await call('POST', `/profiles/${p.id}/assessments`, {
      token: p.token,
      body: { answers: { age: 500 } },
    });
    expect(res.status).toBe(400);
    expect(errorOf(res)).toMatchObject({ code: 'invalid_answers', path: 'age' });
    expect(errorOf(res).message).not.toContain('500');
    const list = await call('GET', `/profiles/${p.id}/assessments`, { token: p.token });
    expect(list.body['assessments']).toStrictEqual([]);
  });
});

describe('walks', () => {
  it('stores a walk and returns it with its id', async () => {
    const p = await newProfile();
    const res = await call('POST', `/profiles/${p.id}/walks`, {
      token: p.token,
      body: { ...WALK, minutesUntilSymptoms: null },
    });
    expect(res.status).toBe(201);
    expect(res.body).toStrictEqual({
      ...WALK,
      minutesUntilSymptoms: null,
      id: res.body['id'],
      createdAt: clock.toISOString(),
    });
  });

  const invalid: Array<[string, Body, string]> = [
    ['a date that does not exist', { ...WALK, date: '2026-02-30' }, 'date'],
    ['a date in another format', { ...WALK, date: '16/03/2026' }, 'date'],
    ['a date in the future', { ...WALK, date: '2026-03-25' }, 'date'],
    ['minutes over 600', { ...WALK, minutes: 601 }, 'minutes'],
    ['negative minutes', { ...WALK, minutes: -1 }, 'minutes'],
    ['minutes as a string', { ...WALK, minutes: '30' }, 'minutes'],
    ['a distance over 100 km', { ...WALK, distanceKm: 100.5 }, 'distanceKm'],
    ['pain after over 10', { ...WALK, painAfter: 11 }, 'painAfter'],
    ['pain before as a fraction', { ...WALK, painBefore: 2.5 }, 'painBefore'],
    [
      'minutes until symptoms longer than the walk',
      { ...WALK, minutesUntilSymptoms: 31 },
      'minutesUntilSymptoms',
    ],
    ['an unknown reason to stop', { ...WALK, stoppedBecause: 'bored' }, 'stoppedBecause'],
    ['an unknown surface', { ...WALK, surface: 'ice' }, 'surface'],
    ['poles as a string', { ...WALK, poles: 'yes' }, 'poles'],
    ['a note of 501 characters', { ...WALK, note: 'x'.repeat(501) }, 'note'],
    ['an unknown key', { ...WALK, mood: 'good' }, 'mood'],
    [
      'a __proto__ key',
      JSON.parse(
        `{"date":"2026-03-16","minutes":30,"painBefore":2,"painAfter":4,"stoppedBecause":"planned","__proto__":{"x":1}}`,
      ) as Body,
      '__proto__',
    ],
    [
      'a missing required field',
      { date: '2026-03-16', minutes: 30, painBefore: 2, stoppedBecause: 'planned' },
      'painAfter',
    ],
  ];
  for (const [what, body, path] of invalid) {
    it(`gives 400 naming "${path}" for ${what}`, async () => {
      const p = await newProfile();
      const res = await call('POST', `/profiles/${p.id}/walks`, { token: p.token, body });
      expect(res.status).toBe(400);
      expect(errorOf(res)).toMatchObject({ code: 'bad_request', path });
    });
  }

  it('accepts a note of exactly 500 characters, emoji counted once each', async () => {
    const p = await newProfile();
    const res = await call('POST', `/profiles/${p.id}/walks`, {
      token: p.token,
      body: { ...WALK, note: '🚶'.repeat(500) },
    });
    expect(res.status).toBe(201);
  });

  it('gives 400 for a body that is not JSON', async () => {
    const p = await newProfile();
    const res = await call('POST', `/profiles/${p.id}/walks`, { token: p.token, raw: '{"date":' });
    expect(res.status).toBe(400);
  });

  it("gives 400 naming shoeId for a pair of shoes that is not the profile's", async () => {
    const p = await newProfile();
    const q = await newProfile();
    const shoe = await call('POST', `/profiles/${q.id}/shoes`, {
      token: q.token,
      body: { name: 'Theirs', startedOn: '2026-01-01' },
    });
    const res = await call('POST', `/profiles/${p.id}/walks`, {
      token: p.token,
      body: { ...WALK, shoeId: shoe.body['id'] },
    });
    expect(res.status).toBe(400);
    expect(errorOf(res).path).toBe('shoeId');
  });

  it('lists walks by date within an inclusive from/to range', async () => {
    const p = await newProfile();
    for (const date of ['2026-03-10', '2026-03-01', '2026-03-05']) {
      await call('POST', `/profiles/${p.id}/walks`, { token: p.token, body: { ...WALK, date } });
    }
    const all = await call('GET', `/profiles/${p.id}/walks`, { token: p.token });
    expect((all.body['walks'] as Body[]).map((w) => w['date'])).toStrictEqual([
      '2026-03-01',
      '2026-03-05',
      '2026-03-10',
    ]);
    const some = await call('GET', `/profiles/${p.id}/walks?from=2026-03-02&to=2026-03-10`, {
      token: p.token,
    });
    expect((some.body['walks'] as Body[]).map((w) => w['date'])).toStrictEqual([
      '2026-03-05',
      '2026-03-10',
    ]);
    const bad = await call('GET', `/profiles/${p.id}/walks?from=2026-03-11&to=2026-03-10`, {
      token: p.token,
    });
    expect(errorOf(bad).path).toBe('from');
  });

  it('removes one walk, and gives 404 when it is not there', async () => {
    const p = await newProfile();
    const walk = await call('POST', `/profiles/${p.id}/walks`, { token: p.token, body: WALK });
    const path = `/profiles/${p.id}/walks/${String(walk.body['id'])}`;
    expect((await call('DELETE', path, { token: p.token })).status).toBe(204);
    expect((await call('DELETE', path, { token: p.token })).status).toBe(404);
  });
});

describe('shoes', () => {
  it('labels the default replacement distance as a default the person can change', async () => {
    const p = await newProfile();
    const res = await call('POST', `/profiles/${p.id}/shoes`, {
      token: p.token,
      body: { name: 'Road', startedOn: '2026-01-01' },
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      kmWalked: 0,
      replaceAtKm: 700,
      replaceAtKmIsDefault: true,
      dueForReplacement: false,
    });
    expect(String(res.body['replaceAtKmNote'])).toContain('not a research finding');
  });

  it('adds up the walks in a pair and says when it is due for replacing', async () => {
    const p = await newProfile();
    const shoe = await call('POST', `/profiles/${p.id}/shoes`, {
      token: p.token,
      body: { name: 'Road', startedOn: '2026-01-01', startKm: 95, replaceAtKm: 100 },
    });
    const shoeId = String(shoe.body['id']);
    await call('POST', `/profiles/${p.id}/walks`, {
      token: p.token,
      body: { ...WALK, shoeId, distanceKm: 3 },
    });
    let [listed] = (await call('GET', `/profiles/${p.id}/shoes`, { token: p.token })).body[
      'shoes'
    ] as Body[];
    expect(listed).toMatchObject({
      kmWalked: 3,
      totalKm: 98,
      kmLeft: 2,
      dueForReplacement: false,
      replaceAtKmIsDefault: false,
    });
    await call('POST', `/profiles/${p.id}/walks`, {
      token: p.token,
      body: { ...WALK, shoeId, distanceKm: 2.5 },
    });
    [listed] = (await call('GET', `/profiles/${p.id}/shoes`, { token: p.token })).body[
      'shoes'
    ] as Body[];
    expect(listed).toMatchObject({
      kmWalked: 5.5,
      totalKm: 100.5,
      kmLeft: 0,
      dueForReplacement: true,
    });
  });

  it('changes the replacement distance, and null goes back to the labelled default', async () => {
    const p = await newProfile();
    const shoe = await call('POST', `/profiles/${p.id}/shoes`, {
      token: p.token,
      body: { name: 'Road', startedOn: '2026-01-01' },
    });
    const path = `/profiles/${p.id}/shoes/${String(shoe.body['id'])}`;
    expect(
      (await call('PATCH', path, { token: p.token, body: { replaceAtKm: 500 } })).body,
    ).toMatchObject({ replaceAtKm: 500, replaceAtKmIsDefault: false });
    expect(
      (await call('PATCH', path, { token: p.token, body: { replaceAtKm: null } })).body,
    ).toMatchObject({ replaceAtKm: 700, replaceAtKmIsDefault: true });
    expect(
      errorOf(await call('PATCH', path, { token: p.token, body: { replaceAtKm: 50 } })).path,
    ).toBe('replaceAtKm');
    expect(
      (await call('PATCH', `/profiles/${p.id}/shoes/nope`, { token: p.token, body: { name: 'x' } }))
        .status,
    ).toBe(404);
  });

  it('gives 400 naming the field for a bad pair', async () => {
    const p = await newProfile();
    const res = await call('POST', `/profiles/${p.id}/shoes`, {
      token: p.token,
      body: { name: '', startedOn: '2026-01-01' },
    });
    expect(errorOf(res).path).toBe('name');
    const res2 = await call('POST', `/profiles/${p.id}/shoes`, {
      token: p.token,
      body: { name: 'Road', startedOn: '2026-01-01', startKm: 6000 },
    });
    expect(errorOf(res2).path).toBe('startKm');
  });
});

async function seedWeeks(
  p: { id: string; token: string },
  weeks: ReadonlyArray<readonly [string, number]>,
): Promise<void> {
  for (const [monday, until] of weeks) {
    for (const offset of [0, 1]) {
      const date = new Date(Date.parse(`${monday}T00:00:00Z`) + offset * 86_400_000)
        .toISOString()
        .slice(0, 10);
      const res = await call('POST', `/profiles/${p.id}/walks`, {
        token: p.token,
        body: { ...WALK, date, minutesUntilSymptoms: until },
      });
      expect(res.status).toBe(201);
    }
  }
}

describe('progress', () => {
  it('gives weekly figures and not_enough_data for a new diary', async () => {
    const p = await newProfile();
    const res = await call('GET', `/profiles/${p.id}/progress`, { token: p.token });
    expect(res.status).toBe(200);
    expect((res.body['weeks'] as Body[]).length).toBe(12);
    expect(res.body['trend']).toMatchObject({ status: 'not_enough_data' });
    expect(res.body['rule']).toBe('docs/progress-trend.md');
  });

  it('flags worsening walking tolerance as a warning sign', async () => {
    const p = await newProfile();
    await seedWeeks(p, [
      ['2026-02-23', 20],
      ['2026-03-02', 20],
      ['2026-03-09', 11],
      ['2026-03-16', 10],
    ]);
    const res = await call('GET', `/profiles/${p.id}/progress?tz=Europe/London&weeks=4`, {
      token: p.token,
    });
    expect(res.body['trend']).toMatchObject({ status: 'worsening' });
    expect(res.body['warnings']).toMatchObject([{ code: 'walking_tolerance_worsening' }]);
    expect((res.body['weeks'] as Body[]).map((w) => w['walks'])).toStrictEqual([2, 2, 2, 2]);
  });

  it('gives 400 naming tz or weeks when they are not valid', async () => {
    const p = await newProfile();
    expect(
      errorOf(await call('GET', `/profiles/${p.id}/progress?tz=Mars/Olympus`, { token: p.token }))
        .path,
    ).toBe('tz');
    expect(
      errorOf(await call('GET', `/profiles/${p.id}/progress?weeks=0`, { token: p.token })).path,
    ).toBe('weeks');
  });
});

describe('share links', () => {
  async function shared(): Promise<{
    p: { id: string; token: string };
    share: Body;
    path: string;
  }> {
    const p = await newProfile();
    await call('POST', `/profiles/${p.id}/assessments`, {
      token: p.token,
      body: {
        answers: {
          age: 70,
          leg_symptoms: 'both_legs',
          relief_sitting: true,
          relief_leaning_forward: true,
          fever: false,
        },
      },
    });
    await seedWeeks(p, [
      ['2026-03-02', 10],
      ['2026-03-09', 12],
    ]);
    const share = await call('POST', `/profiles/${p.id}/shares`, {
      token: p.token,
      body: { timeZone: 'America/New_York' },
    });
    expect(share.status).toBe(201);
    const url = new URL(String(share.body['apiUrl']));
    return { p, share: share.body, path: url.pathname.replace('/api/v1', '') };
  }

  it('makes a link that expires in 30 days by default', async () => {
    const { share } = await shared();
    expect(Object.keys(share).sort()).toStrictEqual(['apiUrl', 'expiresAt', 'id', 'url']);
    expect(String(share['url'])).toMatch(
      /^https:\/\/stride\.example\.org\/share\/[A-Za-z0-9_-]{43}$/,
    );
    expect(String(share['apiUrl'])).toMatch(
      /^https:\/\/stride\.example\.org\/api\/v1\/shares\/[A-Za-z0-9_-]{43}$/,
    );
    expect(share['expiresAt']).toBe('2026-04-17T12:00:00.000Z');
  });

  it('opens the clinician summary without the profile token, read-only', async () => {
    const { path } = await shared();
    const res = await call('GET', path);
    expect(res.status).toBe(200);
    expect(res.headers.get('Referrer-Policy')).toBe('no-referrer');
    expect(res.body).toMatchObject({ kind: 'stride/clinician-summary/1', assessmentsCount: 1 });
    const latest = res.body['latest'] as Body;
    expect(latest['triage']).toHaveProperty('level');
    expect(latest['walkingPattern']).toMatchObject({
      neurogenicFeatures: [{ feature: 'relief_sitting' }, { feature: 'relief_leaning_forward' }],
      // Relief by standing still was never asked: the page must say so, not "none".
      relief: [
        { feature: 'relief_sitting', answer: 'yes' },
        { feature: 'relief_leaning_forward', answer: 'yes' },
        { feature: 'relief_standing_still', answer: 'not asked' },
      ],
    });
    expect(latest['warningSignsScreened']).toContainEqual(
      expect.objectContaining({ feature: 'fever', answer: 'no' }),
    );
    const walking = res.body['walking'] as Body;
    expect(walking['timeZone']).toBe('America/New_York');
    expect((walking['weeks'] as Body[]).length).toBe(12);
    expect((await app.request(`/api/v1${path}`, { method: 'POST' })).status).toBe(404);
  });

  it('gives 410 once the link has expired', async () => {
    const { path } = await shared();
    clock = new Date('2026-04-17T12:00:00.001Z');
    const res = await call('GET', path);
    expect(res.status).toBe(410);
    expect(errorOf(res).code).toBe('gone');
  });

  it('gives 410 once the link is revoked, and lists it as revoked', async () => {
    const { p, share, path } = await shared();
    expect(
      (await call('DELETE', `/profiles/${p.id}/shares/${String(share['id'])}`, { token: p.token }))
        .status,
    ).toBe(204);
    expect((await call('GET', path)).status).toBe(410);
    const list = await call('GET', `/profiles/${p.id}/shares`, { token: p.token });
    expect(list.body['shares']).toMatchObject([{ id: share['id'], status: 'revoked' }]);
  });

  it("cannot be revoked with another profile's token", async () => {
    const { p, share, path } = await shared();
    const q = await newProfile();
    expect(
      (await call('DELETE', `/profiles/${p.id}/shares/${String(share['id'])}`, { token: q.token }))
        .status,
    ).toBe(404);
    expect(
      (await call('DELETE', `/profiles/${q.id}/shares/${String(share['id'])}`, { token: q.token }))
        .status,
    ).toBe(404);
    expect((await call('GET', path)).status).toBe(200);
  });

  it('gives 404 for an unknown link', async () => {
    expect((await call('GET', `/shares/${'A'.repeat(43)}`)).status).toBe(404);
  });
});

describe('export and erase', () => {
  it('exports everything stored for the profile as JSON, without its token', async () => {
    const p = await newProfile();
    await call('POST', `/profiles/${p.id}/assessments`, {
      token: p.token,
      body: { answers: { age: 60 } },
    });
    await call('POST', `/profiles/${p.id}/shoes`, {
      token: p.token,
      body: { name: 'Road', startedOn: '2026-01-01' },
    });
    await call('POST', `/profiles/${p.id}/walks`, { token: p.token, body: WALK });
    await call('POST', `/profiles/${p.id}/shares`, { token: p.token });
    const res = await call('GET', `/profiles/${p.id}/export`, { token: p.token });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ kind: 'stride/export/1', profile: { id: p.id } });
    for (const key of ['assessments', 'walks', 'shoes', 'shares']) {
      expect(res.body[key]).toHaveLength(1);
    }
    expect(JSON.stringify(res.body)).not.toContain(p.token);
  });

  it('erases everything at once: the token, the diary and the share links stop working', async () => {
    const p = await newProfile();
    await call('POST', `/profiles/${p.id}/walks`, { token: p.token, body: WALK });
    const share = await call('POST', `/profiles/${p.id}/shares`, { token: p.token });
    const sharePath = new URL(String(share.body['apiUrl'])).pathname.replace('/api/v1', '');
    expect((await call('DELETE', `/profiles/${p.id}`, { token: p.token })).status).toBe(204);
    expect((await call('GET', `/profiles/${p.id}/walks`, { token: p.token })).status).toBe(401);
    expect((await call('GET', sharePath)).status).toBe(404);
    expect(await store.walks.list(p.id)).toStrictEqual([]);
  });
});

describe('pages', () => {
  /** Follows `next` from the first page with `limit` until it is null; the pages' lengths and items. */
  async function everyPage(
    p: { id: string; token: string },
    list: string,
    limit: number,
  ): Promise<{ lengths: number[]; items: Body[] }> {
    const lengths: number[] = [];
    const items: Body[] = [];
    let cursor: string | null = null;
    do {
      const query: string = `limit=${limit}${cursor === null ? '' : `&cursor=${cursor}`}`;
      const page = await call('GET', `/profiles/${p.id}/${list}?${query}`, { token: p.token });
      expect(page.status).toBe(200);
      const found = page.body[list] as Body[];
      lengths.push(found.length);
      items.push(...found);
      cursor = page.body['next'] as string | null;
    } while (cursor !== null);
    return { lengths, items };
  }

  it('gives walks newest first a page at a time with limit and cursor, next null on the last', async () => {
    const p = await newProfile();
    for (const date of ['2026-03-01', '2026-03-03', '2026-03-02', '2026-03-03', '2026-02-27']) {
      expect(
        (await call('POST', `/profiles/${p.id}/walks`, { token: p.token, body: { ...WALK, date } }))
          .status,
      ).toBe(201);
    }
    const { lengths, items } = await everyPage(p, 'walks', 2);
    expect(lengths).toStrictEqual([2, 2, 1]);
    expect(items.map((walk) => walk['date'])).toStrictEqual([
      '2026-03-03',
      '2026-03-03',
      '2026-03-02',
      '2026-03-01',
      '2026-02-27',
    ]);
    expect(new Set(items.map((walk) => walk['id'])).size).toBe(5);
    // Pages and from/to together: the walks up to a date, newest first.
    const upTo = await call('GET', `/profiles/${p.id}/walks?to=2026-03-01&limit=1`, {
      token: p.token,
    });
    expect((upTo.body['walks'] as Body[]).map((walk) => walk['date'])).toStrictEqual([
      '2026-03-01',
    ]);
    expect(upTo.body['next']).toStrictEqual(expect.any(String));
  });

  it('still answers the whole list oldest first without limit or cursor, with next null', async () => {
    const p = await newProfile();
    for (const date of ['2026-03-02', '2026-03-01']) {
      await call('POST', `/profiles/${p.id}/walks`, { token: p.token, body: { ...WALK, date } });
    }
    const all = await call('GET', `/profiles/${p.id}/walks`, { token: p.token });
    expect((all.body['walks'] as Body[]).map((walk) => walk['date'])).toStrictEqual([
      '2026-03-01',
      '2026-03-02',
    ]);
    expect(all.body['next']).toBeNull();
  });

  it('pages assessments, shoes and share links newest first', async () => {
    const p = await newProfile();
    for (let i = 0; i < 3; i += 1) {
      clock = new Date(Date.UTC(2026, 2, 10 + i, 12));
      await call('POST', `/profiles/${p.id}/assessments`, {
        token: p.token,
        body: { answers: { age: 60 + i } },
      });
      await call('POST', `/profiles/${p.id}/shoes`, {
        token: p.token,
        body: { name: `Pair ${i}`, startedOn: '2026-01-01' },
      });
      await call('POST', `/profiles/${p.id}/shares`, { token: p.token, body: {} });
    }
    const assessments = await everyPage(p, 'assessments', 2);
    expect(assessments.lengths).toStrictEqual([2, 1]);
    expect(assessments.items.map((a) => a['createdAt'])).toStrictEqual([
      '2026-03-12T12:00:00.000Z',
      '2026-03-11T12:00:00.000Z',
      '2026-03-10T12:00:00.000Z',
    ]);
    const shoes = await everyPage(p, 'shoes', 2);
    expect(shoes.items.map((shoe) => shoe['name'])).toStrictEqual(['Pair 2', 'Pair 1', 'Pair 0']);
    const shares = await everyPage(p, 'shares', 1);
    expect(shares.lengths).toStrictEqual([1, 1, 1]);
  });

  it('gives 400 naming limit or cursor when they are not valid', async () => {
    const p = await newProfile();
    await call('POST', `/profiles/${p.id}/walks`, { token: p.token, body: WALK });
    await call('POST', `/profiles/${p.id}/walks`, { token: p.token, body: WALK });
    const walksCursor = String(
      (await call('GET', `/profiles/${p.id}/walks?limit=1`, { token: p.token })).body['next'],
    );
    const cases: Array<[string, string]> = [
      ['walks?limit=0', 'limit'],
      ['walks?limit=501', 'limit'],
      ['walks?limit=ten', 'limit'],
      ['walks?limit=1.5', 'limit'],
      ['walks?cursor=not-a-cursor', 'cursor'],
      [`walks?cursor=${Buffer.from('["a"]').toString('base64url')}`, 'cursor'],
      ['walks?cursor=%7B%7D', 'cursor'],
      // A walks cursor is not an assessments cursor.
      [`assessments?cursor=${walksCursor}`, 'cursor'],
      ['shoes?limit=-1', 'limit'],
      ['shares?cursor=', 'cursor'],
    ];
    for (const [query, path] of cases) {
      const res = await call('GET', `/profiles/${p.id}/${query}`, { token: p.token });
      expect({ query, status: res.status, path: errorOf(res).path }).toStrictEqual({
        query,
        status: 400,
        path,
      });
    }
  });

  it('declares limit and cursor on every list route', () => {
    const doc = app.getOpenAPI31Document({
      openapi: '3.1.0',
      info: { title: 'Stride', version: 'test' },
    });
    for (const list of ['assessments', 'walks', 'shoes', 'shares', 'checkins']) {
      const names = (doc.paths?.[`/api/v1/profiles/{id}/${list}`]?.get?.parameters ?? []).map(
        (parameter) => ('name' in parameter ? parameter.name : ''),
      );
      expect(names).toEqual(expect.arrayContaining(['limit', 'cursor']));
    }
  });
});

describe('per-profile limits', () => {
  it('answers 409 quota_exceeded naming the collection once the profile keeps its limit of walks', async () => {
    const { id, token } = (await call('POST', '/profiles', { on: small })).body as {
      id: string;
      token: string;
    };
    const post = () => call('POST', `/profiles/${id}/walks`, { token, body: WALK, on: small });
    expect((await post()).status).toBe(201);
    const second = await post();
    expect(second.status).toBe(201);
    const refused = await post();
    expect(refused.status).toBe(409);
    expect(errorOf(refused)).toStrictEqual({
      code: 'quota_exceeded',
      message: 'walks: a profile can keep at most 2 walks',
      path: 'walks',
    });
    const listed = await call('GET', `/profiles/${id}/walks`, { token, on: small });
    expect(listed.body['walks']).toHaveLength(2);
    // Removing a walk makes room again.
    const removed = await call('DELETE', `/profiles/${id}/walks/${String(second.body['id'])}`, {
      token,
      on: small,
    });
    expect(removed.status).toBe(204);
    expect((await post()).status).toBe(201);
  });

  it('answers 409 naming assessments, shoes or shares when those are full', async () => {
    const { id, token } = (await call('POST', '/profiles', { on: small })).body as {
      id: string;
      token: string;
    };
    const adds = {
      assessments: () =>
        call('POST', `/profiles/${id}/assessments`, { token, body: { answers: {} }, on: small }),
      shoes: () =>
        call('POST', `/profiles/${id}/shoes`, {
          token,
          body: { name: 'Road', startedOn: '2026-01-01' },
          on: small,
        }),
      shares: () => call('POST', `/profiles/${id}/shares`, { token, body: {}, on: small }),
    };
    for (const [collection, add] of Object.entries(adds)) {
      expect((await add()).status).toBe(201);
      const refused = await add();
      expect(refused.status).toBe(409);
      expect(errorOf(refused)).toMatchObject({ code: 'quota_exceeded', path: collection });
    }
  });

  it('declares the 409 on every route that adds to a collection', () => {
    const doc = app.getOpenAPI31Document({
      openapi: '3.1.0',
      info: { title: 'Stride', version: 'test' },
    });
    for (const path of ['assessments', 'walks', 'shoes', 'shares']) {
      expect(doc.paths?.[`/api/v1/profiles/{id}/${path}`]?.post?.responses).toHaveProperty('409');
    }
  });
});

describe('OpenAPI', () => {
  it('describes every route with the bearer scheme', () => {
    const doc = app.getOpenAPI31Document({
      openapi: '3.1.0',
      info: { title: 'Stride', version: '1' },
    });
    expect(Object.keys(doc.paths ?? {}).sort()).toStrictEqual([
      '/api/v1/profile',
      '/api/v1/profiles',
      '/api/v1/profiles/{id}',
      '/api/v1/profiles/{id}/assessments',
      '/api/v1/profiles/{id}/checkins',
      '/api/v1/profiles/{id}/export',
      '/api/v1/profiles/{id}/progress',
      '/api/v1/profiles/{id}/shares',
      '/api/v1/profiles/{id}/shares/{shareId}',
      '/api/v1/profiles/{id}/shoes',
      '/api/v1/profiles/{id}/shoes/{shoeId}',
      '/api/v1/profiles/{id}/walks',
      '/api/v1/profiles/{id}/walks/{walkId}',
      '/api/v1/shares/{token}',
    ]);
    expect(doc.components?.securitySchemes).toHaveProperty('profileToken');
  });

  it('documents a new share link as the page to hand over (url) and its JSON (apiUrl)', () => {
    const doc = app.getOpenAPI31Document({
      openapi: '3.1.0',
      info: { title: 'Stride', version: '1' },
    });
    const schema = doc.components?.schemas?.['NewShare'] as
      { properties?: Record<string, { description?: string }>; required?: string[] } | undefined;
    expect(schema?.required?.slice().sort()).toStrictEqual(['apiUrl', 'expiresAt', 'id', 'url']);
    expect(schema?.properties?.['url']?.description).toMatch(/\/share\/\{token\}/);
    expect(schema?.properties?.['apiUrl']?.description).toMatch(/\/api\/v1\/shares\/\{token\}/);
  });
});
