/**
 * The adaptive interview: every warning sign first (stopping at the first emergency), then the
 * answers a triage rule could still use, then the telltale question of any cause shown as possible
 * on its prior and age alone or as likely without its telltale answered, then the question expected to change most what the person will be told,
 * until none is expected to change it enough to matter. The method and its assumptions are in
 * docs/architecture.md ("How the interview chooses").
 */
import type { Cause, Condition, Evidence, Feature, Knowledge, SingleEvidence } from '../knowledge/schema.js';
import { withInferred } from './answers.js';
import { evaluate, featuresOf, thresholdsOf, type AnswerLookup } from './conditions.js';
import { bandFloor, logOddsOf, sigmoid } from './rank.js';
import { firedRules, levelOf, urgencyOf } from './triage.js';
import type { AnswerValue, Answers, Question, TriageLevel } from './types.js';

/**
 * How much a change in what the person is told counts: a different triage level counts
 * TRIAGE_WEIGHT; each cause's change in log-odds counts in proportion to how close it stands to
 * the leading cause (weight exp(-gap / CONTENDER_SPREAD), gap in log-odds), so evidence about the
 * causes that could lead matters most. A question expected to change less than STOP_BELOW is not
 * worth asking. Interview settings, not clinical numbers: set by measuring agreement with answering
 * everything against length on the vignettes (`npm run bench`).
 */
export const STOP_BELOW = 0.05;
const TRIAGE_WEIGHT = 3;
const CONTENDER_SPREAD = 0.5;

/**
 * Once this many questions beyond the warning signs are answered, no more are asked for their
 * expected change alone; the answers a rule could still use and the telltale questions are asked
 * whatever the count (the triage must equal answering everything).
 */
export const MAX_BEYOND_WARNINGS = 10;

/** Answer probabilities are kept within these bounds: no answer is ever taken as certain. */
const LEAST_LIKELY = 0.05;

interface InterviewIndex {
  /** For each feature, the causes whose evidence (or subgroup prior) reads it. */
  readonly causesOf: ReadonlyMap<string, readonly Cause[]>;
  /** Representative answers per feature, one per distinct effect. */
  readonly outcomes: ReadonlyMap<string, readonly AnswerValue[]>;
  /** Features counted together with this one (a cluster or an "all of"), with the answer that completes each. */
  readonly siblings: ReadonlyMap<string, ReadonlyMap<string, boolean>>;
  /** Per yes/no feature: each cause's P(yes | cause) and P(yes | not cause), from its ratios. */
  readonly yesRates: ReadonlyMap<string, readonly { cause: Cause; ifCause: number; ifNot: number }[]>;
  /** The warning rules that read each feature. */
  readonly rulesOf: ReadonlyMap<string, readonly Knowledge['warningRules'][number][]>;
}

function evidenceConditions(evidence: Evidence): Condition[] {
  switch (evidence.kind) {
    case 'single':
      return [evidence.when];
    case 'strongest_of':
      return evidence.items.map((item) => item.when);
    case 'cluster':
      return evidence.items.map((item) => item.when);
  }
}

function singlesOf(evidence: Evidence): SingleEvidence[] {
  switch (evidence.kind) {
    case 'single':
      return [evidence];
    case 'strongest_of':
      return evidence.items;
    case 'cluster':
      return [];
  }
}

function outcomesOf(
  feature: Feature,
  conditions: readonly Condition[],
  priorBounds: readonly number[],
): AnswerValue[] {
  switch (feature.type) {
    case 'bool':
      return [true, false];
    case 'choice':
      return (feature.options ?? []).map((option) => option.value);
    case 'number': {
      const min = feature.min ?? 0;
      const max = feature.max ?? Number.MAX_SAFE_INTEGER;
      const cuts = conditions.flatMap((condition) => thresholdsOf(condition, feature.id));
      if (feature.id === 'age') {
        cuts.push(...priorBounds);
      }
      const values = [...new Set([min, ...cuts])]
        .filter((value) => value >= min && value <= max)
        .sort((a, b) => a - b);
      return values.length > 1 ? values : [];
    }
  }
}

/**
 * P(condition holds | cause) and P(holds | not cause) from a likelihood ratio pair: with
 * LR+ = s / f and LR- = (1 - s) / (1 - f), f = (1 - LR-) / (LR+ - LR-) and s = LR+ x f.
 * Items with only one ratio (the other 1) do not determine them and are skipped.
 */
function ratesOf(item: SingleEvidence): { holdsIfCause: number; holdsIfNot: number } | undefined {
  const positive = item.ratioIfTrue;
  const negative = item.ratioIfFalse;
  if (negative === undefined || negative === 1 || positive === negative) {
    return undefined;
  }
  const holdsIfNot = (1 - negative) / (positive - negative);
  const holdsIfCause = positive * holdsIfNot;
  const valid = (p: number): boolean => p > 0 && p < 1;
  return valid(holdsIfNot) && valid(holdsIfCause) ? { holdsIfCause, holdsIfNot } : undefined;
}

const indexes = new WeakMap<Knowledge, InterviewIndex>();

function indexOf(knowledge: Knowledge): InterviewIndex {
  const cached = indexes.get(knowledge);
  if (cached !== undefined) {
    return cached;
  }
  const causesOf = new Map<string, Cause[]>();
  const conditions: Condition[] = [];
  const yesRates = new Map<string, { cause: Cause; ifCause: number; ifNot: number }[]>();
  for (const cause of knowledge.causes) {
    const read = [
      ...cause.evidence.flatMap(evidenceConditions),
      ...(cause.prior.subgroups ?? []).map((subgroup) => subgroup.when),
    ];
    conditions.push(...read);
    const reads = new Set(read.flatMap(featuresOf));
    if (cause.prior.byAge !== undefined) {
      reads.add('age');
    }
    for (const id of reads) {
      causesOf.set(id, [...(causesOf.get(id) ?? []), cause]);
    }
    for (const item of cause.evidence.flatMap(singlesOf)) {
      const rates = ratesOf(item);
      if (rates === undefined || !('feature' in item.when) || !('equals' in item.when)) {
        continue;
      }
      if (typeof item.when.equals !== 'boolean') {
        continue;
      }
      // "holds" is "answered yes" for is(x), "answered no" for is(x, false).
      const yes = item.when.equals
        ? { ifCause: rates.holdsIfCause, ifNot: rates.holdsIfNot }
        : { ifCause: 1 - rates.holdsIfCause, ifNot: 1 - rates.holdsIfNot };
      yesRates.set(item.when.feature, [
        ...(yesRates.get(item.when.feature) ?? []),
        { cause, ...yes },
      ]);
    }
  }
  conditions.push(...knowledge.warningRules.map((rule) => rule.when));
  const priorBounds = knowledge.causes.flatMap((cause) =>
    (cause.prior.byAge ?? []).flatMap((band) => [band.atLeast, band.below]),
  );
  const outcomes = new Map(
    knowledge.features.map((feature) => [feature.id, outcomesOf(feature, conditions, priorBounds)]),
  );
  const siblings = new Map<string, Map<string, boolean>>();
  const link = (members: readonly Condition[]): void => {
    const settable = members.flatMap((condition) =>
      'feature' in condition && 'equals' in condition && typeof condition.equals === 'boolean'
        ? [condition]
        : [],
    );
    for (const member of settable) {
      const partners = siblings.get(member.feature) ?? new Map<string, boolean>();
      for (const other of settable) {
        if (other.feature !== member.feature) {
          partners.set(other.feature, other.equals as boolean);
        }
      }
      siblings.set(member.feature, partners);
    }
  };
  for (const condition of conditions) {
    if ('all' in condition) {
      link(condition.all);
    }
  }
  for (const evidence of knowledge.causes.flatMap((cause) => cause.evidence)) {
    if (evidence.kind === 'cluster') {
      link(evidence.items.flatMap((item) => ('all' in item.when ? item.when.all : [item.when])));
    }
  }
  const rulesOf = new Map<string, Knowledge['warningRules'][number][]>();
  for (const rule of knowledge.warningRules) {
    for (const id of new Set(featuresOf(rule.when))) {
      rulesOf.set(id, [...(rulesOf.get(id) ?? []), rule]);
    }
  }
  const index = { causesOf, outcomes, siblings, yesRates, rulesOf };
  indexes.set(knowledge, index);
  return index;
}

/** Features not yet answered whose skip logic lets them be asked now. */
function askable(knowledge: Knowledge, given: Answers, answers: Answers): Feature[] {
  const answerOf: AnswerLookup = (id) => answers[id];
  return knowledge.features.filter(
    (feature) =>
      given[feature.id] === undefined &&
      answers[feature.id] === undefined &&
      (feature.askWhen === undefined || evaluate(feature.askWhen, answerOf) === true),
  );
}

/**
 * Could answering this feature still fire a warning rule more urgent than the current level?
 * Only then is a non-warning feature that a rule reads (e.g. how long it has lasted) a must-ask.
 */
function couldRaiseByRule(
  knowledge: Knowledge,
  featureId: string,
  answers: Answers,
  level: TriageLevel,
): boolean {
  return (indexOf(knowledge).rulesOf.get(featureId) ?? []).some(
    (rule) =>
      urgencyOf(rule.level) > urgencyOf(level) &&
      evaluate(rule.when, (id) => answers[id]) === undefined,
  );
}

/** Has any evidence of this cause, other than age, been answered? */
function restsOnPriorAndAge(cause: Cause, answers: Answers): boolean {
  return cause.evidence
    .flatMap(evidenceConditions)
    .flatMap(featuresOf)
    .every((id) => id === 'age' || answers[id] === undefined || answers[id] === null);
}

/**
 * Has none of this cause's telltale questions had a yes or no (or a choice)? A cause can lead on
 * other evidence (leg symptoms, standing provokes it) while what tells it apart was never asked:
 * the 72-year-old whose legs ache after 5 minutes must be asked whether sitting or leaning eases it.
 */
function telltaleUnanswered(cause: Cause, answers: Answers): boolean {
  return (cause.telltale ?? []).every((id) => answers[id] === undefined || answers[id] === null);
}

/**
 * Could this cause's telltale still be asked (see openTelltales)? Once false it stays false as
 * answers come in, so the progress bound below stays a bound.
 */
function telltaleMayBeAsked(cause: Cause, answers: Answers): boolean {
  return !cause.serious && (restsOnPriorAndAge(cause, answers) || telltaleUnanswered(cause, answers));
}

/**
 * The telltale questions still open: those of a cause that would be shown as possible while it
 * stands on its prior and age alone, or as likely while none of its telltale questions is
 * answered (for stenosis, relief by sitting or leaning forward).
 */
function openTelltales(
  knowledge: Knowledge,
  candidates: readonly Feature[],
  answers: Answers,
  probabilities: ReadonlyMap<Cause, number>,
): Feature[] {
  const wanted = new Set(
    knowledge.causes
      .filter((cause) => {
        const probability = probabilities.get(cause) ?? 0;
        return (
          !cause.serious &&
          (cause.telltale ?? []).length > 0 &&
          ((probability >= bandFloor(knowledge, cause, 'possible') && restsOnPriorAndAge(cause, answers)) ||
            (probability >= bandFloor(knowledge, cause, 'likely') && telltaleUnanswered(cause, answers)))
        );
      })
      .flatMap((cause) => cause.telltale ?? []),
  );
  return candidates.filter((feature) => wanted.has(feature.id));
}

/**
 * How likely each answer is, given the answers so far. A yes/no answer's probability comes from
 * the causes whose ratio pairs determine P(yes | cause) and P(yes | not cause): each cause predicts
 * p_c x P(yes | c) + (1 - p_c) x P(yes | not c), and the predictions are averaged. Other answers,
 * and yes/no questions no ratio pair informs, count equally.
 */
function answerWeights(
  knowledge: Knowledge,
  feature: Feature,
  outcomes: readonly AnswerValue[],
  probabilities: ReadonlyMap<Cause, number>,
): number[] {
  const rates = indexOf(knowledge).yesRates.get(feature.id) ?? [];
  if (feature.type !== 'bool' || rates.length === 0) {
    return outcomes.map(() => 1 / outcomes.length);
  }
  const predicted =
    rates.reduce((sum, rate) => {
      const p = probabilities.get(rate.cause) ?? 0;
      return sum + p * rate.ifCause + (1 - p) * rate.ifNot;
    }, 0) / rates.length;
  const yes = Math.min(1 - LEAST_LIKELY, Math.max(LEAST_LIKELY, predicted));
  return outcomes.map((outcome) => (outcome === true ? yes : 1 - yes));
}

interface Told {
  readonly level: TriageLevel;
  readonly probabilities: ReadonlyMap<Cause, number>;
  readonly topThree: readonly Cause[];
}

function topThreeOf(knowledge: Knowledge, probabilities: ReadonlyMap<Cause, number>): Cause[] {
  return knowledge.causes
    .filter((cause) => !cause.serious)
    .sort((a, b) => (probabilities.get(b) ?? 0) - (probabilities.get(a) ?? 0))
    .slice(0, 3);
}

function toldFor(knowledge: Knowledge, answers: Answers): Told {
  const probabilities = new Map(
    knowledge.causes.map((cause) => [cause, sigmoid(logOddsOf(cause, (id) => answers[id]))]),
  );
  return {
    level: levelOf(firedRules(knowledge, answers)),
    probabilities,
    topThree: topThreeOf(knowledge, probabilities),
  };
}

const logit = (probability: number): number => Math.log(probability / (1 - probability));

/** How much what the person is told differs between two outcomes (see the weights above). */
function change(before: Told, after: Told): number {
  const leader = before.probabilities.get(before.topThree[0] as Cause) ?? 0.5;
  let total = after.level === before.level ? 0 : TRIAGE_WEIGHT;
  for (const [cause, probability] of before.probabilities) {
    if (cause.serious) {
      continue;
    }
    const gap = Math.max(0, logit(leader) - logit(probability));
    const moved = Math.abs(logit(after.probabilities.get(cause) ?? probability) - logit(probability));
    total += Math.exp(-gap / CONTENDER_SPREAD) * moved;
  }
  return total;
}

/**
 * The expected change in what the person is told if this question is asked, each answer weighted
 * by how likely it is. An item of a cluster or an "all of" rarely settles it alone: each answer is
 * judged both as if the open partners completed it and as if they did not (equally weighted).
 */
function expectedChange(
  knowledge: Knowledge,
  feature: Feature,
  answers: Answers,
  before: Told,
): number {
  const index = indexOf(knowledge);
  const affected = index.causesOf.get(feature.id) ?? [];
  const rules = index.rulesOf.get(feature.id) ?? [];
  const outcomes = index.outcomes.get(feature.id) ?? [];
  if ((affected.length === 0 && rules.length === 0) || outcomes.length === 0) {
    return 0;
  }
  const partners = index.siblings.get(feature.id);
  const scenarios: AnswerLookup[] =
    partners === undefined
      ? [(id) => answers[id]]
      : [true, false].map((completes) => (id: string) => {
          const needed = partners.get(id);
          return answers[id] ?? (needed === undefined ? undefined : completes ? needed : !needed);
        });
  const weights = answerWeights(knowledge, feature, outcomes, before.probabilities);
  let total = 0;
  outcomes.forEach((outcome, position) => {
    for (const scenario of scenarios) {
      const lookup: AnswerLookup = (id) => (id === feature.id ? outcome : scenario(id));
      const probabilities = new Map(before.probabilities);
      for (const cause of affected) {
        probabilities.set(cause, sigmoid(logOddsOf(cause, lookup)));
      }
      const level =
        rules.length === 0
          ? before.level
          : levelOf(firedRules(knowledge, { ...answers, [feature.id]: outcome }));
      const after = { level, probabilities, topThree: topThreeOf(knowledge, probabilities) };
      total += ((weights[position] ?? 0) * change(before, after)) / scenarios.length;
    }
  });
  return total;
}

/**
 * The expected number of open rules (ones that could still raise the level) that this answer
 * settles one way or the other: asking the most settling first keeps the must-asks few.
 */
function settlingPower(
  knowledge: Knowledge,
  feature: Feature,
  answers: Answers,
  level: TriageLevel,
  before: Told,
): number {
  const index = indexOf(knowledge);
  const open = (index.rulesOf.get(feature.id) ?? []).filter(
    (rule) =>
      urgencyOf(rule.level) > urgencyOf(level) &&
      evaluate(rule.when, (id) => answers[id]) === undefined,
  );
  const outcomes = index.outcomes.get(feature.id) ?? [];
  const weights = answerWeights(knowledge, feature, outcomes, before.probabilities);
  let settled = 0;
  outcomes.forEach((outcome, position) => {
    const lookup: AnswerLookup = (id) => (id === feature.id ? outcome : answers[id]);
    for (const rule of open) {
      if (evaluate(rule.when, lookup) !== undefined) {
        settled += weights[position] ?? 0;
      }
    }
  });
  return settled;
}

/** The must-ask to put first: the one expected to settle most open rules (ties: knowledge order). */
function mostSettling(
  knowledge: Knowledge,
  features: readonly Feature[],
  answers: Answers,
  level: TriageLevel,
  before: Told,
): Feature {
  let chosen = features[0] as Feature;
  let most = -1;
  for (const feature of features) {
    const power = settlingPower(knowledge, feature, answers, level, before);
    if (power > most + 1e-9) {
      most = power;
      chosen = feature;
    }
  }
  return chosen;
}

function toQuestion(feature: Feature): Question {
  return {
    id: feature.id,
    text: feature.text,
    type: feature.type,
    ...(feature.options === undefined
      ? {}
      : { options: feature.options.map((option) => option.value), choices: feature.options }),
    ...(feature.min === undefined ? {} : { min: feature.min }),
    ...(feature.max === undefined ? {} : { max: feature.max }),
    ...(feature.unit === undefined ? {} : { unit: feature.unit }),
    why: feature.why,
    group: feature.group,
  };
}

function best(
  knowledge: Knowledge,
  features: readonly Feature[],
  answers: Answers,
  before: Told,
): { feature: Feature; value: number } | undefined {
  let chosen: { feature: Feature; value: number } | undefined;
  for (const feature of features) {
    const value = expectedChange(knowledge, feature, answers, before);
    if (chosen === undefined || value > chosen.value) {
      chosen = { feature, value };
    }
  }
  return chosen;
}

/** Questions answered beyond the warning signs. */
function chosenSoFar(knowledge: Knowledge, given: Answers): number {
  return knowledge.features.filter(
    (feature) => feature.group !== 'warning' && given[feature.id] !== undefined,
  ).length;
}

/** How long the interview may run: the stop threshold and the chosen-question budget. */
export interface InterviewSettings {
  readonly stopBelow: number;
  readonly maxBeyondWarnings: number;
}

export const INTERVIEW_SETTINGS: InterviewSettings = {
  stopBelow: STOP_BELOW,
  maxBeyondWarnings: MAX_BEYOND_WARNINGS,
};

/** Returns the next question to ask, or null when the interview is done. `answers` must be valid. */
export function nextQuestionOf(
  knowledge: Knowledge,
  given: Answers,
  settings: InterviewSettings = INTERVIEW_SETTINGS,
): Question | null {
  const answers = withInferred(knowledge, given);
  const level = levelOf(firedRules(knowledge, answers));
  if (level === 'emergency') {
    return null;
  }
  const candidates = askable(knowledge, given, answers);
  const warning = candidates.find((feature) => feature.group === 'warning');
  if (warning !== undefined) {
    return toQuestion(warning);
  }
  const before = toldFor(knowledge, answers);
  const mustAsk = candidates.filter(
    (feature) =>
      feature.alwaysAsk === true || couldRaiseByRule(knowledge, feature.id, answers, level),
  );
  // Questions everyone is asked (age frames every answer) come first, in knowledge order.
  const always = mustAsk.find((feature) => feature.alwaysAsk === true);
  if (always !== undefined) {
    return toQuestion(always);
  }
  if (mustAsk.length > 0) {
    return toQuestion(mostSettling(knowledge, mustAsk, answers, level, before));
  }
  const telltales = openTelltales(knowledge, candidates, answers, before.probabilities);
  if (telltales.length > 0) {
    return toQuestion(best(knowledge, telltales, answers, before)?.feature ?? (telltales[0] as Feature));
  }
  if (chosenSoFar(knowledge, given) >= settings.maxBeyondWarnings) {
    return null;
  }
  const chosen = best(knowledge, candidates, answers, before);
  return chosen !== undefined && chosen.value >= settings.stopBelow
    ? toQuestion(chosen.feature)
    : null;
}

/** How far the interview has come: answered so far, and how many questions in all. */
export interface InterviewProgress {
  readonly answered: number;
  /** An upper bound on the whole interview that never grows as answers come in. */
  readonly atMost: number;
  /**
   * The likely length: the rest of the interview run as if every open yes/no were "no" and every
   * other answer "not sure", never above `atMost`. A view that shows it keeps the smallest seen, so
   * what it shows only shrinks.
   */
  readonly expected: number;
}

/**
 * An estimate a later one can build on: the answers it was made for and the rest of the interview
 * it assumed (each open question with its assumed answer, in the order the interview would ask them).
 */
export interface ProgressEstimate {
  readonly progress: InterviewProgress;
  readonly given: Answers;
  readonly assumed: readonly (readonly [string, AnswerValue])[];
}

/** What the estimate assumes for a question still open: "no" to a yes/no, "not sure" to anything else. */
const assumedAnswer = (question: Question): AnswerValue => (question.type === 'bool' ? false : null);

/**
 * The rest of `previous`'s assumed interview, when `given` is its answers plus the first of the
 * answers it assumed, exactly; otherwise undefined. The interview depends only on the set of
 * answers, so that rest is what running it again would give.
 */
function assumedRest(
  given: Answers,
  previous: ProgressEstimate | undefined,
): readonly (readonly [string, AnswerValue])[] | undefined {
  if (previous === undefined) {
    return undefined;
  }
  const kept = Object.entries(previous.given).every(([id, value]) => given[id] === value);
  const added = Object.keys(given).filter((id) => previous.given[id] === undefined);
  if (!kept || added.length > previous.assumed.length) {
    return undefined;
  }
  const prefix = new Map(previous.assumed.slice(0, added.length));
  return added.every((id) => prefix.has(id) && prefix.get(id) === given[id])
    ? previous.assumed.slice(added.length)
    : undefined;
}

/**
 * Progress that never goes backwards: the questions answered, plus an upper bound on those still
 * to come (open warning signs and their possible follow-ups, the answers a rule could still use,
 * the telltale questions of causes that could still call for them, and what is left of the
 * chosen-question budget). Each part can only shrink as answers come in, so `atMost` never grows.
 *
 * A generator, one question of the assumed rest per step, so a page can spread the work over short
 * tasks. Given the estimate of the previous screen, it runs nothing again when the new answers are
 * the ones that estimate assumed (a checklist answered "no", a question answered "not sure").
 */
export function* interviewProgressSteps(
  knowledge: Knowledge,
  given: Answers,
  previous?: ProgressEstimate,
): Generator<undefined, ProgressEstimate> {
  const answers = withInferred(knowledge, given);
  const answered = knowledge.features.filter((feature) => given[feature.id] !== undefined).length;
  const level = levelOf(firedRules(knowledge, answers));
  if (level === 'emergency') {
    return { progress: { answered, atMost: answered, expected: answered }, given, assumed: [] };
  }
  const open = knowledge.features.filter(
    (feature) =>
      answers[feature.id] === undefined &&
      (feature.askWhen === undefined || evaluate(feature.askWhen, (id) => answers[id]) !== false),
  );
  const warnings = open.filter((feature) => feature.group === 'warning').length;
  const telltale = new Set(
    knowledge.causes
      .filter((cause) => telltaleMayBeAsked(cause, answers))
      .flatMap((cause) => cause.telltale ?? []),
  );
  const required = open.filter(
    (feature) =>
      feature.group !== 'warning' &&
      (feature.alwaysAsk === true ||
        telltale.has(feature.id) ||
        couldRaiseByRule(knowledge, feature.id, answers, level)),
  ).length;
  const chosenLeft = Math.max(0, MAX_BEYOND_WARNINGS - chosenSoFar(knowledge, given));
  const atMost = answered + warnings + required + chosenLeft;
  let assumed = assumedRest(given, previous);
  if (assumed === undefined) {
    const running: Record<string, AnswerValue> = { ...given };
    const rest: (readonly [string, AnswerValue])[] = [];
    for (
      let question = nextQuestionOf(knowledge, running);
      question !== null && answered + rest.length < atMost;
      question = nextQuestionOf(knowledge, running)
    ) {
      running[question.id] = assumedAnswer(question);
      rest.push([question.id, assumedAnswer(question)]);
      yield;
    }
    assumed = rest;
  }
  // A rest cut short by an earlier, larger bound is cut by this one: the same as running it again.
  const expected = Math.min(answered + assumed.length, atMost);
  return {
    progress: { answered, atMost, expected: Math.max(expected, Math.min(atMost, answered + 1)) },
    given,
    assumed,
  };
}

/** The estimate of interviewProgressSteps, worked out in one go. */
export function interviewEstimateOf(
  knowledge: Knowledge,
  given: Answers,
  previous?: ProgressEstimate,
): ProgressEstimate {
  const steps = interviewProgressSteps(knowledge, given, previous);
  for (;;) {
    const step = steps.next();
    if (step.done === true) {
      return step.value;
    }
  }
}

/** How far the interview has come (see interviewProgressSteps). */
export function interviewProgressOf(knowledge: Knowledge, given: Answers): InterviewProgress {
  return interviewEstimateOf(knowledge, given).progress;
}
