/**
 * Specifies that a warning sign reported at a check-in escalates every time, whenever in the diary
 * it comes (day 1, 14 or 60), and that clean diaries never escalate: as a fast-check property over
 * any assessment context, and through the real routes with walks, check-ins and progress.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  checkinAttention,
  checkinTriage,
  checkinWarningSigns,
  missingWarningSigns,
  type CheckinContext,
  type CheckinOutcome,
} from '../../src/engine/checkin.js';
import { firedRules, levelOf } from '../../src/engine/triage.js';
import { KNOWLEDGE } from '../../src/index.js';
import { createProfilesTestApp } from '../../src/server/routes/profiles/test-app.js';
import { openStore, type Store } from '../../src/store/index.js';
import { fullAnswersArbitrary, withYes } from '../arbitraries.js';

const INJECTION_DAYS = [1, 14, 60] as const;
const START = Date.parse('2026-01-05T00:00:00Z');
const dayOf = (day: number): string =>
  new Date(START + day * 86_400_000).toISOString().slice(0, 10);

/** Every warning sign a check-in asks, answered "no" (follow-up signs are not asked then). */
const ALL_CLEAR: Readonly<Record<string, boolean | null>> = Object.fromEntries(
  checkinWarningSigns(KNOWLEDGE)
    .filter((feature) => feature.askWhen === undefined)
    .map((feature) => [feature.id, false]),
);

/** A check-in reporting `sign` as new (with the answer it needs: weakness, for worsening weakness). */
function reporting(sign: string): Record<string, boolean | null> {
  const yes = withYes({}, sign);
  const signs: Record<string, boolean | null> = { ...ALL_CLEAR };
  for (const [id, value] of Object.entries(yes)) {
    if (typeof value === 'boolean') {
      signs[id] = value;
    }
  }
  // A follow-up sign asked because of the premise is answered "no" unless it is the one reported.
  for (const id of missingWarningSigns(KNOWLEDGE, signs)) {
    signs[id] = false;
  }
  return signs;
}

/** The signs whose "yes" gives more than self-care by the rules alone, whatever else is known. */
const ESCALATING_ALONE = checkinWarningSigns(KNOWLEDGE)
  .map((feature) => feature.id)
  .filter((id) => levelOf(firedRules(KNOWLEDGE, reporting(id))) !== 'self_care');

/** The rest: they need other answers (age, duration, cancer) to mean anything, as in assess. */
const NEEDING_CONTEXT = checkinWarningSigns(KNOWLEDGE)
  .map((feature) => feature.id)
  .filter((id) => !ESCALATING_ALONE.includes(id));

const contextArbitrary: fc.Arbitrary<CheckinContext> = fullAnswersArbitrary.map((answers) => ({
  answers: Object.fromEntries(
    Object.entries(answers).filter(
      ([id]) => KNOWLEDGE.features.find((feature) => feature.id === id)?.group !== 'warning',
    ),
  ),
  answeredAt: new Date(START - 3 * 86_400_000).toISOString(),
}));

/** A diary of weekly check-ins from day 0 to day 90, with `sign` reported on `injectedOn`. */
function diary(
  context: CheckinContext,
  injected: { readonly sign: string; readonly on: number } | null,
): { outcomes: CheckinOutcome[]; attentionAfter: ReturnType<typeof checkinAttention>[] } {
  const days = [
    ...new Set([0, 7, 21, 28, 56, 63, 70, 84, ...(injected === null ? [] : [injected.on])]),
  ].sort((a, b) => a - b);
  const outcomes: CheckinOutcome[] = [];
  const attentionAfter: ReturnType<typeof checkinAttention>[] = [];
  for (const day of days) {
    const signs = injected !== null && injected.on === day ? reporting(injected.sign) : ALL_CLEAR;
    const triage = checkinTriage(KNOWLEDGE, signs, dayOf(day), context);
    outcomes.push({
      date: dayOf(day),
      level: triage.level,
      reasons: triage.reasons,
      unanswered: triage.unanswered,
    });
    attentionAfter.push(checkinAttention([...outcomes].reverse()));
  }
  return { outcomes, attentionAfter };
}

describe('injected warning signs, as a property over any assessment', () => {
  it('knows which signs escalate alone and which need other answers, as assess does', () => {
    expect(ESCALATING_ALONE).toContain('bladder_bowel_change');
    expect(ESCALATING_ALONE).toContain('fever');
    expect(ESCALATING_ALONE.length).toBeGreaterThanOrEqual(18);
    // Recorded so a change to the rules shows up here: these mean something only with age,
    // duration or another sign (upper back pain qualifies a cancer history).
    expect(NEEDING_CONTEXT).toStrictEqual([
      'upper_back_pain',
      'not_improving_month',
      'daily_activities_limited',
    ]);
  });

  it('escalates a sign that escalates alone on day 1, 14 and 60, every time, and holds attention until the next clean check-in', () => {
    fc.assert(
      fc.property(
        contextArbitrary,
        fc.constantFrom(...ESCALATING_ALONE),
        fc.constantFrom(...INJECTION_DAYS),
        (context, sign, on) => {
          const { outcomes, attentionAfter } = diary(context, { sign, on });
          const index = outcomes.findIndex((outcome) => outcome.date === dayOf(on));
          expect(outcomes[index]?.level).not.toBe('self_care');
          expect(attentionAfter[index]).toMatchObject({ since: dayOf(on), from: ['checkin'] });
          expect(attentionAfter[index]?.level).toBe(outcomes[index]?.level);
          for (const [i, attention] of attentionAfter.entries()) {
            if (i !== index) {
              expect(attention).toBeNull();
            }
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('escalates a sign that needs other answers exactly when assess would, given them', () => {
    fc.assert(
      fc.property(
        contextArbitrary,
        fc.constantFrom(...NEEDING_CONTEXT),
        fc.constantFrom(...INJECTION_DAYS),
        (context, sign, on) => {
          const { outcomes } = diary(context, { sign, on });
          const outcome = outcomes.find((candidate) => candidate.date === dayOf(on));
          const direct = checkinTriage(KNOWLEDGE, reporting(sign), dayOf(on), context);
          expect(outcome?.level).toBe(direct.level);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('never escalates a clean diary, whatever the assessment said', () => {
    fc.assert(
      fc.property(contextArbitrary, (context) => {
        const { outcomes, attentionAfter } = diary(context, null);
        expect(outcomes.every((outcome) => outcome.level === 'self_care')).toBe(true);
        expect(attentionAfter.every((attention) => attention === null)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('injected warning signs, through the routes with a walking diary', () => {
  let dir: string;
  let store: Store;
  let clock = new Date(START);
  let app: ReturnType<typeof createProfilesTestApp>;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'stride-diaries-'));
    store = await openStore({ kind: 'sqlite', dataDir: dir });
    app = createProfilesTestApp({ store, now: () => clock });
  });
  afterAll(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  async function call(method: string, path: string, token: string, body?: unknown) {
    const res = await app.request(`/api/v1${path}`, {
      method,
      headers: {
        Authorization: `Bearer ${token}`,
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  }

  /** Walks every third day, steady at 20 minutes, and a clean check-in every week, up to `until`. */
  async function liveUntil(
    profile: { id: string; token: string },
    from: number,
    until: number,
    skip?: number,
  ) {
    for (let day = from; day < until; day += 1) {
      clock = new Date(START + day * 86_400_000 + 12 * 3_600_000);
      if (day % 3 === 0) {
        const walk = {
          date: dayOf(day),
          minutes: 20,
          minutesUntilSymptoms: 12,
          painBefore: 2,
          painAfter: 3,
          stoppedBecause: 'planned',
        };
        expect(
          (await call('POST', `/profiles/${profile.id}/walks`, profile.token, walk)).status,
        ).toBe(201);
      }
      if (day % 7 === 0 && day !== skip) {
        const clean = await call('POST', `/profiles/${profile.id}/checkins`, profile.token, {
          date: dayOf(day),
          warningSigns: ALL_CLEAR,
        });
        expect(clean.body['escalated']).toBe(false);
      }
    }
  }

  async function newProfile() {
    clock = new Date(START);
    const res = await app.request('/api/v1/profiles', { method: 'POST' });
    const profile = (await res.json()) as { id: string; token: string };
    await call('POST', `/profiles/${profile.id}/assessments`, profile.token, {
      answers: { age: 67, duration_weeks: 10, leg_symptoms: 'both_legs', relief_sitting: true },
    });
    return profile;
  }

  it.each(INJECTION_DAYS.flatMap((day) => ESCALATING_ALONE.map((sign) => [day, sign] as const)))(
    'day %i, %s: the check-in escalates at once, progress shows attention, a later clean check-in clears it',
    async (day, sign) => {
      const profile = await newProfile();
      await liveUntil(profile, 0, day);
      clock = new Date(START + day * 86_400_000 + 18 * 3_600_000);
      const reported = await call('POST', `/profiles/${profile.id}/checkins`, profile.token, {
        date: dayOf(day),
        warningSigns: reporting(sign),
      });
      expect(reported.status).toBe(201);
      expect(reported.body['escalated']).toBe(true);
      const level = (reported.body['triage'] as { level: string }).level;
      expect(level).not.toBe('self_care');
      expect(reported.body['attention']).toMatchObject({ level, since: dayOf(day) });
      const progress = await call('GET', `/profiles/${profile.id}/progress`, profile.token);
      expect(progress.body['attention']).toMatchObject({ level, since: dayOf(day) });

      await liveUntil(profile, day + 1, day + 8);
      const after = await call('GET', `/profiles/${profile.id}/progress`, profile.token);
      expect(after.body['attention']).toBeNull();
    },
  );

  it('never shows attention on a clean 90-day diary', async () => {
    const profile = await newProfile();
    for (const stop of [30, 60, 90]) {
      await liveUntil(profile, stop - 30, stop);
      const progress = await call('GET', `/profiles/${profile.id}/progress`, profile.token);
      expect(progress.body['attention']).toBeNull();
    }
  });
});
