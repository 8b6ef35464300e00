import { describe, expect, it } from 'vitest';
import { runInterview } from '../../test/interview.js';
import { loadVignettes, PUBLIC_VIGNETTES } from '../../test/vignettes.js';
import { interviewProgress, KNOWLEDGE, nextQuestion, type AnswerValue } from '../index.js';
import { MAX_BEYOND_WARNINGS } from './next-question.js';

const warningIds = KNOWLEDGE.features
  .filter((feature) => feature.group === 'warning')
  .map((feature) => feature.id);
/** The warning signs everyone is asked (not follow-ups or re-asks), answered "no". */
const allWarningsNo = Object.fromEntries(
  KNOWLEDGE.features
    .filter((feature) => feature.group === 'warning' && feature.askWhen === undefined)
    .map((feature) => [feature.id, false]),
);

const walk = (answers: Record<string, AnswerValue>): string[] => runInterview(answers).asked;

describe('the adaptive interview', () => {
  it('asks the warning signs first, each "not sure" to an emergency sign again in plainer words', () => {
    const asked = walk({});
    const firstNonWarning = asked.findIndex((id) => !warningIds.includes(id));
    const followUps = ['weakness_progressing', 'leg_cold_sudden'];
    expect(asked.slice(0, firstNonWarning).sort()).toEqual(
      warningIds.filter((id) => !followUps.includes(id)).sort(),
    );
  });

  it('asks whether weakness is getting worse only after a yes to weakness', () => {
    expect(walk({ leg_weakness: false })).not.toContain('weakness_progressing');
    expect(walk({ leg_weakness: true, weakness_progressing: false })).toContain(
      'weakness_progressing',
    );
  });

  it('asks everyone their age once the warning signs are done', () => {
    expect(nextQuestion(allWarningsNo)?.id).toBe('age');
  });

  it('does not ask about the calf or below the knee when there are no leg symptoms', () => {
    const asked = walk({ ...allWarningsNo, age: 50, leg_symptoms: 'none' });
    expect(asked).not.toContain('calf_cramp_walking');
    expect(asked).not.toContain('pain_below_knee');
  });

  it('ends at once when an answer makes it an emergency', () => {
    expect(nextQuestion({ pulsating_abdomen: true })).toBeNull();
  });

  it('does not ask an onset-before-45 question of someone under 45', () => {
    expect(walk({ ...allWarningsNo, age: 30 })).not.toContain('onset_before_45');
  });

  it('never asks what is already answered, "not sure" included', () => {
    const question = nextQuestion({ ...allWarningsNo, age: null });
    expect(question?.id).not.toBe('age');
    expect(Object.keys(allWarningsNo)).not.toContain(question?.id);
  });

  it('gives each question with its text, type, choices and why we ask', () => {
    const question = nextQuestion({ ...allWarningsNo, age: 60, duration_weeks: 10, pain_nrs: 4 });
    expect(question).not.toBeNull();
    expect(question?.text.length).toBeGreaterThan(5);
    expect(question?.why.length).toBeGreaterThan(5);
    if (question?.type === 'choice') {
      expect(question.options?.length).toBeGreaterThan(1);
    }
  });
});

describe('a choice question', () => {
  it('lists its answer values as options and their labels as choices', () => {
    const given: Record<string, AnswerValue> = { ...allWarningsNo, age: 60 };
    let question = nextQuestion(given);
    while (question !== null && question.type !== 'choice') {
      given[question.id] = null;
      question = nextQuestion(given);
    }
    expect(question?.type).toBe('choice');
    expect(question?.options).toEqual(question?.choices?.map((choice) => choice.value));
    expect(question?.choices?.every((choice) => choice.label.length > 2)).toBe(true);
  });
});

describe('the interview v2', () => {
  it("asks a stenosis telltale (relief by sitting or leaning forward) of a 72-year-old whose legs ache on walking", () => {
    const asked = walk({
      ...allWarningsNo,
      age: 72,
      sex: 'female',
      leg_symptoms: 'both_legs',
      duration_weeks: 30,
      relief_sitting: true,
      relief_leaning_forward: true,
    });
    expect(asked.some((id) => id === 'relief_sitting' || id === 'relief_leaning_forward')).toBe(true);
  });

  it('asks the 72-year-old whose legs ache after 5 minutes whether leaning or sitting eases it, though other answers already point to stenosis', () => {
    const stenosis = loadVignettes(PUBLIC_VIGNETTES).find((vignette) => vignette.id === 'stenosis-classic');
    const asked = walk({ ...stenosis?.answers, age: 72, walk_minutes_until_pain: 5 });
    expect(asked).toContain('walk_minutes_until_pain');
    expect(asked.some((id) => id === 'relief_sitting' || id === 'relief_leaning_forward')).toBe(true);
  });

  it('asks how long the person can walk, which the walking plan and the clinician summary use', () => {
    expect(walk({ ...allWarningsNo, age: 40 })).toContain('walk_minutes_until_pain');
  });

  it('stops at the first emergency answer, whatever is left', () => {
    expect(nextQuestion({ fainting_with_pain: true })).toBeNull();
    expect(interviewProgress({ fainting_with_pain: true })).toEqual({ answered: 1, atMost: 1, expected: 1 });
  });

  it('asks at most a few questions beyond the warning signs for their expected change alone', () => {
    const warning = new Set(warningIds);
    const beyond = walk({ ...allWarningsNo, age: 35, sex: 'male', duration_weeks: 2, pain_nrs: 3 }).filter(
      (id) => !warning.has(id),
    );
    expect(beyond.length).toBeLessThanOrEqual(MAX_BEYOND_WARNINGS + 4);
  });
});
