/** Runs the adaptive interview as a person would, answering each question from a set of answers ("not sure" when it has none). */
import { nextQuestion, type AnswerValue } from '../src/index.js';

export interface InterviewRun {
  /** The answers given, in the order asked. */
  readonly given: Record<string, AnswerValue>;
  /** The question ids, in the order asked. */
  readonly asked: string[];
}

export function runInterview(answers: Readonly<Record<string, unknown>>): InterviewRun {
  const given: Record<string, AnswerValue> = {};
  const asked: string[] = [];
  for (let question = nextQuestion(given); question !== null; question = nextQuestion(given)) {
    asked.push(question.id);
    given[question.id] = (answers[question.id] as AnswerValue | undefined) ?? null;
  }
  return { given, asked };
}
