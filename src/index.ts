/**
 * Stride as a library: `assess` and `nextQuestion` over the built-in knowledge base, pure and
 * the same in Node and the browser. Bad answers throw an AnswersError that names the key.
 */
import { parseAnswers } from './engine/answers.js';
import { assessWith } from './engine/assess.js';
import {
  interviewProgressOf,
  nextQuestionOf,
  type InterviewProgress,
} from './engine/next-question.js';
import type { Answers, Question, Result } from './engine/types.js';
import { KNOWLEDGE } from './knowledge/index.js';
import { ES } from './knowledge/translations/es.js';

export { AnswersError, answersSchemaOf, expectedOf } from './engine/answers.js';
export { knowledgeView } from './engine/knowledge-view.js';
export { knowledgeVersionOf } from './engine/version.js';
export { KNOWLEDGE, SUPPLEMENT_NOTE } from './knowledge/index.js';
export { localizeKnowledge, personFacingTextsOf } from './engine/localize.js';
export type { TextCatalogue } from './engine/localize.js';
/** Translations of the knowledge's person-facing texts, keyed by the English source text, by language (not yet reviewed by a clinician). */
export const TRANSLATIONS = { es: ES } as const;
export type * from './engine/types.js';
export type {
  Band,
  Cause,
  Condition,
  Feature,
  Knowledge,
  Source,
  TriageLevel,
} from './knowledge/schema.js';

/** The assessment of these answers (CONTRACT section 2). */
export function assess(answers: unknown): Result {
  return assessWith(KNOWLEDGE, answers);
}

/** The question the interview asks next, or null when it is done (CONTRACT section 4). */
export function nextQuestion(answers: unknown): Question | null {
  return nextQuestionOf(KNOWLEDGE, parseAnswers(KNOWLEDGE, answers));
}

/** How far the interview has come; `atMost` never grows as answers come in. */
export function interviewProgress(answers: unknown): InterviewProgress {
  return interviewProgressOf(KNOWLEDGE, parseAnswers(KNOWLEDGE, answers));
}

export type { InterviewProgress };

/** Validates answers without assessing them (throws AnswersError). */
export function checkAnswers(answers: unknown): Answers {
  return parseAnswers(KNOWLEDGE, answers);
}
