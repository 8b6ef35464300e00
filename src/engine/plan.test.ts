import { describe, expect, it } from 'vitest';
import { assess } from '../index.js';

const planIds = (answers: Record<string, unknown>): string[] =>
  assess(answers).plan.map((item) => item.id);

describe('the self-care plan', () => {
  it('always includes the safety net, whatever the answers', () => {
    for (const answers of [
      {},
      { fever: true },
      { saddle_numbness: true },
      { activity_increase: true },
    ]) {
      expect(planIds(answers)).toContain('safety_net');
    }
  });

  it('holds back exercise and walking advice when the person must be seen today', () => {
    const urgent = assess({
      significant_trauma: true,
      osteoporosis_or_steroids: true,
      activity_increase: true,
    });
    expect(urgent.triage.level).toBe('urgent');
    expect(urgent.plan.every((item) => item.topic === 'safety')).toBe(true);
    const emergency = assess({ bladder_bowel_change: true, shoes_worn: true });
    expect(emergency.plan.every((item) => item.topic === 'safety')).toBe(true);
  });

  it('suggests looking at walking shoes when they are worn out, and says why', () => {
    const item = assess({ shoes_worn: true }).plan.find((entry) => entry.topic === 'footwear');
    expect(item?.because).toEqual(expect.arrayContaining(['shoes_worn']));
  });

  it('gives interval walking with sitting or bending breaks for a stenosis pattern', () => {
    const result = assess({
      age: 72,
      leg_symptoms: 'both_legs',
      duration_weeks: 30,
      relief_leaning_forward: true,
      standing_provokes: true,
      no_pain_seated: true,
    });
    const stenosisItems = result.plan.filter((item) => item.because.includes('spinal_stenosis'));
    expect(stenosisItems.length).toBeGreaterThan(0);
    expect(stenosisItems.some((item) => item.topic === 'walking')).toBe(true);
  });

  it('cites a source for every item', () => {
    for (const item of assess({ shoes_worn: true, sedentary: true, stooped_gait: true }).plan) {
      expect(item.sources.length).toBeGreaterThan(0);
    }
  });
});

describe('the order of the plan', () => {
  const stenosis = {
    age: 72,
    leg_symptoms: 'both_legs',
    duration_weeks: 30,
    relief_leaning_forward: true,
    relief_sitting: true,
    standing_provokes: true,
    no_pain_seated: true,
  };

  it('puts the safety net first', () => {
    for (const answers of [{}, stenosis, { shoes_worn: true }]) {
      expect(assess(answers).plan[0]?.topic).toBe('safety');
    }
  });

  it('puts the items for the most likely cause straight after it', () => {
    const result = assess(stenosis);
    const leading = result.causes[0];
    expect(leading?.id).toBe('spinal_stenosis');
    const [first, second] = result.plan.filter((item) => item.topic !== 'safety');
    expect(first?.because).toContain('spinal_stenosis');
    expect(second?.because).toContain('spinal_stenosis');
  });

  it('orders items by the probability of the most likely cause each is for, then by answers', () => {
    const result = assess({ ...stenosis, shoes_worn: true, sedentary: true, limp_or_uneven: true });
    const probability = new Map(result.causes.map((cause) => [cause.id, cause.probability]));
    const leadingOf = (because: readonly string[]): number =>
      Math.max(0, ...because.map((id) => probability.get(id) ?? 0));
    const rest = result.plan
      .filter((item) => item.topic !== 'safety')
      .map((item) => leadingOf(item.because));
    expect(rest.length).toBeGreaterThan(3);
    expect(rest).toEqual([...rest].sort((a, b) => b - a));
  });

  it('puts an item the answers call for ahead of one given to everyone', () => {
    const ids = planIds({ shoes_worn: true });
    expect(ids.indexOf('footwear')).toBeLessThan(ids.indexOf('stay_active'));
  });
});
