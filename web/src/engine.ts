/** The one seam to Stride's engine: the same pure code the server runs, bundled so assessments work offline. */
export { assess, nextQuestion, KNOWLEDGE, AnswersError, SUPPLEMENT_NOTE } from '../../src/index.js';
export { evaluate, featuresOf } from '../../src/engine/conditions.js';
export type {
  AnswerValue,
  Answers,
  Band,
  CauseReason,
  PlanItem,
  Question,
  RankedCause,
  Result,
  TriageLevel,
} from '../../src/engine/types.js';
export type { Cause, Feature, Source, Supplement } from '../../src/knowledge/schema.js';
