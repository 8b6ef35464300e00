/** The clinician summary shows what needs checking now and the answers behind the triage, first. */
import { describe, expect, it } from 'vitest';
import { assess } from '../../../index.js';
import type { Assessment, Checkin, Walk } from '../../../store/types.js';
import { buildSummary } from './summary.js';

function summaryOf(
  answers: Assessment['answers'],
  result: object = assess(answers),
  walks: Walk[] = [],
) {
  const assessment = {
    id: 'a1',
    createdAt: '2026-03-01T10:00:00.000Z',
    answers,
    result: JSON.parse(JSON.stringify(result)) as Assessment['result'],
  };
  return buildSummary({
    assessments: [assessment],
    walks,
    share: { createdAt: '2026-03-02T10:00:00.000Z', expiresAt: '2026-04-01T10:00:00.000Z' },
    now: new Date('2026-03-02T10:00:00.000Z'),
    timeZone: 'UTC',
  });
}

describe('the clinician summary', () => {
  it('carries the attention of the latest result with its warning signs in words', () => {
    const answers = { cancer_history: true, weight_loss: true, age: 68 };
    const expected = assess(answers);
    expect(expected.attention.length).toBeGreaterThan(0);
    const latest = summaryOf(answers).latest;
    expect(latest?.attention.map((item) => item.id)).toEqual(
      expected.attention.map((item) => item.id),
    );
    const first = latest?.attention[0];
    expect(first?.warningSigns.map((sign) => sign.feature)).toEqual(
      expected.attention[0]?.warningSigns,
    );
    expect(first?.warningSigns.every((sign) => sign.label !== sign.feature)).toBe(true);
    expect(first?.text).toBe(expected.attention[0]?.text);
  });

  it("lists as key answers the triage reasons' features and the attention's warning signs, with their values", () => {
    const answers = { cancer_history: true, weight_loss: true, age: 68 };
    const expected = assess(answers);
    const keys = summaryOf(answers).latest?.keyAnswers ?? [];
    const features = new Set([
      ...expected.triage.reasons.map((reason) => reason.feature),
      ...expected.attention.flatMap((item) => item.warningSigns),
    ]);
    expect(keys.map((key) => key.feature).sort()).toEqual([...features].sort());
    expect(keys.find((key) => key.feature === 'cancer_history')?.value).toBe(true);
  });

  it('reads a result stored before attention existed as having none', () => {
    const answers = { fever: true };
    const older: Record<string, unknown> = { ...assess(answers) };
    delete older['attention'];
    expect(summaryOf(answers, older).latest?.attention).toEqual([]);
  });

  it('lists the walking tests of the shared weeks, newest first, with time to symptoms, total time, distance and why they stopped', () => {
    const walk = (id: string, date: string, extra: Partial<Walk>): Walk => ({
      id,
      date,
      minutes: 10,
      painBefore: 1,
      painAfter: 3,
      stoppedBecause: 'leg_symptoms',
      createdAt: `${date}T10:00:00.000Z`,
      ...extra,
    });
    const walks = [
      walk('w1', '2026-02-20', {
        note: 'Walking test',
        minutes: 9.5,
        minutesUntilSymptoms: 6,
        distanceKm: 0.8,
      }),
      walk('w2', '2026-02-25', { note: 'after lunch' }),
      walk('w3', '2026-03-01', {
        note: 'Prueba de marcha',
        minutes: 12,
        minutesUntilSymptoms: null,
        stoppedBecause: 'tired',
      }),
    ];
    expect(summaryOf({ age: 60 }, undefined, walks).walking.walkingTests).toEqual([
      { date: '2026-03-01', minutes: 12, minutesUntilSymptoms: null, stoppedBecause: 'tired' },
      {
        date: '2026-02-20',
        minutes: 9.5,
        minutesUntilSymptoms: 6,
        distanceKm: 0.8,
        stoppedBecause: 'leg_symptoms',
      },
    ]);
  });
});

const NOW = new Date('2026-03-18T10:00:00.000Z');
const SHARE = { createdAt: '2026-03-18T09:00:00.000Z', expiresAt: '2026-04-17T09:00:00.000Z' };
const CLEAR_TRIAGE = {
  level: 'self_care' as const,
  reasons: [],
  advice: 'Keep walking.',
  unanswered: [],
};

function checkin(
  id: string,
  date: string,
  warningSigns: Checkin['warningSigns'],
  measures: Checkin['measures'],
  triage: Checkin['triage'] = CLEAR_TRIAGE,
): Checkin {
  return { id, date, createdAt: `${date}T08:00:00.000Z`, warningSigns, measures, triage };
}

describe('the clinician summary of check-ins and measures', () => {
  const fever = checkin(
    'c2',
    '2026-03-15',
    { fever: true, saddle_numbness: null },
    { nrs_back: 5, walking_test: { minutes: 14, minutesUntilSymptoms: 6, distanceKm: 0.9 } },
    {
      level: 'urgent',
      reasons: [
        {
          feature: 'fever',
          text: 'Fever, chills or night sweats with back pain can be a sign of an infection in the spine. A doctor should see you today.',
          rule: 'infection_fever',
        },
      ],
      advice: 'See a doctor today.',
      unanswered: ['saddle_numbness'],
    },
  );
  const first = checkin(
    'c1',
    '2026-03-01',
    { fever: false },
    {
      nrs_back: 7,
      walking_test: {
        minutes: 6,
        minutesUntilSymptoms: 3,
        distanceKm: 0.5,
        stoppedBecause: 'leg_symptoms',
      },
    },
  );
  const summary = buildSummary({
    assessments: [],
    checkins: [fever, first],
    walks: [],
    share: SHARE,
    now: NOW,
    timeZone: 'UTC',
  });

  it('puts the attention from a check-in first, with its warning signs in words, to the clinician in the third person', () => {
    expect(Object.keys(summary).slice(0, 2)).toStrictEqual(['kind', 'attention']);
    expect(summary.attention).toMatchObject({
      level: 'urgent',
      since: '2026-03-15',
      from: ['checkin'],
      warningSigns: [{ feature: 'fever', label: expect.not.stringMatching(/^fever$/) as unknown }],
    });
    expect(summary.attention?.text).toMatch(
      /^Since 2026-03-15 the person has reported a warning sign/,
    );
    expect(summary.attention?.text).not.toMatch(/\byou(r)?\b/i);
  });

  it('describes the latest check-in to the clinician: signs reported, signs unsure, the level', () => {
    expect(summary.checkinsCount).toBe(2);
    expect(summary.latestCheckin).toMatchObject({
      date: '2026-03-15',
      level: 'urgent',
      warningSignsReported: [{ feature: 'fever' }],
      warningSignsUnsure: [{ feature: 'saddle_numbness' }],
    });
    expect(summary.latestCheckin?.text).toMatch(
      /^Check-in on 2026-03-15: The person reported as new: /,
    );
    expect(summary.latestCheckin?.text).not.toMatch(/\byou(r)?\b/i);
  });

  it('includes the measures over time and each walking test, its distance change judged by the published threshold', () => {
    expect(summary.measures.series['nrs_back']).toStrictEqual([
      { date: '2026-03-01', score: 7 },
      { date: '2026-03-15', score: 5 },
    ]);
    expect(summary.measures.latest?.['nrs_back']?.sinceFirst?.realChange).toBe(true);
    expect(summary.checkinWalkingTests).toStrictEqual([
      {
        date: '2026-03-01',
        minutes: 6,
        minutesUntilSymptoms: 3,
        distanceMeters: 500,
        stoppedBecause: 'leg_symptoms',
        distanceChange: null,
      },
      {
        date: '2026-03-15',
        minutes: 14,
        minutesUntilSymptoms: 6,
        distanceMeters: 900,
        stoppedBecause: null,
        distanceChange: { difference: 400, realChange: true, threshold: 375.9 },
      },
    ]);
  });

  it('has no attention when the latest check-in is clean', () => {
    const later = checkin('c3', '2026-03-17', { fever: false, saddle_numbness: false }, {});
    const clean = buildSummary({
      assessments: [],
      checkins: [later, fever, first],
      walks: [],
      share: SHARE,
      now: NOW,
      timeZone: 'UTC',
    });
    expect(clean.attention).toBeNull();
    expect(clean.latestCheckin?.text).toContain('The person reported no new warning sign');
  });
});
