import { describe, expect, it } from 'vitest';
import { assess } from '../index.js';

const level = (answers: Record<string, unknown>): string => assess(answers).triage.level;

describe('triage', () => {
  it('gives emergency when the bladder has stopped working', () => {
    expect(level({ bladder_bowel_change: true })).toBe('emergency');
  });

  it('gives emergency for numbness around the genitals or bottom', () => {
    expect(level({ saddle_numbness: true })).toBe('emergency');
  });

  it('gives emergency for a pulsing belly, whatever else is answered', () => {
    expect(
      level({ pulsating_abdomen: true, age: 30, activity_increase: true, muscle_tender: true }),
    ).toBe('emergency');
  });

  it('gives emergency for leg weakness that is getting worse', () => {
    expect(level({ leg_weakness: true, weakness_progressing: true })).toBe('emergency');
  });

  it('gives emergency for fever with leg weakness', () => {
    expect(level({ fever: true, leg_weakness: true })).toBe('emergency');
  });

  it('sends fever, a fall or leg weakness to a doctor today', () => {
    expect(level({ fever: true })).toBe('urgent');
    expect(level({ significant_trauma: true })).toBe('urgent');
    expect(level({ leg_weakness: true, weakness_progressing: false })).toBe('urgent');
  });

  it('treats new symptoms in both legs as urgent but long-standing ones not', () => {
    expect(level({ leg_symptoms: 'both_legs', duration_weeks: 1 })).toBe('urgent');
    expect(level({ leg_symptoms: 'both_legs', duration_weeks: 40 })).not.toBe('urgent');
  });

  it('makes a cancer history urgent only when the pain is getting worse, constant at night or with weakness', () => {
    expect(level({ cancer_history: true })).toBe('soon');
    expect(level({ cancer_history: true, worsening: true })).toBe('urgent');
    expect(level({ cancer_history: true, night_pain_constant: true })).toBe('urgent');
  });

  it('books a visit for pain that limits daily life, severe pain or numbness', () => {
    expect(level({ daily_activities_limited: true })).toBe('soon');
    expect(level({ pain_nrs: 8 })).toBe('soon');
    expect(level({ numbness_tingling: true })).toBe('soon');
  });

  it('raises to soon when narrowed leg arteries are possible', () => {
    const result = assess({
      age: 67,
      smoker: true,
      diabetes: true,
      leg_symptoms: 'one_leg',
      calf_cramp_walking: true,
      relief_standing_still: true,
      uphill_worse: true,
      standing_provokes: false,
    });
    expect(result.triage.level).toBe('soon');
    expect(
      result.triage.reasons.some((reason) => reason.rule === 'cause:vascular_claudication'),
    ).toBe(true);
  });

  it('says self-care is reasonable when no warning sign is present, and what would change that', () => {
    const result = assess({
      age: 38,
      activity_increase: true,
      muscle_tender: true,
      leg_symptoms: 'none',
      pain_nrs: 3,
    });
    expect(result.triage.level).toBe('self_care');
    expect(result.triage.advice.length).toBeGreaterThan(20);
  });

  it('gives every reason with the answer it came from', () => {
    const result = assess({ fever: true, cancer_history: true });
    expect(result.triage.reasons.map((reason) => reason.feature)).toEqual(
      expect.arrayContaining(['fever', 'cancer_history']),
    );
    expect(result.triage.reasons[0]?.level).toBe('urgent');
  });
});

describe('triage for an older person with sudden severe pain', () => {
  it('books a visit and keeps a spine fracture in view after 70, even without a fall', () => {
    const result = assess({ age: 78, onset_sudden: true, pain_nrs: 8 });
    expect(result.triage.level).toBe('soon');
    expect(result.causes.find((cause) => cause.id === 'vertebral_fracture')?.band).toBe('possible');
  });
});
