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

  it('counts the Berlin criteria as one cluster, not four separate ratios', () => {
    const cause = causeOf(
      {
        morning_stiffness_30: true,
        better_with_exercise: true,
        not_better_with_rest: true,
        night_waking_second_half: true,
        alternating_buttock_pain: true,
      },
      'inflammatory_back_pain',
    );
    expect(cause.supporting).toHaveLength(1);
    expect(cause.supporting[0]?.features).toEqual(
      expect.arrayContaining(['morning_stiffness_30', 'alternating_buttock_pain']),
    );
    expect(cause.supporting[0]?.source).toBe('rudwaleit_2006');
  });

  it('leaves a cluster out until the answers settle which band it is in', () => {
    const settled = causeOf(
      {
        morning_stiffness_30: false,
        night_waking_second_half: false,
        alternating_buttock_pain: false,
      },
      'inflammatory_back_pain',
    );
    const open = causeOf({ morning_stiffness_30: false }, 'inflammatory_back_pain');
    expect(settled.opposing.some((reason) => reason.source === 'rudwaleit_2006')).toBe(true);
    expect(open.opposing.some((reason) => reason.source === 'rudwaleit_2006')).toBe(false);
  });

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
