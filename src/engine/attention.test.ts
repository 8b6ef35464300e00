import { describe, expect, it } from 'vitest';
import { assess, KNOWLEDGE } from '../index.js';

const noWarningSigns = Object.fromEntries(
  KNOWLEDGE.features
    .filter((feature) => feature.group === 'warning' && feature.askWhen === undefined)
    .map((feature) => [feature.id, false]),
);

describe('the causes that need checking now (attention)', () => {
  it('names cauda equina first, with the warning signs, when the bladder and saddle are affected', () => {
    const result = assess({
      ...noWarningSigns,
      age: 52,
      leg_symptoms: 'both_legs',
      duration_weeks: 2,
      bladder_bowel_change: true,
      saddle_numbness: true,
    });
    expect(result.attention[0]?.id).toBe('cauda_equina');
    expect(result.attention[0]?.level).toBe('emergency');
    expect(result.attention[0]?.warningSigns).toEqual(
      expect.arrayContaining(['bladder_bowel_change', 'saddle_numbness', 'leg_symptoms']),
    );
    expect(result.attention[0]?.text).toMatch(/rule this out/);
  });

  it('keeps a cause a warning sign points to at least possible, however low its estimated chance', () => {
    const result = assess({ ...noWarningSigns, saddle_numbness: true });
    const cause = result.causes.find((candidate) => candidate.id === 'cauda_equina');
    expect(cause?.probability).toBeLessThan(0.01);
    expect(cause?.band).toBe('possible');
    expect(cause?.warningSigns).toContain('saddle_numbness');
  });

  it('puts the most urgent first when several serious causes are pointed to', () => {
    const result = assess({ ...noWarningSigns, cancer_history: true, pulsating_abdomen: true });
    expect(result.attention.map((item) => [item.id, item.level])).toEqual([
      ['aortic_aneurysm', 'emergency'],
      ['spinal_malignancy', 'urgent'],
    ]);
  });

  it('is empty when every warning sign is answered no', () => {
    expect(assess({ ...noWarningSigns, age: 40, muscle_tender: true }).attention).toEqual([]);
  });

  it('does not point to a serious cause for signs that are only a reason to book a visit', () => {
    const result = assess({
      ...noWarningSigns,
      age: 40,
      worsening: true,
      night_pain_constant: true,
    });
    expect(result.triage.level).toBe('soon');
    expect(result.attention).toEqual([]);
  });

  it('cites the sources of the rules behind each cause', () => {
    const [item] = assess({ ...noWarningSigns, fever: true }).attention;
    expect(item?.id).toBe('spinal_infection');
    expect(item?.sources).toContain('yusuf_2019');
    expect(item?.rules).toEqual(['infection_fever']);
  });
});
