/** Specifies the check-in routes of CONTRACT v1.1 section 6 through app.request(): every warning sign re-asked, triage at once, attention until cleared, scores, bad input 400 naming the field. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { checkinWarningSigns } from '../../../engine/checkin.js';
import { KNOWLEDGE } from '../../../knowledge/index.js';
import { openStore, type Store } from '../../../store/index.js';
import { createProfilesTestApp } from './test-app.js';

let dir: string;
let store: Store;
let clock: Date;
let app: ReturnType<typeof createProfilesTestApp>;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'stride-checkins-'));
  store = await openStore({ kind: 'sqlite', dataDir: dir });
  app = createProfilesTestApp({ store, now: () => clock });
});
afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});
beforeEach(() => {
  clock = new Date('2026-03-18T12:00:00Z');
});

type Body = Record<string, unknown>;
interface Reply {
  status: number;
  body: Body;
}

async function call(
  method: string,
  path: string,
  options: { token?: string; body?: unknown } = {},
): Promise<Reply> {
  const headers: Record<string, string> = {};
  if (options.token !== undefined) {
    headers['Authorization'] = `Bearer ${options.token}`;
  }
  if (options.body !== undefined) {
    headers['Content-Type'] = 'application/json';
  }
  const res = await app.request(`/api/v1${path}`, {
    method,
    headers,
    ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
  });
  const text = await res.text();
  return { status: res.status, body: text === '' ? {} : (JSON.parse(text) as Body) };
}

async function newProfile(): Promise<{ id: string; token: string }> {
  const res = await call('POST', '/profiles');
  return res.body as { id: string; token: string };
}

/** Every warning sign a check-in must answer, answered "no". */
const ALL_CLEAR: Readonly<Record<string, boolean | null>> = Object.fromEntries(
  checkinWarningSigns(KNOWLEDGE)
    .filter((feature) => feature.askWhen === undefined)
    .map((feature) => [feature.id, false]),
);

function errorOf(reply: Reply): { code: string; message: string; path: string | null } {
  return (reply.body as { error: { code: string; message: string; path: string | null } }).error;
}

async function checkin(
  p: { id: string; token: string },
  body: Record<string, unknown>,
): Promise<Reply> {
  return call('POST', `/profiles/${p.id}/checkins`, { token: p.token, body });
}

describe('POST /profiles/{id}/checkins', () => {
  it('stores a clean check-in: self-care, nothing escalated, no attention, the scores given', async () => {
    const p = await newProfile();
    const res = await checkin(p, {
      date: '2026-03-18',
      warningSigns: ALL_CLEAR,
      measures: { nrs_back: 4, nrs_leg: 2, peg: [5, 6, 7] },
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      date: '2026-03-18',
      triage: { level: 'self_care', reasons: [], unanswered: [] },
      escalated: false,
      attention: null,
      scores: {
        nrs_back: { score: 4, unit: 'points', sinceFirst: null, sincePrevious: null },
        nrs_leg: { score: 2 },
        peg: { score: 6, meaningfulChange: null },
      },
    });
    expect(typeof res.body['id']).toBe('string');
  });

  it('gives an emergency at once for new bladder trouble, with the call to the emergency number, and attention on progress', async () => {
    const p = await newProfile();
    const res = await checkin(p, {
      date: '2026-03-18',
      warningSigns: { ...ALL_CLEAR, bladder_bowel_change: true },
    });
    expect(res.status).toBe(201);
    expect(res.body['escalated']).toBe(true);
    const triage = res.body['triage'] as {
      level: string;
      advice: string;
      reasons: { feature: string }[];
    };
    expect(triage.level).toBe('emergency');
    expect(triage.advice).toBe(KNOWLEDGE.triageAdvice.emergency);
    expect(triage.reasons[0]?.feature).toBe('bladder_bowel_change');
    expect(res.body['attention']).toMatchObject({ level: 'emergency', since: '2026-03-18' });

    const progress = await call('GET', `/profiles/${p.id}/progress`, { token: p.token });
    expect(progress.status).toBe(200);
    expect(progress.body['attention']).toMatchObject({
      level: 'emergency',
      since: '2026-03-18',
      from: ['checkin'],
      reasons: [{ feature: 'bladder_bowel_change' }],
    });
  });

  it('keeps attention through a "not sure" check-in and clears it with a later clean one', async () => {
    const p = await newProfile();
    await checkin(p, { date: '2026-03-10', warningSigns: { ...ALL_CLEAR, fever: true } });
    await checkin(p, { date: '2026-03-14', warningSigns: { ...ALL_CLEAR, fever: null } });
    const held = await call('GET', `/profiles/${p.id}/progress`, { token: p.token });
    expect(held.body['attention']).toMatchObject({ level: 'urgent', since: '2026-03-10' });
    await checkin(p, { date: '2026-03-18', warningSigns: ALL_CLEAR });
    const cleared = await call('GET', `/profiles/${p.id}/progress`, { token: p.token });
    expect(cleared.body['attention']).toBeNull();
  });

  it('reads the latest assessment, so a rule that needs age applies as in assess', async () => {
    const p = await newProfile();
    await call('POST', `/profiles/${p.id}/assessments`, {
      token: p.token,
      body: { answers: { age: 64, duration_weeks: 3 } },
    });
    const res = await checkin(p, {
      date: '2026-03-18',
      warningSigns: { ...ALL_CLEAR, not_improving_month: true },
    });
    expect((res.body['triage'] as { level: string }).level).toBe('soon');
  });

  it('judges the change of each score since the first and the previous check-in', async () => {
    const p = await newProfile();
    await checkin(p, { date: '2026-03-01', warningSigns: ALL_CLEAR, measures: { nrs_back: 7 } });
    await checkin(p, { date: '2026-03-08', warningSigns: ALL_CLEAR, measures: { nrs_back: 6 } });
    const res = await checkin(p, {
      date: '2026-03-15',
      warningSigns: ALL_CLEAR,
      measures: { nrs_back: 5 },
    });
    expect((res.body['scores'] as Record<string, unknown>)['nrs_back']).toMatchObject({
      score: 5,
      sinceFirst: { fromDate: '2026-03-01', difference: -2, direction: 'better', realChange: true },
      sincePrevious: { fromDate: '2026-03-08', difference: -1, realChange: false },
    });
  });

  it.each([
    [
      'a warning sign left out',
      { warningSigns: { ...ALL_CLEAR, fever: undefined } },
      'warningSigns.fever',
    ],
    [
      'a key that is no warning sign',
      { warningSigns: { ...ALL_CLEAR, age: 60 } },
      'warningSigns.age',
    ],
    [
      'a warning sign that is not true, false or null',
      { warningSigns: { ...ALL_CLEAR, fever: 'yes' } },
      'warningSigns.fever',
    ],
    [
      'worsening weakness not asked after weakness',
      { warningSigns: { ...ALL_CLEAR, leg_weakness: true } },
      'warningSigns.weakness_progressing',
    ],
    [
      'worsening weakness without weakness',
      { warningSigns: { ...ALL_CLEAR, weakness_progressing: true } },
      'warningSigns.weakness_progressing',
    ],
    ['no warning signs at all', { warningSigns: undefined }, 'warningSigns'],
    ['a date that is not a calendar date', { date: '2026-02-30' }, 'date'],
    ['a date in the future', { date: '2026-03-25' }, 'date'],
    ['a pain rating over 10', { measures: { nrs_back: 11 } }, 'measures.nrs_back'],
    [
      'a pain rating that is not a whole number',
      { measures: { nrs_leg: 2.5 } },
      'measures.nrs_leg',
    ],
    ['a PEG with two numbers', { measures: { peg: [4, 5] } }, 'measures.peg'],
    [
      'a PSFS with four activities',
      {
        measures: {
          psfs: ['a', 'b', 'c', 'd'].map((activity) => ({ activity, score: 5 })),
        },
      },
      'measures.psfs',
    ],
    [
      'a PSFS activity without a name',
      { measures: { psfs: [{ activity: ' ', score: 5 }] } },
      'measures.psfs.0.activity',
    ],
    [
      'a PSFS activity of only invisible characters',
      { measures: { psfs: [{ activity: '\u200b\u200e', score: 5 }] } },
      'measures.psfs.0.activity',
    ],
    [
      'a walking test with symptoms after it ended',
      { measures: { walking_test: { minutes: 5, minutesUntilSymptoms: 9 } } },
      'measures.walking_test.minutesUntilSymptoms',
    ],
    ['an instrument Stride does not ship', { measures: { odi: 20 } }, 'measures.odi'],
    ['an unknown field', { mood: 'fine' }, 'mood'],
  ])('refuses %s with 400 naming the field', async (_what, change, path) => {
    const p = await newProfile();
    const res = await checkin(p, {
      date: '2026-03-18',
      warningSigns: ALL_CLEAR,
      ...change,
    });
    expect(res.status).toBe(400);
    expect(errorOf(res).path).toBe(path);
    expect(errorOf(res).message).toContain(path);
  });

  it("needs the profile token: 401 without, 404 with another profile's", async () => {
    const mine = await newProfile();
    const theirs = await newProfile();
    const body = { date: '2026-03-18', warningSigns: ALL_CLEAR };
    expect((await call('POST', `/profiles/${mine.id}/checkins`, { body })).status).toBe(401);
    expect(
      (await call('POST', `/profiles/${theirs.id}/checkins`, { token: mine.token, body })).status,
    ).toBe(404);
    expect(
      (await call('GET', `/profiles/${theirs.id}/checkins`, { token: mine.token })).status,
    ).toBe(404);
  });
});

describe('GET /profiles/{id}/checkins', () => {
  it('lists the check-ins newest first, with their triage, scores and the attention now', async () => {
    const p = await newProfile();
    await checkin(p, { date: '2026-03-01', warningSigns: ALL_CLEAR, measures: { nrs_leg: 6 } });
    await checkin(p, {
      date: '2026-03-08',
      warningSigns: { ...ALL_CLEAR, leg_weakness: true, weakness_progressing: false },
      measures: { nrs_leg: 3 },
    });
    const res = await call('GET', `/profiles/${p.id}/checkins`, { token: p.token });
    expect(res.status).toBe(200);
    const listed = res.body['checkins'] as {
      date: string;
      escalated: boolean;
      scores: Record<string, { sinceFirst: unknown }>;
    }[];
    expect(listed.map((item) => item.date)).toStrictEqual(['2026-03-08', '2026-03-01']);
    expect(listed.map((item) => item.escalated)).toStrictEqual([true, false]);
    expect(listed[0]?.scores['nrs_leg']?.sinceFirst).toMatchObject({
      difference: -3,
      realChange: true,
    });
    expect(listed[1]?.scores['nrs_leg']?.sinceFirst).toBeNull();
    expect(res.body['attention']).toMatchObject({ level: 'urgent', since: '2026-03-08' });
  });

  it('still answers the whole list without limit or cursor, with next null', async () => {
    const p = await newProfile();
    await checkin(p, { date: '2026-03-01', warningSigns: ALL_CLEAR });
    await checkin(p, { date: '2026-03-02', warningSigns: ALL_CLEAR });
    const res = await call('GET', `/profiles/${p.id}/checkins`, { token: p.token });
    expect(res.status).toBe(200);
    expect((res.body['checkins'] as Body[]).map((item) => item['date'])).toStrictEqual([
      '2026-03-02',
      '2026-03-01',
    ]);
    expect(res.body['next']).toBeNull();
  });

  it('gives the check-ins newest first a page at a time, each as in the whole list, next null on the last', async () => {
    const p = await newProfile();
    const dates = ['2026-03-01', '2026-03-03', '2026-03-02', '2026-03-03', '2026-02-27'];
    for (const [i, date] of dates.entries()) {
      clock = new Date(Date.UTC(2026, 2, 18, 12, i));
      const warningSigns =
        date === '2026-03-02'
          ? { ...ALL_CLEAR, leg_weakness: true, weakness_progressing: false }
          : ALL_CLEAR;
      expect((await checkin(p, { date, warningSigns, measures: { nrs_leg: 8 - i } })).status).toBe(
        201,
      );
    }
    const whole = await call('GET', `/profiles/${p.id}/checkins`, { token: p.token });
    const lengths: number[] = [];
    const paged: Body[] = [];
    let cursor: string | null = null;
    do {
      const query: string = `limit=2${cursor === null ? '' : `&cursor=${cursor}`}`;
      const page = await call('GET', `/profiles/${p.id}/checkins?${query}`, { token: p.token });
      expect(page.status).toBe(200);
      // The attention is the profile's, from all its check-ins, on every page.
      expect(page.body['attention']).toStrictEqual(whole.body['attention']);
      const items = page.body['checkins'] as Body[];
      lengths.push(items.length);
      paged.push(...items);
      cursor = page.body['next'] as string | null;
    } while (cursor !== null);
    expect(lengths).toStrictEqual([2, 2, 1]);
    expect(paged.map((item) => item['date'])).toStrictEqual([
      '2026-03-03',
      '2026-03-03',
      '2026-03-02',
      '2026-03-01',
      '2026-02-27',
    ]);
    // Scores compare with every earlier check-in, also those on later pages.
    expect(paged).toStrictEqual(whole.body['checkins']);
    const last = paged[3]?.['scores'] as Record<string, { sinceFirst: unknown }>;
    expect(last['nrs_leg']?.sinceFirst).not.toBeNull();
  });

  it("gives 400 naming limit or cursor when they are not valid, and refuses another list's cursor", async () => {
    const p = await newProfile();
    await checkin(p, { date: '2026-03-01', warningSigns: ALL_CLEAR });
    await checkin(p, { date: '2026-03-02', warningSigns: ALL_CLEAR });
    const walk = {
      date: '2026-03-16',
      minutes: 30,
      painBefore: 2,
      painAfter: 4,
      stoppedBecause: 'planned',
    };
    await call('POST', `/profiles/${p.id}/walks`, { token: p.token, body: walk });
    await call('POST', `/profiles/${p.id}/walks`, { token: p.token, body: walk });
    const cursorOf = async (list: string): Promise<string> =>
      String(
        (await call('GET', `/profiles/${p.id}/${list}?limit=1`, { token: p.token })).body['next'],
      );
    const walksCursor = await cursorOf('walks');
    const checkinsCursor = await cursorOf('checkins');
    // A walks key has the check-ins' shape (date, time, id); the cursor still says whose it is.
    const walksKey = JSON.parse(Buffer.from(walksCursor, 'base64url').toString('utf8')) as string[];
    const bareKey = Buffer.from(JSON.stringify(walksKey.slice(1))).toString('base64url');
    const cases: Array<[string, string]> = [
      ['checkins?limit=0', 'limit'],
      ['checkins?limit=501', 'limit'],
      ['checkins?limit=ten', 'limit'],
      ['checkins?limit=1.5', 'limit'],
      ['checkins?cursor=not-a-cursor', 'cursor'],
      ['checkins?cursor=', 'cursor'],
      [`checkins?cursor=${walksCursor}`, 'cursor'],
      [`checkins?cursor=${bareKey}`, 'cursor'],
      [`walks?cursor=${checkinsCursor}`, 'cursor'],
    ];
    for (const [query, path] of cases) {
      const res = await call('GET', `/profiles/${p.id}/${query}`, { token: p.token });
      expect({ query, status: res.status, path: errorOf(res).path }).toStrictEqual({
        query,
        status: 400,
        path,
      });
    }
    const next = await call('GET', `/profiles/${p.id}/checkins?cursor=${checkinsCursor}`, {
      token: p.token,
    });
    expect((next.body['checkins'] as Body[]).map((item) => item['date'])).toStrictEqual([
      '2026-03-01',
    ]);
  });

  it('includes the check-ins in the export, and erase removes them', async () => {
    const p = await newProfile();
    await checkin(p, { date: '2026-03-01', warningSigns: ALL_CLEAR, measures: { nrs_back: 3 } });
    const exported = await call('GET', `/profiles/${p.id}/export`, { token: p.token });
    expect((exported.body['checkins'] as unknown[]).length).toBe(1);
    expect((await call('DELETE', `/profiles/${p.id}`, { token: p.token })).status).toBe(204);
    expect(await store.checkins.list(p.id)).toStrictEqual([]);
  });
});
