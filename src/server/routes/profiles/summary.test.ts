/** The clinician summary shows what needs checking now and the answers behind the triage, first. */
import { describe, expect, it } from 'vitest';
import { assess } from '../../../index.js';
import type { Assessment, Walk } from '../../../store/types.js';
import { buildSummary } from './summary.js';

function summaryOf(answers: Assessment['answers'], result: object = assess(answers), walks: Walk[] = []) {
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
      walk('w1', '2026-02-20', { note: 'Walking test', minutes: 9.5, minutesUntilSymptoms: 6, distanceKm: 0.8 }),
      walk('w2', '2026-02-25', { note: 'after lunch' }),
      walk('w3', '2026-03-01', { note: 'Prueba de marcha', minutes: 12, minutesUntilSymptoms: null, stoppedBecause: 'tired' }),
    ];
    expect(summaryOf({ age: 60 }, undefined, walks).walking.walkingTests).toEqual([
      { date: '2026-03-01', minutes: 12, minutesUntilSymptoms: null, stoppedBecause: 'tired' },
      { date: '2026-02-20', minutes: 9.5, minutesUntilSymptoms: 6, distanceKm: 0.8, stoppedBecause: 'leg_symptoms' },
    ]);
  });
});
