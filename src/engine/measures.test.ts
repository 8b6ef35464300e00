/** Specifies how each shipped instrument is scored (as its publication says) and when a change counts as real. */
import { describe, expect, it } from 'vitest';
import { INSTRUMENTS, type Instrument } from '../knowledge/instruments.js';
import { reportScores, scoreInstrument, scoreSeries } from './measures.js';

function instrument(id: string): Instrument {
  const found = INSTRUMENTS.find((candidate) => candidate.id === id);
  if (found === undefined) {
    throw new Error(`no instrument ${id}`);
  }
  return found;
}

describe('scoring as published', () => {
  it('scores a 0-10 pain rating as the rating itself, back and leg separately', () => {
    expect(scoreInstrument(instrument('nrs_back'), 6)).toStrictEqual({ nrs_back: 6 });
    expect(scoreInstrument(instrument('nrs_leg'), 0)).toStrictEqual({ nrs_leg: 0 });
  });

  it('scores the PEG as the mean of its three items (Krebs 2009), e.g. 7, 8 and 6 give 7', () => {
    expect(scoreInstrument(instrument('peg'), [7, 8, 6])).toStrictEqual({ peg: 7 });
    expect(scoreInstrument(instrument('peg'), [0, 0, 0])).toStrictEqual({ peg: 0 });
    expect(scoreInstrument(instrument('peg'), [10, 10, 10])).toStrictEqual({ peg: 10 });
    expect(scoreInstrument(instrument('peg'), [5, 6, 6])['peg']).toBeCloseTo(17 / 3, 10);
  });

  it('refuses a PEG with fewer than its three items', () => {
    expect(() => scoreInstrument(instrument('peg'), [5, 6])).toThrow(/peg/);
  });

  it('scores the PSFS as the sum of the activity scores over the number of activities (Stratford 1995)', () => {
    const psfs = instrument('psfs');
    expect(
      scoreInstrument(psfs, [
        { activity: 'Walk to the shops', score: 3 },
        { activity: 'Stand to cook', score: 5 },
        { activity: 'Garden', score: 7 },
      ]),
    ).toStrictEqual({ psfs: 5 });
    expect(scoreInstrument(psfs, [{ activity: 'Walk the dog', score: 4 }])).toStrictEqual({
      psfs: 4,
    });
  });

  it('scores the walking test as minutes walked, and its distance in metres when measured', () => {
    const test = instrument('walking_test');
    expect(scoreInstrument(test, { minutes: 12, minutesUntilSymptoms: 4 })).toStrictEqual({
      walking_test: 12,
    });
    expect(
      scoreInstrument(test, { minutes: 12, minutesUntilSymptoms: 4, distanceKm: 0.95 }),
    ).toStrictEqual({ walking_test: 12, walking_test_distance: 950 });
  });
});

describe('a real change', () => {
  const earlier = [
    { date: '2026-01-05', measures: { nrs_back: 7, peg: [7, 7, 7] } },
    { date: '2026-02-02', measures: { nrs_back: 6, peg: [6, 6, 6] } },
  ];

  it('calls a 2-point fall in pain a real improvement since the first check-in, a 1-point fall not (Ostelo 2008)', () => {
    const scores = reportScores(INSTRUMENTS, earlier, { nrs_back: 5 });
    expect(scores['nrs_back']).toStrictEqual({
      score: 5,
      unit: 'points',
      higherIsBetter: false,
      meaningfulChange: { amount: 2, sources: ['ostelo_2008'] },
      sinceFirst: {
        fromDate: '2026-01-05',
        from: 7,
        difference: -2,
        direction: 'better',
        realChange: true,
      },
      sincePrevious: {
        fromDate: '2026-02-02',
        from: 6,
        difference: -1,
        direction: 'better',
        realChange: false,
      },
    });
  });

  it('calls a 2-point rise in pain a real worsening', () => {
    const scores = reportScores(INSTRUMENTS, earlier, { nrs_back: 8 });
    expect(scores['nrs_back']?.sincePrevious).toMatchObject({
      difference: 2,
      direction: 'worse',
      realChange: true,
    });
  });

  it('never calls a PEG change real: no minimal important change is published for it', () => {
    const scores = reportScores(INSTRUMENTS, earlier, { peg: [1, 1, 1] });
    expect(scores['peg']?.meaningfulChange).toBeNull();
    expect(scores['peg']?.sinceFirst).toMatchObject({
      difference: -6,
      direction: 'better',
      realChange: null,
    });
  });

  it('judges a PSFS change of 2 points as real, 5/3 not, and compares only the same activities', () => {
    const first = [
      { activity: 'Walk to the shops', score: 2 },
      { activity: 'Garden', score: 3 },
      { activity: 'Stand to cook', score: 4 },
    ];
    const history = [{ date: '2026-01-05', measures: { psfs: first } }];
    const twoBetter = first.map((item) => ({ ...item, score: item.score + 2 }));
    expect(
      reportScores(INSTRUMENTS, history, { psfs: twoBetter })['psfs']?.sinceFirst,
    ).toMatchObject({ difference: 2, direction: 'better', realChange: true });
    const lessBetter = [
      { activity: 'walk to the shops ', score: 4 },
      { activity: 'Garden', score: 5 },
      { activity: 'Stand to cook', score: 5 },
    ];
    expect(
      reportScores(INSTRUMENTS, history, { psfs: lessBetter })['psfs']?.sinceFirst,
    ).toMatchObject({ difference: 1.67, realChange: false });
    const otherActivities = [{ activity: 'Swim', score: 9 }];
    expect(
      reportScores(INSTRUMENTS, history, { psfs: otherActivities })['psfs']?.sinceFirst,
    ).toBeNull();
  });

  it('judges the walking test distance by 375.9 m (Carlesso 2021) and never judges its minutes', () => {
    const history = [
      {
        date: '2026-01-05',
        measures: { walking_test: { minutes: 8, minutesUntilSymptoms: 3, distanceKm: 0.5 } },
      },
    ];
    const report = reportScores(INSTRUMENTS, history, {
      walking_test: { minutes: 20, minutesUntilSymptoms: 9, distanceKm: 0.9 },
    })['walking_test'];
    expect(report?.sinceFirst).toMatchObject({ difference: 12, realChange: null });
    expect(report?.parts?.['walking_test_distance']?.sinceFirst).toMatchObject({
      difference: 400,
      direction: 'better',
      realChange: true,
    });
    const shorter = reportScores(INSTRUMENTS, history, {
      walking_test: { minutes: 20, minutesUntilSymptoms: 9, distanceKm: 0.8 },
    })['walking_test'];
    expect(shorter?.parts?.['walking_test_distance']?.sinceFirst?.realChange).toBe(false);
  });

  it('has no change on the first check-in that measures an instrument', () => {
    const scores = reportScores(INSTRUMENTS, [], { nrs_leg: 3 });
    expect(scores['nrs_leg']?.sinceFirst).toBeNull();
    expect(scores['nrs_leg']?.sincePrevious).toBeNull();
    expect(Object.keys(scores)).toStrictEqual(['nrs_leg']);
  });
});

describe('scores over time', () => {
  it('lists each score by date, oldest first, for the charts', () => {
    const series = scoreSeries(INSTRUMENTS, [
      {
        date: '2026-01-05',
        measures: {
          nrs_back: 7,
          walking_test: { minutes: 8, minutesUntilSymptoms: null, distanceKm: 0.5 },
        },
      },
      { date: '2026-02-02', measures: { nrs_back: 5 } },
    ]);
    expect(series).toStrictEqual({
      nrs_back: [
        { date: '2026-01-05', score: 7 },
        { date: '2026-02-02', score: 5 },
      ],
      walking_test: [{ date: '2026-01-05', score: 8 }],
      walking_test_distance: [{ date: '2026-01-05', score: 500 }],
    });
  });
});
