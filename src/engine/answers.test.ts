import { describe, expect, it } from 'vitest';
import { AnswersError, assess } from '../index.js';

function errorOf(answers: Record<string, unknown>): AnswersError {
  try {
    assess(answers);
  } catch (error) {
    if (error instanceof AnswersError) {
      return error;
    }
    throw error;
  }
  throw new Error('no error');
}

describe('answers that contradict each other', () => {
  it('refuses "the back pain began after 45" from someone aged 30, naming both keys', () => {
    const error = errorOf({ age: 30, onset_before_45: false });
    expect(error.key).toBe('onset_before_45');
    expect(error.message).toMatch(/onset_before_45/);
    expect(error.message).toMatch(/\bage\b/);
  });

  it('refuses weakness getting worse when there is no weakness', () => {
    const error = errorOf({ leg_weakness: false, weakness_progressing: true });
    expect(error.key).toBe('weakness_progressing');
    expect(error.message).toMatch(/leg_weakness/);
  });

  it('refuses symptoms below the knee with no leg symptoms', () => {
    expect(errorOf({ leg_symptoms: 'none', pain_below_knee: true }).message).toMatch(/leg_symptoms/);
  });

  it('accepts a "no" or "not sure" where a yes would contradict, and the answer that follows', () => {
    expect(() => assess({ leg_symptoms: 'none', pain_below_knee: false })).not.toThrow();
    expect(() => assess({ leg_weakness: false, weakness_progressing: null })).not.toThrow();
    expect(() => assess({ age: 30, onset_before_45: true })).not.toThrow();
    expect(() => assess({ age: 50, onset_before_45: false })).not.toThrow();
  });
});
