/**
 * Decides what the interview shows next, following the engine's `nextQuestion`: one question per
 * screen, except that the warning signs are grouped on two checklist screens (each still its own answer).
 */
import { KNOWLEDGE, evaluate, featuresOf, nextQuestion, type AnswerValue, type Answers, type Feature, type ProgressEstimate, type Question } from '../engine.js';

export type Screen =
  | { readonly kind: 'question'; readonly question: Question }
  | { readonly kind: 'checklist'; readonly features: readonly Feature[]; readonly page: number; readonly pages: number }
  | { readonly kind: 'done' };

/** Worked out from the knowledge in use, whose texts follow the language chosen. */
const warningFeatures = (): readonly Feature[] => KNOWLEDGE.features.filter((feature) => feature.group === 'warning');

/** Two pages, split in knowledge order, so each screen stays short enough to read on a phone. */
const checklistPages = (): readonly (readonly Feature[])[] => splitInTwo(warningFeatures());

function splitInTwo<T>(items: readonly T[]): T[][] {
  const half = Math.ceil(items.length / 2);
  return [items.slice(0, half), items.slice(half)].filter((page) => page.length > 0);
}

function lookup(answers: Answers): (id: string) => AnswerValue | undefined {
  return (id) => answers[id];
}

/** True when a feature's answer follows from other answers, so it is never asked. */
function isInferred(feature: Feature, answers: Answers): boolean {
  return feature.inferred !== undefined && evaluate(feature.inferred.when, lookup(answers)) === true;
}

/**
 * Whether a feature should be shown given the answers so far: not already answered, not inferred,
 * and its skip logic holds. Skip logic that is still unknown counts as "not yet".
 */
export function isAskable(feature: Feature, answers: Answers): boolean {
  if (answers[feature.id] !== undefined || isInferred(feature, answers)) {
    return false;
  }
  return feature.askWhen === undefined || evaluate(feature.askWhen, lookup(answers)) === true;
}

/**
 * The warning signs of a checklist page that are still open. A sign whose skip logic depends only
 * on signs of the same page (e.g. "is the weakness getting worse?") stays in, to be revealed on the page.
 */
function openOnPage(page: readonly Feature[], answers: Answers): Feature[] {
  const onPage = new Set(page.map((feature) => feature.id));
  return page.filter((feature) => {
    if (answers[feature.id] !== undefined || isInferred(feature, answers)) {
      return false;
    }
    if (feature.askWhen === undefined) {
      return true;
    }
    const truth = evaluate(feature.askWhen, lookup(answers));
    return truth === true || (truth === undefined && featuresOf(feature.askWhen).every((id) => onPage.has(id)));
  });
}

/** Whether a checklist sign is shown now, given the answers ticked so far on the same page. */
export function isShownOnChecklist(feature: Feature, answers: Answers): boolean {
  return feature.askWhen === undefined || evaluate(feature.askWhen, lookup(answers)) === true;
}

export function screenFor(answers: Answers): Screen {
  const question = nextQuestion(answers);
  if (question === null) {
    return { kind: 'done' };
  }
  if (question.group === 'warning') {
    const pages = checklistPages();
    for (const [index, page] of pages.entries()) {
      const open = openOnPage(page, answers);
      if (open.some((feature) => isShownOnChecklist(feature, answers))) {
        return { kind: 'checklist', features: open, page: index + 1, pages: pages.length };
      }
    }
  }
  return { kind: 'question', question };
}

/**
 * What the progress line keeps between screens: the engine's last estimate (the next one builds on
 * it, so a checklist answered "no" runs nothing again) and the smallest total shown, which the
 * line never raises: "Question n of about m" only ever closes in.
 */
export interface ProgressMemory {
  estimate: ProgressEstimate | undefined;
  shown: number;
}

export function freshProgress(): ProgressMemory {
  return { estimate: undefined, shown: Number.POSITIVE_INFINITY };
}

/** Records an estimate and returns the total to show: the engine's likely length, kept at the smallest seen. */
export function remember(memory: ProgressMemory, estimate: ProgressEstimate): number {
  memory.estimate = estimate;
  memory.shown = Math.min(memory.shown, estimate.progress.expected);
  return memory.shown;
}

/** Records the likely length worked out elsewhere (the worker) and returns the total to show. */
export function rememberExpected(memory: ProgressMemory, expected: number): number {
  memory.shown = Math.min(memory.shown, expected);
  return memory.shown;
}

/** The total shown so far, or null before the first estimate. */
export function shownTotal(memory: ProgressMemory): number | null {
  return Number.isFinite(memory.shown) ? memory.shown : null;
}
