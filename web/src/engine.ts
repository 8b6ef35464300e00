/**
 * The one seam to Stride's engine: the same pure code the server runs, bundled so assessments work
 * offline, over the knowledge in the page's language (the English knowledge with its texts looked
 * up in a translation catalogue). The reasoning, and so the knowledge version, is the same in every language.
 */
import { parseAnswers, withInferred } from '../../src/engine/answers.js';
import { assessWith } from '../../src/engine/assess.js';
import { localizeKnowledge, personFacingTextsOf, type TextCatalogue } from '../../src/engine/localize.js';
import { interviewProgressSteps, nextQuestionOf, type ProgressEstimate } from '../../src/engine/next-question.js';
import { firedRules, levelOf } from '../../src/engine/triage.js';
import type { Question, Result, TriageLevel } from '../../src/engine/types.js';
import { knowledgeVersionOf } from '../../src/engine/version.js';
// Not src/index.ts: that carries every translation, and the page loads only the one it shows.
import { KNOWLEDGE as ENGLISH, SUPPLEMENT_NOTE as ENGLISH_SUPPLEMENT_NOTE } from '../../src/knowledge/index.js';
import type { Knowledge } from '../../src/knowledge/schema.js';

export { AnswersError } from '../../src/engine/answers.js';
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
export type { ProgressEstimate, TextCatalogue };

/** The knowledge as written, in English: what the server stores results in. */
export const ENGLISH_KNOWLEDGE: Knowledge = ENGLISH;

/** The knowledge in the page's language (live: it changes when the language does). */
export let KNOWLEDGE: Knowledge = ENGLISH;
export let SUPPLEMENT_NOTE: string = ENGLISH_SUPPLEMENT_NOTE;

let catalogue: TextCatalogue | null = null;
let sources: ReadonlyMap<string, string> = new Map();

/** The English texts a translation's texts line up with (web/build/knowledge-texts.ts sends them in this order). */
export function englishTexts(): string[] {
  return [...personFacingTextsOf(ENGLISH), ENGLISH_SUPPLEMENT_NOTE];
}

/** The catalogue (English source text to translation) from a translation's texts in the order of englishTexts(). */
export function catalogueOf(texts: readonly (string | null)[]): TextCatalogue {
  return Object.fromEntries(englishTexts().flatMap((english, index) => {
    const translation = texts[index];
    return translation === null || translation === undefined ? [] : [[english, translation]];
  }));
}

/** Puts the knowledge in the language of this catalogue (English source text to translation); null is English. */
export function setKnowledgeTexts(texts: TextCatalogue | null): void {
  catalogue = texts;
  KNOWLEDGE = texts === null ? ENGLISH : localizeKnowledge(ENGLISH, texts);
  SUPPLEMENT_NOTE = texts?.[ENGLISH_SUPPLEMENT_NOTE] ?? ENGLISH_SUPPLEMENT_NOTE;
  sources = new Map(Object.entries(texts ?? {}).map(([english, translation]) => [translation, english]));
}

/** A knowledge text that came from the server in English, in the page's language; as it is when the catalogue has no entry. */
export function translated(text: string): string {
  return catalogue?.[text] ?? text;
}

/** Whether a knowledge text from the server has a translation on this page (else it is shown in English, marked lang="en"). */
export function isTranslated(text: string): boolean {
  return catalogue === null || catalogue[text] !== undefined;
}

/** The English source of a translated knowledge text (the drawings are keyed by English exercise names). */
export function sourceText(text: string): string {
  return sources.get(text) ?? text;
}

/** The assessment of these answers (CONTRACT section 2), its texts in the page's language. */
export function assess(answers: unknown): Result {
  const result = assessWith(KNOWLEDGE, answers);
  return KNOWLEDGE === ENGLISH ? result : { ...result, knowledgeVersion: knowledgeVersionOf(ENGLISH) };
}

/** The question the interview asks next, or null when it is done (CONTRACT section 4). */
export function nextQuestion(answers: unknown): Question | null {
  return nextQuestionOf(KNOWLEDGE, parseAnswers(KNOWLEDGE, answers));
}

/**
 * How far the interview has come, one question of the estimate per step (see the engine's
 * interviewProgressSteps); `previous`, the estimate of an earlier screen, saves running it again.
 */
export function progressSteps(answers: unknown, previous?: ProgressEstimate): Generator<undefined, ProgressEstimate> {
  return interviewProgressSteps(KNOWLEDGE, parseAnswers(KNOWLEDGE, answers), previous);
}

/** The triage level of these answers alone, without the rest of the assessment: cheap enough for every tick on a checklist. */
export function triageLevel(answers: unknown): TriageLevel {
  return levelOf(firedRules(KNOWLEDGE, withInferred(KNOWLEDGE, parseAnswers(KNOWLEDGE, answers))));
}
