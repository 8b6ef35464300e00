import { describe, expect, it } from 'vitest';
import { KNOWLEDGE, assess } from '../index.js';

const causeOf = (answers: Record<string, unknown>, id: string) => {
  const cause = assess(answers).causes.find((candidate) => candidate.id === id);
  if (cause === undefined) {
    throw new Error(`no cause ${id}`);
  }
  return cause;
};

describe('ranking', () => {
  it('lists every cause, highest probability first', () => {
    const { causes } = assess({ age: 70 });
    expect(causes.map((cause) => cause.id).sort()).toEqual(
      KNOWLEDGE.causes.map((cause) => cause.id).sort(),
    );
    for (let index = 1; index < causes.length; index += 1) {
      expect(causes[index - 1]?.probability).toBeGreaterThanOrEqual(
        causes[index]?.probability ?? 1,
      );
    }
  });

  it('starts each cause at its prior when nothing is answered', () => {
    for (const cause of KNOWLEDGE.causes) {
      expect(causeOf({}, cause.id).probability).toBeCloseTo(cause.prior.probability, 10);
    }
  });

  it('uses the age-band prior where the evidence gives one', () => {
    expect(causeOf({ age: 70 }, 'vertebral_fracture').probability).toBeCloseTo(0.049, 10);
    expect(causeOf({ age: 40 }, 'vertebral_fracture').probability).toBeCloseTo(0.007, 10);
  });

  it('multiplies prior odds by the likelihood ratio of each answer (worked example)', () => {
    // Prior 25% (Jensen 2020) -> odds 1/3; leaning forward eases it: LR 4.1 (Suri 2010, shrunk).
    const odds = (0.25 / 0.75) * 4.1;
    expect(causeOf({ relief_leaning_forward: true }, 'spinal_stenosis').probability).toBeCloseTo(
      odds / (1 + odds),
      10,
    );
  });

  it('counts overlapping answers about relief from sitting and bending only once', () => {
    const both = causeOf(
      { relief_leaning_forward: true, no_pain_seated: true, relief_sitting: true },
      'spinal_stenosis',
    );
    const strongest = causeOf({ relief_leaning_forward: true }, 'spinal_stenosis');
    expect(both.probability).toBeCloseTo(strongest.probability, 10);
    expect(both.supporting).toHaveLength(1);
  });

  it('counts the ASAS inflammatory back pain criteria as one cluster, not five separate ratios', () => {
    const cause = causeOf(
      {
        age: 28,
        onset_sudden: false,
        better_with_exercise: true,
        not_better_with_rest: true,
        night_waking_second_half: true,
      },
      'inflammatory_back_pain',
    );
    const cluster = cause.supporting.filter((reason) => reason.source === 'sieper_2009');
    expect(cluster).toHaveLength(1);
    expect(cluster[0]?.weight).toBe(1.7);
    expect(cluster[0]?.features).toEqual(
      expect.arrayContaining(['age', 'onset_sudden', 'night_waking_second_half']),
    );
  });

  it('counts what the known items of a cluster already settle, and nothing while it could go either way', () => {
    const fourOfFive = { age: 30, onset_sudden: false, better_with_exercise: true, not_better_with_rest: true };
    const settledHigh = causeOf(fourOfFive, 'inflammatory_back_pain');
    expect(settledHigh.supporting.some((reason) => reason.source === 'sieper_2009')).toBe(true);
    const open = causeOf({ age: 30, onset_sudden: false }, 'inflammatory_back_pain');
    expect([...open.supporting, ...open.opposing].some((r) => r.source === 'sieper_2009')).toBe(false);
    const settledLow = causeOf(
      { age: 50, onset_sudden: true, better_with_exercise: false },
      'inflammatory_back_pain',
    );
    expect(settledLow.opposing.some((reason) => reason.source === 'sieper_2009')).toBe(true);
  });

  it('uses the measured share of people meeting the ASAS entry criteria as the prior', () => {
    const chronicYoung = causeOf({ age: 30, duration_weeks: 30 }, 'inflammatory_back_pain');
    expect(chronicYoung.sources[0]).toBe('van_hoeven_2015');
    expect(chronicYoung.probability).toBeCloseTo(0.16, 5);
  });
});

describe('ranking: spinal stenosis', () => {
  const classic = {
    leg_symptoms: 'both_legs',
    relief_sitting: true,
    relief_leaning_forward: true,
    no_pain_seated: true,
    standing_provokes: true,
    downhill_worse: true,
    cycling_ok: true,
    numbness_tingling: true,
  };

  it('counts the overlapping nerve-pattern answers once: a classic older case is likely, not near-certain', () => {
    const cause = causeOf({ ...classic, age: 74 }, 'spinal_stenosis');
    expect(cause.band).toBe('likely');
    expect(cause.probability).toBeLessThan(0.8);
    expect(cause.supporting.map((reason) => reason.feature)).toEqual(['relief_leaning_forward', 'age']);
  });

  it('keeps the same pattern modest at 25, where a narrowed canal is much less common', () => {
    expect(causeOf({ ...classic, age: 25 }, 'spinal_stenosis').probability).toBeLessThan(0.5);
  });

  it('never lets a "no" cancel a "yes" of the same group', () => {
    const cause = causeOf(
      { age: 65, leg_symptoms: 'one_leg', relief_sitting: true, relief_leaning_forward: false },
      'spinal_stenosis',
    );
    expect(cause.supporting.map((reason) => reason.feature)).toEqual(['relief_sitting']);
    expect(cause.opposing).toEqual([]);
  });

  it('lets no leg symptoms outweigh a back ache that eases sitting', () => {
    const cause = causeOf({ age: 65, leg_symptoms: 'none', relief_sitting: true }, 'spinal_stenosis');
    expect(cause.opposing.map((reason) => reason.feature)).toEqual(['leg_symptoms']);
  });
});

describe('ranking: other causes', () => {
  it('shows the answers for and against a cause with their ratios and sources', () => {
    const cause = causeOf({ activity_increase: true, muscle_tender: false }, 'muscle_strain');
    expect(cause.supporting).toEqual([
      expect.objectContaining({ feature: 'activity_increase', weight: 2, source: 'expert_strain' }),
    ]);
    expect(cause.opposing).toEqual([
      expect.objectContaining({ feature: 'muscle_tender', weight: 0.75 }),
    ]);
  });

  it('keeps a serious cause at least possible when its warning sign is answered yes', () => {
    const cause = causeOf({ osteoporosis_or_steroids: true, age: 40 }, 'vertebral_fracture');
    expect(cause.probability).toBeLessThan(KNOWLEDGE.bands.possibleSerious);
    expect(cause.band).toBe('possible');
    expect(cause.warningSigns).toEqual(['osteoporosis_or_steroids']);
  });

  it('treats "not sure" like an unanswered question', () => {
    expect(assess({ smoker: null, age: 60 })).toEqual(assess({ age: 60 }));
  });
});
