import { describe, expect, it } from 'vitest';
import { assess, KNOWLEDGE, nextQuestion } from '../index.js';

const level = (answers: Record<string, unknown>): string => assess(answers).triage.level;

/** Every warning sign that is always asked, answered "no". */
const noWarningSigns = Object.fromEntries(
  KNOWLEDGE.features
    .filter((feature) => feature.group === 'warning' && feature.askWhen === undefined)
    .map((feature) => [feature.id, false]),
);
const calm = (answers: Record<string, unknown>): string => level({ ...noWarningSigns, ...answers });

describe('triage: emergencies', () => {
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

  it('gives emergency when the person fainted or collapsed with the pain', () => {
    expect(level({ fainting_with_pain: true })).toBe('emergency');
  });

  it('gives emergency for sudden severe back pain this week in a man over 65 who smoked, with no pulsing belly', () => {
    const aneurysm = {
      age: 72,
      sex: 'male',
      smoker: true,
      onset_sudden: true,
      pain_nrs: 8,
      duration_weeks: 0,
      pulsating_abdomen: false,
    };
    expect(calm(aneurysm)).toBe('emergency');
    expect(assess({ ...noWarningSigns, ...aneurysm }).attention[0]?.id).toBe('aortic_aneurysm');
  });

  it('does not call sudden pain an aneurysm emergency in a woman of 79 who never smoked', () => {
    expect(
      calm({
        age: 79,
        sex: 'female',
        smoker: false,
        vascular_disease: false,
        onset_sudden: true,
        pain_nrs: 8,
        duration_weeks: 0,
      }),
    ).not.toBe('emergency');
  });

  it('gives emergency for a known aneurysm with sudden or severe pain, and same-day care otherwise', () => {
    expect(calm({ known_aneurysm: true, pain_nrs: 8 })).toBe('emergency');
    expect(calm({ known_aneurysm: true, onset_sudden: false, pain_nrs: 3 })).toBe('urgent');
  });

  it('gives emergency for a leg that suddenly turned cold and pale, and same-day care when it did not', () => {
    expect(level({ leg_cold_pale_at_rest: true, leg_cold_sudden: true })).toBe('emergency');
    expect(calm({ leg_cold_pale_at_rest: true, leg_cold_sudden: false })).toBe('urgent');
  });

  it('gives emergency for cancer with pain that suggests spread and nerve symptoms in the legs', () => {
    expect(calm({ cancer_history: true, worsening: true, numbness_tingling: true })).toBe(
      'emergency',
    );
  });
});

describe('triage: the signs of pressed nerves at the base of the spine', () => {
  it('sends a new change in sexual function to a doctor today, and to emergency with a bladder or saddle sign', () => {
    expect(calm({ sexual_function_change: true })).toBe('urgent');
    expect(
      calm({ sexual_function_change: true, leg_symptoms: 'both_legs', duration_weeks: 20 }),
    ).toBe('urgent');
    expect(calm({ sexual_function_change: true, saddle_numbness: true })).toBe('emergency');
  });

  it('asks again in plainer words after "not sure" to bladder or saddle numbness', () => {
    expect(nextQuestion({ bladder_bowel_change: null })?.id).toBe('bladder_bowel_recheck');
    expect(nextQuestion({ bladder_bowel_change: false, saddle_numbness: null })?.id).toBe(
      'saddle_numbness_recheck',
    );
  });

  it('gives emergency when the plainer question gets a yes', () => {
    expect(level({ saddle_numbness: null, saddle_numbness_recheck: true })).toBe('emergency');
  });

  it('gives same-day care, with the reason, when the person is still not sure', () => {
    const result = assess({
      ...noWarningSigns,
      bladder_bowel_change: null,
      bladder_bowel_recheck: null,
    });
    expect(result.triage.level).toBe('urgent');
    expect(result.triage.reasons[0]?.text).toMatch(/not sure/);
    expect(result.attention.map((item) => item.id)).toEqual(['cauda_equina']);
  });

  it('counts a clear answer to the plainer question as the sign answered', () => {
    const result = assess({
      ...noWarningSigns,
      saddle_numbness: null,
      saddle_numbness_recheck: false,
    });
    expect(result.triage.unanswered).not.toContain('saddle_numbness');
    expect(result.triage.level).toBe('self_care');
  });
});

describe('triage: same day', () => {
  it('sends fever, a fall or leg weakness to a doctor today', () => {
    expect(level({ fever: true })).toBe('urgent');
    expect(level({ significant_trauma: true })).toBe('urgent');
    expect(level({ leg_weakness: true, weakness_progressing: false })).toBe('urgent');
  });

  it('treats new symptoms in both legs as urgent but long-standing ones not', () => {
    expect(level({ leg_symptoms: 'both_legs', duration_weeks: 1 })).toBe('urgent');
    expect(level({ leg_symptoms: 'both_legs', duration_weeks: 40 })).not.toBe('urgent');
  });

  it('sends anyone who has had cancer to a doctor within 24 hours (NICE NG234, rounded up from "within days")', () => {
    expect(calm({ cancer_history: true })).toBe('urgent');
  });

  it('sends infection risk to a doctor today: the question includes a recent infection or spine procedure (T1)', () => {
    expect(calm({ infection_risk: true, pain_nrs: 4 })).toBe('urgent');
    expect(assess({ ...noWarningSigns, infection_risk: true }).attention[0]?.id).toBe('spinal_infection');
  });

  it('sends a new cold, pale leg to emergency when the pain came on suddenly this week', () => {
    expect(calm({ leg_cold_pale_at_rest: true, onset_sudden: true, duration_weeks: 0 })).toBe(
      'emergency',
    );
  });

  it('books a visit for new back pain after 70, keeping a spine fracture in view', () => {
    const result = assess({ ...noWarningSigns, age: 80, sex: 'female', duration_weeks: 1 });
    expect(result.triage.level).toBe('soon');
    expect(result.attention.map((item) => item.id)).toEqual(['vertebral_fracture']);
    expect(calm({ age: 80, duration_weeks: 52 })).toBe('self_care');
  });

  it('sends new worsening pain in someone at risk of an aneurysm to a doctor today', () => {
    expect(calm({ age: 70, sex: 'male', smoker: true, duration_weeks: 2, worsening: true })).toBe(
      'urgent',
    );
  });

  it('sends worsening pain with numbness or tingling to a doctor today', () => {
    expect(calm({ worsening: true, numbness_tingling: true })).toBe('urgent');
    expect(calm({ worsening: true })).toBe('soon');
  });
});

describe('triage: guideline patterns, independent of the ranking', () => {
  it('books a visit from age 50 when the pain has not got better in a month, naming cancer only for new pain', () => {
    expect(calm({ age: 58, duration_weeks: 8, not_improving_month: true })).toBe('soon');
    expect(calm({ age: 40, duration_weeks: 8, not_improving_month: true })).toBe('self_care');
    const chronic = assess({ ...noWarningSigns, age: 58, duration_weeks: 100, not_improving_month: true });
    expect(chronic.triage.level).toBe('soon');
    expect(chronic.attention).toEqual([]);
  });

  it("books a visit for back pain of 3 months or more begun before 45 with 3 of NICE's spondyloarthritis criteria", () => {
    const pattern = {
      age: 30,
      duration_weeks: 30,
      better_with_exercise: true,
      night_waking_second_half: true,
      nsaid_relief: false,
      alternating_buttock_pain: false,
      spa_family_or_history: false,
    };
    expect(calm(pattern)).toBe('soon');
    expect(calm({ ...pattern, age: 40 })).toBe('self_care');
    expect(calm({ ...pattern, duration_weeks: 8 })).toBe('self_care');
  });

  it('books an ankle-brachial index for a calf, buttock or thigh cramp that goes on standing still', () => {
    expect(calm({ age: 45, calf_cramp_walking: true, relief_standing_still: true })).toBe('soon');
    expect(calm({ age: 45, buttock_thigh_cramp_walking: true })).toBe('soon');
  });

  it('books one for leg symptoms on walking at 65 or more, or at 50 with smoking or diabetes', () => {
    expect(calm({ age: 67, leg_symptoms: 'one_leg' })).toBe('soon');
    expect(
      calm({
        age: 55,
        smoker: true,
        diabetes: false,
        vascular_disease: false,
        leg_symptoms: 'one_leg',
      }),
    ).toBe('soon');
    expect(
      calm({
        age: 55,
        smoker: false,
        diabetes: false,
        vascular_disease: false,
        leg_symptoms: 'one_leg',
      }),
    ).toBe('self_care');
  });

  it('does not raise the level because a cause is estimated likely', () => {
    const result = assess({
      ...noWarningSigns,
      age: 58,
      smoker: false,
      diabetes: false,
      vascular_disease: false,
      duration_weeks: 40,
      leg_symptoms: 'both_legs',
      relief_sitting: true,
      relief_leaning_forward: true,
      no_pain_seated: true,
      standing_provokes: true,
    });
    expect(result.causes[0]?.id).toBe('spinal_stenosis');
    expect(result.triage.level).toBe('self_care');
  });
});

describe('triage: self-care with a safety net', () => {
  it('leaves severe pain or limits on daily life alone to self-care, saying when to book a visit', () => {
    for (const answers of [
      { pain_nrs: 8, duration_weeks: 2 },
      { daily_activities_limited: true, duration_weeks: 3 },
    ]) {
      const result = assess({ ...noWarningSigns, ...answers });
      expect(result.triage.level).toBe('self_care');
      expect(result.triage.reasons.some((reason) => /Book a visit/.test(reason.text))).toBe(true);
    }
  });

  it('books a visit when the pain has lasted 3 months and is severe or limits daily life', () => {
    expect(calm({ daily_activities_limited: true, duration_weeks: 16 })).toBe('soon');
    expect(calm({ pain_nrs: 8, duration_weeks: 20 })).toBe('soon');
  });

  it('books a visit for numbness or tingling', () => {
    expect(calm({ numbness_tingling: true })).toBe('soon');
  });

  it('books a visit when rest does not ease the pain from age 50, but not at 30', () => {
    expect(calm({ age: 62, not_better_with_rest: true })).toBe('soon');
    expect(calm({ age: 30, not_better_with_rest: true })).toBe('self_care');
  });

  it('says self-care is reasonable when every warning sign is answered no, and what would change that', () => {
    const result = assess({
      ...noWarningSigns,
      age: 38,
      activity_increase: true,
      muscle_tender: true,
      leg_symptoms: 'none',
      pain_nrs: 3,
    });
    expect(result.triage.level).toBe('self_care');
    expect(result.triage.unanswered).toEqual([]);
    expect(result.triage.advice).toMatch(/reasonable/);
  });
});

describe('triage: unanswered warning signs', () => {
  it('lists every warning sign when nothing was answered, and does not call self-care enough', () => {
    const result = assess({});
    expect(result.triage.unanswered).toEqual(
      expect.arrayContaining([
        'bladder_bowel_change',
        'saddle_numbness',
        'fever',
        'known_aneurysm',
      ]),
    );
    expect(result.triage.advice).not.toMatch(/reasonable/);
    expect(result.triage.advice).toMatch(/cannot say that self-care is enough/);
    expect(result.triage.advice).toMatch(/new bladder or bowel trouble/i);
  });

  it('counts "not sure" as not answered, and leaves out follow-ups that do not apply', () => {
    const result = assess({ ...noWarningSigns, fever: null, leg_weakness: false });
    expect(result.triage.unanswered).toEqual(['fever']);
  });

  it('says which signs were not checked at every level below emergency', () => {
    const result = assess({ ...noWarningSigns, significant_trauma: true, weight_loss: null });
    expect(result.triage.level).toBe('urgent');
    expect(result.triage.advice).toMatch(/Not checked: weight loss without trying/);
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
    const result = assess({
      age: 78,
      sex: 'female',
      smoker: false,
      onset_sudden: true,
      pain_nrs: 8,
    });
    expect(result.triage.level).toBe('soon');
    expect(result.causes.find((cause) => cause.id === 'vertebral_fracture')?.band).toBe('possible');
    expect(result.attention.map((item) => item.id)).toEqual(['vertebral_fracture']);
  });
});
