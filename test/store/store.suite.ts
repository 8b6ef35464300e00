/** The storage contract: one suite that every Store implementation (SQLite, PostgreSQL) must pass. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  QuotaExceededError,
  UnknownShoeError,
  type CheckinInput,
  type ProfileLimits,
  type Store,
  type WalkInput,
} from '../../src/store/index.js';

const T0 = new Date('2026-03-02T09:00:00.000Z');
const later = (minutes: number): Date => new Date(T0.getTime() + minutes * 60_000);

const RESULT = {
  contract: 'stride/1',
  knowledgeVersion: '1.0.0+test',
  triage: { level: 'self_care', reasons: [], advice: 'Keep walking.' },
  causes: [],
  plan: [],
};

const WALK: WalkInput = {
  date: '2026-03-01',
  minutes: 30,
  painBefore: 2,
  painAfter: 4,
  stoppedBecause: 'planned',
};

const CHECKIN: CheckinInput = {
  date: '2026-03-01',
  warningSigns: { fever: false, saddle_numbness: null },
  measures: { nrs_back: 4, peg: [5, 6, 7], psfs: [{ activity: 'Walk to the shops', score: 3 }] },
  triage: {
    level: 'self_care',
    reasons: [],
    advice: 'Keep walking.',
    unanswered: ['saddle_numbness'],
  },
};

/**
 * The token with one bit of its secret flipped: always a different, well-formed 43-character
 * token. (Swapping the last character for a fixed one is not: one token in 16 already ends in it.)
 */
function nearMiss(token: string): string {
  const bytes = Buffer.from(token, 'base64url');
  bytes[bytes.length - 1] = (bytes[bytes.length - 1] ?? 0) ^ 1;
  const miss = bytes.toString('base64url');
  expect(miss).toHaveLength(token.length);
  expect(miss).not.toBe(token);
  return miss;
}

/** Opens a store of the implementation under test, with the given per-profile limits if any. */
export type OpenStore = (options?: { readonly limits?: Partial<ProfileLimits> }) => Promise<Store>;

/** What a refused add rejects with: the collection and its limit. */
function quotaError(collection: string, limit: number): QuotaExceededError {
  return expect.objectContaining({
    name: 'QuotaExceededError',
    collection,
    limit,
  }) as QuotaExceededError;
}

/** Registers the suite; `open` gives a fresh or shared store, closed after the suite. */
export function defineStoreSuite(name: string, open: OpenStore): void {
  describe(`storage contract: ${name}`, () => {
    let store: Store;
    /** The same database with small limits, so that a test reaches them in a few adds. */
    let small: Store;
    beforeAll(async () => {
      store = await open();
      small = await open({
        limits: { walks: 3, assessments: 2, shoes: 2, shares: 2, checkins: 2 },
      });
    });
    afterAll(async () => {
      await store.close();
      await small.close();
    });

    describe('pages', () => {
      /** Every page of a list, following `next` until it is null. */
      async function allPages<T>(
        read: (after: readonly string[] | undefined) => Promise<{
          items: readonly T[];
          next: readonly string[] | null;
        }>,
      ): Promise<T[][]> {
        const pages: T[][] = [];
        let after: readonly string[] | undefined;
        for (;;) {
          const page = await read(after);
          pages.push([...page.items]);
          if (page.next === null) {
            return pages;
          }
          after = page.next;
        }
      }

      it('pages walks newest first (date, then when logged), and the last page says there is no next', async () => {
        const p = await store.profiles.create(T0);
        const dates = ['2026-02-10', '2026-01-05', '2026-03-01', '2026-02-10', '2026-02-01'];
        for (const [i, date] of dates.entries()) {
          await store.walks.add(p.id, { ...WALK, date }, later(i));
        }
        const newestFirst = (await store.walks.list(p.id)).reverse();
        expect(newestFirst.map((w) => w.date)).toStrictEqual([
          '2026-03-01',
          '2026-02-10',
          '2026-02-10',
          '2026-02-01',
          '2026-01-05',
        ]);
        const pages = await allPages((after) => store.walks.page(p.id, { limit: 2, after }));
        expect(pages.map((page) => page.length)).toStrictEqual([2, 2, 1]);
        expect(pages.flat()).toStrictEqual(newestFirst);
        // Four walks in pages of two: two pages, not an empty third.
        await store.walks.remove(p.id, newestFirst[4]?.id ?? '');
        const even = await allPages((after) => store.walks.page(p.id, { limit: 2, after }));
        expect(even.map((page) => page.length)).toStrictEqual([2, 2]);
      });

      it('pages walks within a from/to range', async () => {
        const p = await store.profiles.create(T0);
        for (const date of ['2026-01-01', '2026-01-02', '2026-01-03', '2026-01-04']) {
          await store.walks.add(p.id, { ...WALK, date }, T0);
        }
        const range = { from: '2026-01-02', to: '2026-01-03' };
        const first = await store.walks.page(p.id, { limit: 1 }, range);
        expect(first.items.map((w) => w.date)).toStrictEqual(['2026-01-03']);
        const second = await store.walks.page(p.id, { limit: 1, after: first.next ?? [] }, range);
        expect(second.items.map((w) => w.date)).toStrictEqual(['2026-01-02']);
        expect(second.next).toBeNull();
        const before = await store.walks.page(p.id, { limit: 5 }, { to: '2026-01-02' });
        expect(before).toStrictEqual({
          items: [
            expect.objectContaining({ date: '2026-01-02' }),
            expect.objectContaining({ date: '2026-01-01' }),
          ],
          next: null,
        });
      });

      it('pages assessments, shoes and share links newest first, and nothing of another profile', async () => {
        const p = await store.profiles.create(T0);
        const q = await store.profiles.create(T0);
        for (let i = 0; i < 3; i += 1) {
          await store.assessments.add(p.id, { answers: { age: 60 + i }, result: RESULT }, later(i));
          await store.shoes.add(p.id, { name: `Pair ${i}`, startedOn: '2026-01-01' }, later(i));
          await store.shares.create(p.id, { expiresAt: later(600), timeZone: 'UTC' }, later(i));
        }
        await store.assessments.add(q.id, { answers: {}, result: RESULT }, later(9));
        const assessments = await allPages((after) =>
          store.assessments.page(p.id, { limit: 2, after }),
        );
        expect(assessments.flat()).toStrictEqual(await store.assessments.list(p.id));
        expect(assessments.map((page) => page.length)).toStrictEqual([2, 1]);
        const shoes = await allPages((after) => store.shoes.page(p.id, { limit: 2, after }));
        expect(shoes.flat().map((shoe) => shoe.name)).toStrictEqual(['Pair 2', 'Pair 1', 'Pair 0']);
        const shares = await allPages((after) => store.shares.page(p.id, { limit: 2, after }));
        expect(shares.flat()).toStrictEqual(await store.shares.list(p.id));
        expect(await store.walks.page(q.id, { limit: 5 })).toStrictEqual({ items: [], next: null });
      });

      it('pages check-ins newest first (date, then when stored), each once, and nothing of another profile', async () => {
        const p = await store.profiles.create(T0);
        const q = await store.profiles.create(T0);
        const dates = ['2026-02-10', '2026-01-05', '2026-03-01', '2026-02-10', '2026-02-01'];
        for (const [i, date] of dates.entries()) {
          await store.checkins.add(p.id, { ...CHECKIN, date }, later(i));
        }
        await store.checkins.add(q.id, CHECKIN, later(9));
        const newestFirst = await store.checkins.list(p.id);
        expect(newestFirst.map((c) => c.date)).toStrictEqual([
          '2026-03-01',
          '2026-02-10',
          '2026-02-10',
          '2026-02-01',
          '2026-01-05',
        ]);
        const pages = await allPages((after) => store.checkins.page(p.id, { limit: 2, after }));
        expect(pages.map((page) => page.length)).toStrictEqual([2, 2, 1]);
        expect(pages.flat()).toStrictEqual(newestFirst);
        // Two on one date: the one stored later comes first, and the key tells them apart.
        expect(pages[0]?.[1]?.createdAt).toBe(later(3).toISOString());
        expect(pages[1]?.[0]?.createdAt).toBe(later(0).toISOString());
        const whole = await store.checkins.page(p.id, { limit: 5 });
        expect(whole.next).toBeNull();
        expect(whole.items).toStrictEqual(newestFirst);
        const empty = await store.profiles.create(T0);
        expect(await store.checkins.page(empty.id, { limit: 5 })).toStrictEqual({
          items: [],
          next: null,
        });
      });
    });

    describe('per-profile limits', () => {
      it('refuses the walk past the limit, stores nothing of it, and has room again after a removal', async () => {
        const p = await small.profiles.create(T0);
        const walks = [];
        for (let i = 0; i < 3; i += 1) {
          walks.push(await small.walks.add(p.id, WALK, T0));
        }
        await expect(small.walks.add(p.id, WALK, T0)).rejects.toBeInstanceOf(QuotaExceededError);
        await expect(small.walks.add(p.id, WALK, T0)).rejects.toStrictEqual(quotaError('walks', 3));
        expect(await small.walks.list(p.id)).toHaveLength(3);
        const [first] = walks;
        expect(first !== undefined && (await small.walks.remove(p.id, first.id))).toBe(true);
        await expect(small.walks.add(p.id, WALK, T0)).resolves.toMatchObject({ date: WALK.date });
      });

      it('counts each profile on its own', async () => {
        const p = await small.profiles.create(T0);
        const q = await small.profiles.create(T0);
        for (let i = 0; i < 3; i += 1) {
          await small.walks.add(p.id, WALK, T0);
        }
        await expect(small.walks.add(q.id, WALK, T0)).resolves.toMatchObject({ date: WALK.date });
      });

      it('keeps exactly the limit when 12 adds to one profile run at once', async () => {
        const p = await small.profiles.create(T0);
        const outcomes = await Promise.allSettled(
          Array.from({ length: 12 }, (_, i) => small.walks.add(p.id, { ...WALK, minutes: i }, T0)),
        );
        const refused = outcomes.filter((o) => o.status === 'rejected');
        expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(3);
        expect(refused).toHaveLength(9);
        for (const outcome of refused) {
          expect(outcome.reason).toBeInstanceOf(QuotaExceededError);
        }
        expect(await small.walks.list(p.id)).toHaveLength(3);
      });

      it('limits assessments, shoes, share links and check-ins too', async () => {
        const p = await small.profiles.create(T0);
        const shoe = { name: 'Road', startedOn: '2026-01-01' };
        const share = { expiresAt: later(60), timeZone: 'UTC' };
        for (let i = 0; i < 2; i += 1) {
          await small.assessments.add(p.id, { answers: {}, result: RESULT }, T0);
          await small.shoes.add(p.id, shoe, T0);
          await small.shares.create(p.id, share, T0);
          await small.checkins.add(p.id, CHECKIN, T0);
        }
        await expect(
          small.assessments.add(p.id, { answers: {}, result: RESULT }, T0),
        ).rejects.toStrictEqual(quotaError('assessments', 2));
        await expect(small.shoes.add(p.id, shoe, T0)).rejects.toStrictEqual(quotaError('shoes', 2));
        await expect(small.shares.create(p.id, share, T0)).rejects.toStrictEqual(
          quotaError('shares', 2),
        );
        await expect(small.checkins.add(p.id, CHECKIN, T0)).rejects.toStrictEqual(
          quotaError('checkins', 2),
        );
        const everything = await small.profiles.exportAll(p.id);
        expect(everything?.assessments).toHaveLength(2);
        expect(everything?.shoes).toHaveLength(2);
        expect(everything?.shares).toHaveLength(2);
        expect(everything?.checkins).toHaveLength(2);
      });
    });

    describe('profiles', () => {
      it('creates a profile with a 256-bit token that opens only that profile', async () => {
        const a = await store.profiles.create(T0);
        const b = await store.profiles.create(T0);
        expect(Buffer.from(a.token, 'base64url')).toHaveLength(32);
        expect(a.id).not.toBe(b.id);
        expect(a.token).not.toBe(b.token);
        expect(await store.profiles.authenticate(a.token)).toBe(a.id);
        expect(await store.profiles.authenticate(b.token)).toBe(b.id);
      });

      it('opens nothing with a wrong, empty or near-miss token', async () => {
        const a = await store.profiles.create(T0);
        expect(await store.profiles.authenticate('')).toBeUndefined();
        expect(await store.profiles.authenticate('not-a-token')).toBeUndefined();
        expect(await store.profiles.authenticate(nearMiss(a.token))).toBeUndefined();
      });

      it('never hands the token back after creating it', async () => {
        const a = await store.profiles.create(T0);
        const everything = JSON.stringify(await store.profiles.exportAll(a.id));
        expect(everything).not.toContain(a.token);
        expect(await store.profiles.get(a.id)).toStrictEqual({
          id: a.id,
          createdAt: T0.toISOString(),
        });
      });
    });

    describe('assessments', () => {
      it('keeps answers and result as given and lists them newest first', async () => {
        const p = await store.profiles.create(T0);
        const first = await store.assessments.add(
          p.id,
          {
            answers: { age: 70, relief_sitting: true, sex: 'female', fever: null },
            result: RESULT,
          },
          later(1),
        );
        const second = await store.assessments.add(
          p.id,
          { answers: { age: 71 }, result: RESULT },
          later(2),
        );
        const listed = await store.assessments.list(p.id);
        expect(listed.map((a) => a.id)).toStrictEqual([second.id, first.id]);
        expect(listed[1]).toStrictEqual(first);
        expect(listed[1]?.answers).toStrictEqual({
          age: 70,
          relief_sitting: true,
          sex: 'female',
          fever: null,
        });
      });

      it("does not list another profile's assessments", async () => {
        const p = await store.profiles.create(T0);
        const q = await store.profiles.create(T0);
        await store.assessments.add(p.id, { answers: {}, result: RESULT }, T0);
        expect(await store.assessments.list(q.id)).toStrictEqual([]);
      });
    });

    describe('walks', () => {
      it('keeps a minimal walk without inventing the fields left out', async () => {
        const p = await store.profiles.create(T0);
        const walk = await store.walks.add(p.id, WALK, T0);
        expect(walk).toStrictEqual({ ...WALK, id: walk.id, createdAt: T0.toISOString() });
        expect(await store.walks.list(p.id)).toStrictEqual([walk]);
      });

      it('keeps every field of a full walk, fractions and all', async () => {
        const p = await store.profiles.create(T0);
        const shoe = await store.shoes.add(p.id, { name: 'Trail', startedOn: '2026-01-01' }, T0);
        const full: WalkInput = {
          date: '2026-03-01',
          minutes: 42.5,
          distanceKm: 3.25,
          minutesUntilSymptoms: 12.5,
          painBefore: 0,
          painAfter: 10,
          stoppedBecause: 'leg_symptoms',
          reliefBy: 'leaning_forward',
          surface: 'grass_or_trail',
          poles: false,
          shoeId: shoe.id,
          note: 'Rested on a bench, then "fine" — ünïcødé ✓',
        };
        const walk = await store.walks.add(p.id, full, T0);
        expect(await store.walks.list(p.id)).toStrictEqual([
          { ...full, id: walk.id, createdAt: T0.toISOString() },
        ]);
      });

      it('tells "no symptoms" (null) apart from "not recorded" (absent)', async () => {
        const p = await store.profiles.create(T0);
        await store.walks.add(
          p.id,
          { ...WALK, date: '2026-03-01', minutesUntilSymptoms: null },
          T0,
        );
        await store.walks.add(p.id, { ...WALK, date: '2026-03-02' }, T0);
        await store.walks.add(p.id, { ...WALK, date: '2026-03-03', minutesUntilSymptoms: 0 }, T0);
        const walks = await store.walks.list(p.id);
        expect(
          walks.map((w) => ('minutesUntilSymptoms' in w ? w.minutesUntilSymptoms : 'absent')),
        ).toStrictEqual([null, 'absent', 0]);
      });

      it('lists walks by date and honours an inclusive from/to range', async () => {
        const p = await store.profiles.create(T0);
        for (const date of ['2026-02-10', '2026-01-05', '2026-03-01', '2026-02-01']) {
          await store.walks.add(p.id, { ...WALK, date }, T0);
        }
        const all = await store.walks.list(p.id);
        expect(all.map((w) => w.date)).toStrictEqual([
          '2026-01-05',
          '2026-02-01',
          '2026-02-10',
          '2026-03-01',
        ]);
        const some = await store.walks.list(p.id, { from: '2026-02-01', to: '2026-02-10' });
        expect(some.map((w) => w.date)).toStrictEqual(['2026-02-01', '2026-02-10']);
      });

      it('removes a walk only through its own profile', async () => {
        const p = await store.profiles.create(T0);
        const q = await store.profiles.create(T0);
        const walk = await store.walks.add(p.id, WALK, T0);
        expect(await store.walks.remove(q.id, walk.id)).toBe(false);
        expect(await store.walks.list(p.id)).toHaveLength(1);
        expect(await store.walks.remove(p.id, walk.id)).toBe(true);
        expect(await store.walks.remove(p.id, walk.id)).toBe(false);
        expect(await store.walks.list(p.id)).toStrictEqual([]);
      });

      it("refuses a walk in another profile's shoes, and stores nothing", async () => {
        const p = await store.profiles.create(T0);
        const q = await store.profiles.create(T0);
        const theirs = await store.shoes.add(q.id, { name: 'Theirs', startedOn: '2026-01-01' }, T0);
        await expect(
          store.walks.add(p.id, { ...WALK, shoeId: theirs.id }, T0),
        ).rejects.toBeInstanceOf(UnknownShoeError);
        expect(await store.walks.list(p.id)).toStrictEqual([]);
      });

      it('reads the lean points the weekly figures need, from a date on', async () => {
        const p = await store.profiles.create(T0);
        await store.walks.add(p.id, { ...WALK, date: '2026-01-01', minutesUntilSymptoms: 5 }, T0);
        await store.walks.add(
          p.id,
          { ...WALK, date: '2026-02-02', minutesUntilSymptoms: null, minutes: 12.5 },
          T0,
        );
        await store.walks.add(p.id, { ...WALK, date: '2026-02-01', minutesUntilSymptoms: 7.5 }, T0);
        await store.walks.add(p.id, { ...WALK, date: '2026-02-03' }, T0);
        expect(await store.walks.points(p.id, '2026-02-01')).toStrictEqual([
          { date: '2026-02-01', minutes: 30, minutesUntilSymptoms: 7.5, painAfter: 4 },
          { date: '2026-02-02', minutes: 12.5, minutesUntilSymptoms: null, painAfter: 4 },
          { date: '2026-02-03', minutes: 30, painAfter: 4 },
        ]);
      });

      it('keeps every one of 40 walks written at the same time', async () => {
        const p = await store.profiles.create(T0);
        const written = await Promise.all(
          Array.from({ length: 40 }, (_, i) => store.walks.add(p.id, { ...WALK, minutes: i }, T0)),
        );
        const listed = await store.walks.list(p.id);
        expect(new Set(listed.map((w) => w.id))).toStrictEqual(new Set(written.map((w) => w.id)));
      });
    });

    describe('shoes', () => {
      it('adds up the distance of the walks that name a pair', async () => {
        const p = await store.profiles.create(T0);
        const shoe = await store.shoes.add(
          p.id,
          { name: 'Road', startedOn: '2026-01-01', startKm: 120 },
          T0,
        );
        const other = await store.shoes.add(
          p.id,
          { name: 'Spare', startedOn: '2026-01-02', replaceAtKm: 500 },
          later(1),
        );
        await store.walks.add(p.id, { ...WALK, shoeId: shoe.id, distanceKm: 2.5 }, T0);
        await store.walks.add(p.id, { ...WALK, shoeId: shoe.id, distanceKm: 1.25 }, T0);
        await store.walks.add(p.id, { ...WALK, shoeId: shoe.id }, T0);
        await store.walks.add(p.id, { ...WALK, distanceKm: 9 }, T0);
        const shoes = await store.shoes.list(p.id);
        expect(shoes).toStrictEqual([
          {
            id: shoe.id,
            name: 'Road',
            startedOn: '2026-01-01',
            startKm: 120,
            replaceAtKm: null,
            createdAt: T0.toISOString(),
            kmWalked: 3.75,
            walks: 3,
            walksWithoutDistance: 1,
            minutesWalked: 90,
          },
          {
            id: other.id,
            name: 'Spare',
            startedOn: '2026-01-02',
            startKm: 0,
            replaceAtKm: 500,
            createdAt: later(1).toISOString(),
            kmWalked: 0,
            walks: 0,
            walksWithoutDistance: 0,
            minutesWalked: 0,
          },
        ]);
      });

      it('changes the replacement distance, and null goes back to the default', async () => {
        const p = await store.profiles.create(T0);
        const shoe = await store.shoes.add(p.id, { name: 'Road', startedOn: '2026-01-01' }, T0);
        expect((await store.shoes.update(p.id, shoe.id, { replaceAtKm: 650 }))?.replaceAtKm).toBe(
          650,
        );
        expect((await store.shoes.update(p.id, shoe.id, { name: 'Old road' }))?.replaceAtKm).toBe(
          650,
        );
        const reset = await store.shoes.update(p.id, shoe.id, { replaceAtKm: null });
        expect(reset?.replaceAtKm).toBeNull();
        expect(reset?.name).toBe('Old road');
      });

      it("does not change another profile's shoes", async () => {
        const p = await store.profiles.create(T0);
        const q = await store.profiles.create(T0);
        const shoe = await store.shoes.add(p.id, { name: 'Road', startedOn: '2026-01-01' }, T0);
        expect(await store.shoes.update(q.id, shoe.id, { name: 'Stolen' })).toBeUndefined();
        expect((await store.shoes.list(p.id))[0]?.name).toBe('Road');
      });
    });

    describe('shares', () => {
      it('opens a share by its token until it is revoked, and keeps it as revoked', async () => {
        const p = await store.profiles.create(T0);
        const share = await store.shares.create(
          p.id,
          { expiresAt: later(60 * 24 * 30), timeZone: 'Europe/London' },
          T0,
        );
        expect(Buffer.from(share.token, 'base64url')).toHaveLength(32);
        const { token, ...stored } = share;
        expect(await store.shares.open(token)).toStrictEqual(stored);
        expect(await store.shares.revoke(p.id, share.id, later(5))).toBe(true);
        expect(await store.shares.open(token)).toStrictEqual({
          ...stored,
          revokedAt: later(5).toISOString(),
        });
        await store.shares.revoke(p.id, share.id, later(9));
        expect((await store.shares.open(token))?.revokedAt).toBe(later(5).toISOString());
      });

      it('opens nothing with an unknown token or a profile token', async () => {
        const p = await store.profiles.create(T0);
        await store.shares.create(p.id, { expiresAt: later(60), timeZone: 'Europe/London' }, T0);
        expect(await store.shares.open(p.token)).toBeUndefined();
        expect(await store.shares.open('x')).toBeUndefined();
      });

      it("cannot revoke another profile's share", async () => {
        const p = await store.profiles.create(T0);
        const q = await store.profiles.create(T0);
        const share = await store.shares.create(
          p.id,
          { expiresAt: later(60), timeZone: 'Europe/London' },
          T0,
        );
        expect(await store.shares.revoke(q.id, share.id, T0)).toBe(false);
        expect((await store.shares.open(share.token))?.revokedAt).toBeNull();
      });

      it('lists shares newest first, without tokens', async () => {
        const p = await store.profiles.create(T0);
        const a = await store.shares.create(
          p.id,
          { expiresAt: later(60), timeZone: 'Europe/London' },
          T0,
        );
        const b = await store.shares.create(
          p.id,
          { expiresAt: later(60), timeZone: 'Europe/London' },
          later(1),
        );
        const listed = await store.shares.list(p.id);
        expect(listed.map((s) => s.id)).toStrictEqual([b.id, a.id]);
        expect(JSON.stringify(listed)).not.toContain(a.token);
      });
    });

    describe('check-ins', () => {
      it('keeps a check-in as given: warning-sign answers, measures and the triage they gave', async () => {
        const p = await store.profiles.create(T0);
        const stored = await store.checkins.add(p.id, CHECKIN, T0);
        expect(stored).toStrictEqual({ ...CHECKIN, id: stored.id, createdAt: T0.toISOString() });
        expect(await store.checkins.list(p.id)).toStrictEqual([stored]);
      });

      it("lists check-ins newest first by date, then by when they were stored, and only the profile's own", async () => {
        const p = await store.profiles.create(T0);
        const q = await store.profiles.create(T0);
        const older = await store.checkins.add(p.id, { ...CHECKIN, date: '2026-02-20' }, later(3));
        const first = await store.checkins.add(p.id, CHECKIN, later(1));
        const second = await store.checkins.add(p.id, CHECKIN, later(2));
        await store.checkins.add(q.id, CHECKIN, T0);
        const listed = await store.checkins.list(p.id);
        expect(listed.map((c) => c.id)).toStrictEqual([second.id, first.id, older.id]);
      });
    });

    describe('export and erase', () => {
      it('exports everything stored for the profile and nothing of others', async () => {
        const p = await store.profiles.create(T0);
        const q = await store.profiles.create(T0);
        const assessment = await store.assessments.add(
          p.id,
          { answers: { age: 66 }, result: RESULT },
          T0,
        );
        const shoe = await store.shoes.add(p.id, { name: 'Road', startedOn: '2026-01-01' }, T0);
        const walk = await store.walks.add(p.id, { ...WALK, shoeId: shoe.id, distanceKm: 2 }, T0);
        const { token, ...share } = await store.shares.create(
          p.id,
          { expiresAt: later(60), timeZone: 'Europe/London' },
          T0,
        );
        await store.walks.add(q.id, WALK, T0);
        const checkin = await store.checkins.add(p.id, CHECKIN, T0);
        await store.checkins.add(q.id, CHECKIN, T0);
        const everything = await store.profiles.exportAll(p.id);
        expect(JSON.stringify(everything)).not.toContain(token);
        expect(everything).toStrictEqual({
          profile: { id: p.id, createdAt: T0.toISOString() },
          assessments: [assessment],
          walks: [walk],
          shoes: [{ ...shoe, kmWalked: 2, walks: 1, minutesWalked: 30 }],
          shares: [share],
          checkins: [checkin],
        });
      });

      it('erases everything of the profile at once, leaving other profiles alone', async () => {
        const p = await store.profiles.create(T0);
        const q = await store.profiles.create(T0);
        await store.assessments.add(p.id, { answers: {}, result: RESULT }, T0);
        const shoe = await store.shoes.add(p.id, { name: 'Road', startedOn: '2026-01-01' }, T0);
        await store.walks.add(p.id, { ...WALK, shoeId: shoe.id }, T0);
        const share = await store.shares.create(
          p.id,
          { expiresAt: later(60), timeZone: 'Europe/London' },
          T0,
        );
        const kept = await store.walks.add(q.id, WALK, T0);
        await store.checkins.add(p.id, CHECKIN, T0);
        const keptCheckin = await store.checkins.add(q.id, CHECKIN, T0);

        expect(await store.profiles.erase(p.id)).toBe(true);

        expect(await store.profiles.authenticate(p.token)).toBeUndefined();
        expect(await store.profiles.get(p.id)).toBeUndefined();
        expect(await store.profiles.exportAll(p.id)).toBeUndefined();
        expect(await store.shares.open(share.token)).toBeUndefined();
        expect(await store.walks.list(p.id)).toStrictEqual([]);
        expect(await store.shoes.list(p.id)).toStrictEqual([]);
        expect(await store.assessments.list(p.id)).toStrictEqual([]);
        expect(await store.checkins.list(p.id)).toStrictEqual([]);
        expect(await store.walks.list(q.id)).toStrictEqual([kept]);
        expect(await store.checkins.list(q.id)).toStrictEqual([keptCheckin]);
        expect(await store.profiles.erase(p.id)).toBe(false);
      });
    });

    it('answers a ping', async () => {
      await expect(store.ping()).resolves.toBeUndefined();
    });
  });
}
