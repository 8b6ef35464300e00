/** The walking test's results as the progress and clinician pages list them. */
import { describe, expect, test } from 'vitest';
import type { WalkEntry } from './walk.js';
import { isWalkTest, walkTestsOf } from './walk-test.js';

const walk = (date: string, note?: string, extra: Partial<WalkEntry> = {}): WalkEntry => ({
  date,
  minutes: 12,
  painBefore: 1,
  painAfter: 4,
  stoppedBecause: 'leg_symptoms',
  ...(note === undefined ? {} : { note }),
  ...extra,
});

describe('walking test results', () => {
  test('recognise the walking test by its note in English and Spanish, and no other walk', () => {
    expect(isWalkTest(walk('2026-03-01', 'Walking test'))).toBe(true);
    expect(isWalkTest(walk('2026-03-01', 'Prueba de marcha'))).toBe(true);
    expect(isWalkTest(walk('2026-03-01', 'walked with the dog'))).toBe(false);
    expect(isWalkTest(walk('2026-03-01'))).toBe(false);
  });

  test('list the tests newest first with time to symptoms, total time, distance and why they stopped', () => {
    const walks = [
      walk('2026-03-01', 'Walking test', { minutes: 9, minutesUntilSymptoms: 6, distanceKm: 0.8 }),
      walk('2026-03-02', 'an ordinary walk'),
      walk('2026-03-08', 'Prueba de marcha', { minutes: 11, minutesUntilSymptoms: null, stoppedBecause: 'tired' }),
    ];
    expect(walkTestsOf(walks)).toEqual([
      { date: '2026-03-08', minutes: 11, minutesUntilSymptoms: null, distanceKm: undefined, stoppedBecause: 'tired' },
      { date: '2026-03-01', minutes: 9, minutesUntilSymptoms: 6, distanceKm: 0.8, stoppedBecause: 'leg_symptoms' },
    ]);
    expect(walkTestsOf(walks, 1)).toHaveLength(1);
  });
});
