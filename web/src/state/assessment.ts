/** Runs the engine over the saved answers for the result and report pages, turning bad saved data into a value, not a crash. */
import { assess, type Answers, type Result } from '../engine.js';
import { screenFor } from './flow.js';

export type Assessment =
  | { readonly kind: 'result'; readonly result: Result }
  | { readonly kind: 'unfinished' }
  | { readonly kind: 'failed' };

export function assessmentOf(answers: Answers): Assessment {
  try {
    if (Object.keys(answers).length === 0 || screenFor(answers).kind !== 'done') {
      return { kind: 'unfinished' };
    }
    return { kind: 'result', result: assess(answers) };
  } catch {
    // An AnswersError here means answers saved by an older version of the questions.
    return { kind: 'failed' };
  }
}
