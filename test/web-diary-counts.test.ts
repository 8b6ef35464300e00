/** The clinician page's diary counts use the catalogue's words, in the diary form's order. */
import { describe, expect, test } from 'vitest';
import { en } from '../web/src/i18n/en.js';
import { countsLine } from '../web/src/state/diary-counts.js';

const RELIEF = ['sitting', 'leaning_forward', 'standing_still', 'nothing'] as const;
const STOPPED = ['pain', 'leg_symptoms', 'tired', 'planned', 'other'] as const;

describe('diary counts in words', () => {
  test('what eased a walk reads as the form labels, in the form order, never the API keys', () => {
    const line = countsLine(
      { standing_still: 1, leaning_forward: 2, sitting: 3 },
      RELIEF,
      en.diary.reliefBy,
    );
    expect(line).toBe('Sitting down (3), Leaning forward (2), Standing still (1)');
    expect(line).not.toMatch(/_|sitting\b/);
  });

  test('why a walk ended reads as the form labels, with the count formatted as asked', () => {
    expect(
      countsLine({ planned: 2, leg_symptoms: 1200 }, STOPPED, en.diary.stoppedBecause, (n) =>
        n.toLocaleString('en-US'),
      ),
    ).toBe('Leg pain, tingling or weak legs (1,200), I walked as far as I planned (2)');
  });

  test('answers no walk gave are left out; none at all is an empty line', () => {
    expect(countsLine({ nothing: 0, sitting: 1 }, RELIEF, en.diary.reliefBy)).toBe(
      'Sitting down (1)',
    );
    expect(countsLine({}, STOPPED, en.diary.stoppedBecause)).toBe('');
  });
});
